package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of the reporting words, not the nearest phrase (issue 14): an object after the
 * verb, the subject of a relative, "un autre" cut from its noun, a group whose members are
 * named; on hand-written French without the models.
 */
class SpeakerNotTheNearestTest {
  @Test
  void theObjectOfAVerbAfterAnAppositionIsNotItsSubject() {
    assertSpeaker(last(quotes("[PER Olivier Dartigolles], porte-parole du parti, avait ainsi appelé jeudi dernier les "
        + "parlementaires à refuser la confiance, de manière à le remplacer par un «Premier ministre et un gouvernement "
        + "de gauche qui écoute enfin le pays»")), "Olivier Dartigolles", "reporting-verb");
  }

  @Test
  void anInvertedInciseAfterAClauseStillNamesItsSubject() {
    assertSpeaker(last(quotes("«Nous ne céderons rien», a souligné le ministre de l'Intérieur, mais «le dialogue reste "
        + "ouvert avec les syndicats de policiers»")), "le ministre de l'Intérieur", "reporting-verb");
  }

  @Test
  void theSubjectOfARelativeOnANounDoesNotSpeakTheColon() {
    assertSpeaker(last(quotes("[PER François Fillon] s'est posé en élément perturbateur d'un schéma que les médias et, "
        + "plus largement, ses adversaires appelleraient de leurs voeux : «Je suis là pour percuter tous les scénarios "
        + "que certains voudraient écrire à votre place.»")), "François Fillon", "colon");
  }

  @Test
  void theSubjectOfAThatClauseAfterAVerbStillSpeaksTheColon() {
    assertSpeaker(last(quotes("Le quotidien rapporte que les syndicats de cheminots expliquent : «Nous ne signerons pas "
        + "ce texte tant que la direction refusera de négocier.»")), "les syndicats de cheminots", "colon");
  }

  @Test
  void anotherWithNoNounIsAnotherOfThePreviousSpeakersKind() {
    List<Quote> qs = quotes("«C'est idiot, ces députés veulent seulement exister», fustigeait ce matin un élu LaREM. «Ce "
        + "n'est ni la bonne méthode, ni le bon timing», résume un autre auprès de BFMTV.");
    assertSpeaker(qs.get(0), "un élu LaREM", "reporting-verb");
    assertSpeaker(last(qs), "un autre élu LaREM", "reporting-verb");
    assertSpeaker(last(quotes("«Ce style me semble très mal venu et contre-productif», écrit un internaute en "
        + "commentaire. «Une erreur de stratégie de communication», note un autre.")), "un autre internaute",
        "reporting-verb");
  }

  @Test
  void anotherAfterANamedSpeakerOrOfTheOtherGenderStaysAsWritten() {
    assertSpeaker(last(quotes("«C'est idiot, ces députés veulent seulement exister», fustigeait [PER Paul Martin]. «Ce "
        + "n'est ni la bonne méthode, ni le bon timing», résume un autre.")), "un autre", "reporting-verb");
    assertSpeaker(last(quotes("«C'est idiot, ces députés veulent seulement exister», fustigeait une élue LaREM. «Ce "
        + "n'est ni la bonne méthode, ni le bon timing», résume un autre.")), "un autre", "reporting-verb");
  }

  @Test
  void aGroupWhoseMembersAreNamedIsThoseMembers() {
    List<Quote> qs = quotes("«Le gouvernement a montré un bien triste visage cette nuit», estiment dans un communiqué "
        + "commun ces ONG, dont [ORG Oxfam France], [ORG CCFD-Terre Solidaire] et [ORG ONE France], membres de la "
        + "plateforme. «Le gouvernement a manœuvré en coulisses», regrettent ces organisations. «Ce coup de force "
        + "ralentit la lutte contre l'évasion fiscale», ajoutent-elles.");
    String members = "Oxfam France, CCFD-Terre Solidaire et ONE France";
    assertSpeaker(qs.get(0), members, "reporting-verb");
    assertSpeaker(qs.get(1), members, "coreference");
    assertSpeaker(qs.get(2), members, "pronoun");
  }

  @Test
  void aGroupWithNoNamesOrADemonstrativeAfterAnotherGroupStaysAsWritten() {
    assertSpeaker(last(quotes("«Le gouvernement a montré un bien triste visage cette nuit», estiment ces ONG, dont la "
        + "plupart sont françaises.")), "ces ONG", "reporting-verb");
    assertSpeaker(last(quotes("«Nous ne signerons pas ce texte», préviennent les syndicats. Les patrons refusent. «Le "
        + "texte est équilibré», répondent ces organisations.")), "ces organisations", "reporting-verb");
  }

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }
}
