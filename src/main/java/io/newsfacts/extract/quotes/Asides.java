package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * Asides inside a sentence: words set between dashes or in parentheses ("Il a admis avoir su - ce
 * qu'a nié X - car «...»"). A name inside an aside is no subject of the sentence around it.
 */
final class Asides {
  /** Words at the start of a sentence where a dash is a bullet, a turn or a live report's time ("08h45 - X"). */
  private static final int LEAD_WORDS = 2;

  private Asides() {}

  /**
   * Whether the words {@code before} a mention, from its sentence's start, leave an aside open: a
   * dash set between spaces (past the first {@link #LEAD_WORDS} words) or a parenthesis not closed.
   */
  static boolean open(String text, List<Word> before) {
    int dashes = 0;
    int parentheses = 0;
    for (int k = LEAD_WORDS; k < before.size(); k++) {
      Word w = before.get(k);
      if (w.is("-", "–", "—") && Word.isSpace(text.charAt(w.start() - 1)) && w.end() < text.length()
          && Word.isSpace(text.charAt(w.end()))) {
        dashes++;
      } else if (w.is("(")) {
        parentheses++;
      } else if (w.is(")")) {
        parentheses = Math.max(0, parentheses - 1);
      }
    }
    return dashes % 2 == 1 || parentheses > 0;
  }
}
