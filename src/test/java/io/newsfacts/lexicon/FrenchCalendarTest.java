package io.newsfacts.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FrenchCalendarTest {
  @Test
  void everyLineOfTheMonthAndWeekdayFilesIsRead() {
    assertEquals(Lexicon.pairs("common/months.txt").size(), FrenchCalendar.months().size());
    assertEquals(Lexicon.pairs("common/weekdays.txt").size(), FrenchCalendar.weekdays().size());
    for (String[] kv : Lexicon.pairs("common/months.txt")) {
      assertEquals(Integer.parseInt(kv[1]), FrenchCalendar.months().get(kv[0]), kv[0]);
    }
  }

  @Test
  void monthNamesAreTheFullFormsWithAndWithoutAccents() {
    assertTrue(FrenchCalendar.monthNames().containsAll(
        java.util.List.of("janvier", "février", "fevrier", "mai", "août", "aout", "décembre", "decembre")));
    for (String abbreviation : new String[] {"janv.", "janv", "févr.", "fev", "sept.", "déc."}) {
      assertFalse(FrenchCalendar.monthNames().contains(abbreviation), abbreviation);
    }
    assertEquals(2, FrenchCalendar.months().get("févr."));
    assertEquals(7, FrenchCalendar.weekdays().get("dimanche"));
  }

  @Test
  void alternationMatchesTheLongestFormFirst() {
    Pattern p = Pattern.compile("(?:" + FrenchCalendar.alternation(FrenchCalendar.months().keySet()) + ")");
    var m = p.matcher("le 3 janv. 2016");
    assertTrue(m.find());
    assertEquals("janv.", m.group());
  }
}
