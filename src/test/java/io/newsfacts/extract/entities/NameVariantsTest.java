package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two spellings of one name in one article are one entity ({@link NameVariants}), on hand-tagged
 * French sentences: with and without hyphens, an acronym the article never defines and its full
 * name, a commune with its qualifier and without, a first name misspelt by one letter or written
 * with its initials.
 */
class NameVariantsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void sameNameWithAndWithoutHyphensIsOnePerson() {
    Map<String, EntityType> found = entities("[PER Jean-Frédéric Poisson] a parlé. Selon "
        + "[PER Jean Frédéric Poisson], rien ne presse. [PER Jean-Frédéric Poisson] a confirmé.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.containsKey("Jean-Frédéric Poisson"), found.toString());
  }

  @Test
  void placeWithAndWithoutHyphensIsOnePlace() {
    Map<String, EntityType> found = entities("Le match a lieu au [LOC Parc des Princes]. Le "
        + "[LOC Parc-des-Princes] est plein.");
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void undefinedAcronymJoinsTheNameItsInitialsSpell() {
    Map<String, EntityType> found = entities("La [ORG Ligue des droits de l'homme] a dénoncé la "
        + "loi. Pour la [ORG LDH], rien ne va.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.containsKey("Ligue des droits de l'homme"), found.toString());
  }

  @Test
  void englishSmallWordsAreNoInitials() {
    Map<String, EntityType> found = entities("Il est conseiller auprès de l'[ORG ASOC] - "
        + "[ORG Antarctic and Southern Ocean Coalition].");
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void acronymSpelledByTwoNamesStaysApart() {
    Map<String, EntityType> found = entities("Les [MISC Jeux olympiques] sont au [ORG Journal "
        + "officiel]. Les [MISC JO] a coûté cher.");
    assertTrue(found.containsKey("JO"), found.toString());
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void acronymIsNoPersonsName() {
    Map<String, EntityType> found = entities("[PER Paul Salen] a quitté le [ORG PS] dimanche.");
    assertTrue(found.containsKey("Paul Salen"), found.toString());
    assertTrue(found.containsKey("PS"), found.toString());
  }

  @Test
  void communeByItsFirstWordIsTheCommune() {
    Map<String, EntityType> found = entities("Une élue de [LOC Gaillan-en-Médoc] a démissionné. "
        + "Elle était adjointe au maire de [LOC Gaillan] depuis 2014.");
    assertEquals(1, found.size(), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Gaillan-en-Médoc"), found.toString());
  }

  @Test
  void departmentIsNoShortCommune() {
    Map<String, EntityType> found = entities("Le maire de [LOC Gironde-sur-Dropt] a parlé. La "
        + "[LOC Gironde] vote.");
    assertTrue(found.containsKey("Gironde"), found.toString());
    assertTrue(found.containsKey("Gironde-sur-Dropt"), found.toString());
  }

  @Test
  void twoCommunesOfOneFirstWordLeaveItAlone() {
    Map<String, EntityType> found = entities("De [LOC Roquebrune-sur-Argens] à "
        + "[LOC Roquebrune-sur-Mer], on parle de [LOC Roquebrune].");
    assertFalse(found.get("Roquebrune") == null, found.toString());
  }

  @Test
  void likelierSpellingIsTheCommonerThenTheCompoundFirstName() {
    assertTrue(NameVariants.likelier("Jean-Louis Gagnaire", "Jean Louis Gagnaire", 1, 1));
    assertFalse(NameVariants.likelier("Jean-Louis Gagnaire", "Jean Louis Gagnaire", 1, 2));
    assertTrue(NameVariants.likelier("Valéry Giscard d'Estaing", "Valéry Giscard-d'Estaing", 1, 1));
  }

  @Test
  void firstNameMisspeltByOneLetterBesideTheSameSurnameIsOnePerson() {
    Map<String, EntityType> found = entities("[PER Jean-François Copé] a parlé. Selon "
        + "[PER Jean-Françis Copé] , rien ne presse. [PER Jean-François Copé] a confirmé.");
    assertEquals(Map.of("Jean-François Copé", EntityType.PERSON), found);
    found = entities("[PER Danièle Simonet] a parlé. [PER Danielle Simonet] a voté.");
    assertEquals(1, found.size(), found.toString());
    // a masculine and its feminine, two first names: two people of one family
    found = entities("[PER Denis Martin] et [PER Denise Martin] ont voté.");
    assertEquals(2, found.size(), found.toString());
    found = entities("[PER Marine Le Pen] et [PER Marion Le Pen] ont voté.");
    assertEquals(2, found.size(), found.toString());
    assertTrue(NameVariants.misspelt("benyamin", "benjamin"));
    assertTrue(NameVariants.misspelt("jean-chriostophe", "jean-christophe"));
    assertFalse(NameVariants.misspelt("sami", "samia"));
    assertFalse(NameVariants.misspelt("jean-marie", "jean-pierre"));
  }

  @Test
  void aSurnameMisspeltByOneLetterBesideTheSameFirstNameIsOnePersonUnderTheKnownSpelling() {
    // the family-name lexicon knows "Thatcher", not "Tchatcher", written twice
    Map<String, EntityType> found = entities("[PER Margaret Thatcher] a gouverné onze ans le Royaume-Uni. "
        + "Son successeur a salué la mémoire de [PER Margaret Tchatcher] lundi. [PER Margaret Tchatcher] avait 87 ans.");
    assertEquals(Map.of("Margaret Thatcher", EntityType.PERSON), found);
    // no spelling stands out (neither known, each written once): two names kept
    found = entities("[PER Philippe Corderax] a parlé lundi devant la commission des lois. "
        + "Le lendemain, [PER Philippe Corderix] a voté contre le texte.");
    assertEquals(2, found.size(), found.toString());
    // side by side: two people ("Jean Dupont et Jean Dupond")
    found = entities("[PER Jean Dupont] et [PER Jean Dupond] ont voté. [PER Jean Dupont] a parlé.");
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void compoundFirstNameWrittenWithItsInitialsIsOnePerson() {
    Map<String, EntityType> found = entities("[PER Jean-Christophe Lagarde] a parlé. Pour "
        + "[PER JC Lagarde] , rien ne presse.");
    assertEquals(Map.of("Jean-Christophe Lagarde", EntityType.PERSON), found);
    assertTrue(NameVariants.initialsOf("J-Christophe", "jean-christophe"));
    assertTrue(NameVariants.initialsOf("M-A", "marie-arlette"));
    assertFalse(NameVariants.initialsOf("JM", "jean-christophe"));
    assertFalse(NameVariants.initialsOf("Christophe", "jean-christophe"));
    // two full names fit: neither is taken
    found = entities("[PER Jean-Marie Le Pen] et [PER Jean-Michel Le Pen] rient. [PER JM Le Pen] aussi."
        + " [PER Jean-Marie Le Pen] a ri.");
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void nameSignedSurnameFirstIsThePerson() {
    Map<String, EntityType> found = entities("[PER Alexis Corbière] a pris la parole. Plus tard, "
        + "un message signé [PER Corbiere Alexis] a circulé.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.containsKey("Alexis Corbière"), found.toString());
  }

  @Test
  void twoSurnamesTheOtherWayRoundStayApart() {
    Map<String, EntityType> found = entities("[PER Garcia Lopez] a parlé avec [PER Lopez "
        + "Garcia] hier.");
    assertEquals(2, found.size(), found.toString());
  }
}
