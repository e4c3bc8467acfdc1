package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The agent of a passive before a colon ({@link PassiveAgents#agent}): the speaker when the words
 * are theirs ("les mots prononcés par X :"), not when the participle qualifies a complement of
 * the clause's own verb ("X n'a pas caché sa réserve face au pacte proposé par Y :").
 * Hand-written French, without the models.
 */
class PassiveAgentsTest {
  private static Quote quote(String sentence) {
    return only(quotes("Le chantier a repris lundi. " + sentence));
  }

  @Test
  void theAgentOfWordsSaidIsTheSpeaker() {
    assertEquals("Claire Martin", quote("Ce vote ne fait que confirmer les mots forts prononcés par [PER Claire Martin] "
        + "en novembre dernier : «Les travaux reprendront au printemps, quoi qu'il arrive.»").speaker());
    assertEquals("Claire Martin", quote("Les mots prononcés par [PER Claire Martin] lors du conseil : «Les travaux "
        + "reprendront au printemps, quoi qu'il arrive.»").speaker());
  }

  @Test
  void theAgentOfAParticipleQualifyingAComplementIsNotTheSpeaker() {
    Quote q = quote("La secrétaire nationale du parti n'a pas caché sa réserve face au pacte proposé par "
        + "[PER Claire Martin] : «Les travaux reprendront au printemps, quoi qu'il arrive.»");
    assertNotEquals("Claire Martin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void anAppositionAfterACommaIsItsOwnClause() {
    assertEquals("Claire Martin", quote("Ce retrait a été vécu comme une douche froide, un sentiment partagé par "
        + "[PER Claire Martin] : «Les travaux reprendront au printemps, quoi qu'il arrive.»").speaker());
  }
}
