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
