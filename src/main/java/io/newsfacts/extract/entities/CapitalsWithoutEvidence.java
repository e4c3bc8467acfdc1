package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Places where a capital says nothing about a name, read from the grammatical words of
 * models/entities/grammatical-words.txt: a Title-Case heading line ("Les Dix Règles D'Or Pour
 * Bien Manger"), a grammatical word written in capitals for emphasis ("NOTRE case", "ET
 * l'Empathie"), a demonstrative or possessive before the word ("cette Fête", "leur Première
 * ministre"). The caller drops a mention there only when its capitalised words are common words
 * and nothing else makes it a name.
 */
final class CapitalsWithoutEvidence {
  /** A heading has at least this many words other than grammatical ones. */
  private static final int HEADING_MIN_WORDS = 4;
  /** ... and at most this many words in all: a sentence is longer. */
  private static final int HEADING_MAX_WORDS = 15;
  private final Set<String> grammatical = new HashSet<>();
  private final Set<String> pointing = new HashSet<>();

  CapitalsWithoutEvidence() {
    for (String line : Lexicon.lines("entities/grammatical-words.txt")) {
      String[] parts = line.trim().split("\\s+");
      String word = parts[0].replace('\u2019', '\'');
      grammatical.add(word);
      if (parts.length > 1 && "+pointing".equals(parts[1])) {
        pointing.add(word);
      }
    }
  }

  /** Whether {@code w} is a grammatical word of the list (any case). */
  boolean grammatical(Word w) {
    return grammatical.contains(w.lower().replace('\u2019', '\''));
  }

  /**
   * A grammatical word in capitals: emphasis ("NOTRE", "ET l'Empathie"); one of two letters
   * alone may be an acronym ("à LA": Los Angeles), so only one that a name follows is.
   */
  boolean emphasis(Word w, boolean alone) {
    return w.allCaps() && grammatical(w) && (!alone || w.text().length() > 2);
  }

  /** Whether the word before word {@code i} is a demonstrative or possessive ("cette Fête"). */
  boolean afterPointing(List<Word> ws, int i) {
    return i > 0 && pointing.contains(ws.get(i - 1).lower());
  }

  /**
   * Whether word {@code i} sits on a heading: the words from the start of its line (or sentence)
   * to the next one are few, two thirds of those that are not grammatical have a capital (the first
   * one's is its place's), and all those are common words ({@code common}): a line naming
   * someone ("Alain Villez, président des Petits Frères des Pauvres") is no heading.
   */
  boolean heading(List<Word> ws, int i, Predicate<Word> common) {
    int from = i;
    while (from > 0 && !ws.get(from).initial()) {
      from--;
    }
    int to = i + 1;
    while (to < ws.size() && !ws.get(to).initial()) {
      to++;
    }
    int words = 0;
    int content = 0;
    int capitals = 0;
    int commonCapitals = 0;
    for (int k = from; k < to; k++) {
      Word w = ws.get(k);
      if (w.punctuation() || !Word.hasLetterOrDigit(w.text())) {
        continue;
      }
      words++;
      if (k == from || grammatical(w) || w.lower().endsWith("'") || w.lower().endsWith("\u2019")) {
        continue; // the first word's capital is its place's
      }
      content++;
      if (w.capitalised()) {
        capitals++;
        if (common.test(w) || w.verb()) { // the lexicon leaves conjugated forms out
          commonCapitals++;
        }
      }
    }
    return words <= HEADING_MAX_WORDS && content >= HEADING_MIN_WORDS
        && capitals * 3 >= content * 2 && commonCapitals == capitals;
  }
}
