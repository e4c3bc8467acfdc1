package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What tells a person on news nobody tuned for, one kind a test, on hand-tagged sentences without
 * the CoreNLP models: the tags are the tagger's (often wrong) ones, the assertions what a reader
 * finds.
 */
class PersonEvidenceTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** canonical -> type, one line per entity, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // first names of English-speaking countries (models/entities/lexicons/first-names-en.txt)

  @Test
  void englishFirstNameBeforeAnUntaggedCapitalisedWordMakesAPerson() {
    assertEquals(Map.of("Keri Russell", EntityType.PERSON, "Chrissy Metz", EntityType.PERSON),
        entities("Dans la série, Keri Russell et Chrissy Metz sont les sœurs."));
  }

  @Test
  void englishFirstNameAloneMakesNoPerson() {
    assertEquals(EntityType.LOCATION,
        entities("Le bras de fer avec [LOC Washington] continue.").get("Washington"));
  }

  @Test
  void aPossessiveEndsTheNameOfATitle() {
    Map<String, EntityType> found = entities("Le film Dolly Parton's Christmas est sorti.");
    assertNull(found.get("Dolly Parton's Christmas"), found.toString());
    assertNull(found.get("Dolly Parton's"), found.toString());
  }

  // a first name before a common word: a person when the article presents or titles them

  @Test
  void firstNameBeforeACommonWordWithARoleInAppositionIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Le collectif est mené par François Soulage, "
        + "président du collectif Alerte.").get("François Soulage"));
    assertEquals(EntityType.PERSON, entities("Le film de Julien Billion, sociologue, sort.")
        .get("Julien Billion"));
  }

  @Test
  void firstNameBeforeACommonWordWithAnAgeInAppositionIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Pour Nadège Passereau, 45 ans, rien ne change.")
        .get("Nadège Passereau"));
  }

  @Test
  void firstNameBeforeACommonWordTheArticleTitlesIsAPerson() {
    Map<String, EntityType> found = entities("Le livre de Nadège Billion sort. Pour Mme Billion, "
        + "tout change.");
    assertEquals(EntityType.PERSON, found.get("Nadège Billion"), found.toString());
  }

  @Test
  void firstNameBeforeACommonWordWithoutEvidenceIsNoPerson() {
    assertNull(entities("Le prix du lait Pierre Noire, le moins cher, a baissé.").get("Pierre Noire"));
  }

  // a role is no one's name

  @Test
  void aRoleAfterATitleIsNoName() {
    assertEquals(Map.of(), entities("Puis Madame La Ministre s'est réjouie de la décision."));
    assertEquals(Map.of(), entities("Puis [PER Madame La Ministre] s'est réjouie de la décision."));
    assertEquals(Map.of(), entities("On déjeune avec madame la [PER Ministre] demain."));
  }

  @Test
  void theSurnameOfSomeoneNamedInFullStaysAName() {
    assertEquals(EntityType.PERSON, entities("[PER Bruno Le Maire] arrive. Puis [PER Le Maire] "
        + "parle.").get("Bruno Le Maire"));
  }

  // a name ending with a point of the compass is a place

  @Test
  void aFirstNameBeforeAPointOfTheCompassIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("Trump est en tête en [PER Caroline du Sud] et "
        + "au Nevada.").get("Caroline du Sud"));
  }

  // English common words make titles and products, not people

  @Test
  void englishCommonWordsTaggedAsAPersonAreNoPerson() {
    assertEquals(EntityType.MISC, entities("Des collectifs, comme [PER Thinner Beauty], nous "
        + "harcèlent.").get("Thinner Beauty"));
    assertEquals(EntityType.MISC, entities("Le film [PER Get Out] sort.").get("Get Out"));
  }

  @Test
  void englishWordsWithAFirstNameOrAfterAParticleAreAPerson() {
    assertEquals(EntityType.PERSON, entities("Hier, [PER Bill Gates] a parlé.").get("Bill Gates"));
    assertEquals(EntityType.PERSON, entities("Le trésorier [PER Wallerand de Saint Just] a "
        + "parlé.").get("Wallerand de Saint Just"));
  }

  // a first name that is a common word, opening a sentence before "à", is the common word

  @Test
  void aFirstNameThatIsACommonWordOpeningAPhraseIsNoName() {
    assertNull(entities("[PER Grâce] à ce résultat, [PER Emmanuel Macron] gouverne.").get("Grâce"));
    assertEquals(EntityType.PERSON, entities("[PER Grâce Kelly] arrive. [PER Grâce] à Monaco, "
        + "enfin.").get("Grâce Kelly"));
  }

  @Test
  void englishFirstNameBeforeAnUnknownWordTaggedAsAPlaceIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Je suis folle de [LOC Brendon Urie], dit-elle.")
        .get("Brendon Urie"));
    assertEquals(EntityType.ORGANIZATION, entities("Un buzz pour la marque américaine "
        + "[ORG Urban Outfitters].").get("Urban Outfitters"));
  }

  @Test
  void englishFirstNameBeforeAPlaceMakesNoPerson() {
    assertNull(entities("Le concert aura lieu à l'Elysée Montmartre, la salle parisienne.")
        .get("Elysée Montmartre"));
  }

  // "Le" or "La" and a word no lexicon knows: a surname, not a title's article (NameLexicons.articleSurname)

  @Test
  void leAndAnUnknownWordIsASurnameNotATitle() {
    assertEquals(EntityType.PERSON,
        entities("Hier, [LOC Le Drian] a annoncé une visite.").get("Le Drian"));
    assertEquals(EntityType.PERSON,
        entities("Hier, le ministre [ORG Le Foll] a dit non.").get("Le Foll"));
  }

  @Test
  void leAndAKnownWordOrAPlaceOrAQuotedTitleIsNoSurname() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Hier, [LOC La Poste] a annoncé une hausse.").get("La Poste"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le texte de [LOC Le Lab] est repris.").get("Le Lab"));
    assertEquals(EntityType.LOCATION,
        entities("Il habite à [LOC Le Pontet] depuis hier.").get("Le Pontet"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Hier, [LOC LeMonde] a publié un article.").get("LeMonde"));
    // a game's name between quotes: a title, whatever its type, no one
    assertNotEquals(EntityType.PERSON,
        entities("Un jeu baptisé \"[ORG La Giscarte]\" a été retiré.").get("La Giscarte"));
  }
}
