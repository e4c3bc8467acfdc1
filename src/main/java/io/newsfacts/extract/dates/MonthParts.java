package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;

import io.newsfacts.model.DateType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;

/**
 * Readers of the weeks and days a month is counted in: "la semaine du 6 octobre", "la première
 * semaine d'octobre 2014" (the week of its first Monday), "la dernière semaine de septembre" (the
 * week of its last Sunday), "le dernier jour de juin", "le premier week-end de septembre" (the
 * week-end of its first Saturday), "la seconde quinzaine de mars" (the month).
 */
final class MonthParts {
  private final TimeWords words;

  MonthParts(TimeWords words) {
    this.words = words;
  }

  Mention weekOf(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer day = words.dayNumber(m.group("d"));
    if (day == null || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    String y = m.group("y");
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfDay(month, day, null, 0);
      LocalDate d = year == null ? null : Timeline.safeDate(year, month, day);
      return d == null ? null : Timeline.week(d);
    });
  }

  Mention ordinal(Matcher m, String text) {
    String ord = TimeWords.key(m.group("ord"));
    String unit = TimeWords.key(m.group("u"));
    int n = switch (ord) {
      case "premier", "première", "1er", "1re" -> 1;
      case "deuxième", "second", "seconde" -> 2;
      case "troisième" -> 3;
      default -> -1; // the last
    };
    int month = words.months.get(TimeWords.key(m.group("mo")));
    String y = m.group("y");
    if (unit.equals("quinzaine") && n > 2) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfMonth(month, 0);
      if (year == null) {
        return null;
      }
      LocalDate first = LocalDate.of(year, month, 1);
      LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
      return switch (unit) {
        case "jour" -> Timeline.day(n < 0 ? last : first.plusDays(n - 1L));
        case "semaine" -> Timeline.week(n < 0 ? last.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
            : first.with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY)));
        case "quinzaine" -> Timeline.month(year, month);
        default -> Timeline.week(n < 0 ? last.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
            : first.with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.SATURDAY))) + "-WE";
      };
    });
  }
}
