package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A definite role phrase naming anew the subject of the sentence just before it, whatever other
 * role the article gave them ({@link RoleNeighbours#subjectBefore}), on hand-written French.
 */
class RoleNeighboursTest {
  private static final String WORDS = "Nous ne céderons rien à ceux qui bloquent le pays depuis des semaines";

  private static String last(List<Quote> qs) {
    return qs.get(qs.size() - 1).speaker();
  }

  @Test
  void theSubjectOfTheSentenceBeforeIsTheRolePhraseOfTheNextQuote() {
    // another role than the article's: one person holds several
    List<Quote> qs = quotes("[PER Emmanuelle Cosse], secrétaire nationale d'[ORG EELV] a demandé sur [ORG BFMTV] que "
        + "le [ORG Parti socialiste] retire son investiture. «" + WORDS + "», a estimé la chef de file des écologistes.");
    assertSpeaker(qs.get(qs.size() - 1), "Emmanuelle Cosse", "coreference");
    // a role written before the name, a fronted participle and its comma
    assertEquals("Jean-Luc Mélenchon", last(quotes("Le leader de [ORG La France insoumise] [PER Jean-Luc Mélenchon] a "
        + "estimé que [PER Manuel Valls] se trompait.\n\n«" + WORDS + "», a commencé le député des Bouches-du-Rhône.")));
    assertEquals("Xavier Bertrand", last(quotes("Invité lundi sur [ORG RMC], [PER Xavier Bertrand] assure qu'il parlera "
        + "bientôt. «" + WORDS + "», s'agace le président de la région.")));
    // the inverted subject of the incise of a quote, over a heading
    assertEquals("Louis Aliot", last(quotes("«Nous verrons bien comment tout cela se passe», a déclaré [PER Louis Aliot], "
        + "vice-président du [ORG FN].\nUn groupe à l'Assemblée\n«" + WORDS + "», a ajouté le député des "
        + "Pyrénées-Orientales.")));
  }

  @Test
  void noSubjectWhenTheSentenceBeforeDoesNotMakeThePersonItsSubject() {
    // a complement, a name after another's, the one a question was put to
    assertEquals("le ministre", last(quotes("Les cas du français [PER Eric Lang] ont été cités lors de la visite. «"
        + WORDS + "», a assuré le ministre.")));
    assertEquals("Jean Dupont", last(quotes("[PER Jean Dupont], soutien de [PER Paul Martin], a parlé. «" + WORDS
        + "», a assuré le ministre.")));
    assertEquals("Emmanuel Macron", last(quotes("Le président [PER Emmanuel Macron] a répondu aux enfants. «Pensez-vous "
        + "qu'on pourra acheter une autre planète?», lui a demandé "
        + "[PER Charlie].\nLe modèle du tout argent\nPour le président, «" + WORDS + "».")));
  }

  @Test
  void noSubjectWhoseRoleRulesThePhraseOut() {
    // another seat of the same office, an office only its holder answers to
    assertEquals("le maire de Pau", last(quotes("Le maire de [LOC Lyon] [PER Paul Durand] a parlé dimanche. «" + WORDS
        + "», a répondu le maire de [LOC Pau].")));
    assertEquals("le chef de l'Etat", last(quotes("Le sergent [PER Paul Martin] a été décoré lundi. «" + WORDS
        + "», a déclaré le chef de l'Etat.")));
    // a role of the same head in another body
    assertEquals("le leader du Front de gauche", last(quotes("[PER Jean-Vincent Placé], leader des écologistes, a parlé. "
        + "Dans un entretien, le leader du [ORG Front de gauche] estime que «" + WORDS + "».")));
  }

  @Test
  void rolesMadeOfRoleNounsAreRoleNouns() {
    RoleNouns nouns = new RoleNouns();
    assertTrue(nouns.contains("sénateur-maire"));
    assertTrue(nouns.contains("coprésident"));
    assertTrue(nouns.contains("co-fondatrice"));
    assertFalse(nouns.contains("conseil")); // ("co" + "nseil")
    assertFalse(nouns.contains("sénateur-poisson"));
    assertEquals('f', nouns.gender("coprésidente du groupe", null));
    assertEquals("Luc Carvounas", last(quotes("Donc [PER Luc Carvounas], qui n'a jamais caché son irritation. «" + WORDS
        + "», lâche le sénateur-maire d'[LOC Alfortville].")));
  }
}
