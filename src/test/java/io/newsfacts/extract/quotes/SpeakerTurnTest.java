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
 * A quote with no cue of its own does not carry the previous speaker over a change of turn: a
 * person, an organisation or a body ("le parti") acting as the subject of a clause between the two
 * quotes; one named only as a complement does not end the turn. A quote on a line citing another
 * article ("À lire : «...»") is no quote of this one. Hand-written French, without the models.
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

  @Test
  void anOrganisationActingBetweenTwoQuotesEndsTheTurn() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne [PER Hervé Mariton]. "
        + "[ORG L'UMP] estime pour sa part que la réforme est trop timide. « Les moyens ne sont pas à la hauteur des annonces ».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Hervé Mariton", "reporting-verb");
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void theOrganisationOfThePreviousSpeakersRoleActsForThemAndKeepsTheTurn() {
    List<Quote> qs = quotes("« Nous avons limité la hausse des prix à dix euros », a souligné [PER Rachel Picard], "
        + "directrice générale de [ORG Voyages SNCF]. Pour attirer les cadres, la [ORG SNCF] promet un service rénové. "
        + "« Sur nos trains, on investit sur le confort de tous ».");
    assertEquals(2, qs.size(), () -> qs.toString());
    assertEquals("Rachel Picard", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aDefiniteBodyActingBetweenTwoQuotesEndsTheTurn() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne [PER Hervé Mariton]. "
        + "Le parti a mis l'accent sur la formation des jeunes, qui « n'est pas à la hauteur des enjeux du pays ».");
    assertEquals(2, qs.size());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aBodyWithItsComplementsActingEndsTheTurnOfAColonToo() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne [PER Hervé Mariton]. "
        + "Le gouvernement socialiste a répondu dans la soirée. « Nous ne changerons pas de cap sur ce texte ».");
    assertEquals(2, qs.size());
    assertNotEquals("Hervé Mariton", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aBodyNamedAsAComplementKeepsTheTurn() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne [PER Hervé Mariton], "
        + "qui a longuement répondu aux questions sur le parti. « Les moyens ne sont pas à la hauteur des annonces ».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Hervé Mariton", "previous-quote");
  }

  @Test
  void aRoleActingBetweenTwoQuotesMayBeThePreviousSpeakerAndKeepsTheTurn() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne le député [PER Hervé Mariton]. "
        + "Le député a longuement défendu la réforme. « Les moyens ne sont pas à la hauteur des annonces ».");
    assertEquals(2, qs.size(), () -> qs.toString());
    assertEquals("Hervé Mariton", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aQuoteOnALineCitingAnotherArticleIsNoQuoteOfTheArticle() {
    List<Quote> qs = quotes("« Il faut en finir avec cette logique de guichet », souligne [PER Hervé Mariton].\n"
        + "À lire : « La réforme des retraites sera votée avant la fin de l'été »\n"
        + "Lire aussi « Nous ne changerons pas de cap sur ce texte de loi »\n"
        + "VIDEO. « Les moyens ne sont pas à la hauteur des annonces du ministre »\n"
        + "« Nous verrons bien au moment du vote », a ajouté [PER Hervé Mariton].");
    assertEquals(List.of("Il faut en finir avec cette logique de guichet", "Nous verrons bien au moment du vote"),
        qs.stream().map(Quote::text).toList());
    assertSpeaker(qs.get(1), "Hervé Mariton", "reporting-verb");
  }

  @Test
  void aNamedSpeakerOnALinkLineIsTheLinkTitleAndNotCarriedOn() {
    List<Quote> qs = quotes("À lire : [PER Marine Dupuis] : « La réforme des retraites sera votée avant l'été »\n"
        + "Sur le terrain, les militants se disent las. « On ne nous écoute jamais dans ce pays ».");
    assertEquals(List.of("On ne nous écoute jamais dans ce pays"), qs.stream().map(Quote::text).toList());
    assertNotEquals("Marine Dupuis", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void theLinksThatEndAPageHoldNoQuoteOfTheArticle() {
    List<Quote> qs = quotes("« Nous verrons bien au moment du vote », a dit [PER Hervé Mariton].\n\n"
        + ">> [PER Cahuzac] : « J'ai menti au président et au Premier ministre »\n\n"
        + ">> Tous nos articles sur la réforme\n");
    assertEquals(List.of("Nous verrons bien au moment du vote"), qs.stream().map(Quote::text).toList());
    // the same line in the body is a quote of the article
    List<Quote> body = quotes(">> [PER Cahuzac] : « J'ai menti au président et au Premier ministre »\n"
        + "Le ministre a quitté la séance sans un mot de plus.");
    assertEquals(1, body.size(), () -> body.toString());
  }

  @Test
  void aLineThatReadsOnIsNoLink() {
    List<Quote> qs = quotes("[PER Paul Durand] a lu aussi le rapport. Il a dit : « La réforme des retraites sera votée avant l'été ».");
    assertSpeaker(only(qs), "Paul Durand", "pronoun");
  }

  @Test
  void theQuestionPutToTheSpeakerIsNotTheirWords() {
    List<Quote> qs = quotes("[PER Paul Durand] a parlé longuement aux journalistes. A la question « Allez-vous vous "
        + "présenter à la prochaine élection présidentielle ? », le ministre a répondu : « Je ne suis pas candidat à cette élection ».");
    assertEquals(2, qs.size(), () -> qs.toString());
    assertEquals(null, qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aQuestionTheSpeakerPutsIsTheirs() {
    List<Quote> qs = quotes("[PER Paul Durand] a parlé longuement aux journalistes. Il a posé la question : « Où sont "
        + "donc passés les moyens promis aux communes rurales ? »");
    assertEquals("Paul Durand", only(qs).speaker(), () -> "speaker of " + qs.get(0));
  }
}
