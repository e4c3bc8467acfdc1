package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names of bodies that say what they are for or against ({@link PurposeNames}), on hand-tagged
 * sentences: the tags are the tagger's runs, which stop at "pour" or "contre"; the assertions what
 * a reader finds.
 */
class PurposeNamesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void purposeAfterAnOrganisationHeadIsPartOfTheName() {
    Map<String, EntityType> found = entities("Elle a saisi la [ORG Haute autorité] pour la "
        + "transparence de la vie publique, qui a rendu un avis.");
    assertEquals(EntityType.ORGANIZATION,
        found.get("Haute autorité pour la transparence de la vie publique"), found.toString());
    found = entities("La présidente de la [ORG Ligue] contre la violence routière a parlé.");
    assertTrue(found.containsKey("Ligue contre la violence routière"), found.toString());
  }

  @Test
  void aPlaceInsideTheComplementStaysInTheName() {
    Map<String, EntityType> found = entities("Le président du [ORG Collectif] contre "
        + "l'islamophobie en [LOC France] (CCIF) a parlé.");
    assertTrue(found.containsKey("Collectif contre l'islamophobie en France"), found.toString());
  }

  @Test
  void coordinationInsideTheComplementNeedsAClosingMark() {
    Map<String, EntityType> found = entities("La [ORG Commission] pour la conservation de la "
        + "faune et la flore marines de l'[LOC Antarctique], plus connue sous son acronyme, a parlé.");
    assertTrue(found.containsKey(
        "Commission pour la conservation de la faune et la flore marines de l'Antarctique"),
        found.toString());
    // "et", then a verb: the subject of the sentence is two bodies, not one name
    found = entities("La [ORG Ligue] contre le cancer et les associations ont dénoncé la mesure.");
    assertTrue(found.containsKey("Ligue contre le cancer"), found.toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.contains("associations")), found.toString());
  }

  @Test
  void theHeadAloneElsewhereJoinsTheFullName() {
    Map<String, EntityType> found = entities("La [ORG Haute autorité] pour la transparence de la "
        + "vie publique a rendu un avis. Sans convaincre la [ORG Haute autorité], il a démissionné.");
    assertEquals(Map.of("Haute autorité pour la transparence de la vie publique",
        EntityType.ORGANIZATION), found);
  }

  @Test
  void knownNamesVerbsAndCircumstancesAreNoPurpose() {
    assertEquals(Map.of("Assemblée nationale", EntityType.ORGANIZATION),
        entities("Le texte a été débattu à l'[ORG Assemblée nationale] pour la deuxième fois."));
    assertEquals(Map.of("Parlement", EntityType.ORGANIZATION),
        entities("Il a demandé au [ORG Parlement] pour examiner le texte."));
    assertEquals(Map.of("Institut", EntityType.ORGANIZATION),
        entities("Il a travaillé à l'[ORG Institut] pour le compte de son client."));
  }
}
