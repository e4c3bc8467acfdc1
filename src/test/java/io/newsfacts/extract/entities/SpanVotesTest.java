package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name's end read from the whole article ({@link LowerWords#alwaysWith}): a capitalised word
 * written each time with the same lower-case adjective after it makes one name with it.
 */
class SpanVotesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  @Test
  void capitalAlwaysWrittenWithItsAdjectiveTakesIt() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Le fondateur de la "
        + "[ORG Droite] solidaire a parlé. Il a quitté la [ORG Droite] solidaire hier.");
    assertTrue(found.containsKey("Droite solidaire"), found.toString());
    assertFalse(found.containsKey("Droite"), found.toString());
  }

  @Test
  void capitalWrittenAloneElsewhereOrOnceWithTheAdjectiveStaysAlone() {
    Map<String, EntityType> found = TaggedText.entities(EXTRACTOR, "Le fondateur de la "
        + "[ORG Droite] solidaire a parlé. Il a quitté la [ORG Droite] solidaire hier. La "
        + "[ORG Droite] a voté.");
    assertFalse(found.containsKey("Droite solidaire"), found.toString());
    found = TaggedText.entities(EXTRACTOR, "Le fondateur de la [ORG Droite] solidaire a parlé.");
    assertFalse(found.containsKey("Droite solidaire"), found.toString());
  }
}
