package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Someone the article does not name, brought in by an indefinite phrase that opens a clause as the
 * subject of a verb ({@link UnnamedActors}), takes the turn from the previous speaker; before a
 * colon, the phrase speaks the quote. Hand-written French, without the models.
 */
class UnnamedActorsTest {
  private static final String DURAND = "«Il faut resserrer les boulons dans les cabinets à l'Elysée et à Matignon», juge [PER Paul Durand] lundi. ";

  @Test
  void anIndefiniteRolePhraseBeforeAColonSpeaksTheQuote() {
    List<Quote> qs = quotes(DURAND + "En coulisse un député a eu cette réflexion : «Qu'il s'entoure de politiques qui lui disent la vérité, pas de courtisans.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "un député", "colon");
  }

  @Test
  void anAppositionBetweenThePhraseAndItsVerbIsReadOver() {
    List<Quote> qs = quotes(DURAND + "Mais un proche du président, toujours cité par le quotidien, a sa petite théorie : "
        + "«Hollande a toujours le remaniement dans la tête, il ne le fera pas sous la pression.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "un proche du président", "colon");
  }

  @Test
  void aClauseAConjunctionOpensMayHaveAnIndefiniteSubject() {
    List<Quote> qs = quotes("«C'est bête, cette bévue au moment où le capitaine revenait dans le match», se gausse [PER Denis Daumin]. "
        + "L'épisode inspire des railleries, car une entreprise de location de voiture s'offre une pleine page avec ce "
        + "conseil au ministre : «Évitez les turbulences, louez plutôt une voiture familiale pour vos voyages.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "une entreprise de location de voiture", "colon");
  }

  @Test
  void anIndefinitePhraseActingInASentenceBetweenEndsTheTurn() {
    List<Quote> qs = quotes(DURAND + "Un conseiller du ministre se montre beaucoup plus prudent sur le calendrier. "
        + "«Rien ne sera décidé avant la fin du mois prochain, et tout le monde le sait bien.»");
    assertEquals(2, qs.size());
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anIndefinitePhraseThatIsNoPersonKeepsTheTurn() {
    List<Quote> qs = quotes(DURAND + "Une fois de plus, il s'en prend au gouvernement sans le nommer. "
        + "«Rien ne sera décidé avant la fin du mois prochain, et tout le monde le sait bien.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anIndefinitePhraseUnderAPassiveKeepsTheTurn() {
    List<Quote> qs = quotes(DURAND + "Un député a été entendu par les enquêteurs mardi matin. "
        + "«Rien ne sera décidé avant la fin du mois prochain, et tout le monde le sait bien.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
