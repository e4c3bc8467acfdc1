package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject named before a quote that other words part from its reporting verb: a first verb
 * phrase coordinated by "et", a relative clause whose object stands before the verb, object
 * clitics ("vous", "m'"), and the subject of a clause a colon closes when it is people the article
 * does not name. Hand-written French, without the models.
 */
class SpeakerDistantSubjectTest {
  @Test
  void aCoordinatedVerbPhraseHasTheSubjectOfTheFirst() {
    Quote q = only(quotes("Dans le hall, une autre maman m'a souri et m'a dit «Ah, les papas, ils ne pensent pas à tout !»"));
    assertSpeaker(q, "une autre maman", "reporting-verb");
    q = only(quotes("[PER Marie Dupont] a regardé la salle, a souri et a lancé «Nous ne céderons rien sur les salaires.»"));
    assertSpeaker(q, "Marie Dupont", "reporting-verb");
    // a "que" clause inside the first phrase: whose subject the "et" shares is not read
    List<Quote> qs = quotes("«Le budget est prêt», a dit [PER Paul Martin]. [PER Anne Roux] pense que la réforme est juste "
        + "et a ajouté «Il faut aller plus vite sur les retraites.»");
    assertNotEquals("Paul Martin", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aNounAfterTheVerbOfARelativeIsNoSubjectItsAntecedentIs() {
    Quote q = only(quotes("Une voisine à qui je racontais que je cherchais un nouveau logement m'a répondu «Tu "
        + "trouveras vite, le quartier change beaucoup.»"));
    assertSpeaker(q, "une voisine", "reporting-verb");
    q = only(quotes("Un passant qui attendait le bus m'a lancé «Ils ne viennent plus jamais à l'heure ici.»"));
    assertSpeaker(q, "un passant", "reporting-verb");
    // a subject after a clause of its own is still read
    q = only(quotes("Quand on lit les chiffres, le ministre répond «Le chômage baisse depuis deux ans.»"));
    assertSpeaker(q, "le ministre", "reporting-verb");
  }

  @Test
  void anObjectNounWithNoAntecedentGivesNoSpeaker() {
    List<Quote> qs = quotes("«Nous allons gagner», a dit [PER Paul Martin]. Pour finir, quand je lui ai demandé "
        + "s'il voulait un café le serveur m'a répondu «Pas aujourd'hui, merci beaucoup pour tout.»");
    Quote q = qs.get(1);
    assertNotEquals("un café", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void peopleTheArticleDoesNotNameOpenTheClauseAColonCloses() {
    Quote q = only(quotes("Mes collègues au bureau m'avaient complètement découragée : «Tu verras, tu vas t'ennuyer ici.»"));
    assertSpeaker(q, "mes collègues au bureau", "clause-subject");
    Quote thing = only(quotes("La situation m'avait complètement découragée : «Tu verras, tu vas t'ennuyer ici.»"));
    assertNull(thing.speaker(), () -> "speaker of " + thing);
  }

  @Test
  void vousBeforeAVerbOfAnotherPersonIsItsObjectNotTheAddressee() {
    String letter = "Madame Durand,\nDepuis votre élection, je vous écris chaque semaine.\n";
    Quote q = only(quotes(letter + "Les conducteurs vous diront dans un sourire, «j'en ai pour cinq minutes, je vais "
        + "acheter le pain»."));
    assertSpeaker(q, "les conducteurs", "reporting-verb");
    Quote addressed = only(quotes(letter + "Vous m'avez répondu : «Nous verrons cela après les vacances d'été.»"));
    assertSpeaker(addressed, "Durand", "reporting-verb");
  }

  @Test
  void aQuotedTitleInsideAFrameLeavesTheSubjectAfterIt() {
    List<Quote> qs = quotes("Dans sa stratégie «Europe 2030» qui définit les axes de la recherche, la [LOC Belgique] s'est "
        + "engagée à consacrer «une part croissante du budget à la recherche sur les maladies rares».");
    assertSpeaker(qs.get(qs.size() - 1), "Belgique", "clause-subject");
  }
}
