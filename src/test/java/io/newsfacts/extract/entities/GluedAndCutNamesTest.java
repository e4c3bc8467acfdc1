package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Organisation names glued to what follows them, a second role of the person after "et" ({@link
 * Coordination#beforeSecondRole}) or a place after "à" ({@link RunCuts#beforePlaceOfAction}), and
 * names whose capitalised first or last words the French structure left out ({@link
 * CapitalEdges}), on hand-tagged sentences without the CoreNLP models.
 */
class GluedAndCutNamesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // a second role after "et"

  @Test
  void secondRoleAfterEtIsNoPartOfTheOrganisation() {
    Map<String, EntityType> found = entities("Il est chercheur à l'Université de New York et "
        + "coauteur de l'étude.");
    assertTrue(found.containsKey("Université de New York"), found.toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.contains("coauteur")), found.toString());
    found = entities("Le président de la commission des Lois et député du Finistère parle.");
    assertTrue(found.containsKey("commission des Lois"), found.toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.contains("député")), found.toString());
  }

  @Test
  void roleNounEndingTheNameStays() {
    Map<String, EntityType> found = entities("Il siège au Centre national des indépendants et "
        + "paysans.");
    assertTrue(found.containsKey("Centre national des indépendants et paysans"), found.toString());
  }

  @Test
  void apposedRolesTakeThePrefixCo() {
    assertTrue(Coordination.apposedRole("coauteur"));
    assertTrue(Coordination.apposedRole("co-fondateur"));
    assertTrue(Coordination.apposedRole("conseiller"));
    assertTrue(Coordination.apposedRole("députés"));
    assertFalse(Coordination.apposedRole("consignations"));
    assertFalse(Coordination.apposedRole("coalition"));
  }

  // a place or a second name after "à"

  @Test
  void knownNameBeforeAIsNoPartOfTheRun() {
    Map<String, EntityType> found = entities("Il a parlé aux élus du groupe "
        + "[ORG Républicains à l'Assemblée] hier.");
    assertTrue(found.containsKey("Républicains"), found.toString());
    assertFalse(found.keySet().stream().anyMatch(n -> n.contains(" à ")), found.toString());
  }

  @Test
  void unknownNamesAroundAStayOneName() {
    assertTrue(entities("Il était invité sur le plateau de [MISC C à Vous] jeudi.")
        .containsKey("C à Vous"));
  }

  // capitalised words the structure left out

  @Test
  void structureNameGrowsToTheCapitalisedWordsOfTheRun() {
    Map<String, EntityType> found = entities("Elle refuse l'avis de la [LOC Haute Autorité de la "
        + "Santé].");
    assertEquals(EntityType.ORGANIZATION, found.get("Haute Autorité de la Santé"), found.toString());
    assertFalse(found.containsKey("Autorité de la Santé"), found.toString());
    found = entities("Elle enseigne à l'[ORG Université Paris Descartes].");
    assertTrue(found.containsKey("Université Paris Descartes"), found.toString());
  }

  @Test
  void acronymBeforeTheStructureNameStaysOut() {
    Map<String, EntityType> found = entities("Elle dirige le [ORG LIPHA-PE Université Paris "
        + "Est-Créteil].");
    assertFalse(found.keySet().stream().anyMatch(n -> n.startsWith("LIPHA-PE Université")),
        found.toString());
  }
}
