package io.newsfacts.extract.quotes;

import io.newsfacts.text.NormalText;
import io.newsfacts.text.WordScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * A word or punctuation mark of the article text, as the quote rules see it ({@link
 * WordScanner#READER}): elided articles and pronouns stand alone ("qu'", "il"), inverted subjects
 * stay on their verb ("explique-t-il").
 *
 * @param lower the word in lower case with typographic apostrophes made straight ({@link
 *     NormalText#lowerStraight})
 */
record Word(String text, String lower, int start, int end) {
  /** The words of {@code text[from, to)}, as {@link WordScanner#READER} cuts them. */
  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    WordScanner.READER.scan(text, from, to, (start, end) -> {
      String w = text.substring(start, end);
      out.add(new Word(w, NormalText.lowerStraight(w), start, end));
    });
    return out;
  }

  /** [\s\u00a0\u202f]: what separates words. */
  static boolean isSpace(char c) {
    return WordScanner.isSpace(c);
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isElision() {
    return lower.endsWith("'");
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String... options) {
    for (String o : options) {
      if (lower.equals(o)) {
        return true;
      }
    }
    return false;
  }
}
