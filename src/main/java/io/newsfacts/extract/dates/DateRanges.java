package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.nextWord;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textBefore;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of spans of days and years: "du 3 au 5 mai", "les 23 et 24 mai", "2016-2017", "entre
 * 2010 et 2015", and the first of two days that share a month ("les 6 et 13 avril").
 */
final class DateRanges {
  private static final Pattern BETWEEN = Pattern.compile("entre( le)?$");
  private final TimeWords words;

  DateRanges(TimeWords words) {
    this.words = words;
  }

  Mention firstOfTwoDays(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer d1 = words.dayNumber(m.group("d"));
    Integer d2 = words.dayNumber(m.group("d2"));
    if (d1 == null || d2 == null || d2 - d1 <= 1 || Timeline.safeDate(2000, month, d1) == null
        || BETWEEN.matcher(TimeWords.key(textBefore(text, m.start("t"), 10))).find()) {
      return null;
    }
    String y = m.group("y");
    int direction = words.direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE,
        t -> Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, d1, null, direction), month, d1));
  }

  Mention dayRange(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer d1 = words.dayNumber(m.group("d1"));
    Integer d2 = words.dayNumber(m.group("d2"));
    if (d1 == null || d2 == null || d1 >= d2 || Timeline.safeDate(2000, month, d2) == null) {
      return null;
    }
    boolean between = BETWEEN.matcher(TimeWords.key(textBefore(text, m.start("t"), 10))).find();
    if (TimeWords.key(m.group("to")).equals("et") && d2 - d1 > 1 && !between) {
      return null; // "les 6 et 13 avril": two separate days, not a span
    }
    String y = m.group("y");
    int direction = words.direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfDay(month, d1, null, direction);
      return Timeline.day(year, month, d1) + "/" + Timeline.day(year, month, d2);
    });
  }

  /**
   * "du 6 janvier au 3 février 2020", "entre le 10 juin et le 1er juillet": the year written last
   * is the end's; the start takes it too, or the year before when its month comes later.
   */
  Mention monthsRange(Matcher m, String text) {
    int mo1 = words.months.get(TimeWords.key(m.group("mo1")));
    int mo2 = words.months.get(TimeWords.key(m.group("mo2")));
    Integer d1 = words.dayNumber(m.group("d1"));
    Integer d2 = words.dayNumber(m.group("d2"));
    if (d1 == null || d2 == null || mo1 == mo2 || Timeline.safeDate(2000, mo1, d1) == null
        || Timeline.safeDate(2000, mo2, d2) == null) {
      return null;
    }
    String to = TimeWords.key(m.group("to"));
    String t = TimeWords.key(m.group("t"));
    boolean between = t.startsWith("entre") || BETWEEN.matcher(TimeWords.key(textBefore(text, m.start("t"), 10))).find();
    if (to.equals("et") && !between) {
      return null; // "le 6 janvier et le 3 février": two days
    }
    String y1 = m.group("y1");
    String y2 = m.group("y");
    return new Mention(start(m), end(m), DateType.DATE, tl -> {
      Integer end = y2 != null ? tl.fullYear(y2) : y1 != null ? Integer.valueOf(tl.fullYear(y1) + (mo2 < mo1 ? 1 : 0))
          : tl.yearOfDay(mo2, d2, null, 0);
      Integer begin = y1 != null ? tl.fullYear(y1) : end == null ? null : end - (mo2 < mo1 ? 1 : 0);
      return Timeline.day(begin, mo1, d1) + "/" + Timeline.day(end, mo2, d2);
    });
  }

  Mention yearRange(Matcher m, String text) {
    int y1 = Integer.parseInt(m.group("y1"));
    String second = m.group("y2");
    int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (y2 <= y1 || y2 - y1 > 50) {
      return null;
    }
    String after = nextWord(text, m.end("t"));
    if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && words.looksLikeCountedNoun(after)) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.year(y1) + "/" + Timeline.year(y2)));
  }
}
