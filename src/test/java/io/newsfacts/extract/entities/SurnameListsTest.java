package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bare name listed next to the surname of a person the article names with a first name is a
 * person too ({@link ListNeighbours#listedWithSurnames}), on hand-tagged sentences without the
 * CoreNLP models.
 */
class SurnameListsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void bareNameListedWithAPersonsSurnameIsAPerson() {
    Map<String, EntityType> found = entities("[PER François Hollande] parle. Le rapport charge "
        + "[LOC Hollande], [LOC Zorvakian] et [ORG Pelligrov] mardi.");
    assertEquals(EntityType.PERSON, found.get("Zorvakian"), found.toString());
    found = entities("[PER Donald Trump] gagne. Le duel oppose [PER Trump] et [ORG Zorvakian].");
    assertEquals(EntityType.PERSON, found.get("Zorvakian"), found.toString());
  }

  @Test
  void bodyWithItsArticleOrAClauseAfterACommaStaysWhatItWas() {
    Map<String, EntityType> found = entities("[PER Paul Girard] parle. [PER Girard] et l'[ORG Zorvakian] "
        + "sont d'accord.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvakian"), found.toString());
    found = entities("[PER Paul Girard] parle. Sur fond de guerre de [ORG Zorvakian], [PER Girard] "
        + "dit non.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvakian"), found.toString());
  }
}
