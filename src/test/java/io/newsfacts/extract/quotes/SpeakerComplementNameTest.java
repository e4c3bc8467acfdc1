package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name a preposition governs is no subject of the reporting verb (issue 14): the rest of a
 * medium's name after "sur", a person spoken to after "à", the last of names joined by "et" after
 * "par"; and a second role joined by "et" runs the subject to its holder's name. On hand-written
 * French without the models.
 */
class SpeakerComplementNameTest {
  @Test
  void theMediumAfterAnInvertedVerbIsNotItsSubject() {
    assertSpeaker(only(quotes("«Jeanne d'Arc c'est le patrimoine national», a rappelé sur [ORG France 2] la ministre "
        + "de l'Ecologie.")), "la ministre de l'Ecologie", "reporting-verb");
    assertSpeaker(only(quotes("«La réforme est prête», a assuré sur [ORG Radio Classique] [PER Benjamin Griveaux].")),
        "Benjamin Griveaux", "reporting-verb");
    assertSpeaker(only(quotes("«Cet intime de Macron sera l'œil de Moscou du président», commente dans [ORG Le Figaro] "
        + "un parlementaire macroniste, ex-socialiste.")), "un parlementaire macroniste", "reporting-verb");
  }

  @Test
  void thePersonSpokenToAfterAnAppositionIsNotTheSubject() {
    assertSpeaker(only(quotes("[PER Julien Dray], conseiller régional socialiste, a demandé à [PER François Hollande] "
        + "de réagir «très vite, dans les heures qui viennent».")), "Julien Dray", "reporting-verb");
  }

  @Test
  void theLastOfNamesJoinedAfterAPrepositionIsNotTheSubject() {
    Quote q = only(quotes("Le livre écrit par [PER Paul Martin] et [PER Jean Dupont] affirme que «tout est prêt»."));
    assertNull(q.speaker(), () -> "speaker of " + q);
    Quote centre = only(quotes("Le président de la commission de la primaire de la droite et du centre assure que "
        + "«tout est prêt»."));
    assertNull(centre.speaker(), () -> "speaker of " + centre);
  }

  @Test
  void aSecondRoleJoinedByEtRunsToItsHoldersName() {
    List<Quote> qs = quotes("«Trois enfants sur quatre sont exposés à des surdoses de pollution», a pour sa part asséné "
        + "sur [ORG Radio Classique] le porte-parole du gouvernement et secrétaire d'Etat [PER Benjamin Griveaux].");
    assertSpeaker(only(qs), "Benjamin Griveaux", "reporting-verb");
    assertSpeaker(only(quotes("«Nous ne céderons pas», a déclaré le maire et conseiller général du [ORG PS] "
        + "[PER Paul Martin].")), "Paul Martin", "reporting-verb");
  }
}
