package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The inverted reporting clause after a quote ({@link InvertedClauses}): its subject read over
 * dates, places and media, a verb governing a reporting infinitive, a description or a name no
 * list knows as subject, and the boundaries that keep an object from being taken for the subject.
 * Hand-written French, without the models.
 */
class InvertedClausesTest {
  private static final String BEFORE = "[PER Paul Durand] a visité le chantier lundi. ";

  private static Quote quote(String sentence) {
    return only(quotes(BEFORE + sentence));
  }

  @Test
  void aQuoteOpeningItsSentenceHasItsSubjectAfterTheVerbEvenWithNoComma() {
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive» a assuré mardi soir "
        + "à la mairie de Lyon [PER Claire Martin], adjointe à l'urbanisme.").speaker());
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive» expliquait encore "
        + "ce jeudi matin, [PER Claire Martin] sur [ORG France Bleu].").speaker());
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive» a confié dans les "
        + "couloirs, l'adjointe à l'urbanisme [PER Claire Martin].").speaker());
  }

  @Test
  void aQuoteInsideItsSentenceWithNoCommaIsNotReadAsAnIncise() {
    Quote q = quote("Il a jugé «les travaux bien trop lents pour les riverains» a expliqué ce jeudi [PER Claire Martin].");
    assertNotEquals("Claire Martin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aVerbGoverningAReportingInfinitiveIsAnIncise() {
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive», s'empresse "
        + "d'ajouter [PER Claire Martin].").speaker());
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive», a fini par "
        + "reconnaître [PER Claire Martin], l'adjointe à l'urbanisme.").speaker());
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps, quoi qu'il arrive», se contente de "
        + "répondre [PER Claire Martin].").speaker());
  }

  @Test
  void aDescriptionAfterAVerbInNoListIsTheSubjectWhenItEndsTheClause() {
    assertEquals("la présidente du Syndicat des riverains", quote("«Les travaux reprendront au printemps, quoi qu'il "
        + "arrive», s'empresse d'ajouter la présidente du [ORG Syndicat des riverains], élue du quartier.").speaker());
    assertEquals("le fondateur de l'association Vivre Ensemble", only(quotes("Le chantier a repris lundi. «Les travaux "
        + "reprendront au printemps, quoi qu'il arrive», tance le fondateur de l'association [ORG Vivre Ensemble].")).speaker());
  }

  @Test
  void aVerbAfterTheQuoteOfAClauseWithItsOwnVerbHasItsObjectAfterIt() {
    Quote q = quote("Le maire a dénoncé «une réforme injuste et dangereuse pour les riverains», a quitté la salle de "
        + "l'[ORG Assemblée] et est parti.");
    assertNotEquals("la salle de l'Assemblée", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aNameNoListKnowsFollowedByAnAppositionIsTheSubject() {
    assertEquals("Mouna", quote("«On ne dort plus depuis que la lettre de l'huissier est arrivée», témoigne Mouna, une "
        + "mère de famille de 35 ans.").speaker());
    assertEquals("Yanis", quote("«On ne dort plus depuis que la lettre de l'huissier est arrivée», raconte Yanis, "
        + "19 ans, étudiant.").speaker());
    assertEquals("Sofiane Kaci", quote("«On ne dort plus depuis que la lettre de l'huissier est arrivée», explique "
        + "Sofiane Kaci, un voisin.").speaker());
  }

  @Test
  void aCapitalisedWordWithNoAppositionOrInCapitalsIsNoName() {
    Quote q = quote("«On ne dort plus depuis que la lettre de l'huissier est arrivée», explique Mardi soir la voisine.");
    assertNotEquals("Mardi", q.speaker(), () -> "speaker of " + q);
    Quote r = quote("«On ne dort plus depuis que la lettre de l'huissier est arrivée», explique HLM, un bailleur.");
    assertNotEquals("HLM", r.speaker(), () -> "speaker of " + r);
  }

  @Test
  void theOneSpokenToBeforeTheVerbDoesNotMakeAThingTheSubject() {
    Quote q = quote("«Nous allons gagner, nous allons gagner tous ensemble», lui a répondu la salle, debout.");
    assertNotEquals("la salle", q.speaker(), () -> "speaker of " + q);
    assertEquals("un opposant socialiste", quote("«Ils savent qu'ils sont la vitrine de la politique du "
        + "parti», m'a dit un opposant socialiste au maire.").speaker());
    assertEquals("la ministre", quote("«Nous avons une conviction profonde sur ce sujet», leur a répondu la ministre, "
        + "sans donner de gage.").speaker());
  }

  @Test
  void anotherQuoteBeforeInTheSameReadSentenceDoesNotHideTheIncise() {
    Quote q = quotes("[PER Paul Durand] s'inquiète de cette droite qui «est la résurgence d'une vieille droite qui revient au galop.» «Je ne veux pas mettre mon "
        + "énergie à reconstituer de vieilles formations», se démarque [PER Claire Martin].").get(1);
    assertEquals("Claire Martin", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aRelativeOfNamesakeInTheQuoteLeavesTheSpeakerTheirWords() {
    Quote q = only(quotes("La présidente du parti, [PER Marine Le Pen], était à Nanterre. «Les propos de [PER Jean-Marie Le Pen] "
        + "n'engagent que lui, il est dans la provocation volontaire», a réagi la présidente du parti."));
    assertEquals("Marine Le Pen", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aNameApposedAfterThePlaceOfTheRoleIsTheSubject() {
    assertEquals("Elie Barnavi", quote("«Il faut que la France et l'Europe se saisissent de la question», déclare à "
        + "l'AFP l'ancien ambassadeur d'Israël en France, [PER Elie Barnavi].").speaker());
    assertEquals("Claire Martin", quote("«Les travaux reprendront au printemps», a assuré l'adjointe à l'urbanisme "
        + "de la mairie, [PER Claire Martin].").speaker());
  }

  @Test
  void aNameAfterThePlaceThatGoesOnIsNoApposition() {
    Quote q = quote("«Les travaux reprendront au printemps», a lancé le maire au conseil, [PER Luc Blanc] et ses "
        + "adjoints ayant quitté la salle.");
    assertNotEquals("Luc Blanc", q.speaker(), () -> "speaker of " + q);
  }
}
