package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quote with no cue of its own does not carry the previous speaker over a change of turn: a
 * person acting as the subject of a clause between the two quotes; a person named only as a
 * complement does not end the turn. Hand-written French, without the models.
 */
class SpeakerTurnTest {
  @Test
  void aPersonActingInACoordinateClauseOfTheSameSentenceEndsTheTurn() {
    List<Quote> qs = quotes("[PER Paul Durand] a promis «un toit pour chaque famille de la ville», tandis que "
        + "[PER Marie Lenoir] a longuement répondu aux questions des journalistes du matin et «nous ne laisserons personne dormir dehors cet hiver».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Paul Durand", "reporting-verb");
    assertNotEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPersonNamedAsAComplementKeepsTheTurn() {
    List<Quote> qs = quotes("[PER Paul Durand] a promis «un toit pour chaque famille de la ville» à "
        + "[PER Marie Lenoir] devant les caméras et «nous ne laisserons personne dormir dehors cet hiver».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Durand", "same-sentence");
  }

  @Test
  void aPersonInASubordinateClauseKeepsTheTurn() {
    List<Quote> qs = quotes("[PER Paul Durand] a promis «un toit pour chaque famille de la ville» depuis que "
        + "[PER Marie Lenoir] a perdu la mairie, et «nous ne laisserons personne dormir dehors cet hiver».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Durand", "same-sentence");
  }

  @Test
  void aReportingVerbWhoseSubjectNamesNobodyEndsTheTurn() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi. "
        + "Mais dans la majorité, on affirme que pour les familles du camp installé près du port, «rien n'est encore décidé pour les familles».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Paul Durand", "reporting-verb");
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPronounSubjectOfTheReportingVerbKeepsTheTurn() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi. "
        + "Il affirme que pour les familles du camp installé près du port, «rien n'est encore décidé pour les familles».");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anUnnamedSubjectWithARelativeClauseEndsTheTurn() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi. "
        + "Un autre élu, dont le nom n'est pas cité indique pour sa part que «rien n'est encore décidé».");
    assertEquals(2, qs.size());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anImpersonalOnNeverStandsForThePersonNamedBefore() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique », souligne [PER Hervé Mariton]. Le parti se "
        + "garde d'avancer un chiffre. « Il s'agit d'une phase très préparatoire », dit-on prudemment.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Hervé Mariton", "reporting-verb");
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anImpersonalOnTakesThePlaceOrHouseItSpeaksFrom() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique », souligne [PER Hervé Mariton]. "
        + "« Nous verrons bien le moment venu », dit-on à [ORG Matignon].");
    assertEquals(2, qs.size());
    assertEquals("Matignon", qs.get(1).speaker());
  }
}
