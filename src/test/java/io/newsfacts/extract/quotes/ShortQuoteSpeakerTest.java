package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words too short to count as a quote still name their speaker by an inverted reporting verb
 * ("«Non», rectifie X."): the quote after them with no cue of its own goes on with X, not with the
 * subject of the sentence before ({@link ParagraphSpeakers#introduced}). Hand-written French.
 */
class ShortQuoteSpeakerTest {
  @Test
  void theSpeakerOfShortWordsBeforeTheQuoteSpeaksOn() {
    List<Quote> qs = quotes("«Le programme de son rival est faisable de A à Z, je le crois vraiment», juge [PER Paul Martin].\n\n"
        + "Face à la large victoire de [PER Jean Lefort], [PER Pierre Durand] pourrait être tenté de déclarer forfait. "
        + "«Pas du tout», rectifie [PER Paul Martin]. «Je ne l'ai jamais vu hésiter une seule seconde, il veut continuer le combat.»");
    Quote q = qs.get(qs.size() - 1);
    assertEquals("Paul Martin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aSubjectAfterTheShortWordsStillTakesTheTurn() {
    List<Quote> qs = quotes("«Le programme de son rival est faisable de A à Z, je le crois vraiment», juge [PER Paul Martin].\n\n"
        + "«Pas du tout», rectifie [PER Paul Martin]. [PER Pierre Durand] répond aussitôt sur son blog. "
        + "«Je ne l'ai jamais vu hésiter une seule seconde, il veut continuer le combat.»");
    Quote q = qs.get(qs.size() - 1);
    assertEquals("Pierre Durand", q.speaker(), () -> "speaker of " + q);
  }
}
