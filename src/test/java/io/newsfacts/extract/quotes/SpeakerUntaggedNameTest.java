package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A role phrase closed by a name the entity recogniser missed ({@link UntaggedNames}): the name is
 * the speaker, never another holder of the role, on hand-written French without the models.
 */
class SpeakerUntaggedNameTest {
  private static final String BEFORE = "[PER Gérard Collomb] est arrivé en tête dans six arrondissements. ";

  @Test
  void aNameAfterATaggedBodyIsTheSpeaker() {
    Quote q = only(quotes(BEFORE + "Le premier secrétaire du [ORG PS] Harlem Désir a affirmé que son parti avait "
        + "«décidé du rassemblement le plus large» pour le second tour."));
    assertEquals("Harlem Désir", q.speaker());
  }

  @Test
  void aNameAfterALowerCaseQualifierIsTheSpeaker() {
    Quote q = only(quotes(BEFORE + "«Il faut faire barrage», a lancé le premier secrétaire du Parti socialiste "
        + "Harlem Désir."));
    assertEquals("Harlem Désir", q.speaker());
  }

  @Test
  void aGivenNameReadIntoTheBodyStillOpensTheName() {
    Quote q = only(quotes("[PER Nathalie Loiseau] a déploré ces propos.\n\n«Cette haine de la police est "
        + "idéologique», s'est indignée la dirigeante du [ORG Rassemblement national Marine] Le Pen."));
    assertEquals("Marine Le Pen", q.speaker());
  }

  @Test
  void aBodyNamedAfterAPrepositionIsNoName() {
    Quote q = only(quotes(BEFORE + "«Il faut faire barrage», a lancé le président du Front National."));
    assertNotEquals("Front National", q.speaker());
    Quote party = only(quotes(BEFORE + "«Il faut faire barrage», a lancé le député européen Front National."));
    assertNotEquals("Front National", party.speaker());
  }
}
