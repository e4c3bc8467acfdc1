package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * Common nouns that name a person by their form ("le diplomate", "l'ex locataire", "la
 * résidente"): models/quotes/human-nouns.txt, generated from the Dicollecte dictionary, nouns of
 * either gender in one form (epicene) or inflected for gender; a noun of one fixed gender ("le
 * document") is none. The form of an inflected one gives its gender when the article does not.
 */
final class HumanNouns {
  /** Masculine or epicene singular -> "epi" or "mf". */
  private static final Map<String, String> NOUNS = nouns();

  private HumanNouns() {}

  private static Map<String, String> nouns() {
    Map<String, String> out = new HashMap<>();
    for (String line : Lexicon.lines("quotes/human-nouns.txt")) {
      String[] f = line.split("\\s+");
      if (f.length == 2) {
        out.put(f[0], f[1]);
      }
    }
    return Map.copyOf(out);
  }

  /** Whether the singular noun {@code lower} names a person by its form, masculine, feminine or epicene. */
  static boolean is(String lower) {
    return NOUNS.containsKey(lower) || masculineOf(lower) != null;
  }

  /**
   * The gender the singular noun {@code lower} shows by its form: 'm' for the masculine of an
   * inflected noun ("résident"), 'f' for its feminine ("résidente", "admiratrice"), null for an
   * epicene one ("diplomate") or none.
   */
  static Character gender(String lower) {
    if ("mf".equals(NOUNS.get(lower))) {
      return 'm';
    }
    return !NOUNS.containsKey(lower) && masculineOf(lower) != null ? 'f' : null;
  }

  /** The inflected noun of the list whose feminine {@code lower} is ("résidente", "rédactrice"), or null. */
  private static String masculineOf(String lower) {
    String m = RoleWords.masculine(lower);
    if (!m.equals(lower) && "mf".equals(NOUNS.get(m))) {
      return m;
    }
    if (lower.endsWith("e") && "mf".equals(NOUNS.get(lower.substring(0, lower.length() - 1)))) {
      return lower.substring(0, lower.length() - 1); // "résidente"
    }
    return null;
  }
}
