package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.groupOrNull;
import static io.newsfacts.extract.dates.Matched.isSentenceStart;
import static io.newsfacts.extract.dates.Matched.nextWord;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of dates written on the calendar: a day and month ("le 27 mai 1998", "jeudi 15"), a
 * month ("mars 2011", "début mars"), a year ("2016", "l'an 2000"), numeric dates ("15/05/2016"),
 * decades, centuries, quarters, and the English date line of an embedded tweet.
 */
final class CalendarDates {
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private final TimeWords words;

  CalendarDates(TimeWords words) {
    this.words = words;
  }

  Mention dayMonth(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer day = words.dayNumber(m.group("d"));
    if (day == null || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    String mo = TimeWords.key(m.group("mo"));
    if (m.group("y") == null && words.ambiguousMonths.contains(mo)
        && isBareMonthWord(m.group("mo"), text, m.start("mo"))) {
      return null;
    }
    String y = m.group("y");
    Integer dow = words.weekdayNumber(m.group("wd"));
    int direction = words.direction(m.group("mod"));
    String pod = words.podCode(m.group("pod"));
    return new Mention(start(m), end(m), pod == null ? DateType.DATE : DateType.TIME, t -> {
      t.namesWeekday(dow);
      String date = Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, day, dow, direction), month, day);
      return pod == null ? date : date + (pod.equals("MI") ? "T12:00" : "T" + pod);
    });
  }

  Mention englishDate(Matcher m, String text) {
    int month = words.englishMonths.get(m.group("mo"));
    int day = Integer.parseInt(m.group("d"));
    int year = Integer.parseInt(m.group("y"));
    if (Timeline.safeDate(year, month, day) == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.day(year, month, day)));
  }

  Mention weekdayAndDay(Matcher m, String text) {
    int dow = words.weekdays.get(TimeWords.key(m.group("wd")));
    Integer day = words.dayNumber(m.group("d"));
    if (day == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      LocalDate pub = t.published();
      if (pub == null) {
        LocalDate after = storyMonthDay(t.storyDayOrPartial(), day, dow);
        return after != null ? Timeline.day(after) : String.format(Locale.ROOT, "XXXX-XX-%02d", day);
      }
      boolean past = t.tense() == Tense.PAST;
      LocalDate best = null;
      for (int k = -6; k <= 11; k++) {
        LocalDate first = pub.withDayOfMonth(1).plusMonths(k);
        LocalDate d = Timeline.safeDate(first.getYear(), first.getMonthValue(), day);
        if (d == null || d.getDayOfWeek().getValue() != dow || (past ? d.isAfter(pub) : d.isBefore(pub))) {
          continue;
        }
        if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d)) < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
          best = d;
        }
      }
      return best == null ? String.format(Locale.ROOT, "XXXX-XX-%02d", day) : Timeline.day(best);
    });
  }

  /**
   * With no publication date, "du lundi 9 octobre au vendredi 13": the first day numbered {@code
   * day} from the story's day on (this month or the next), on weekday {@code dow} when the story's
   * day knows its weekday. Null when the story has told no day.
   */
  private static LocalDate storyMonthDay(LocalDate story, int day, int dow) {
    if (story == null) {
      return null;
    }
    boolean weekdayKnown = story.getYear() != Timeline.UNKNOWN_YEAR;
    for (int k = 0; k <= 1; k++) {
      LocalDate first = story.withDayOfMonth(1).plusMonths(k);
      LocalDate d = Timeline.safeDate(first.getYear(), first.getMonthValue(), day);
      if (d != null && !d.isBefore(story) && (!weekdayKnown || d.getDayOfWeek().getValue() == dow)) {
        return d;
      }
    }
    return null;
  }

  /**
   * "le 16 à 18 h": a day of the story's month (the month before or after when the tense says the
   * day is past or to come), with its clock time.
   */
  Mention dayWithClock(Matcher m, String text) {
    Integer day = words.dayNumber(m.group("d"));
    if (day == null) {
      return null;
    }
    String half = m.group("half");
    String clock = "PM".equals(half == null ? null : words.dayHalves.get(TimeWords.key(half)))
        ? Clock.afternoon(Clock.clockAfter(m)) : Clock.clockAfter(m); // "le 16 à 6 h du soir"
    return new Mention(start(m), end(m), DateType.TIME, t -> {
      LocalDate base = t.storyDay();
      if (base == null) {
        return String.format(Locale.ROOT, "XXXX-XX-%02d", day) + clock;
      }
      LocalDate d = Timeline.safeDate(base.getYear(), base.getMonthValue(), day);
      if (d == null) {
        return null;
      }
      if (t.tense() == Tense.PAST && d.isAfter(base)) {
        d = Timeline.safeDate(base.minusMonths(1).getYear(), base.minusMonths(1).getMonthValue(), day);
      } else if (t.tense() == Tense.FUTURE && d.isBefore(base)) {
        d = Timeline.safeDate(base.plusMonths(1).getYear(), base.plusMonths(1).getMonthValue(), day);
      }
      return d == null ? null : Timeline.day(d) + clock;
    });
  }

  Mention monthYear(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    String y = m.group("y");
    if (y == null && m.group("edge") == null && isBareMonthWord(m.group("mo"), text, m.start("mo"))) {
      return null;
    }
    int direction = words.direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfMonth(month, direction);
      return Timeline.month(year, month);
    });
  }

  /**
   * "mars" (the planet), "Mai" (a name), abbreviations alone, and a month joined by a hyphen to
   * the word before ("Champ-de-Mars", "rue du 8-Mai"; not "mi-mars") are not months.
   */
  private boolean isBareMonthWord(String word, String text, int at) {
    if (at >= 2 && text.charAt(at - 1) == '-' && Character.isLetterOrDigit(text.charAt(at - 2))
        && !Matched.precededBy(text, at - 1, "mi")) {
      return true;
    }
    String k = TimeWords.key(word);
    if (k.endsWith(".") || k.length() <= 4 && !words.monthNames.contains(k)) {
      return true; // "janv", "oct." alone are abbreviations of something else
    }
    if (words.ambiguousMonths.contains(k)) {
      // capitalised in mid-sentence: a name ("Mars", "Mai")
      return Character.isUpperCase(word.charAt(0)) && at > 1 && !isSentenceStart(text, at);
    }
    return false;
  }


  Mention year(Matcher m, String text) {
    int s = m.start("y");
    int e = m.end("y");
    if (s >= 2 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\u00a0' || text.charAt(s - 1) == '.'
        || text.charAt(s - 1) == ',') && Character.isDigit(text.charAt(s - 2))) {
      return null; // "1 995 euros", "3.2016"
    }
    if (s >= 1 && (text.charAt(s - 1) == '°' || text.charAt(s - 1) == '-' && m.group("edge") == null
        || text.charAt(s - 1) == '+')) {
      return null;
    }
    if (e < text.length() && (text.charAt(e) == '%' || text.charAt(e) == '€' || text.charAt(e) == '$')) {
      return null;
    }
    String after = nextWord(text, e);
    if (after.startsWith("%") || after.startsWith("€") || THREE_DIGITS.matcher(after).lookingAt()) {
      return null;
    }
    if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && words.looksLikeCountedNoun(after)
        && m.group("edge") == null) {
      return null; // "2000 personnes", "1500 euros"
    }
    int y = Integer.parseInt(m.group("y"));
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.year(y)));
  }

  /**
   * "en 98", "depuis 97": the year of that century nearest to the publication; without one, a
   * year from 30 to 99 is of the 1900s (news is not written before 1930 nor after 2029).
   */
  Mention shortYear(Matcher m, String text) {
    String y = m.group("y");
    int digits = Integer.parseInt(y.replaceAll("\\D", ""));
    return new Mention(start(m), end(m), DateType.DATE, t -> t.published() != null ? Timeline.year(t.fullYear(y))
        : digits >= 30 ? Timeline.year(1900 + digits) : null);
  }

  Mention numericDate(Matcher m, String text) {
    int day = Integer.parseInt(m.group("d"));
    int month = Integer.parseInt(m.group("mo"));
    if (month < 1 || month > 12 || day < 1 || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    String y = groupOrNull(m, "y");
    return new Mention(start(m), end(m), DateType.DATE,
        t -> Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, day, null, 0), month, day));
  }

  Mention decade(Matcher m, String text) {
    String dec = m.group("dec");
    Double n = words.number(dec);
    if (n == null || n % 10 != 0) {
      return null;
    }
    int v = n.intValue();
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      if (v >= 1000) {
        return String.valueOf(v / 10);
      }
      int now = t.published() != null ? t.published().getYear() : 2000;
      int century = v + 2000 <= now ? 20 : 19;
      return String.format(Locale.ROOT, "%d%d", century, v / 10);
    });
  }

  Mention century(Matcher m, String text) {
    String c = m.group("c");
    int n = c.matches("\\d+") ? Integer.parseInt(c) : roman(c.toUpperCase(Locale.ROOT));
    if (n < 1 || n > 21) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(String.format(Locale.ROOT, "%02d", n - 1)));
  }

  Mention quarter(Matcher m, String text) {
    String ord = TimeWords.key(m.group("ord"));
    boolean half = "HALF".equals(words.units.get(TimeWords.key(m.group("u"))));
    int n = switch (ord) {
      case "premier", "1er" -> 1;
      case "deuxième", "second", "2e", "2ème" -> 2;
      case "troisième", "3e", "3ème" -> 3;
      case "dernier" -> half ? 2 : 4;
      default -> 4;
    };
    if (half && n > 2) {
      return null;
    }
    String y = m.group("y");
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? Integer.valueOf(y) : t.published() != null ? t.published().getYear() : null;
      return (year == null ? "XXXX" : Timeline.year(year)) + (half ? "-H" : "-Q") + n;
    });
  }

  private static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> 0;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }
}
