package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * ", selon qui X a «...»": the frame's source is the antecedent of "qui", not the subject of the
 * clause it opens ({@link RelativeFrames}), on hand-written French without the models.
 */
class SpeakerRelativeFrameTest {
  @Test
  void theAntecedentOfSelonQuiIsTheSourceNotTheSubjectAfterIt() {
    Quote q = only(quotes("La classe politique condamne les propos de [PER Paul Martin], selon qui "
        + "[PER Jean Dubois] a «cédé à la pression de son propre camp»."));
    assertSpeaker(q, "Paul Martin", "source-frame");
    q = only(quotes("Les élus ont salué l'intervention de [PER Sophie Binet], pour qui la réforme «ne "
        + "passera pas l'hiver»."));
    assertSpeaker(q, "Sophie Binet", "source-frame");
  }

  @Test
  void anAntecedentThatNamesNoOneGivesNoSpeakerRatherThanTheSubjectAfter() {
    Quote q = only(quotes("Le tract reprend une rumeur tenace, selon qui [PER Jean Dubois] aurait «trahi "
        + "la confiance de tous ses électeurs de la circonscription»."));
    assertNotEquals("Jean Dubois", q.speaker());
  }

  @Test
  void aCommaAfterTheFrameEndsIt() {
    Quote q = only(quotes("Il a reçu [PER Paul Martin], pour qui il a voté, et [PER Jean Dubois] a déclaré : "
        + "«Nous ne céderons rien»."));
    assertSpeaker(q, "Jean Dubois", "colon");
  }
}
