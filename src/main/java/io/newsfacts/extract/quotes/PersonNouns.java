package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.FrenchRoles;
import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * General nouns for people that are no office ("mon fils", "les enfants", "un jeune homme", "les
 * aides-soignants"): models/quotes/person-nouns.txt and the family nouns of the role list (+kin).
 * A subject they head is someone the article does not name; its phrase is the speaker, never a
 * person named elsewhere.
 */
final class PersonNouns {
  private static final Set<String> NOUNS = nouns();

  private PersonNouns() {}

  private static Set<String> nouns() {
    Set<String> out = new HashSet<>(Lexicon.lines("quotes/person-nouns.txt"));
    for (FrenchRoles.RoleNoun n : FrenchRoles.nouns()) {
      if (n.tagged("kin")) {
        out.add(n.noun());
      }
    }
    return Set.copyOf(out);
  }

  /** Whether {@code lower} is a person noun, singular or plural ("enfants", "aides-soignants", "neveux"). */
  static boolean is(String lower) {
    if (NOUNS.contains(lower)) {
      return true;
    }
    StringBuilder singular = new StringBuilder();
    for (String part : lower.split("-", -1)) {
      if (!singular.isEmpty()) {
        singular.append('-');
      }
      boolean plural = part.length() > 2 && (part.endsWith("s") || part.endsWith("x"));
      singular.append(plural ? part.substring(0, part.length() - 1) : part);
    }
    return NOUNS.contains(singular.toString());
  }

  /**
   * Whether the noun phrase {@code ws} opens with a determiner (a possessive too: "mes", "tes",
   * "nos") or a count, and its first word after them is a person noun: "mes parents", "les
   * enfants", "un jeune homme", "trois lycéens". A bare noun ("Parents et enseignants") is left out.
   */
  static boolean heads(List<Word> ws) {
    int i = 0;
    while (i < ws.size() && (FrenchWords.DETERMINERS.contains(ws.get(i).lower()) || POSSESSIVES.contains(ws.get(i).lower())
        || ws.get(i).isDigits())) {
      i++;
    }
    return i > 0 && i < ws.size() && is(ws.get(i).lower());
  }

  /** Whether a speaker's name is the phrase of people the article does not name: "mon fils", "les enfants". */
  static boolean names(String name) {
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return false; // "la nièce de Marine Le Pen": a person the article names, described
    }
    String[] words = name.split(" ");
    int i = 0;
    while (i < words.length && (FrenchWords.DETERMINERS.contains(words[i]) || POSSESSIVES.contains(words[i]))) {
      i++;
    }
    return i > 0 && i < words.length && is(words[i]);
  }

  /** Possessive determiners that {@link FrenchWords#DETERMINERS} lacks. */
  private static final Set<String> POSSESSIVES = Set.of("ton", "ta", "tes", "notre", "nos", "votre", "vos");
}
