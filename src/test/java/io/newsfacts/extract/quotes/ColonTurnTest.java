package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person who opens the clause after a colon as the subject of a verb takes the turn from the
 * previous speaker, as one opening a sentence does ({@link OtherActors}). Hand-written French.
 */
class ColonTurnTest {
  @Test
  void aSubjectAfterAColonEndsThePreviousSpeakersTurn() {
    List<Quote> qs = quotes("«Nous construirons mille logements avant la fin de l'année», a promis [PER Paul Durand] lundi. "
        + "Mais attention, la campagne ne doit pas déborder : [PER Marie Lenoir] a prévenu les élus qu'ils devaient "
        + "distinguer leurs déplacements. Trois semaines avant le vote, «les déplacements des élus sur le terrain "
        + "sont également prohibés, sauf cas de force majeure».");
    Quote q = qs.stream().filter(x -> x.text().startsWith("les déplacements")).findFirst().orElseThrow();
    assertNotEquals("Paul Durand", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aComplementAfterAColonLeavesTheTurnToThePreviousSpeaker() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis [PER Paul Durand] lundi. "
        + "Il vise un public précis : les familles aidées par [PER Marie Lenoir] depuis dix ans. "
        + "«Les familles attendent depuis trop longtemps, et nous le savons tous très bien.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
