package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.FrenchRoles.RoleNoun;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Nouns that name what a person does ("porte-parole", "sénatrice", "maire"), from the shared list
 * {@code models/common/role-nouns.txt}, with their gender when the noun fixes it. Family nouns
 * (+kin) and "premier"/"première" (+ordinal: role-adjectives.txt here) are left out: the file says why.
 */
final class RoleNouns {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private final Map<String, Character> nouns = new HashMap<>();

  RoleNouns() {
    this(FrenchRoles.forQuotes());
  }

  RoleNouns(List<RoleNoun> roles) {
    for (RoleNoun r : roles) {
      nouns.put(r.noun(), r.gender());
    }
  }

  /** How many words (1 or 2) of a role noun start at {@code words[k]}, or 0. */
  int startsAt(List<Word> words, int k) {
    if (k >= words.size()) {
      return 0;
    }
    if (k + 1 < words.size() && nouns.containsKey(words.get(k).lower() + " " + words.get(k + 1).lower())) {
      return 2;
    }
    return base(words.get(k).lower()) != null ? 1 : 0;
  }

  /**
   * The noun of the list that {@code word} is or is built from: itself, the first of role nouns
   * joined by hyphens ("sénateur-maire", "député-maire"), or the noun after "co" ("coprésident",
   * "co-fondatrice"); null if none.
   */
  private String base(String word) {
    if (nouns.containsKey(word)) {
      return word;
    }
    String rest = word.startsWith("co-") ? word.substring(3) : word.startsWith("co") ? word.substring(2) : null;
    if (rest != null && rest.length() > 3 && nouns.containsKey(rest)) {
      return rest;
    }
    String[] parts = word.split("-");
    for (String part : parts) {
      if (!nouns.containsKey(part)) {
        return null;
      }
    }
    return parts.length > 1 ? parts[0] : null;
  }

  /**
   * Whether {@code words[k]} is an adjective before a role ("l'ancien", "le nouveau", "le premier
   * adjoint"), not the first word of a role noun of two ("le Premier ministre").
   */
  boolean adjectiveAt(List<Word> words, int k) {
    return FrenchWords.ROLE_ADJECTIVES.contains(words.get(k).lower()) && startsAt(words, k) < 2;
  }

  /** Whether {@code noun} (lower case, one or two words) is a role noun or one built from one ({@link #base}). */
  boolean contains(String noun) {
    return nouns.containsKey(noun) || base(noun) != null;
  }

  /** The gender a role gives its holder: fixed by the noun, else by the article before it. */
  Character gender(String role, String article) {
    String[] words = SPACES.split(role.strip().toLowerCase());
    // a noun of two words first: "secrétaire générale" is feminine, "secrétaire" alone is not
    Character g = words.length > 1 ? nouns.get(words[0] + " " + words[1]) : null;
    String base = g == null ? base(words[0]) : null;
    if (base != null) {
      g = nouns.get(base); // ("coprésidente", "sénatrice-maire")
    }
    if (g != null) {
      return g;
    }
    if ("la".equals(article)) {
      return 'f';
    }
    if ("le".equals(article)) {
      return 'm';
    }
    return null;
  }
}
