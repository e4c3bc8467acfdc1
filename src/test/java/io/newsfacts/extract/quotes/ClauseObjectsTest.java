package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The noun phrase that ends the clause a colon closes is the object of an infinitive or a gerund
 * before it, not the one who speaks: "il souhaite construire la défense de demain :", "en analysant
 * la position de X :". The one a verb of hearing makes speak still does: "il faut écouter X :".
 * Hand-written French, without the models.
 */
class ClauseObjectsTest {
  @Test
  void theObjectOfAnInfinitiveAfterAConjugatedVerbDoesNotSpeak() {
    Quote q = only(HandQuotes.quotes("[PER Marc Dupin] a parlé de l'Europe. C'est avec l'Europe qu'il souhaite "
        + "construire la défense de demain : « Il peut y avoir des hauts et des bas dans nos relations avec l'Allemagne. »"));
    assertEquals("Marc Dupin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theObjectOfAGerundDoesNotSpeak() {
    Quote q = only(HandQuotes.quotes("[PER Marc Dupin] a conclu la réunion en analysant sévèrement la position de [PER Benoît Hamon] : "
        + "« Moi je m'en vais, je suis le vertueux. »"));
    assertEquals("Marc Dupin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theOneAVerbOfHearingNamesStillSpeaks() {
    Quote q = only(HandQuotes.quotes("Le débat a duré. Il faut écouter [PER Jean Dupont] : « Le pays va mal. »"));
    assertEquals("Jean Dupont", q.speaker(), () -> "speaker of " + q);
  }
}
