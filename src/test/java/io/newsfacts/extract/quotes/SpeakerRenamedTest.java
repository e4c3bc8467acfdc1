package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person who just spoke, named anew by a definite role phrase of another head than the role the
 * article gave them ("X, porte-parole du gouvernement ... le ministre a répondu"); on hand-written
 * French without the models.
 */
class SpeakerRenamedTest {
  @Test
  void aRoleOfAnotherHeadNamesThePersonWhoJustSpoke() {
    List<Quote> qs = quotes("Invité mardi, [PER Paul Durand], porte-parole du gouvernement, a défendu «une politique "
        + "de fermeté qui doit garder sa dimension humaine».\n\nPas d'invasion\nA un auditeur en colère, le "
        + "ministre a répondu: «Je ne crois pas qu'il y "
        + "ait une invasion ce matin».");
    assertSpeaker(qs.get(1), "Paul Durand", "coreference");
    assertEquals("ministre", qs.get(1).speakerRole(), () -> "role of " + qs.get(1));
  }

  @Test
  void aFeminineRoleAfterAPronounNamesTheWomanWhoJustSpoke() {
    List<Quote> qs = quotes("[PER Claire Morin], son adversaire lors des législatives, a réagi mardi. «C'est un "
        + "mépris pour les habitants», a-t-elle poursuivi. «Il a trahi son pays», a ajouté l'ancienne candidate.");
    assertSpeaker(qs.get(1), "Claire Morin", "coreference");
  }

  @Test
  void noOneElseBetweenAndNoOtherHolderOfTheOffice() {
    // someone else named between: never the one who spoke before (the others' ties decide)
    List<Quote> between = quotes("[PER Claire Morin], son adversaire lors des législatives, a réagi. «C'est un "
        + "mépris», a-t-elle poursuivi. [PER Anne Petit] était présente. «Il a trahi son pays», a ajouté "
        + "l'ancienne candidate.");
    assertEquals(false, "Claire Morin".equals(between.get(1).speaker()), () -> "speaker of " + between.get(1));
    // another person holds the office the phrase names: not the one who just spoke
    List<Quote> other = quotes("Le ministre de l'Intérieur, [PER Marc Leroy], était absent. [PER Paul Durand], "
        + "porte-parole du parti, a réagi. «C'est un échec», a-t-il dit. «Rien ne change», a ajouté le ministre.");
    assertEquals(false, "Paul Durand".equals(other.get(1).speaker()), () -> "speaker of " + other.get(1));
    // a phrase of the other gender
    List<Quote> gender = quotes("[PER Paul Durand], porte-parole du gouvernement, a réagi. «C'est un échec», a-t-il "
        + "dit. «Rien ne change», a ajouté la ministre.");
    assertEquals("la ministre", gender.get(1).speaker(), () -> "speaker of " + gender.get(1));
  }
}
