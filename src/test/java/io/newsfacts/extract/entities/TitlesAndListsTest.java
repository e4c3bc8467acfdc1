package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Papers, channels and bodies that the tagger calls places, things or people, typed by their own
 * article, the phrase around them or the list they are an item of; on hand-tagged French
 * sentences without the CoreNLP models (the tags are the tagger's wrong ones).
 */
class TitlesAndListsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aLongNameWithItsOwnArticleInsideASentenceIsATitleUnlessATownHasIt() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Le sénateur s'est confié dans [LOC L'Yonne Républicaine] ce week-end.")
        .get("L'Yonne Républicaine"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "\"Il aura fallu du temps\", salue [LOC Les Dernières Nouvelles d'Alsace] ce matin.")
        .get("Les Dernières Nouvelles d'Alsace"));
    assertEquals(EntityType.LOCATION, entities(
        "Ils votent dans [LOC La Région Zorvine Sud] depuis hier.").get("La Région Zorvine Sud"));
    assertEquals(EntityType.LOCATION, entities(
        "Une veillée a eu lieu hier soir à [LOC La Roche sur Yon] devant la mairie.")
        .get("La Roche sur Yon"));
    assertEquals(EntityType.LOCATION, entities(
        "Il a grandi dans [LOC La Grande Motte] avec ses parents.").get("La Grande Motte"));
  }

  @Test
  void aSourceAfterAQuoteOrAnInterviewOnAChannelIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "\"Le rodage est long\", regrette [MISC La République des Pyrénées].")
        .get("La République des Pyrénées"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "Interrogé sur [MISC Zorvatélé], le porte-parole a renvoyé la balle.").get("Zorvatélé"));
    assertEquals(EntityType.LOCATION, entities(
        "\"Le rodage est long\", regrette [LOC Moscou].").get("Moscou"));
  }

  @Test
  void whatAMagazinePrintsMakesAMagazineOfAnUnknownName() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Après les révélations de [PER Zorbloser] sur la relation du président, rien.")
        .get("Zorbloser"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "Il fait la couverture de [PER Zorbloser] cette semaine.").get("Zorbloser"));
    // a first name and a surname stay a person
    assertEquals(EntityType.PERSON, entities(
        "Un article de [PER Julien Zorbloser] a paru.").get("Julien Zorbloser"));
  }

  @Test
  void aCueNounAfterAnAdjectiveStillTypesTheName() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Il signe l'édito de la prestigieuse revue médicale [MISC The Zorvet].").get("The Zorvet"));
  }

  @Test
  void aListOfOrganisationsMakesOrganisationsOfItsOtherItems() {
    Map<String, EntityType> e = entities("La matinale était organisée par le [ORG Medef], mais "
        + "aussi l'[ORG Afep], le Groupement des entreprises de services (GPS), [MISC Zorthic], "
        + "[LOC CCI Zorvance] ou encore le [LOC Cercle de l'Industrie].");
    assertEquals(EntityType.ORGANIZATION, e.get("Zorthic"));
    assertEquals(EntityType.ORGANIZATION, e.get("CCI Zorvance"));
    assertEquals(EntityType.ORGANIZATION, e.get("Cercle de l'Industrie"));
    // a list with a place for sure in it, or a region the tagger calls a place, gives nothing
    assertEquals(EntityType.LOCATION, entities("Le [ORG Medef] gagne en [LOC Bretagne], "
        + "[LOC Zorvak-Roussillon] et [LOC Aquitaine].").get("Zorvak-Roussillon"));
    assertEquals(EntityType.LOCATION, entities("Il a visité le [ORG Medef], l'[ORG Afep], "
        + "[LOC Évry] et [LOC Zorville-sur-Mer].").get("Zorville-sur-Mer"));
  }

  @Test
  void aContinentIsAPlaceButNotTheRadioGluedToItsNumber() {
    assertEquals(EntityType.LOCATION,
        entities("Il veut une [ORG Europe] de la croissance.").get("Europe"));
    assertEquals(EntityType.LOCATION,
        entities("La montée des racismes en [ORG Maghreb] inquiète.").get("Maghreb"));
    // "sur Europe1": the radio, its number glued to the name
    OneWordTypes types = new OneWordTypes(new EntityLexicon());
    assertEquals(null, types.type("Europe", EntityType.ORGANIZATION, false, true));
    assertEquals(EntityType.LOCATION, types.type("Europe", EntityType.ORGANIZATION, false, false));
  }

  @Test
  void theNameAfterAKnownCompanyAndASlashIsACompany() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Selon un sondage [ORG Ipsos]/[PER Zorvan Steria] pour le journal, il mène.")
        .get("Zorvan Steria"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "Il l'a dit sur [ORG LCP]/[PER Zorva Radio] hier soir.").get("Zorva Radio"));
    // a person before the company, or a space around the slash, is no partner
    assertEquals(EntityType.PERSON, entities(
        "C'est l'affaire [PER Zorvan Tapiel]/[ORG Crédit Lyonnais] qui revient.")
        .get("Zorvan Tapiel"));
    assertEquals(EntityType.PERSON, entities(
        "Il cite [ORG Ipsos] / [PER Julien Zorvan] dans sa note.").get("Julien Zorvan"));
  }
}
