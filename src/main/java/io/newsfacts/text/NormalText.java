package io.newsfacts.text;

import io.newsfacts.model.SortedOffsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One normalised view of the article text, shared by the extractors: lower case, straight
 * apostrophes, every kind of space a plain space, every short dash a hyphen, the same length as
 * the original so that offsets carry over unchanged. Also its words in order, as {@link
 * WordScanner#RUNS} cuts them, for walking over spelled-out numbers; and the lower-case forms the
 * extractors give a single word ({@link #lower}, {@link #lowerStraight}).
 *
 * <p>The arrays are shared, not copied (the number rules read them in their inner loops): read
 * them, never write them.
 */
public final class NormalText {
  /** The text as given. */
  public final String original;
  /** The normalised text, as long as {@link #original}. */
  public final String text;
  /** Where each word starts in the text, in order. */
  public final int[] wordStart;
  /** Where each word ends (exclusive). */
  public final int[] wordEnd;
  /** Each word of the normalised text. */
  public final String[] words;

  public NormalText(String original) {
    this.original = original;
    this.text = normalise(original);
    int[][] spans = {new int[16], new int[16]};
    int[] count = {0};
    WordScanner.RUNS.scan(text, 0, text.length(), (start, end) -> {
      int k = count[0];
      if (k == spans[0].length) {
        spans[0] = Arrays.copyOf(spans[0], k * 2);
        spans[1] = Arrays.copyOf(spans[1], k * 2);
      }
      spans[0][k] = start;
      spans[1][k] = end;
      count[0]++;
    });
    wordStart = Arrays.copyOf(spans[0], count[0]);
    wordEnd = Arrays.copyOf(spans[1], count[0]);
    words = new String[count[0]];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(wordStart[i], wordEnd[i]);
    }
  }

  /**
   * {@code original} lower case (character by character), with ’ ʼ ‘ made straight, no-break,
   * narrow, thin and figure spaces and tabs made plain spaces, and – ‑ ‐ made hyphens: one
   * character for one, so that offsets into it are offsets into the original.
   */
  public static String normalise(String original) {
    char[] c = original.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char ch = c[i];
      if (ch == '\u2019' || ch == '\u02bc' || ch == '\u2018') {
        c[i] = '\'';
      } else if (ch == '\u00a0' || ch == '\u202f' || ch == '\u2009' || ch == '\u2007' || ch == '\t') {
        c[i] = ' ';
      } else if (ch == '\u2013' || ch == '\u2011' || ch == '\u2010') {
        c[i] = '-';
      } else {
        c[i] = Character.toLowerCase(ch);
      }
    }
    return new String(c);
  }

  /** A word in lower case, whatever the default locale (the form the entity rules compare). */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** {@link #lower} with the typographic apostrophe ’ made straight (the form the quote rules compare). */
  public static String lowerStraight(String word) {
    return lower(word).replace('\u2019', '\'');
  }

  public int length() {
    return text.length();
  }

  /** Index of the first word starting at or after {@code offset}. */
  public int wordAt(int offset) {
    return SortedOffsets.firstAtLeast(words.length, i -> wordStart[i], offset);
  }

  /** Index of the last word ending at or before {@code offset}, or -1. */
  public int wordBefore(int offset) {
    return wordAt(offset) - 1 >= 0 && wordEnd[wordAt(offset) - 1] <= offset ? wordAt(offset) - 1 : -1;
  }

  public boolean isLetters(int i) {
    return i >= 0 && i < words.length && Character.isLetter(words[i].charAt(0));
  }

  /** Whether word j follows word i with only spaces or a single hyphen between. */
  public boolean joined(int i, int j) {
    if (j >= words.length) {
      return false;
    }
    String gap = text.substring(wordEnd[i], wordStart[j]);
    return gap.isBlank() && !gap.contains("\n") || gap.equals("-");
  }

  /** The normalised text between {@code from} and {@code to}, clipped to the text. */
  public String slice(int from, int to) {
    return text.substring(Math.max(0, from), Math.min(text.length(), to));
  }

  /** Whether the original text is upper case at {@code at}. */
  public boolean upperAt(int at) {
    return at < original.length() && Character.isUpperCase(original.charAt(at));
  }

  /**
   * Whether a full stop, a line break, "!" or "?" lies between {@code from} and {@code to}: a quick
   * test for the number rules that stretch a figure, coarser than {@link Sentences} (no titles, no
   * quotations).
   */
  public boolean crossesSentence(int from, int to) {
    String s = slice(from, to);
    return s.contains(". ") || s.contains("\n") || s.contains("! ") || s.contains("? ");
  }

  /**
   * Whether {@code at} starts a sentence: nothing but spaces and opening marks since a full stop,
   * a colon, a line break or a bullet, where a capital says nothing about a name (looser than
   * {@link Sentences}, which does not end at a colon).
   */
  public boolean sentenceStart(int at) {
    for (int i = at - 1; i >= 0; i--) {
      char ch = text.charAt(i);
      if (ch == ' ' || ch == '"' || ch == '«' || ch == '(' || ch == '\'' || ch == '-' || ch == '*') {
        continue;
      }
      return ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == ':' || ch == '\r' || ch == '•';
    }
    return true;
  }
}
