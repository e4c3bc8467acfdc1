package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.FrenchRoles.RoleNoun;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every role noun the entity extractor reads from models/common/role-nouns.txt is read and can
 * match: "Le {noun} Paul Martin est arrivé." gives Paul Martin the role {noun}. (The quote
 * extractor's side of the list is tested in extract/quotes/ModelListsTest.)
 */
class RoleNounListTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  @Test
  void everyRoleNounTheEntitiesReadIsTheRoleOfTheNameAfterIt() {
    List<String> failed = new ArrayList<>();
    for (RoleNoun role : FrenchRoles.forEntities()) {
      String got = roleOfPaulMartin("Le " + role.noun() + " [PER Paul Martin] est arrivé hier.");
      if (!role.noun().equals(got)) {
        failed.add(role.noun() + ": " + got);
      }
    }
    assertEquals(List.of(), failed);
    assertNull(roleOfPaulMartin("Le boulanger [PER Paul Martin] est arrivé hier."));
  }

  private static String roleOfPaulMartin(String marked) {
    AnnotatedText doc = TaggedText.of(marked);
    for (Entity e : EXTRACTOR.extract(doc)) {
      if (e.text().equals("Paul Martin")) {
        return e.role();
      }
    }
    return "(no Paul Martin)";
  }
}
