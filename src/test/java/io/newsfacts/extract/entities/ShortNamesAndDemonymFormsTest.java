package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name that starts exactly one longer name of the article is that name ({@link LongerNames});
 * the forms of one demonym are one group named by its masculine ({@link DemonymForms}). On
 * hand-tagged sentences without the CoreNLP models.
 */
class ShortNamesAndDemonymFormsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void shortNameJoinsTheOneLongerNameItStarts() {
    Map<String, EntityType> found = entities("Le [MISC prix Nobel de la Paix] est mort."
        + " Il avait reçu le [MISC prix Nobel] en 2010.");
    assertEquals(Map.of("prix Nobel de la Paix", EntityType.MISC), found);
    found = entities("Selon [ORG Transparency International France], rien. Le président de"
        + " [ORG Transparency International] a dit non.");
    assertEquals(Map.of("Transparency International France", EntityType.ORGANIZATION), found);
    // the tagger's type of the short name is a guess
    found = entities("La [ORG Haute Autorité de la santé] a dit non. La [LOC Haute Autorité] a"
        + " dit non.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.containsKey("Haute Autorité de la santé"), found.toString());
  }

  @Test
  void twoLongerNamesPlacesAndPeopleStayApart() {
    Map<String, EntityType> found = entities("La [ORG Cour d'appel de Paris] et la [ORG Cour"
        + " d'appel de Rouen] ont jugé. La [ORG Cour d'appel] a dit non.");
    assertEquals(EntityType.ORGANIZATION, found.get("Cour d'appel"), found.toString());
    assertTrue(found.containsKey("Cour d'appel de Rouen"), found.toString());
    // a place of the lexicons keeps its own type apart from the body named after it
    found = entities("Il vit à [LOC New York]. Il a étudié à la [ORG New York University].");
    assertEquals(EntityType.LOCATION, found.get("New York"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("New York University"), found.toString());
  }

  @Test
  void longerNameGoesOnWithAComplementNotAPrepositionOrASequel() {
    assertTrue(LongerNames.goesOn(new String[] {"prix", "nobel", "de", "la", "paix"}, 2));
    assertTrue(LongerNames.goesOn(new String[] {"parquet", "national", "financier"}, 2));
    assertTrue(LongerNames.goesOn(new String[] {"armee", "de", "defense", "d'israel"}, 3));
    assertFalse(LongerNames.goesOn(new String[] {"rassemblement", "bleu", "marine", "au", "mans"}, 3));
    assertFalse(LongerNames.goesOn(new String[] {"loi", "macron", "ii"}, 2));
    Map<String, EntityType> found = entities("La [MISC loi Macron] est votée. La [MISC loi Macron II]"
        + " ne verra pas le jour.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void countryStaysApartFromItsPeople() {
    Map<String, EntityType> found = entities("La [LOC Suisse] vote. Les [MISC Suisses] ont dit non.");
    assertEquals(EntityType.LOCATION, found.get("Suisse"), found.toString());
    assertEquals(EntityType.MISC, found.get("Suisses"), found.toString());
  }

  @Test
  void formsOfOneDemonymAreOneGroupNamedByItsMasculine() {
    Map<String, EntityType> found = entities("Les [MISC Françaises] et les [MISC Français] votent.");
    assertEquals(Map.of("Français", EntityType.MISC), found);
    found = entities("Il épouse une [MISC Française]. Les [MISC Américains] et les [MISC"
        + " Américaines] aussi.");
    assertEquals(Map.of("Française", EntityType.MISC, "Américains", EntityType.MISC), found);
  }

  @Test
  void masculineFormIsLikelier() {
    assertTrue(DemonymForms.same("Françaises", "Français"));
    assertFalse(DemonymForms.same("Français", "Américains"));
    assertTrue(DemonymForms.likelier("Français", "Françaises", 1, 3));
    assertFalse(DemonymForms.likelier("Européennes", "Européens", 5, 1));
  }
}
