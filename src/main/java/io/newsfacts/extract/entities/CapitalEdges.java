package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Organisation names read from their French structure ({@link OrganisationNames}) whose first or
 * last words, capitalised, the structure left out and the tagger's run around them kept: "la Haute
 * Autorité de la Santé" ("Autorité de la Santé"), "le Nouvel Ordre Mondial" ("Ordre Mondial"),
 * "Université Paris 7-Diderot" ("Université Paris"). The structure name grows to the run's ends and
 * keeps its type, when the words it gains each open with a capital or a figure and are no article
 * and no role ("Chercheur", "Président" before a name are the person's, not the name's).
 */
final class CapitalEdges {
  /** A word that opens with a capital or a figure: "Haute", "Nouvel", "7-Diderot". */
  private static final Pattern CAPITAL_WORD = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d'\u2019.-]*");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f]+");
  /** Capitalised articles and prepositions: a run that opens with one opens a sentence. */
  private static final Set<String> GRAMMAR = Set.of("le", "la", "les", "l'", "l\u2019", "un",
      "une", "des", "du", "de", "d'", "d\u2019", "au", "aux", "a", "\u00e0", "en", "et", "ou");

  private CapitalEdges() {}

  /**
   * {@code all}, each structure name inside a longer run of the tagger (no person's) grown to that
   * run's ends if the words it gains are capitalised names ({@code role} says which words are
   * roles).
   */
  static List<Candidate> extend(String text, List<Candidate> all, Predicate<String> role) {
    List<Candidate> runs = new ArrayList<>();
    for (Candidate c : all) {
      if (c.origin() == Candidate.Origin.CRF && c.type() != EntityType.PERSON
          && c.start() == c.nameStart()) {
        runs.add(c);
      }
    }
    if (runs.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Candidate grown = null;
      if (c.origin() == Candidate.Origin.STRUCTURE && c.start() == c.nameStart()) {
        for (Candidate r : runs) {
          if (r.contains(c) && (r.start() < c.start() || c.end() < r.end())
              && (r.start() == c.start() || Character.isWhitespace(text.charAt(c.start() - 1)))
              && (r.end() == c.end() || Character.isWhitespace(text.charAt(c.end())))
              && names(text.substring(r.start(), c.start()), role, true)
              && names(text.substring(c.end(), r.end()), role, false)) {
            grown = new Candidate(r.start(), r.start(), r.end(), c.type(), c.origin(), c.key());
            break;
          }
        }
      }
      out.add(grown == null ? c : grown);
    }
    return out;
  }

  /**
   * Whether {@code words} (maybe none) are words with a capital or a figure, no article or role;
   * {@code before} the structure name, no acronym either: "LIPHA-PE Université Paris Est-Créteil"
   * is a laboratory and its university.
   */
  private static boolean names(String words, Predicate<String> role, boolean before) {
    String w = words.strip();
    if (w.isEmpty()) {
      return true;
    }
    for (String word : SPACES.split(w)) {
      if (!CAPITAL_WORD.matcher(word).matches() || GRAMMAR.contains(word.toLowerCase(Locale.ROOT))
          || role.test(word) || before && acronym(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every letter of {@code word}, two at least, is a capital: "LIPHA-PE", "UMP". */
  private static boolean acronym(String word) {
    return word.codePoints().filter(Character::isLetter).count() >= 2
        && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
