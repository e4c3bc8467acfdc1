package io.newsfacts.extract.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the article written without a capital, lower case, listed on first use; and the
 * capitalised words (folded) of its tagged names of two words or more, not opening a sentence.
 */
final class LowerWords {
  /** Determiners that make the next word a common noun, never a name: "une Histoire". */
  static final Set<String> COMMON_DETERMINERS = Set.of("un", "une", "son", "sa", "ses",
      "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leur", "leurs",
      "cette", "cet", "ces", "chaque", "quelques", "plusieurs");

  private final List<List<Word>> sentences;
  private final Set<String> runWords;
  private Set<String> words;
  private Map<String, Integer> capitalised;
  /** "droite forte" -> times written so, the first word capitalised inside a sentence. */
  private Map<String, Integer> pairs;

  LowerWords(List<List<Word>> sentences, Set<String> runWords) {
    this.sentences = sentences;
    this.runWords = runWords;
  }

  /** Articles, and prepositions joined to one, before a nickname: "le Squale", "du Squale". */
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l\u2019", "au",
      "aux", "du", "des");

  /**
   * Whether word {@code i}, a capitalised common word the tagger calls a person, is written as a
   * form of address: without an article ("Maman est partie", "il appelle Papa"), where a nickname
   * takes one ("le Squale"). Capitals repeated then say nothing of a name: Dicollecte lists
   * "maman", "papa", "tonton", "mamie" as common nouns.
   */
  static boolean addressed(List<Word> ws, int i) {
    if (i == 0) {
      return true;
    }
    Word before = ws.get(i - 1);
    return !ARTICLES.contains(before.lower()) && !"DET".equals(before.pos());
  }

  /** Whether the word is part of a longer name of the article ("Monde" of "Le Monde"). */
  boolean inLongerName(Word w) {
    return runWords.contains(w.folded());
  }

  /**
   * How many times the word is written with a capital inside a sentence; 0 if it once comes
   * after an article that makes it a common noun ("une Histoire", "sa Charte").
   */
  int capitalisedInside(Word w) {
    if (capitalised == null) {
      capitalised = new HashMap<>();
      for (List<Word> ws : sentences) {
        for (int i = 1; i < ws.size(); i++) {
          Word x = ws.get(i);
          if (x.capitalised() && !x.initial()) {
            boolean common = COMMON_DETERMINERS.contains(ws.get(i - 1).lower());
            capitalised.merge(x.folded(), common ? Integer.MIN_VALUE / 2 : 1, Integer::sum);
          }
        }
      }
    }
    return Math.max(0, capitalised.getOrDefault(w.folded(), 0));
  }

  /**
   * Whether the article writes capitalised word {@code w} with the lower-case adjective {@code
   * next} after it at least twice, and never writes {@code w} with a capital inside a sentence
   * without it: "la Droite forte", "Banlieues patriotes" are names of two words however the
   * tagger cut them ("la Droite" alone would be written elsewhere).
   */
  boolean alwaysWith(Word w, Word next) {
    if (pairs == null) {
      pairs = new HashMap<>();
      for (List<Word> ws : sentences) {
        for (int i = 1; i + 1 < ws.size(); i++) {
          Word x = ws.get(i);
          Word y = ws.get(i + 1);
          if (x.capitalised() && !x.initial() && !y.capitalised() && "ADJ".equals(y.pos())) {
            pairs.merge(x.folded() + " " + y.folded(), 1, Integer::sum);
          }
        }
      }
    }
    int together = pairs.getOrDefault(w.folded() + " " + next.folded(), 0);
    return together >= 2 && together >= capitalisedInside(w);
  }

  boolean contains(String lower) {
    if (words == null) {
      words = new HashSet<>();
      for (List<Word> ws : sentences) {
        for (Word w : ws) {
          if (!w.capitalised()) {
            words.add(w.lower());
          }
        }
      }
    }
    return words.contains(lower);
  }
}
