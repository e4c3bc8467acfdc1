package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "le ministère" alone completed by the one ministry the article named ({@link PhraseCompletions}), on hand-written French. */
class PhraseCompletionsTest {
  private static final String WORDS = "Plus de cent mille familles seront aidées dès cette année";

  private static String last(List<Quote> qs) {
    return qs.get(qs.size() - 1).speaker();
  }

  @Test
  void theMinistryOfTheOneMinisterNamedBefore() {
    assertEquals("le ministère du Logement", last(quotes("La ministre du Logement [PER Emmanuelle Cosse] a présenté "
        + "son plan mardi. Selon le ministère, «" + WORDS + "».")));
    assertEquals("le ministère de l'Intérieur", last(quotes("Le ministre de l'Intérieur a visité la ville. «" + WORDS
        + "», assure le ministère.")));
    assertEquals("le ministère de l'Economie et des Finances", last(quotes("Le ministre de l'Economie et des Finances "
        + "[PER Paul Martin] a parlé. «" + WORDS + "», assure le ministère.")));
  }

  @Test
  void noMinistryWhenTwoOrAPastOneOrAPrimeMinister() {
    assertEquals("le ministère", last(quotes("Le ministre de l'Economie [PER Paul Martin] a reçu la ministre de la "
        + "Culture. «" + WORDS + "», assure le ministère.")));
    assertEquals("le ministère", last(quotes("L'ancienne ministre des Sports [PER Anne Durand] est hospitalisée. «"
        + WORDS + "», précise le ministère.")));
    assertEquals("le ministère", last(quotes("Le Premier ministre a parlé. «" + WORDS + "», précise le ministère.")));
    // a minister named in a quote is no tie the article makes
    assertEquals("le ministère", last(quotes("«Le ministre de la Santé ment», a dit [PER Paul Martin]. «" + WORDS
        + "», précise le ministère.")));
  }
}
