package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * People that the tagger calls places or things, typed by the role noun in apposition after them
 * or by the people listed beside them; towns after "le maire de". Hand-tagged French sentences
 * without the CoreNLP models (the tags are the tagger's wrong ones).
 */
class PersonAppositionsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aRoleNounInAppositionAfterANameMakesAPerson() {
    assertEquals(EntityType.PERSON, entities("Le texte est signé par [LOC Zorstelle BONIS], "
        + "directrice des éditions, et d'autres.").get("Zorstelle BONIS"));
    assertEquals(EntityType.PERSON, entities("Parmi elles, [MISC Zi Lyvles], première femme "
        + "élue à ce poste.").get("Zi Lyvles"));
    // a noun an organisation takes too, or a place before a role, gives nothing
    assertEquals(EntityType.ORGANIZATION, entities(
        "Le rapport nomme [LOC Zorvazon], leader du commerce en ligne.").get("Zorvazon"));
    assertEquals(EntityType.LOCATION, entities("Gérard Collomb, maire de [LOC Lyon], ministre de "
        + "l'Intérieur, parle.").get("Lyon"));
  }

  @Test
  void aNameOfUnknownWordsListedBesideAPersonIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Ont été élues [PER Elizabeth Guzman] et "
        + "[LOC Hazla Ayzala], deux élues.").get("Hazla Ayzala"));
    assertEquals(EntityType.LOCATION, entities("Ont été élues [PER Elizabeth Guzman] et "
        + "[LOC Nouvelle Zorvège].").get("Nouvelle Zorvège"));
  }

  @Test
  void aNameAfterUnListedWithPeopleIsAPerson() {
    Map<String, EntityType> found = entities("Il gouverne à la manière d'un [PER Poutine], "
        + "d'un [PER Erdogan] ou d'un [ORG Madurzo], dit-il.");
    assertEquals(EntityType.PERSON, found.get("Madurzo"));
    // a place keeps its type; with no "un" before it, neither does a body
    assertEquals(EntityType.LOCATION, entities("Il gouverne à la manière d'un [PER Poutine] "
        + "ou d'une [LOC France] qui dit non.").get("France"));
    assertEquals(EntityType.ORGANIZATION, entities("Ont signé [PER Erdogan] et "
        + "[ORG Zorvex], dit-il.").get("Zorvex"));
  }

  @Test
  void theNameAfterTheMayorOfIsATown() {
    assertEquals(EntityType.LOCATION, entities("Le maire de [PER Talant] a réagi.").get("Talant"));
  }
}
