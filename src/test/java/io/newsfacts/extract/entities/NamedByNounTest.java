package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names made with a lower-case noun or an ordinal, on hand-tagged sentences without the CoreNLP
 * models: a district named by its ordinal ("le 10e arrondissement"), a day hyphenated to its
 * month as an event ("le 11-Septembre"), a law named by the capitalised words after "loi" whatever
 * the tagger says ("la loi Travail"), the institutions that take their name after "de" ("l'université
 * de Syracuse", "le festival de Cannes"), and the same nouns read as verbs ("un sondage qui place
 * François Hollande perdant", "avoir placé Jean-Luc Mélenchon en tête").
 */
class NamedByNounTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void ordinalAndArrondissementNameAPlaceAndTheCityStaysApart() {
    Map<String, EntityType> found = entities("Le maire du 10e arrondissement de [LOC Paris] a parlé.");
    assertEquals(EntityType.LOCATION, found.get("10e arrondissement"), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Paris"), found.toString());
    // the tagger's run over both: the district and the city, each a place of its own
    found = entities("Il vit dans le [LOC XVIe arrondissement de Paris] depuis longtemps.");
    assertEquals(EntityType.LOCATION, found.get("XVIe arrondissement"), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Paris"), found.toString());
    // two districts in the plural name no one place
    assertEquals(Map.of(), entities("Elle conduit la liste dans les 4e et 5e arrondissements."));
  }

  @Test
  void dayHyphenatedToItsCapitalisedMonthIsAnEvent() {
    assertEquals(Map.of("11-Septembre", EntityType.MISC),
        entities("Lors du 11-Septembre, neuf pompiers sont morts."));
    assertEquals(Map.of("1er-Mai", EntityType.MISC), entities("Le défilé du 1er-Mai a eu lieu."));
    // a date in lower case is a date, no entity
    assertEquals(Map.of(), entities("Le 11 septembre, neuf pompiers sont morts."));
  }

  @Test
  void capitalisedWordsAfterLoiNameALawWhateverTheTagger() {
    assertEquals(Map.of("loi Travail", EntityType.MISC),
        entities("Il s'oppose au projet de loi Travail depuis mars."));
    assertEquals(Map.of("loi Santé", EntityType.MISC), entities("La loi Santé divise les médecins."));
    // the law's name ends before a first name: its minister is a person of her own
    Map<String, EntityType> found = entities("Il combat la loi Travail [PER Myriam El Khomri] depuis mars.");
    assertEquals(EntityType.MISC, found.get("loi Travail"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Myriam El Khomri"), found.toString());
    // an acronym after "loi" may be the party that tables it; one letter is no name
    assertFalse(entities("Le texte reprend une proposition de loi UMP votée hier.")
        .containsKey("loi UMP"));
    assertEquals(Map.of(), entities("Il prépare un plan B pour la rentrée."));
  }

  @Test
  void institutionNamedAfterDeTakesItsNoun() {
    Map<String, EntityType> found = entities("Il enseigne à l'université de [LOC Syracuse] depuis 2010.");
    assertEquals(Map.of("université de Syracuse", EntityType.ORGANIZATION), found);
    found = entities("Le film sera présenté au festival de [MISC Cannes] en mai.");
    assertEquals(Map.of("festival de Cannes", EntityType.MISC), found);
    found = entities("Le sénateur quitte le palais du [LOC Luxembourg] ce soir.");
    assertEquals(Map.of("palais du Luxembourg", EntityType.LOCATION), found);
    // an acronym after "université du" is the body's own name
    found = entities("Elle a étudié à l'université du [ORG MIT] à Boston.");
    assertTrue(found.containsKey("MIT"), found.toString());
  }

  @Test
  void nameNounReadAsAVerbMakesNoPlace() {
    assertEquals(Map.of("François Hollande", EntityType.PERSON),
        entities("Un sondage qui place [PER François Hollande] perdant est paru."));
    assertEquals(Map.of("Jean-Luc Mélenchon", EntityType.PERSON),
        entities("Les villes ont placé [PER Jean-Luc Mélenchon] en tête."));
    // the square: after its article, or with a place's name after it
    assertEquals(EntityType.LOCATION,
        entities("Ils défilent sur la place [PER Nelson Mandela] ce soir.").get("place Nelson Mandela"));
    Map<String, EntityType> found = entities("Il succède à [PER Matthias Fekl] place [LOC Beauvau] demain.");
    assertEquals(EntityType.LOCATION, found.get("place Beauvau"), found.toString());
  }
}
