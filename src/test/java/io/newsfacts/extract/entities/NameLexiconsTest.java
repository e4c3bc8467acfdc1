package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexicons built by models/build/entities-lexicons.sh: every entry read, and what they say. */
class NameLexiconsTest {
  private static final NameLexicons NAMES = new NameLexicons();

  @Test
  void everyEntryOfEveryLexiconIsRead() {
    Set<String> places = new HashSet<>();
    for (String file : NameLexicons.FILES) {
      List<String> lines = Lexicon.lines(file);
      assertTrue(lines.size() > 100, file + " has " + lines.size() + " entries");
      for (String line : lines) {
        boolean read = switch (file) {
          case "entities/lexicons/first-names.txt" -> NAMES.firstName(line);
          // an English first name is no French one, unless a compound of French ones ("Ann-Marie")
          case "entities/lexicons/first-names-en.txt" -> NAMES.givenName(line)
              && (!NAMES.firstName(line) || line.indexOf('-') > 0);
          case "entities/lexicons/family-names.txt" -> NAMES.familyName(line);
          case "entities/lexicons/common-words.txt" -> NAMES.commonWord(line);
          case "entities/lexicons/countries.txt" -> NAMES.country(line);
          case "entities/lexicons/proper-nouns.txt" -> NAMES.knownName(line);
          case "entities/lexicons/brands.txt" -> NAMES.brand(line);
          case "entities/lexicons/english-words.txt" -> NAMES.englishWord(line);
          // a village named like a word or a person is no evidence ("Château", "Cahuzac")
          case "entities/lexicons/french-small-communes.txt" -> NAMES.smallCommune(line)
              || NAMES.commonWord(line) || NAMES.knownName(line) || NAMES.givenName(line);
          default -> NAMES.place(line);
        };
        assertTrue(read, file + ": " + line + " not read");
      }
      if (file.endsWith("cities.txt") || file.endsWith("cities-fr.txt")
          || file.endsWith("french-territories.txt")) {
        lines.forEach(l -> places.add(EntityLexicon.fold(l)));
      } else {
        Set<String> distinct = new HashSet<>();
        for (String l : lines) {
          distinct.add(file.endsWith("common-words.txt")
              ? l.replace('\u2019', '\'').toLowerCase(Locale.ROOT) : EntityLexicon.fold(l));
        }
        assertEquals(distinct.size(), NAMES.size(file), file);
      }
    }
    assertEquals(places.size(), NAMES.size("entities/lexicons/cities.txt"));
  }

  @Test
  void theLexiconsTellNamesFromCommonWords() {
    assertTrue(NAMES.firstName("Patrick"));
    assertTrue(NAMES.familyName("Hollande"));
    assertTrue(NAMES.commonWord("Allocation"));
    assertTrue(NAMES.commonWord("Mesdames"));
    assertTrue(NAMES.commonWord("chercher"));
    assertFalse(NAMES.commonWord("Neymar"));
    assertTrue(NAMES.country("Vietnam"));
    assertTrue(NAMES.placeOnly("Evry"));
    assertFalse(NAMES.placeOnly("Avion"), "a commune whose name is a common word");
    assertTrue(NAMES.placeOnly("Varsovie"), "the French name of a foreign city");
    assertTrue(NAMES.placeOnly("La Nouvelle-Orléans"));
    assertTrue(NAMES.placeOnly("Bavière"), "the French name of a foreign region");
    assertFalse(NAMES.placeOnly("Valls"), "a Catalan town named like a person is left out");
    assertTrue(NAMES.knownName("Marine"), "a first name that is also a common word");
    assertTrue(NAMES.brandOnly("Kickstarter"));
    assertTrue(NAMES.brandOnly("YouTube"));
    assertFalse(NAMES.brandOnly("Orange"), "a brand that is also a town and a common word");
    assertFalse(NAMES.brandOnly("Peugeot"), "a brand that is also a family name");
  }

  @Test
  void compoundsOfFirstNamesAreFirstNames() {
    assertTrue(NAMES.firstName("Jean-Vincent"), "the dictionary lists Jean and Vincent, not the compound");
    assertTrue(NAMES.firstName("Marie-Christine"));
    assertTrue(NAMES.givenName("Jean-Vincent"));
    assertFalse(NAMES.firstName("Saint-Denis"), "a part that is no first name");
    assertFalse(NAMES.firstName("Jean-"), "an empty part");
    assertFalse(NAMES.firstName("Marie-Galante"));
  }

  @Test
  void theLexiconsLoadFast() {
    long t0 = System.nanoTime();
    new NameLexicons();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 3000, "lexicons loaded in " + ms + " ms");
  }
}
