package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The full name an acronym between brackets defines ({@link Acronyms}), on hand-tagged sentences. */
class AcronymNamesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  @Test
  void initialsOverACoordinationMakeOneName() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Selon l'administration des "
        + "[LOC Terres Australes] et [LOC Antarctiques Françaises] (TAAF), la pêche progresse.");
    assertEquals(EntityType.LOCATION, found.get("Terres Australes et Antarctiques Françaises"),
        found.toString());
    assertFalse(found.containsKey("Antarctiques Françaises"), found.toString());
  }

  @Test
  void aNameThatSpellsItsAcronymStaysAsTheTaggerGaveIt() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Le président du "
        + "[ORG Conseil national] et du [ORG Front national] (FN) a parlé.");
    assertTrue(found.containsKey("Front national"), found.toString());
    assertTrue(found.containsKey("Conseil national"), found.toString());
  }

  @Test
  void acronymAfterAPlaceThatItsLettersDoNotSpellIsAnotherName() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Le député de [LOC Paris] "
        + "([ORG UMP]) a voté contre.");
    assertEquals(EntityType.LOCATION, found.get("Paris"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("UMP"), found.toString());
    found = TaggedText.entities(EXTRACTOR, "Le sommet réunit l'[LOC Afrique du Sud] ([ORG BRICS]) "
        + "et la Chine.");
    assertTrue(found.containsKey("BRICS"), found.toString());
    // the letters of a place's own acronym come in its name, in order
    found = TaggedText.entities(EXTRACTOR, "La [LOC République démocratique du Congo] (RDC) vote. "
        + "La RDC attend.");
    assertEquals(Map.of("République démocratique du Congo", EntityType.LOCATION), found);
    assertTrue(Acronyms.lettersInOrder("Émirats arabes unis", "EAU"));
    assertFalse(Acronyms.lettersInOrder("Afrique du Sud", "BRICS"));
  }

  @Test
  void anAcronymInOneCapitalAfterItsNameIsThatName() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Après la plainte du "
        + "[ORG Mouvement contre le racisme et pour l'amitié entre les peuples] ([ORG Mrap]), "
        + "le [ORG Mrap] a réagi.");
    assertEquals(Map.of("Mouvement contre le racisme et pour l'amitié entre les peuples",
        EntityType.ORGANIZATION), found);
  }

  @Test
  void anAcronymInOneCapitalBeforeItsNameIsThatName() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Ce que la [ORG Halde] "
        + "([ORG Haute autorité] de lutte contre les discriminations et pour l'égalité) a dit.");
    assertEquals(Map.of("Haute autorité de lutte contre les discriminations et pour l'égalité",
        EntityType.ORGANIZATION), found);
  }

  @Test
  void aWordInOneCapitalWhoseLettersTheNameDoesNotHoldIsNoAcronym() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Il vit à [LOC Saint-Quentin] "
        + "([LOC Aisne]) depuis 2010.");
    assertTrue(found.containsKey("Aisne"), found.toString());
    assertTrue(found.containsKey("Saint-Quentin"), found.toString());
    assertTrue(Acronyms.initialsCover("Haute autorité pour la transparence de la vie publique", "Hatvp"));
    assertFalse(Acronyms.initialsCover("Institut de sciences politiques de Paris", "Cevipof"));
    assertFalse(Acronyms.initialsCover("Thomas Coville", "Sodebo"));
  }
}
