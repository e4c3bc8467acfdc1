package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue of its own after a source frame ("Mais pour X, ...", "..., pour X, que",
 * "selon X") that names someone other than the previous speaker is the framed person's, not the
 * previous speaker's ({@link FramedSources}). Hand-written French, without the models.
 */
class FramedSourcesTest {
  @Test
  void aSentenceFramedByAnotherPersonTakesTheTurn() {
    List<Quote> qs = quotes("«Il ne peut pas y avoir de candidature officielle avant cette date», a expliqué "
        + "[PER Paul Durand] lundi.\nMais pour [PER Marie Lenoir], la réponse est simple. «J'ai été autorisée par "
        + "le parti à me déclarer candidate dès aujourd'hui.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Marie Lenoir", "source-frame");
  }

  @Test
  void aFrameBetweenCommasBeforeAThatClauseTakesTheTurn() {
    List<Quote> qs = quotes("«Nous avons fait campagne jusqu'au bout», a affirmé [PER Paul Durand] dimanche. "
        + "Et la victoire est la preuve, pour [PER Marie Lenoir], que «quand on se mobilise, on peut avoir des élus».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Marie Lenoir", "source-frame");
  }

  @Test
  void aFrameWithARoleAndNoCommaBeforeTheQuoteTakesTheTurn() {
    List<Quote> qs = quotes("«Le paquet neutre fera baisser la consommation», a plaidé [PER Paul Durand]. "
        + "Pour la députée PS [PER Marie Lenoir] «le paquet neutre est moche, mais il dit la vérité».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Marie Lenoir", "source-frame");
  }

  @Test
  void aPersonAfterPourInsideAClauseFramesNothing() {
    List<Quote> qs = quotes("«Nous avons fait campagne jusqu'au bout», a affirmé [PER Paul Durand] dimanche. "
        + "Ce fut une victoire pour [PER Marie Lenoir] aux élections. «Nous serons là en mars, avec "
        + "des listes dans toutes les villes du département.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Durand", "previous-quote");
  }

  @Test
  void thePreviousSpeakerFramedAgainKeepsTheTurn() {
    List<Quote> qs = quotes("«Nous avons fait campagne jusqu'au bout», a affirmé [PER Paul Durand] dimanche. "
        + "Selon [PER Paul Durand], la victoire est acquise. «Nous serons là en mars, avec "
        + "des listes dans toutes les villes du département.»").stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker());
  }
}
