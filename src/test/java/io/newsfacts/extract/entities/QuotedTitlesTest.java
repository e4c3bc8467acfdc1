package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Titles of works between quotation marks named as works by a cue noun ({@link QuotedTitles}), on
 * hand-tagged sentences without the CoreNLP models: the whole quoted title is one thing, lower-case
 * words and all, whatever the tagger says of its words.
 */
class QuotedTitlesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void quotedTitleAfterTheNounOfAWorkIsOneThing() {
    assertEquals(Map.of("Les grosses têtes", EntityType.MISC),
        entities("Il était l'invité de l'émission \"Les grosses têtes\" lundi."));
    assertEquals(Map.of("Des paroles et des actes", EntityType.MISC),
        entities("Il était l'invité de l'émission politique « Des paroles et des actes » jeudi."));
    // the tagger's person in the title is a word of the title
    Map<String, EntityType> found =
        entities("Elle lit le poème « A une [PER Passante] » de [PER Charles Baudelaire].");
    assertEquals(EntityType.MISC, found.get("A une Passante"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Charles Baudelaire"), found.toString());
  }

  @Test
  void quotedTitleWithAWorkInAppositionAfterItIsOneThing() {
    assertEquals(Map.of("Les Bienveillantes", EntityType.MISC),
        entities("Il publie \"[ORG Les Bienveillantes]\", un roman historique, en 2006."));
    assertEquals(EntityType.MISC,
        entities("Elle chante « [ORG Petite Marie] », son premier album, au Zénith.")
            .get("Petite Marie"));
  }

  @Test
  void quotesWithNoWorkNounOrNoCapitalAreNoTitle() {
    // a scare quote after a noun of no work, a quote in lower case after one
    assertFalse(entities("Le ministre dénonce une « Grande Muraille » de papier.")
        .containsKey("Grande Muraille"));
    assertEquals(Map.of(), entities("Son film « est une merveille », dit-il."));
    // straight marks must touch the title: these close one quote and open another
    assertEquals(Map.of(), entities("Le film \" a plu. \" Selon lui \" tout va bien."));
  }
}
