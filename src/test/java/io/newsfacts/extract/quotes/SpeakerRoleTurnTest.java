package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A role phrase that cannot name the previous speaker ends their turn when it opens a clause as the
 * subject of a verb between two quotes: one of the other gender. One of the same gender may be the
 * previous speaker named again. Hand-written French.
 */
class SpeakerRoleTurnTest {
  @Test
  void aRoleOfTheOtherGenderActingBetweenEndsTheTurn() {
    List<Quote> qs = quotes("La maire [PER Claire Dubois] s'inquiétait ainsi : «Nous n'avons plus un seul lit libre.»\n"
        + "L'ancien directeur de l'hôpital, candidat aux municipales, a attribué ces retards au «sentiment que personne ne nous écoute plus depuis des mois».");
    assertEquals(2, qs.size());
    assertEquals("Claire Dubois", qs.get(0).speaker());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRoleOfTheSameGenderMayBeTheSameSpeaker() {
    List<Quote> qs = quotes("La maire [PER Claire Dubois] s'inquiétait ainsi : «Nous n'avons plus un seul lit libre.»\n"
        + "La maire a attribué ces retards au «sentiment que personne ne nous écoute plus depuis des mois».");
    assertEquals(2, qs.size());
    assertEquals("Claire Dubois", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
