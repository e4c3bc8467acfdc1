package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies, media and clubs named after a country or a town and a common word, an acronym or a
 * figure ("France Stratégie", "Paris Première") are organisations, not the place; on hand-tagged
 * French sentences without the CoreNLP models (the tags are the tagger's wrong ones).
 */
class PlaceNamedBodiesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();
  private static final NameLexicons NAMES = new EntityLexicon().names;

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aCountryAndACommonWordNameABody() {
    assertEquals(EntityType.ORGANIZATION, entities("Michel Yahiel, commissaire général de "
        + "[LOC France Stratégie], a remis son rapport.").get("France Stratégie"));
    assertEquals(EntityType.ORGANIZATION, entities("Il l'expliquait il y a peu à [LOC France 3 "
        + "Ile-de-France] lors d'un débat.").get("France 3 Ile-de-France"));
    assertEquals(EntityType.ORGANIZATION, entities("Le derby oppose le [PER Paris SG] à Marseille "
        + "ce soir.").get("Paris SG"));
    assertEquals(EntityType.ORGANIZATION, entities("Une équipe de [LOC Toulouse Business School] a "
        + "répliqué ce résultat.").get("Toulouse Business School"));
  }

  @Test
  void aPlacesPartOrAnEventIsNoBody() {
    assertEquals(EntityType.LOCATION, entities("Il a été abattu à l'aéroport d'[LOC Orly Sud] "
        + "samedi.").get("Orly Sud"));
    assertEquals(EntityType.MISC, entities("Il aime les navigateurs du [MISC Vendée Globe] et le "
        + "football.").get("Vendée Globe"));
  }

  @Test
  void placesAndPeopleNamedLikeThemAreNot() {
    assertFalse(NAMES.namedAfterPlace(new String[] {"Guinée", "Bissau"}, false));
    assertFalse(NAMES.namedAfterPlace(new String[] {"Paris", "15e"}, false));
    assertFalse(NAMES.namedAfterPlace(new String[] {"Paris", "2024"}, false));
    assertFalse(NAMES.namedAfterPlace(new String[] {"France", "Gall"}, true));
    assertFalse(NAMES.namedAfterPlace(new String[] {"Harlem", "Désir"}, true));
    // untagged in a heading, a town and a word is still a person as often as a body
    assertFalse(NAMES.namedAfterPlace(new String[] {"Harlem", "Désir"}, false));
    assertFalse(NAMES.namedAfterPlace(new String[] {"Mont", "Blanc"}, false));
    // a first name and a common word the tagger calls a person: someone's name
    assertFalse(NAMES.namedAfterPlace(new String[] {"Florence", "Berger"}, true));
    assertTrue(NAMES.namedAfterPlace(new String[] {"Paris", "SG"}, true));
  }
}
