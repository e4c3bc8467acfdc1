package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nouns of natural geography type the name they come before (models/entities/type-cues.txt,
 * place-cues.txt): "la mer Égée", "le massif des Ifoghas" are places whatever the tagger says; on
 * hand-tagged French sentences without the CoreNLP models (the tags are the tagger's wrong ones).
 */
class GeographyCuesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aNameRightAfterANounOfGeographyIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("Ils ont voulu traverser la mer [PER Égée] en "
        + "bateau.").get("Égée"));
    assertEquals(EntityType.LOCATION, entities("Son corps a été jeté dans la rivière [ORG Akanyaru] "
        + "en 1994.").get("Akanyaru"));
    assertEquals(EntityType.LOCATION, entities("Le voilier a relié New York au cap [ORG Lizard] en "
        + "trois jours.").get("Lizard"));
  }

  @Test
  void aNameAfterANounOfGeographyAndDeIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("Des combats ont eu lieu dans le massif des "
        + "[ORG Ifoghas] cette nuit.").get("Ifoghas"));
    assertEquals(EntityType.LOCATION, entities("La pollution touche la vallée de l'[ORG Arve] "
        + "chaque hiver.").get("Arve"));
  }

  @Test
  void aTelevisionSetIsNoPlace() {
    // "plateau" is left out: "le plateau de TF1" is the channel's set
    assertEquals(EntityType.ORGANIZATION, entities("Il était invité sur le plateau de [ORG TF1] "
        + "dimanche.").get("TF1"));
  }
}
