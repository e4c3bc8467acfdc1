package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tagger runs that open with a capitalised role noun, its adjectives and a preposition: the name
 * is what follows the role. Hand-tagged French sentences without the CoreNLP models.
 */
class RoleOpenedRunTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void theNameAfterARoleItsAdjectiveAndAPrepositionIsTheName() {
    Map<String, EntityType> found = entities("Pierre Zorvan. [ORG Conseiller régional d'Ile-de-France].");
    assertEquals(Map.of("Pierre Zorvan", EntityType.PERSON, "Ile-de-France", EntityType.ORGANIZATION),
        found);
    found = entities("Il quitte le poste de [ORG Secrétaire régional du Zorvex Club] à Paris.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvex Club"));
    assertFalse(found.containsKey("Secrétaire régional du Zorvex Club"));
  }

  @Test
  void aRoleBeforeACommonWordStaysWhole() {
    Map<String, EntityType> found = entities("Le [ORG Procureur général de la République] a dit.");
    assertFalse(found.containsKey("République"));
    found = entities("Les [MISC Frères musulmans de Zorsi] ont dit non.");
    assertFalse(found.containsKey("Zorsi"));
  }

  @Test
  void aRoleOfTwoWordsBeforeANameIsNoPartOfIt() {
    Map<String, EntityType> found = entities("C'est le [PER Premier ministre Zorvanu] qui a signé.");
    assertEquals(Map.of("Zorvanu", EntityType.PERSON), found);
    found = entities("Il fut l'ancien [ORG Premier ministre de la République], dit-il.");
    assertEquals(Map.of(), found);
    found = entities("Il a vu le [LOC Premier ministre Britannique] mercredi.");
    assertFalse(found.containsKey("Britannique"), found.toString());
    found = entities("Le [ORG Secrétaire général du Zorvex Club] était présent.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvex Club"), found.toString());
  }

  @Test
  void aGroupOrANounWithItsComplementAfterARoleIsTheName() {
    Map<String, EntityType> found = entities("Il quitte le poste de [ORG Secrétaire départemental "
        + "des Républicains] à Paris.");
    assertEquals(EntityType.ORGANIZATION, found.get("Républicains"), found.toString());
    assertFalse(found.containsKey("Secrétaire départemental des Républicains"));
    found = entities("Selon Pierre Zorvan, [MISC Chercheur au Laboratoire d'économie des transports].");
    assertFalse(found.containsKey("Chercheur au Laboratoire d'économie des transports"), found.toString());
    assertEquals(true, found.containsKey("Laboratoire d'économie des transports"), found.toString());
  }
}
