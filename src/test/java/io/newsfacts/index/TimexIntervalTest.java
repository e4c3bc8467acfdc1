package io.newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar days a TIMEX3 value covers: what --from/--to and --sort date compare. */
class TimexIntervalTest {
  private static void assertCovers(String timex, String first, String last) {
    TimexInterval i = TimexInterval.of(timex);
    assertEquals(LocalDate.parse(first) + ".." + LocalDate.parse(last),
        LocalDate.ofEpochDay(i.startDay()) + ".." + LocalDate.ofEpochDay(i.endDay()), timex);
  }

  @Test
  void datesMonthsWeeksYearsAndSpans() {
    assertCovers("2016-11-09", "2016-11-09", "2016-11-09");
    assertCovers("2016-11-09T14:00", "2016-11-09", "2016-11-09");
    assertCovers("2016-11", "2016-11-01", "2016-11-30");
    assertCovers("2016-02", "2016-02-01", "2016-02-29");
    assertCovers("2016-W45", "2016-11-07", "2016-11-13");
    assertCovers("2016", "2016-01-01", "2016-12-31");
    assertCovers("2016/2017", "2016-01-01", "2017-12-31");
  }

  @Test
  void whatIsNotACalendarDateHasNoInterval() {
    for (String v : new String[] {null, "P3D", "XXXX-07-06", "PRESENT_REF", "2016-13", "2017/2016", "2016-02-30"}) {
      assertNull(TimexInterval.of(v), v);
    }
  }
}
