package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name alone beside the same name after the noun of a building, a body or an operation is one
 * entity with it ({@link NounNameAliases}), on hand-tagged sentences without the CoreNLP models.
 */
class NounNameAliasesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void nameAloneJoinsTheNounsName() {
    Map<String, EntityType> found = entities("Les soldats de l'opération [MISC Serval] sont rentrés."
        + " [MISC Serval] a duré un an.");
    assertEquals(Map.of("opération Serval", EntityType.MISC), found);
    // the tagger's person with no first or family name of the lexicons
    found = entities("L'opération [MISC Serval] dure. [PER Serval] a pris fin.");
    assertEquals(Map.of("opération Serval", EntityType.MISC), found);
    found = entities("Le sondage de l'[ORG Institut CSA] est paru. Selon [ORG CSA], il perd.");
    assertEquals(Map.of("Institut CSA", EntityType.ORGANIZATION), found);
    found = entities("Il visite le musée du [LOC Louvre] demain. Le [LOC Louvre] ouvre tôt.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.containsKey("musée du Louvre"), found.toString());
  }

  @Test
  void townAfterBareDeEponymAndPersonStayApart() {
    // after a bare "de", the town the station is in
    Map<String, EntityType> found = entities("Il arrive à la gare de [LOC Lyon] et visite [LOC Lyon].");
    assertEquals(EntityType.LOCATION, found.get("Lyon"), found.toString());
    // a region after "de la": the noun's name is no place of its own
    found = entities("Il parle de la place de la [LOC Corse] en Europe. La [LOC Corse] vote.");
    assertEquals(EntityType.LOCATION, found.get("Corse"), found.toString());
    // a person of the lexicon's family names, named in full elsewhere
    found = entities("Au centre [ORG Pompidou], on fête [PER Georges Pompidou]. [PER Pompidou] est né en 1911.");
    assertEquals(EntityType.PERSON, found.get("Georges Pompidou"), found.toString());
    // an affair is named after a person, who is not the affair
    found = entities("L'affaire [PER Cahuzac] pèse. [PER Cahuzac] a dit non.");
    assertEquals(EntityType.PERSON, found.get("Cahuzac"), found.toString());
  }

  @Test
  void nameAfterTheNounIsReadBareOrAfterAnArticle() {
    assertArrayEquals(new String[] {"matignon"}, NounNameAliases.nameAfterNoun(
        new String[] {"hotel", "matignon"}));
    assertArrayEquals(new String[] {"louvre"}, NounNameAliases.nameAfterNoun(
        new String[] {"musee", "du", "louvre"}));
    assertArrayEquals(new String[] {"elysee"}, NounNameAliases.nameAfterNoun(
        new String[] {"palais", "de", "l'elysee"}));
    assertArrayEquals(new String[] {"concorde"}, NounNameAliases.nameAfterNoun(
        new String[] {"place", "de", "la", "concorde"}));
    assertNull(NounNameAliases.nameAfterNoun(new String[] {"gare", "de", "lyon"}));
    assertNull(NounNameAliases.nameAfterNoun(new String[] {"musee", "d'orsay"}));
  }
}
