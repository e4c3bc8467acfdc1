package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names of events, agreements, laws, taxes and regimes known by their head noun
 * (models/entities/event-heads.txt), on hand-tagged French sentences: the tags are the tagger's
 * (wrong) ones, the assertions what a reader finds.
 */
class EventNamesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aHeadOfAnEventOrAnAgreementMakesAThing() {
    assertEquals(EntityType.MISC, entities("Les Européens ont signé le [ORG Traité de Lisbonne] "
        + "en 2007.").get("Traité de Lisbonne"));
    assertEquals(EntityType.MISC, entities("Il prendra la parole à la [ORG Fête de l'Humanité] "
        + "samedi.").get("Fête de l'Humanité"));
    assertEquals(EntityType.MISC, entities("Le président visite le [LOC Salon de l'agriculture] "
        + "ce matin.").get("Salon de l'agriculture"));
    assertEquals(EntityType.MISC, entities("La [ORG Constitution européenne] a été rejetée.")
        .get("Constitution européenne"));
    // its own article opens the name
    assertEquals(EntityType.MISC, entities("Rendez-vous à [ORG La Fête de la Rose] dimanche.")
        .values().iterator().next());
  }

  @Test
  void anOrdinalMakesARegimeOfTheRepublic() {
    assertEquals(EntityType.MISC, entities("C'est une première sous la [ORG Ve République].")
        .get("Ve République"));
    assertEquals(EntityType.MISC, entities("Il défend une [LOC VIe République] depuis dix ans.")
        .get("VIe République"));
    assertEquals(EntityType.MISC, entities("La [ORG Cinquième République] a soixante ans.")
        .get("Cinquième République"));
    // without an ordinal, the state
    assertEquals(EntityType.ORGANIZATION, entities("Il sert la [ORG République française] depuis "
        + "dix ans.").get("République française"));
  }

  @Test
  void theStructureOfABodysNameOrAnAcronymDoesNotOutweighTheHead() {
    assertEquals(EntityType.MISC, entities("La Conférence nationale des territoires se tient lundi.")
        .get("Conférence nationale des territoires"));
    assertEquals(EntityType.MISC, entities("Il a créé le [ORG Crédit d'impôt pour la compétitivité "
        + "et l'emploi] (CICE) en 2013. Le CICE coûte cher.")
        .get("Crédit d'impôt pour la compétitivité et l'emploi"));
  }

  @Test
  void anAssemblyOfPeopleAKnownPlaceOrAHeadAloneIsNoEvent() {
    assertEquals(EntityType.ORGANIZATION, entities("La Conférence des évêques de France a réagi.")
        .get("Conférence des évêques de France"));
    assertEquals(EntityType.LOCATION, entities("Il habite à [LOC Salon de Provence] depuis 2010.")
        .get("Salon de Provence"));
    assertEquals(EntityType.ORGANIZATION, entities("Le [ORG Crédit Agricole] a confirmé.")
        .get("Crédit Agricole"));
    // a room named after someone
    assertEquals(EntityType.LOCATION, entities("Il reçoit dans le [LOC Salon Murat] hier.")
        .get("Salon Murat"));
  }

  @Test
  void theConstitutionAloneIsAThing() {
    // untagged, or tagged a body: the state's own text after "la"
    assertEquals(EntityType.MISC, entities("Le gouvernement veut inscrire l'état d'urgence dans la "
        + "Constitution.").get("Constitution"));
    assertEquals(EntityType.MISC, entities("Selon l'article 49-3 de la [ORG Constitution], le "
        + "gouvernement engage sa responsabilité.").get("Constitution"));
    // an adjective after it: the tagger's longer name, not the head alone
    Map<String, EntityType> european = entities("La [MISC Constitution européenne] a été rejetée "
        + "par la France.");
    assertEquals(null, european.get("Constitution"));
    // a lower-case head, or a heading in capitals, names nothing
    assertEquals(Map.of(), entities("Ce texte réforme une constitution vieille de soixante ans."));
    assertEquals(null, entities("Ils ont voté LA CONSTITUTION hier.").get("CONSTITUTION"));
  }

  @Test
  void aNamedEventOfTheGazetteerIsAThing() {
    // models/entities/events.txt: names no lexicon knows, that the tagger calls a body or a place
    assertEquals(EntityType.MISC, entities("Le [ORG Brexit] inquiète les banques.").get("Brexit"));
    assertEquals(EntityType.MISC, entities("Après le [LOC Brexit], la City attend.").get("Brexit"));
    assertEquals(EntityType.MISC, entities("La mémoire de la [ORG Shoah] est vive.").get("Shoah"));
  }

  @Test
  void aBeautyPageantIsAnEvent() {
    assertEquals(EntityType.MISC, entities("La cérémonie de [PER Miss Univers] a eu lieu hier.")
        .get("Miss Univers"));
  }

  @Test
  void anEnglishHeadEndsTheName() {
    assertEquals(EntityType.MISC, entities("Elles ont défilé avec la [LOC Women's March] samedi.")
        .get("Women's March"));
  }
}
