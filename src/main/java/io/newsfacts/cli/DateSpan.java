package io.newsfacts.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A day, month or year given on the command line ({@code 2015}, {@code 2015-03}, {@code 2015-03-12}):
 * the days it spans. {@code --from 2015} starts on 2015-01-01, {@code --to 2015-02} ends on 2015-02-28.
 */
record DateSpan(LocalDate first, LocalDate last) {
  /** What a value must look like, as error messages and help say it. */
  static final String EXPECTED = "YYYY, YYYY-MM or YYYY-MM-DD";

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  /** Reads {@code value}; a bad one is a conversion error saying what was given and what is expected. */
  static DateSpan parse(String value) {
    Matcher m = SHAPE.matcher(value.strip());
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("'" + shown(value) + "' is not a date: expected " + EXPECTED);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        Year y = Year.of(year);
        return new DateSpan(y.atDay(1), y.atMonth(12).atEndOfMonth());
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new DateSpan(month.atDay(1), month.atEndOfMonth());
      }
      LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
      return new DateSpan(day, day);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("'" + shown(value)
          + "' is not a day of the calendar: expected " + EXPECTED);
    }
  }

  private static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
