package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A government named after its head ("le gouvernement Ayrault") names a person, whatever the
 * tagger says; on hand-tagged French sentences without the CoreNLP models.
 */
class GovernmentHeadTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aNameRightAfterGouvernementIsTheHeadOfTheGovernment() {
    assertEquals(EntityType.PERSON, entities(
        "Ils ne croyaient pas aux annonces du gouvernement [ORG Zorvault].").get("Zorvault"));
    assertEquals(EntityType.PERSON, entities(
        "Elle a été ministre dans les gouvernements [ORG Zorvault] et Fillon.").get("Zorvault"));
  }

  @Test
  void aPlaceOrAnArticleAfterGouvernementIsNoHead() {
    assertEquals(EntityType.LOCATION, entities(
        "Le gouvernement [LOC Paris] a tranché.").get("Paris"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "Le gouvernement de la [ORG Zorvaultie] a tranché.").get("Zorvaultie"));
  }
}
