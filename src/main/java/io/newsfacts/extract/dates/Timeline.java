package io.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the reader knows when reaching a date in an article: the publication date (the speaker's
 * "today"), the last fully specified day the story told ("mercredi dernier ... mardi" is the
 * Tuesday before that Wednesday), and the tense of the clause. Also formats TIMEX3 values.
 *
 * <p>Narrative time: the story may say its own "today" (a dated heading, "ce lundi 6 mai", a
 * dateline, see {@link #nowIs}); from there on the deictic words ("hier", "la semaine dernière")
 * count from it rather than from the publication date. A day whose year nobody knows ("ce lundi 6 mai" with no publication date) is kept
 * with its month and day, so that "11h49" and "hier" after it still get theirs ("XXXX-05-06T11:49",
 * "XXXX-05-05"): it is held as a date of the year {@link #UNKNOWN_YEAR}, which the formatting
 * writes as XXXX.
 */
final class Timeline {
  /** How far from the publication date the story's own day may be and still anchor a weekday. */
  private static final long WEEKDAY_ANCHOR_DAYS = 31;
  /** The year of a day whose year is unknown: a leap year no article is dated in. */
  static final int UNKNOWN_YEAR = 4;
  /**
   * Days of unknown year whose weekday is known ("samedi 18 mars" with no publication date) are
   * held in the leap year from 8 to 32 that puts them on that weekday (seven leap years in a row
   * give every weekday), so that "dimanche" and "la veille" after them count right; every year
   * below this one is written XXXX.
   */
  private static final int UNKNOWN_YEARS_END = 100;
  /** How long after a day of another year a year-less date is still taken to be in that year. */
  private static final long STORY_YEAR_DAYS = 183;

  private final LocalDate published;
  /** The story's own "today", once it has said it; may have an unknown year. */
  private LocalDate now;
  /** The last day told; may have an unknown year. */
  private LocalDate storyDay;
  /** The last point in time told, of any precision ("2016", "2016-03", a day), and its precision. */
  private LocalDate toldPoint;
  private char toldPrecision;
  /** The weekday written with the date being resolved ("samedi 18 mars"), if any. */
  private Integer namedWeekday;
  private Integer storyYear;
  private Supplier<Tense> tense = () -> Tense.UNKNOWN;
  private Tense tenseValue;
  private LocalDate nextDay;
  private boolean quoted;

  Timeline(LocalDate published) {
    this.published = published;
  }

  /** Sets what is known about the mention about to be resolved. */
  void at(Supplier<Tense> tense, LocalDate nextDay, boolean quoted) {
    this.tense = tense;
    this.tenseValue = null;
    this.nextDay = nextDay;
    this.quoted = quoted;
    this.namedWeekday = null;
  }

  /** The date being resolved was written with its weekday ("samedi 18 mars"). */
  void namesWeekday(Integer dow) {
    namedWeekday = dow;
  }

  /** Records a resolved value: a full day becomes the story's current day. */
  void told(String value) {
    LocalDate d = dayOf(value);
    if (d != null) {
      if (d.getYear() == UNKNOWN_YEAR && namedWeekday != null) {
        d = onWeekday(d, namedWeekday);
      } else if (d.getYear() == UNKNOWN_YEAR && weekdayKnown(storyDay) != null
          && d.getMonthValue() == storyDay.getMonthValue() && d.getDayOfMonth() == storyDay.getDayOfMonth()) {
        d = storyDay; // "jeudi 2 mars ... dans la soirée": the same day, whose weekday is still known
      }
      storyDay = d;
      toldPoint = d;
      toldPrecision = 'D';
      if (!unknownYear(d.getYear())) {
        storyYear = d.getYear();
      }
    } else if (value != null && value.matches("\\d{4}(-\\d{2})?")) {
      toldPoint = LocalDate.of(Integer.parseInt(value.substring(0, 4)),
          value.length() == 7 ? Integer.parseInt(value.substring(5, 7)) : 1, 1);
      toldPrecision = value.length() == 7 ? 'M' : 'Y';
    }
  }

  /** The story says its own today: a dated heading, "ce lundi 6 mai", a dateline. */
  void nowIs(String value) {
    LocalDate d = dayOf(value);
    if (d != null) {
      // the day just told, with its weekday when it was written with one
      now = d.getYear() == UNKNOWN_YEAR && storyDay != null && storyDay.getMonthValue() == d.getMonthValue()
          && storyDay.getDayOfMonth() == d.getDayOfMonth() ? storyDay : d;
    }
  }

  /**
   * The last point in time told, when it is at least as precise as {@code unit} needs ('Y', 'M'
   * or 'D'): "mai 68 ... treize ans plus tard" counts from May 1968. Null otherwise.
   */
  LocalDate toldPoint(char unit) {
    if (toldPoint == null || "YMD".indexOf(toldPrecision) < "YMD".indexOf(unit)) {
      return null;
    }
    return toldPoint;
  }

  /**
   * The speaker's today, as a full date: the day the story said is its today, else the
   * publication date. Null if neither (a date told in the text is not the writer's today: "le 6
   * février 1998, il y a 20 ans jour pour jour").
   */
  LocalDate published() {
    LocalDate d = today();
    return d == null || unknownYear(d.getYear()) ? null : d;
  }

  /** The speaker's today as {@link #published}, or a day of unknown year when that is all there is. */
  LocalDate today() {
    return now != null ? now : published;
  }

  Tense tense() {
    if (tenseValue == null) {
      tenseValue = tense.get();
    }
    return tenseValue;
  }

  boolean quoted() {
    return quoted;
  }

  /** The day the story is at, as a full date: its last told day, else today (null if neither). */
  LocalDate storyDay() {
    LocalDate d = storyDayOrPartial();
    return d == null || unknownYear(d.getYear()) ? null : d;
  }

  /** The day the story is at, maybe of unknown year ("la veille" of "ce lundi 6 mai"). */
  LocalDate storyDayOrPartial() {
    return storyDay != null ? storyDay : today();
  }

  /** The day a time of day belongs to: a day named right after it, else the story's day (maybe of unknown year). */
  LocalDate dayForTime() {
    if (nextDay != null) {
      return nextDay;
    }
    LocalDate day = storyDayOrPartial();
    LocalDate today = today();
    // a time to come is not on a day told in the past: "ce jeudi 13 juillet ... l'attentat du 14
    // juillet 2016 ... sera examiné à 14 heures" is today's 14 h
    if (day != null && today != null && day.isBefore(today) && !unknownYear(day.getYear()) == !unknownYear(today.getYear())
        && tense() == Tense.FUTURE) {
      return today;
    }
    return day;
  }

  /**
   * The story's day if it is close to the publication date (a bare weekday's anchor); with
   * neither, a day of unknown year whose weekday was written ("samedi 18 mars ... dimanche").
   */
  LocalDate weekdayAnchor() {
    LocalDate storyDay = storyDay();
    LocalDate published = published();
    if (storyDay != null && (published == null
        || Math.abs(ChronoUnit.DAYS.between(published, storyDay)) <= WEEKDAY_ANCHOR_DAYS)) {
      return storyDay;
    }
    return published != null ? published : weekdayKnown(storyDayOrPartial());
  }

  /** The speaker's today, or a day of unknown year said to be today with its weekday ("ce jeudi 30 mars"). */
  LocalDate todayForWeekday() {
    LocalDate p = published();
    return p != null ? p : weekdayKnown(today());
  }

  /** {@code d} if it is a day of unknown year whose weekday is known (held in 8 to 32, or a day beyond). */
  private static LocalDate weekdayKnown(LocalDate d) {
    return d != null && d.getYear() >= 7 && d.getYear() <= 33 ? d : null;
  }

  /**
   * A day of unknown year moved to a year from 8 to 32 where it falls on {@code dow}: a common year
   * (three years in four are), so that "mardi" two days before "jeudi 2 mars" is 28 February; a
   * leap year only for 29 February itself.
   */
  static LocalDate onWeekday(LocalDate partial, int dow) {
    boolean leapDay = partial.getMonthValue() == 2 && partial.getDayOfMonth() == 29;
    for (int y = 8; y <= 32; y++) {
      if ((y % 4 == 0) != leapDay) {
        continue;
      }
      LocalDate d = Timeline.safeDate(y, partial.getMonthValue(), partial.getDayOfMonth());
      if (d != null && d.getDayOfWeek().getValue() == dow) {
        return d;
      }
    }
    return partial;
  }

  /** Whether a day's year stands for an unknown year (written XXXX). */
  static boolean unknownYear(int year) {
    return year < UNKNOWN_YEARS_END;
  }

  /**
   * The year of a month-day without year: the occurrence nearest the publication date, moved
   * into the past or future when the tense or a modifier says so. Null when nothing anchors it.
   */
  Integer yearFor(int month, int day, int direction) {
    if (published == null) {
      return storyYear;
    }
    int y = published.getYear();
    LocalDate best = null;
    for (int cand = y - 1; cand <= y + 1; cand++) {
      LocalDate d = safeDate(cand, month, Math.min(day, 28));
      if (d == null) {
        continue;
      }
      if (day > 28) {
        d = safeDate(cand, month, day);
        if (d == null) {
          d = LocalDate.of(cand, month, 28);
        }
      }
      if (direction < 0 && d.isAfter(published) || direction > 0 && d.isBefore(published)) {
        continue;
      }
      if (best == null || Math.abs(ChronoUnit.DAYS.between(published, d))
          < Math.abs(ChronoUnit.DAYS.between(published, best))) {
        best = d;
      }
    }
    return best == null ? y : best.getYear();
  }

  /** The direction the tense points to: -1 past, +1 future, 0 unknown or present. */
  int tenseDirection() {
    return switch (tense()) {
      case PAST -> -1;
      case FUTURE -> 1;
      default -> 0;
    };
  }

  // ---- the year of a date written without one ----

  /** A year written with two digits is in the century that puts it nearest to publication. */
  Integer fullYear(String written) {
    String digits = written.chars().filter(Character::isDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    int y = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return y;
    }
    int now = published != null ? published.getYear() : 2000;
    int candidate = now / 100 * 100 + y;
    return candidate > now + 10 ? candidate - 100 : candidate;
  }

  /**
   * The year of a day and month: the one whose calendar matches a named weekday, else the nearest
   * to publication, pushed by a modifier ({@code direction}) or, when the nearest is far, by the
   * tense. Without a publication date, the story's year (or null).
   */
  Integer yearOfDay(int month, int day, Integer dow, int direction) {
    LocalDate pub = published;
    Integer story = storyYearOf(month, day, dow, direction);
    if (story != null) {
      return story;
    }
    if (pub != null && dow != null) {
      // "samedi 4 janvier": the year whose calendar puts that day on a Saturday, nearest first
      for (int k : new int[] {0, 1, -1}) {
        LocalDate d = safeDate(pub.getYear() + k, month, day);
        if (d != null && d.getDayOfWeek().getValue() == dow) {
          return d.getYear();
        }
      }
    }
    if (direction != 0 || pub == null) {
      return yearFor(month, day, direction);
    }
    int nearest = yearFor(month, day, 0);
    LocalDate d = safeDate(nearest, month, Math.min(day, 28));
    int tense = tenseDirection();
    if (d != null && tense != 0 && Math.abs(ChronoUnit.DAYS.between(pub, d)) > 120
        && (tense < 0 && d.isAfter(pub) || tense > 0 && d.isBefore(pub))) {
      return yearFor(month, day, tense);
    }
    return nearest;
  }

  /**
   * "Le 3 mars 2016, ... Le 5 mars, ...": a year-less day told after a day of a year two or more
   * from the publication's takes that year, when it falls on or after it (within half a year) and
   * nothing (a modifier, a future tense) points elsewhere. Null when the rule does not apply.
   */
  private Integer storyYearOf(int month, int day, Integer dow, int direction) {
    LocalDate told = storyDay();
    if (published == null || told == null || direction != 0 || Math.abs(told.getYear() - published.getYear()) < 2) {
      return null;
    }
    LocalDate d = safeDate(told.getYear(), month, day);
    if (d == null || d.isBefore(told) || ChronoUnit.DAYS.between(told, d) > STORY_YEAR_DAYS
        || dow != null && d.getDayOfWeek().getValue() != dow || tense() == Tense.FUTURE) {
      return null;
    }
    return told.getYear();
  }

  /**
   * The year of a month named alone: within six months of publication unless a modifier or the
   * tense says otherwise.
   */
  Integer yearOfMonth(int month, int direction) {
    LocalDate pub = published;
    if (pub == null) {
      return storyYear;
    }
    int y = pub.getYear();
    int diff = month - pub.getMonthValue();
    if (direction < 0) {
      return diff < 0 ? y : y - 1;
    }
    if (direction > 0) {
      return diff > 0 ? y : y + 1;
    }
    int nearest = diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
    // the tense of its verb moves a month told alone to the side it points to: "ont commencé en
    // mars" read in November is the March before, "ouvrira en janvier" the one after
    int told = nearest * 12 + month;
    int at = y * 12 + pub.getMonthValue();
    int tense = tenseDirection();
    if (tense < 0 && told > at) {
      return nearest - 1;
    }
    if (tense > 0 && told < at) {
      return nearest + 1;
    }
    return nearest;
  }

  // ---- TIMEX3 formatting ----

  static String day(LocalDate d) {
    if (d == null) {
      return null;
    }
    return unknownYear(d.getYear()) ? "XXXX" + d.toString().substring(4) : d.toString();
  }

  static String day(Integer year, int month, int day) {
    return String.format(Locale.ROOT, "%s-%02d-%02d", year == null || unknownYear(year) ? "XXXX" : pad(year), month, day);
  }

  static String month(Integer year, int month) {
    return String.format(Locale.ROOT, "%s-%02d", year == null || unknownYear(year) ? "XXXX" : pad(year), month);
  }

  static String year(Integer year) {
    return year == null ? null : pad(year);
  }

  static String week(LocalDate d) {
    return d == null ? null : String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** A duration ("P3D", "PT2H", "P6M") or, with {@code set}, a period of repetition; X when unknown. */
  static String duration(Double amount, String unit, boolean set) {
    String n = amount == null ? "X" : amount % 1 == 0 ? String.valueOf(amount.longValue())
        : String.valueOf(amount).replaceAll("0+$", "");
    return switch (unit) {
      case "S" -> "PT" + n + "S";
      case "MIN" -> "PT" + n + "M";
      case "H" -> "PT" + n + "H";
      case "2W" -> "P" + (amount == null ? "X" : String.valueOf(2 * amount.longValue())) + "W";
      case "Q" -> "P" + (amount == null ? "X" : String.valueOf(3 * amount.longValue())) + "M";
      case "HALF" -> "P" + (amount == null ? "X" : String.valueOf(6 * amount.longValue())) + "M";
      case "WE" -> set ? "XXXX-WXX-WE" : "P" + n + "WE";
      default -> "P" + n + unit;
    };
  }

  /** A day value with the clock time put in place of any part of day. */
  static String withClock(String dayValue, String clock) {
    if (dayValue == null || clock == null) {
      return dayValue;
    }
    return dayValue.substring(0, Math.min(10, dayValue.length())) + clock;
  }

  /** A day with a part of day ("2016-11-08TEV"; midi is "T12:00"), or the day alone. */
  static String withPod(LocalDate day, String pod) {
    if (day == null) {
      return null;
    }
    if (pod == null) {
      return day(day);
    }
    return day(day) + (pod.equals("MI") ? "T12:00" : "T" + pod);
  }

  private static String pad(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  /** The calendar day a value starts with ("2016-11-08", "2016-11-08TEV"), or null. */
  static LocalDate dayOf(String value) {
    if (value != null && value.startsWith("XXXX-") && value.length() >= 10 && Character.isDigit(value.charAt(5))
        && (value.length() == 10 || value.charAt(10) == 'T')) {
      return safeDate(UNKNOWN_YEAR, Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
    }
    if (value == null || value.length() < 10 || !Character.isDigit(value.charAt(0))
        || value.charAt(4) != '-' || value.charAt(7) != '-' || value.length() > 10 && value.charAt(10) != 'T') {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Easter Sunday of {@code year} (anonymous Gregorian algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** The {@code n}-th weekday {@code dow} of a month. */
  static LocalDate nthWeekday(int year, int month, int n, int dow) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.of(dow)));
  }
}
