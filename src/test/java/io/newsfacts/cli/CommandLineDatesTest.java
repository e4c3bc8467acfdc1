package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.search.SearchCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --from/--to take a year, a month or a day; bad values and mistyped names are one clear line. */
class CommandLineDatesTest {
  @TempDir Path tmp;

  @Test
  void aYearOrAMonthMeansItsWholeSpan() {
    assertEquals(new DateSpan(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)), DateSpan.parse("2015"));
    assertEquals(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), DateSpan.parse("2024-02"));
    assertEquals(new DateSpan(LocalDate.of(2015, 3, 12), LocalDate.of(2015, 3, 12)), DateSpan.parse("2015-03-12"));
  }

  @Test
  void searchByYearAndMonthIsSearchByTheirFirstAndLastDays() throws IOException {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    String i = index.toString();
    Cli month = Cli.fast("search", "--index", i, "--from", "2016-11", "--to", "2016-11", "--format", "jsonl");
    Cli days = Cli.fast("search", "--index", i, "--from", "2016-11-01", "--to", "2016-11-30", "--format", "jsonl");
    assertEquals(0, month.exitCode(), month.err());
    assertFalse(month.out().isEmpty());
    assertEquals(days.out(), month.out());
    Cli year = Cli.fast("search", "--index", i, "--from", "2015", "--to", "2015", "--format", "jsonl", "--limit", "100");
    Cli yearDays = Cli.fast("search", "--index", i, "--from", "2015-01-01", "--to", "2015-12-31", "--format", "jsonl",
        "--limit", "100");
    assertEquals(yearDays.out(), year.out());
    assertTrue(year.out().contains("\"articleId\":\"a3\"") && !year.out().contains("\"articleId\":\"a2\""), year.out());
  }

  @Test
  void aBadDateIsOneLineSayingWhatWasGivenAndWhatIsExpected() {
    for (String bad : new String[] {"2015-13-01", "2015-02-30", "12/03/2015", "hier", "20150"}) {
      Cli r = Cli.fast("search", "x", "--index", tmp.toString(), "--from", bad);
      assertEquals(2, r.exitCode(), bad);
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("newsfacts: Invalid value for option '--from': '" + bad + "' is not a"), r.err());
      assertTrue(r.err().strip().endsWith("expected YYYY, YYYY-MM or YYYY-MM-DD"), r.err());
    }
  }

  @Test
  void mistypedCommandsAndFlagsGetTheNearestName() {
    Cli command = Cli.fast("serch", "visas");
    assertEquals(2, command.exitCode());
    assertEquals("newsfacts: unknown command 'serch': did you mean 'search' or 'serve'?", command.err().lines().findFirst().get());
    Cli flag = Cli.fast("search", "visas", "--fromm", "2015");
    assertEquals(2, flag.exitCode());
    assertEquals("newsfacts: unknown option '--fromm': did you mean '--from'?", flag.err().lines().findFirst().get());
    Cli stats = Cli.fast("stat");
    assertTrue(stats.err().startsWith("newsfacts: unknown command 'stat': did you mean 'stats'?"), stats.err());
  }

  @Test
  void searchWithoutAnIndexSaysHowToMakeOne() {
    Cli r = Cli.fast("search", "visas", "--index", tmp.resolve("nowhere").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("make one with `newsfacts index PATH...`"), r.err());
  }
}
