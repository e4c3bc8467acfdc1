package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.testing.HandText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indirect speech on hand-written French sentences: who the speaker of "X a indiqué que ...",
 * "Selon X, ..." and "..., explique X." is, and which look-alike sentences are no speech at all.
 */
class IndirectSpeechTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // ---- "X a indiqué que ..." ----------------------------------------------------------------

  @Test
  void nameApposedToARoleIsTheSpeakerNotTheSubjectOfTheReportedClause() {
    Quote q = only(quotes("Le président de la Fédération des producteurs de lait (FNPL), [PER Thierry Roquefeuil], "
        + "a indiqué que les prix du beurre devraient grimper de 10 % cet hiver."));
    assertIndirect(q, "les prix du beurre devraient grimper de 10 % cet hiver", "Thierry Roquefeuil");
    assertEquals("président de la Fédération des producteurs de lait (FNPL)", q.speakerRole());
  }

  @Test
  void aNounPhraseAfterQueIsNeverAnInvertedSubject() {
    assertIndirect(only(quotes("La ministre, [PER Anne Morel], a assuré que les syndicats seraient reçus lundi.")),
        "les syndicats seraient reçus lundi", "Anne Morel");
  }

  @Test
  void pronounAfterAQuotedSpeakerIsThatSpeaker() {
    List<Quote> qs = quotes("« On investit sans aucune étude sérieuse », estime [PER Bertrand Morin], élu "
        + "d'opposition. Il affirme que la moitié des commerçants du quartier redoutent une baisse de leurs ventes.");
    assertEquals(2, qs.size());
    assertIndirect(qs.get(1), "la moitié des commerçants du quartier redoutent une baisse de leurs ventes",
        "Bertrand Morin");
  }

  @Test
  void complementWithDesStaysInTheSubject() {
    assertIndirect(only(quotes("Les organisations de défense des droits de l'homme reconnaissent que la situation "
        + "est grave.")), "la situation est grave", "les organisations de défense des droits de l'homme");
  }

  @Test
  void participlesAndNegatedVerbsReportNothing() {
    assertEquals(List.of(), quotes("Le député a quitté la salle en regrettant que le texte soit adopté sans débat."));
    assertEquals(List.of(), quotes("Le pays est traité comme un pion ne réagissant qu'aux menaces et aux promesses."));
    assertEquals(List.of(), quotes("[PER Paul Roy] n'a jamais dit que la réforme serait abandonnée cet été."));
  }

  @Test
  void aPluralVerbDoesNotTakeASingularAntecedent() {
    assertEquals(List.of(), quotes("Les cadres du mouvement, hostiles à la politique de l'[LOC Allemagne], qui "
        + "estiment que l'euro est condamné, ont quitté la salle."));
    Quote q = only(quotes("[LOC Paris] et [LOC Berlin] ont affirmé que l'accord serait signé avant l'été."));
    assertEquals("Berlin", q.speaker()); // the last conjunct: a plural verb may follow "X et Y"
  }

  @Test
  void aRelativeAntecedentMustNameASpeaker() {
    assertEquals(List.of(), quotes("C'est la seule ombre au tableau d'une soirée réussie, qui a confirmé que "
        + "l'équipe tenait la route."));
    Quote q = only(quotes("Le verdict est tombé vendredi devant le tribunal, qui a précisé que l'artiste n'était "
        + "pas condamné à titre personnel."));
    assertIndirect(q, "l'artiste n'était pas condamné à titre personnel", "le tribunal");
  }

  @Test
  void aRolePhraseGoesToThePersonOfTheParagraphWhoCanHoldIt() {
    Quote q = only(quotes("[PER Laurence Abeille] avait invité l'actrice [PER Pamela Anderson]. La députée "
        + "souhaitait que l'actrice soutienne son texte sur le bien-être animal."));
    assertIndirect(q, "l'actrice soutienne son texte sur le bien-être animal", "Laurence Abeille");
  }

  @Test
  void aNameAfterDeDoesNotHoldTheRoleBeforeIt() {
    List<Quote> qs = quotes("[PER Hugo Marchal], conseiller politique de [PER Claire Vautrin], a démissionné. "
        + "« Il a pris la seule décision possible », a réagi [PER Claire Vautrin].");
    Quote q = only(qs);
    assertEquals("Claire Vautrin", q.speaker());
    assertEquals(null, q.speakerRole());
  }

  @Test
  void pronounContinuesTheLastSpeakerEvenWhenNotNamed() {
    List<Quote> qs = quotes("[PER Paul Roy] a convoqué la presse. « Nous ne céderons sur rien », a déclaré la "
        + "porte-parole du syndicat. Elle a ajouté que la grève continuerait jusqu'à lundi.");
    assertEquals(2, qs.size());
    assertIndirect(qs.get(1), "la grève continuerait jusqu'à lundi", "la porte-parole du syndicat");
  }

  @Test
  void pronounLeavesAnOrganisationSpeakerForThePersonNamedBefore() {
    // the colon gave the quote to the channel: "il" is still the politician, not the channel
    List<Quote> qs = quotes("De l'autre, [PER François Fillon] qui insiste ce matin sur [ORG BFM TV] : « Il y a une "
        + "règle dans la démocratie ». Il répète que l'heure n'est pas au casting des candidats.");
    assertIndirect(qs.get(qs.size() - 1), "l'heure n'est pas au casting des candidats", "François Fillon");
  }

  @Test
  void aPersonCompletingANounHoldsNoRoleOfTheSentence() {
    assertIndirect(only(quotes("Après la condamnation de [PER Mélina Bouvier] à vingt ans de prison, le ministre des "
        + "affaires étrangères a certifié que la France respectait la justice irakienne.")),
        "la France respectait la justice irakienne", "le ministre des affaires étrangères");
  }

  @Test
  void wordsStartAfterACommaFollowingQue() {
    assertIndirect(only(quotes("[PER Luc Baron] a expliqué que, protégé par son mandat, il ne porterait pas plainte.")),
        "protégé par son mandat, il ne porterait pas plainte", "Luc Baron");
  }

  @Test
  void aNounPhraseDoesNotEndWithOu() {
    // "se poursuit" is a reporting verb with its subject after it: "ce pays où" is nobody
    List<Quote> qs = quotes("Il se rendra dans ce pays où se poursuit l'opération militaire qui « est en train de "
        + "se terminer dans sa phase de guerre ».");
    assertEquals(null, only(qs).speaker());
  }

  @Test
  void reflexiveFormsReportSpeechOnlyForPronominalSpeechVerbs() {
    assertEquals(List.of(), quotes("C'est par ces mots qu'il a choisi de parler de lui, se décrivait dans un "
        + "documentaire diffusé sur la chaîne [ORG Arte]."));
    assertEquals(List.of(), quotes("Les pouvoirs publics, surpris, se demandent comment arrêter cette spirale."));
    assertIndirect(only(quotes("[PER Marie Roux] s'est inquiétée que les crédits soient encore réduits cette année.")),
        "les crédits soient encore réduits cette année", "Marie Roux");
  }

  // ---- "Selon X, ..." -----------------------------------------------------------------------

  @Test
  void selonWithAnApposedRoleLeavesTheRoleOutOfTheWords() {
    assertIndirect(only(quotes("Selon [PER Marc Lenoir], le directeur du chantier, les travaux dureront encore "
        + "deux ans.")), "les travaux dureront encore deux ans", "Marc Lenoir");
  }

  @Test
  void selonLExpressionDeIsAWordNotASpeech() {
    assertEquals(List.of(), quotes("La droite s'alarme du risque de faire du député un élu hors-sol, selon "
        + "l'expression de la députée [PER Anne Vasseur]."));
    assertIndirect(only(quotes("La droite s'alarme du risque de faire du député un élu hors-sol, selon la députée "
        + "[PER Anne Vasseur].")), "La droite s'alarme du risque de faire du député un élu hors-sol", "Anne Vasseur");
  }

  @Test
  void aPollAStudyOrANewsReportFramesNoSpeech() {
    assertEquals(List.of(), quotes("Selon un sondage [ORG Ifop] publié jeudi, la majorité des électeurs souhaitent "
        + "une nouvelle candidature."));
    assertEquals(List.of(), quotes("Le maire devrait quitter ses fonctions avant l'été, selon les informations du "
        + "quotidien [ORG Le Monde]."));
    assertEquals(List.of(), quotes("Les dernières statistiques publiées par l'[ORG Insee] montrent que le chômage "
        + "a reculé dans la région."));
    assertEquals(List.of(), quotes("Selon les derniers résultats, [PER Paul Roy] est largement en tête avec 43 % "
        + "des voix."));
    assertIndirect(only(quotes("Selon le directeur de l'[ORG Insee], le chômage a reculé dans la région.")),
        "le chômage a reculé dans la région", "le directeur de l'Insee");
  }

  @Test
  void aMediumsNewsIsNoSpeech() {
    assertEquals(List.of(), quotes("Selon [ORG Le Parisien], l'ancien ministre sera nommé ambassadeur à Rome."));
    assertEquals(List.of(), quotes("L'ancien ministre devrait être nommé ambassadeur à Rome, rapporte [ORG RTL] lundi."));
    assertIndirect(only(quotes("L'ancien ministre devrait être nommé ambassadeur à Rome, rapporte [PER Paul Roy] lundi.")),
        "L'ancien ministre devrait être nommé ambassadeur à Rome", "Paul Roy");
  }

  @Test
  void dataSourceIsReadOnTheHeadOfThePhrase() {
    assertEquals(true, IndirectSpeech.dataSource("une étude Ifop citée par L'Express"));
    assertEquals(true, IndirectSpeech.dataSource("les dernières statistiques publiées par l'Insee"));
    assertEquals(false, IndirectSpeech.dataSource("le directeur de l'enquête"));
    assertEquals(false, IndirectSpeech.dataSource("Le Parisien"));
  }

  // ---- "..., explique X." -------------------------------------------------------------------

  @Test
  void maintenirWithoutQueIsNotSpeech() {
    assertEquals(List.of(), quotes("Le collectif des riverains, qui avait réuni 2 000 personnes en mai, maintient "
        + "sa manifestation prévue dimanche devant la mairie de Morlaix."));
  }

  @Test
  void closingClauseNeedsASpeakerAfterTheVerb() {
    assertEquals(List.of(), quotes("Le chômage a encore augmenté en mars, confirme une tendance observée depuis l'été."));
    assertEquals(List.of(), quotes("Le ministre est apparu à la télévision, souriant, évoquant la paix retrouvée."));
    assertIndirect(only(quotes("Les négociations ont échoué dans la nuit, regrette le syndicat.")),
        "Les négociations ont échoué dans la nuit", "le syndicat");
    assertIndirect(only(quotes("Les ventes ont reculé de 5 %, souligne le rapport annuel.")),
        "Les ventes ont reculé de 5 %", "le rapport annuel");
  }

  @Test
  void closingClauseNeedsAClauseBeforeIt() {
    // a noun phrase with a relative clause is no paraphrase, whatever verb and subject follow
    assertEquals(List.of(), quotes("La hausse des loyers, qui touche surtout les étudiants, souligne le rapport."));
    List<Quote> qs = quotes("[PER Julie Caron] dirige la mission. Rien n'est décidé pour l'instant, assure-t-elle.");
    assertIndirect(only(qs), "Rien n'est décidé pour l'instant", "Julie Caron");
    // without part-of-speech tags, a conjugated reporting verb still makes the clause
    assertIndirect(only(quotes("Dimanche, présenté par une animatrice, le candidat s'amuse de sa ressemblance avec un "
        + "acteur, raconte le journal.")), "Dimanche, présenté par une animatrice, le candidat s'amuse de sa "
        + "ressemblance avec un acteur", "le journal");
  }

  @Test
  void aStrayQuotationMarkStopsIndirectSpeech() {
    // the first quote lost its closing mark: the rest of it is no paraphrase closed by "ajoute-t-il"
    List<Quote> qs = quotes("[PER Paul Roy] est en colère. \"Le moment est venu de partir, confie-t-il. \"On ne "
        + "peut pas rester. Il faut agir sans attendre la fin du mois\", ajoute-t-il.");
    assertEquals(List.of(), qs.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList());
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static List<Quote> quotes(String marked) {
    AnnotatedText doc = HandText.of(marked);
    List<Quote> qs = EXTRACTOR.extract(doc, QuoteExtractorTest.entities(doc));
    for (Quote q : qs) {
      assertEquals(q.text(), doc.text().substring(q.start(), q.end()), "offsets of " + q);
    }
    return qs;
  }

  private static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
    return qs.get(0);
  }

  private static void assertIndirect(Quote q, String text, String speaker) {
    assertEquals(QuoteKind.INDIRECT, q.kind(), () -> "kind of " + q);
    assertEquals(text, q.text());
    assertEquals(speaker, q.speaker(), () -> "speaker of " + q);
  }
}
