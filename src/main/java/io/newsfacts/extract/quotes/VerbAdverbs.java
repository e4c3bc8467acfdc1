package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * Reads the adverbs that stand inside a verb group, between an auxiliary and its participle ("a
 * aussi indiqué", "a de son côté estimé", "a froidement répondu"), forwards from the auxiliary or
 * backwards from the participle. Split from {@link VerbGroups}.
 */
final class VerbAdverbs {
  /** Adverbs allowed between an auxiliary and its participle ("a aussi indiqué"). */
  static final int MAX_ADVERBS = 3;
  /** Words those adverbs may take together ("a de son côté aussi déclaré"). */
  static final int MAX_ADVERB_WORDS = 5;

  private VerbAdverbs() {}

  /**
   * The index of the first word after the adverbs that start at word {@code k} ("a encore déclaré",
   * "a de son côté estimé", "a pour sa part aussi indiqué"): at most {@link #MAX_ADVERBS} adverbs or
   * adverbial phrases of models/quotes/adverbs.txt, {@link #MAX_ADVERB_WORDS} words in all.
   */
  static int after(List<Word> ws, int k) {
    int from = k;
    for (int n = 0, len; n < MAX_ADVERBS && (len = adverbAt(ws, k)) > 0 && k + len - from <= MAX_ADVERB_WORDS; n++) {
      k += len;
    }
    return k;
  }

  /**
   * The index of the last word before the adverbs that end at word {@code j}, read backwards ("a
   * aussi | indiqué"): at most {@link #MAX_ADVERBS} adverbs or adverbial phrases, starting less than
   * {@link #MAX_ADVERB_WORDS} words before {@code j}. {@code j} itself if none; may be -1.
   */
  static int before(List<Word> ws, int j) {
    int last = j;
    for (int n = 0, len; n < MAX_ADVERBS && j >= 0 && last - j < MAX_ADVERB_WORDS
        && (len = adverbEndingAt(ws, j)) > 0; n++) {
      j -= len;
    }
    return j;
  }

  /** The number of words of the adverb or adverbial phrase starting at word {@code k}, or 0. */
  private static int adverbAt(List<Word> ws, int k) {
    if (k >= ws.size()) {
      return 0;
    }
    for (List<String> phrase : FrenchWords.ADVERB_PHRASES) {
      if (matches(ws, k, phrase)) {
        return phrase.size();
      }
    }
    return isAdverb(ws.get(k)) ? 1 : 0;
  }

  /** An adverb of the list, or of manner in "-ment" ("a froidement répondu", "a sèchement rétorqué"). */
  private static boolean isAdverb(Word w) {
    String l = w.lower();
    return FrenchWords.ADVERBS.contains(l) || l.endsWith("ment") && l.length() >= 7 && !w.isCapitalised();
  }

  /** The number of words of the adverb or adverbial phrase ending at word {@code k}, or 0. */
  private static int adverbEndingAt(List<Word> ws, int k) {
    for (List<String> phrase : FrenchWords.ADVERB_PHRASES) {
      if (k + 1 >= phrase.size() && matches(ws, k + 1 - phrase.size(), phrase)) {
        return phrase.size();
      }
    }
    return isAdverb(ws.get(k)) ? 1 : 0;
  }

  private static boolean matches(List<Word> ws, int k, List<String> phrase) {
    if (k < 0 || k + phrase.size() > ws.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      if (!ws.get(k + i).lower().equals(phrase.get(i))) {
        return false;
      }
    }
    return true;
  }
}
