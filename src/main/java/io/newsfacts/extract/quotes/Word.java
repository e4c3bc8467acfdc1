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
  /** Infinitive and participle endings: a verb ending so may not make a clause. */
  private static final String[] NON_FINITE = {"er", "ir", "re", "oir", "é", "ée", "és", "ées",
      "ant", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ert", "erte", "ort",
      "orte", "int", "inte"};

  /** The words of {@code text[from, to)}, as {@link WordScanner#READER} cuts them. */
  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    WordScanner.READER.scan(text, from, to, (start, end) -> {
      int last = out.size() - 1;
      if (last >= 0 && elidedBeforeMark(text, out.get(last), start, end)) {
        // "a jugé qu'«au bout d'un an»": the scanner keeps an elision whole only before a letter
        String w = text.substring(out.get(last).start(), end);
        out.set(last, new Word(w, NormalText.lowerStraight(w), out.get(last).start(), end));
        return;
      }
      String w = text.substring(start, end);
      if (last >= 0 && compoundAfterElision(out.get(last), w, start)) {
        // "d'après X": one preposition, not "d'" and the adverb "après"
        String both = text.substring(out.get(last).start(), end);
        out.set(last, new Word(both, NormalText.lowerStraight(both), out.get(last).start(), end));
        return;
      }
      out.add(new Word(w, NormalText.lowerStraight(w), start, end));
    });
    return out;
  }

  /** Elided words ("qu'", "l'", "d'") that the scanner cuts from their apostrophe when no letter follows. */
  private static final java.util.Set<String> ELIDED = java.util.Set.of("qu", "lorsqu", "puisqu", "jusqu", "quoiqu",
      "presqu", "c", "d", "j", "l", "m", "n", "s", "t");

  /**
   * Whether the apostrophe text[start, end) ends the elided word {@code w} right before it and a
   * quotation mark comes right after it: "qu'«", "d'\"".
   */
  private static boolean elidedBeforeMark(String text, Word w, int start, int end) {
    if (w.end() != start || end != start + 1 || "'’".indexOf(text.charAt(start)) < 0
        || !ELIDED.contains(w.lower()) || end >= text.length()) {
      return false;
    }
    return "«\"“„‹".indexOf(text.charAt(end)) >= 0;
  }

  /** Whether {@code w} at {@code start} completes the elision right before it into "d'après". */
  private static boolean compoundAfterElision(Word before, String w, int start) {
    return before.end() == start && before.lower().equals("d'") && NormalText.lowerStraight(w).equals("après");
  }

  /** [\s\u00a0\u202f]: what separates words. */
  static boolean isSpace(char c) {
    return WordScanner.isSpace(c);
  }

  /** A lower-case word with the ending of a past participle of a verb in -er: "résumée", "cités", "partagé". */
  static boolean firstGroupParticiple(String lower) {
    return lower.endsWith("é") || lower.endsWith("ée") || lower.endsWith("és") || lower.endsWith("ées");
  }

  /** A lower-case word with the ending of an infinitive: "déclarer", "réagir", "dire" (and "père", "soir": a test of form only). */
  static boolean infinitiveEnding(String lower) {
    return lower.endsWith("er") || lower.endsWith("ir") || lower.endsWith("re");
  }

  /** The index of the word of {@code ws} that starts at offset {@code start}, or -1. */
  static int indexAt(List<Word> ws, int start) {
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).start() == start) {
        return i;
      }
    }
    return -1;
  }

  /** A number written in digits: "17", "2015". */
  boolean isDigits() {
    return !text().isEmpty() && text().chars().allMatch(Character::isDigit);
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isElision() {
    return lower.endsWith("'");
  }

  /** The words {@code ws} in lower case as written, one space between them, none after an elision ("femme d'affaires"). */
  static String lowerPhrase(List<Word> ws) {
    StringBuilder words = new StringBuilder();
    for (Word w : ws) {
      words.append(w.lower()).append(w.isElision() ? "" : " ");
    }
    return words.toString().strip();
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

  /** An infinitive or participle ending after a prefix on one line (what ".*(er|ir|...)" matches). */
  static boolean nonFinite(String w) {
    if (w.isEmpty() || "reéstiu".indexOf(w.charAt(w.length() - 1)) < 0) {
      return false; // every ending ends with one of these letters
    }
    for (String ending : NON_FINITE) {
      if (w.endsWith(ending)) {
        return isOneLine(w);
      }
    }
    return false;
  }

  /** No line terminator: regex "." matches every character of {@code w}. */
  private static boolean isOneLine(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
