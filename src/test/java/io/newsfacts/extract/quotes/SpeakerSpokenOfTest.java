package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A role phrase of the reporting words first resolved to the person the quote speaks of: people
 * seldom speak of themselves by name, so another holder of the role speaks, else the phrase itself.
 */
class SpeakerSpokenOfTest {
  @Test
  void anotherHolderOfTheRoleSpeaksWhenTheFirstIsNamedInTheQuote() {
    Quote q = only(quotes("Le sénateur [PER Paul Martin] a rencontré mardi le sénateur [PER Jean Durand] à Lyon. "
        + "«Paul Martin n'a rien compris au dossier des retraites», a dénoncé le sénateur."));
    assertSpeaker(q, "Jean Durand", "coreference");
  }

  @Test
  void thePhraseStaysWhenNoOneElseHoldsTheRole() {
    Quote q = only(quotes("[PER Nicolas Sarkozy], «ingrat»? C'est ce que pense [PER Florian Philippot], vice-président "
        + "du [ORG FN]. Invité mardi, il est revenu sur les propos de l'ancien président. «Sarkozy est un "
        + "communautariste qui ne comprend rien au pays», a dénoncé l'eurodéputé."));
    assertSpeaker(q, "l'eurodéputé", "reporting-verb");
  }

  @Test
  void aNamesakeInTheQuoteIsNoReasonToTakeAnotherHolder() {
    // the quote names the father: whether the daughter speaks is left open, never the other senator
    Quote q = only(quotes("La sénatrice [PER Lucie Petit] a voté mardi. La sénatrice [PER Marie Durand] a déploré une "
        + "provocation. «Le parti a une ligne, et les propos de [PER Jean Durand] n'engagent que lui», a estimé "
        + "la sénatrice."));
    assertNotEquals("Lucie Petit", q.speaker(), () -> "speaker of " + q);
  }
}
