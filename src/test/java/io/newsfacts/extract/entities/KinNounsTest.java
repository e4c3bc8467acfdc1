package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A family noun after a possessive makes the name right after it a person's
 * (models/entities/kin-nouns.txt); on hand-tagged French sentences without the CoreNLP models (the
 * tags are the tagger's wrong ones).
 */
class KinNounsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aNameAfterAPossessiveAndAFamilyNounIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Sa nièce [ORG Mala] en rendit témoignage. "
        + "[ORG Mala] racontera plus tard ses débuts.").get("Mala"));
    assertEquals(EntityType.PERSON, entities("Il est venu avec son neveu [LOC Tarek] au marché.")
        .get("Tarek"));
  }

  @Test
  void withoutThePossessiveTheNounSaysNothing() {
    // "la femme Actuelle": no possessive, no family tie
    assertEquals(EntityType.ORGANIZATION, entities("Le magazine [ORG Femme Actuelle] a paru.")
        .get("Femme Actuelle"));
  }
}
