package io.newsfacts.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar days a TIMEX3 date value covers, as epoch days; null for what is not a date. */
public record TimexInterval(long startDay, long endDay) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

  public static TimexInterval of(String value) {
    if (value == null) {
      return null;
    }
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
        return new TimexInterval(d.toEpochDay(), d.toEpochDay());
      }
      if ((m = MONTH.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), 1);
        return new TimexInterval(d.toEpochDay(), d.with(TemporalAdjusters.lastDayOfMonth()).toEpochDay());
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
            .with(DayOfWeek.MONDAY);
        return new TimexInterval(d.toEpochDay(), d.plusDays(6).toEpochDay());
      }
      if ((m = YEAR.matcher(value)).matches()) {
        return years(i(m, 1), i(m, 1));
      }
      if ((m = YEARS.matcher(value)).matches()) {
        return years(i(m, 1), i(m, 2));
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  public static TimexInterval of(LocalDate day) {
    return day == null ? null : new TimexInterval(day.toEpochDay(), day.toEpochDay());
  }

  private static TimexInterval years(int from, int to) {
    if (to < from) {
      return null;
    }
    return new TimexInterval(LocalDate.of(from, 1, 1).toEpochDay(), LocalDate.of(to, 12, 31).toEpochDay());
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
