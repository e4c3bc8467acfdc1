package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.DateFact;
import io.newsfacts.testing.HandText;
import io.newsfacts.testing.Report;
import io.newsfacts.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Duckling's French time corpus (../shared/eval/duckling_fr, 467 {@code Time} rows relative to
 * Tuesday 2013-02-12T04:30): how many we resolve the same way. Duckling values are turned into
 * TIMEX3 the way this project writes them (a day "2013-02-18", a week "2013-W08", a month
 * "2013-03", a time "2013-02-12T15:00", a part of day "2013-02-12TEV", a season "2013-SU", a day
 * interval "2013-07-13/2013-07-15"). A row counts when one of the dates found in its text has that
 * value; for an interval that is part of a calendar unit ("fin mars", "en début de semaine") the
 * enclosing unit ("2013-03", "2013-W07") also counts, and for an open interval ("à partir du 8
 * mars") its start, since TIMEX3 says "after" with a modifier the contract has no field for.
 */
class DucklingCorpusTest {
  private static final LocalDate REFERENCE = LocalDate.of(2013, 2, 12);
  /** The figure reached when this test was written; raise it when the resolver improves. */
  private static final int FLOOR = 310;

  private static final Pattern POINT = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}) grain=(\\w+)");
  private static final Pattern INTERVAL = Pattern.compile(
      "interval (\\S+)/(\\S+) grain=(\\w+)");
  private static final Pattern OPEN = Pattern.compile("open-interval \\w+ (\\S+) grain=(\\w+)");

  @Test
  void resolvesDucklingTimeExamples() throws IOException {
    Path tsv = SharedData.require("eval/duckling_fr/duckling_fr_examples.tsv");
    DateExtractor extractor = new DateExtractor();
    int total = 0;
    int same = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 3 || !cols[0].equals("Time")) {
        continue;
      }
      total++;
      Set<String> accepted = timex(cols[2]);
      List<DateFact> found = extractor.extract(HandText.of(cols[1]), REFERENCE);
      if (found.stream().anyMatch(d -> accepted.contains(d.value()))) {
        same++;
      } else {
        misses.add(cols[1] + " -> " + found.stream().map(d -> d.text() + "=" + d.value()).toList()
            + " expected " + accepted);
      }
    }
    Report.printf("duckling_fr Time: %d/%d resolved the same way (%.1f%%)%n", same, total, 100.0 * same / total);
    if (System.getenv("DUCKLING_MISSES") != null) {
      misses.forEach(m -> Report.printf("  miss: %s%n", m));
    }
    assertTrue(total == 467, "expected the 467 Time rows, read " + total);
    assertTrue(same >= FLOOR, same + " below the floor " + FLOOR);
  }

  @Test
  void ignoresDucklingNegativeExamples() throws IOException {
    Path tsv = SharedData.require("eval/duckling_fr/duckling_fr_negative_examples.tsv");
    DateExtractor extractor = new DateExtractor();
    List<String> found = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).subList(1, 9)) {
      String text = line.split("\t")[1];
      extractor.extract(HandText.of(text), REFERENCE).forEach(d -> found.add(text + " -> " + d.value()));
    }
    // "pendant des mois", "deux trois minutes" are vague durations (PXM, PTXM) for TimeML, which
    // this project follows; nothing else may be read as a date
    assertTrue(found.stream().allMatch(f -> f.endsWith("PXM") || f.endsWith("PTXM")), found.toString());
  }

  /** The TIMEX3 values that say what Duckling's {@code value} says. */
  static Set<String> timex(String value) {
    Set<String> out = new LinkedHashSet<>();
    Matcher p = POINT.matcher(value);
    Matcher i = INTERVAL.matcher(value);
    Matcher o = OPEN.matcher(value);
    if (i.matches()) {
      interval(parse(i.group(1)), parse(i.group(2)), i.group(3), out);
    } else if (o.matches()) {
      out.add(point(parse(o.group(1)), o.group(2)));
    } else if (p.matches()) {
      out.add(point(parse(value.substring(0, 19)), p.group(7)));
    }
    return out;
  }

  private static LocalDateTime parse(String s) {
    // Duckling writes a month as day 00 and a year as month 00
    return LocalDateTime.parse(s.replace("-00-00T", "-01-01T").replace("-00T", "-01T"));
  }

  private static String point(LocalDateTime t, String grain) {
    LocalDate d = t.toLocalDate();
    return switch (grain) {
      case "Second" -> String.format(Locale.ROOT, "%sT%02d:%02d:%02d", d, t.getHour(), t.getMinute(), t.getSecond());
      case "Minute", "Hour" -> String.format(Locale.ROOT, "%sT%02d:%02d", d, t.getHour(), t.getMinute());
      case "Week" -> week(d);
      case "Month" -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case "Year" -> String.format(Locale.ROOT, "%04d", d.getYear());
      default -> d.toString();
    };
  }

  private static void interval(LocalDateTime from, LocalDateTime to, String grain, Set<String> out) {
    LocalDate a = from.toLocalDate();
    if (grain.equals("Hour") && from.getDayOfWeek() == DayOfWeek.FRIDAY && from.getHour() == 18
        && ChronoUnit.DAYS.between(a, to.toLocalDate()) == 3) {
      out.add(week(a) + "-WE");
      return;
    }
    if (grain.equals("Hour") && ChronoUnit.HOURS.between(from, to) <= 24) {
      int h = from.getHour();
      String pod = h < 4 ? "NI" : h < 12 ? "MO" : h < 18 ? "AF" : "EV";
      out.add(a + "T" + pod);
      return;
    }
    if (grain.equals("Day") || grain.equals("Week") || grain.equals("Month") || grain.equals("Year")) {
      LocalDate last = (grain.equals("Day") ? to.minusDays(1) : grain.equals("Week") ? to.minusWeeks(1)
          : grain.equals("Month") ? to.minusMonths(1) : to.minusYears(1)).toLocalDate();
      String season = season(a, last);
      if (season != null) {
        out.add(season);
        return;
      }
      out.add(point(from, grain) + "/" + point(last.atStartOfDay(), grain));
      if (grain.equals("Day") && a.equals(last)) {
        out.add(a.toString());
      }
      // part of one calendar unit: the unit ("fin mars" -> 2013-03)
      LocalDate end = to.minusSeconds(1).toLocalDate();
      if (week(a).equals(week(end))) {
        out.add(week(a));
      }
      if (a.getYear() == end.getYear() && a.getMonthValue() == end.getMonthValue()) {
        out.add(point(from, "Month"));
      } else if (a.getYear() == end.getYear() && ChronoUnit.DAYS.between(a, end) >= 28) {
        out.add(point(from, "Year"));
      }
      return;
    }
    out.add(point(from, grain) + "/" + point(to, grain));
  }

  private static String season(LocalDate a, LocalDate last) {
    if (ChronoUnit.DAYS.between(a, last) < 80) {
      return null;
    }
    String code = switch (a.getMonthValue()) {
      case 3 -> "SP";
      case 6 -> "SU";
      case 9 -> "FA";
      case 12 -> "WI";
      default -> null;
    };
    return code == null || a.getDayOfMonth() < 19 ? null : a.getYear() + "-" + code;
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
