package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote opening its paragraph with the stop after the marks takes the person whose act the next
 * sentence tells ({@link LeadQuotes}), unless the paragraph before is made of quotes. Hand-written
 * French, without the models.
 */
class SpeakerLeadQuoteTest {
  @Test
  void aQuoteOpeningItsParagraphIsThePersonsTheNextSentenceTellsOf() {
    Quote q = only(quotes("Le projet de loi revient devant les députés.\n"
        + "«Je suis solide, je suis endurante, j'ai envie de faire passer ce texte». Au micro de BFMTV, "
        + "[PER Myriam El Khomri] a réaffirmé son intention de poursuivre le combat."));
    assertSpeaker(q, "Myriam El Khomri", "next-sentence");
  }

  @Test
  void alsoWhenTheNextSentenceOpensWithADate() {
    Quote q = only(quotes("«Le communautarisme, c'est appliquer le modèle américain en France». "
        + "Ce mardi, sur BFMTV, [PER François Baroin] a attaqué le candidat d'En Marche."));
    assertSpeaker(q, "François Baroin", "next-sentence");
  }

  @Test
  void notWhenTheNextSentenceTellsAState() {
    Quote q = only(quotes("La campagne reprend.\n«Nous ne céderons rien sur ce point». "
        + "[PER Paul Martin] est arrivé il y a dix jours dans la ville."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void notWhenTheQuoteDoesNotOpenItsParagraph() {
    List<Quote> qs = quotes("Le conseil a voté le budget après un long débat. «Nous avons perdu une soirée entière pour rien, "
        + "c'est une honte pour la démocratie». "
        + "[PER Marie Lenoir] a quitté la salle avant la fin.");
    assertEquals(1, qs.size());
    assertNotEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void notAfterAParagraphOfQuotes() {
    List<Quote> qs = quotes("«Le président décide seul de l'engagement des forces armées», précise [PER Pascal Jan].\n"
        + "«En revanche, en cas de déclaration de guerre, il faut que le Parlement soit saisi». "
        + "[PER François Hollande] pourrait donc décider de mener les premières frappes.");
    assertEquals(2, qs.size());
    assertNotEquals("François Hollande", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
