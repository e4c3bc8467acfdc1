package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Groups and people the article does not name, written with the most general nouns for people
 * ("les gens", "quelques personnes") or completing a noun for words said ("la réponse des
 * parents"), on hand-written French: their phrase is the speaker.
 */
class SpeakerUnnamedGroupsTest {
  @Test
  void theMostGeneralNounsForPeopleAreUnnamedSpeakers() {
    Quote q = only(quotes("J'ai eu des regards bienveillants. Quelques personnes m'ont dit : «Je vous admire, "
        + "c'est génial !» et cela m'a plu."));
    assertSpeaker(q, "quelques personnes", "colon");
    List<Quote> qs = quotes("Si les gens pensaient à un fils, ils nous disaient : «Eh ben, elle va se sentir bien seule !»");
    assertEquals(1, qs.size());
    assertSpeaker(qs.get(0), "les gens", "pronoun");
  }

  @Test
  void anUnnamedAuthorOfASpeechNounSaidTheWords() {
    Quote q = only(quotes("Une fois la lettre rédigée, la réponse des parents est imperturbablement : «Il a beaucoup "
        + "de lutins qui l'aident.»"));
    assertSpeaker(q, "les parents", "source-frame");
  }

  @Test
  void aSpeechNounOfAComplementBeforeAnotherSubjectIsNotTheSpeaker() {
    Quote q = only(quotes("Sur les propos des habitants, le maire questionne : «Qui a vu ce chien dans la rue ?»"));
    assertEquals(false, "les habitants".equals(q.speaker()), () -> "speaker of " + q);
  }
}
