package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sentence the tokenizer did not cut after an abbreviation that keeps its period, on hand-tagged
 * French sentences without the CoreNLP models: the tagger's run glues the abbreviation to the next
 * sentence's first word; the name ends with the abbreviation.
 */
class SentenceAfterAbbreviationTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void anAcronymEndsBeforeTheNextSentencesOpener() {
    Map<String, EntityType> found = entities(
        "Aucune classification ne le retient, ni la [MISC C.F.T.M.E.A. Quant à la Haute] autorité, elle hésite.");
    // the acronym alone, no name the article defines, is left to the acronym rules; never the opener
    assertTrue(found.keySet().stream().noneMatch(k -> k.contains("Quant") || k.contains("Haute")),
        found.toString());
    assertEquals(Map.of("C.F.T.M.E.A. Haute", EntityType.MISC),
        entities("Ni la CIM10, ni la [MISC C.F.T.M.E.A. Haute] ne le retient."));
    Map<String, EntityType> pronoun = entities("On va encore s'occuper des [LOC T.D.C.D.M. Il] parait que non.");
    assertTrue(pronoun.keySet().stream().noneMatch(k -> k.endsWith("Il")), pronoun.toString());
  }

  @Test
  void anAbbreviationOfACommonWordIsNoName() {
    Map<String, EntityType> found = entities("Voir la note ([MISC Cf. Tous] les détails).");
    assertTrue(found.keySet().stream().noneMatch(k -> k.startsWith("Cf")), found.toString());
    // the words after it are a reference's title, the opener with them
    assertEquals(Map.of("Tous Zorvakiens", EntityType.MISC),
        entities("Voir ([MISC Cf. Tous Zorvakiens], une étude de 2016)."));
  }

  @Test
  void initialsBeforeASurnameWithItsArticleStayOneName() {
    assertTrue(entities("Selon [PER J.-M. Le Pen], rien ne change.").containsKey("J.-M. Le Pen"));
    assertEquals(Map.of("Mark Zorvak", EntityType.PERSON),
        entities("Le directeur, [PER Mark Zorvak], a confirmé."));
  }
}
