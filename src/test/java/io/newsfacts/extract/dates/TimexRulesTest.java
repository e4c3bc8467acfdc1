package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shorthands of the rule table ({@link TimexRules}) and the rules they make. */
class TimexRulesTest {
  private static final Map<String, String> FRAGMENTS = Map.of("unit", "(?:an|mois)");

  private static boolean matches(String template, String text) {
    return Pattern.compile(TimexRules.expand(template, FRAGMENTS), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text).matches();
  }

  @Test
  void aSpaceIsAnySpacesAnUnderscoreOptionalSpacesAnApostropheEitherOne() {
    assertTrue(matches("l'{unit} dernier", "l’an\u00a0 dernier"));
    assertTrue(matches("la_semaine", "lasemaine"));
    assertTrue(matches("la_semaine", "la  semaine"));
    assertEquals(false, matches("la semaine", "lasemaine"));
  }

  @Test
  void classesEscapesAndCountsAreLeftAsWritten() {
    assertEquals("[ '_]\\p{L}\\d{4}", TimexRules.expand("[ '_]\\p{L}\\d{4}", FRAGMENTS));
  }

  @Test
  void anUnknownFragmentIsAnError() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> TimexRules.expand("{month}", FRAGMENTS))
        .getMessage().contains("{month}"));
  }

  @Test
  void everyRuleBeginsAtAWordTheLookupCanFind() {
    for (Rule rule : TimexRules.of(new TimeWords())) {
      assertTrue(!RuleStarts.of(rule.pattern().pattern()).isEmpty(), rule.pattern().pattern());
    }
  }
}
