package io.newsfacts.extract.numbers;

import io.newsfacts.model.SortedOffsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The article text as the number rules read it: lower case, straight apostrophes, every kind of
 * space a plain space, the same length as the original so that offsets carry over unchanged. Also
 * its words, in order, for walking over spelled-out numbers.
 */
final class NormalText {
  /** The words of the text, as {@link #wordEnd} reads them (kept for the tests that compare). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+'?|\\d+|\\S");

  final String original;
  final String text;
  final int[] wordStart;
  final int[] wordEnd;
  final String[] words;

  NormalText(String original) {
    this.original = original;
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
    this.text = new String(c);
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int n = text.length();
    for (int p = 0; p < n; ) {
      int cp = text.codePointAt(p);
      if (isRegexSpace(cp)) {
        p++;
        continue;
      }
      int end = wordEnd(p, cp);
      // a hyphen inside a compound ("quatre-vingt-dix", "aller-retours") is not a word of its own
      boolean inner = cp == '-' && end == p + 1 && p > 0 && end < n
          && Character.isLetter(text.charAt(p - 1)) && Character.isLetter(text.charAt(end));
      if (!inner) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = p;
        ends[count] = end;
        count++;
      }
      p = end;
    }
    wordStart = Arrays.copyOf(starts, count);
    wordEnd = Arrays.copyOf(ends, count);
    words = new String[count];
    for (int i = 0; i < count; i++) {
      words[i] = text.substring(wordStart[i], wordEnd[i]);
    }
  }

  /**
   * The end of the word starting with code point {@code cp} at {@code p}, as {@link #WORD} reads
   * it: letters and marks with an apostrophe after them, ASCII digits, or any other character.
   * (A hand-written scanner: the regex was a tenth of the number extractor's time.)
   */
  private int wordEnd(int p, int cp) {
    int n = text.length();
    if (isLetterOrMark(cp)) {
      int e = p + Character.charCount(cp);
      while (e < n) {
        int c = text.codePointAt(e);
        if (!isLetterOrMark(c)) {
          break;
        }
        e += Character.charCount(c);
      }
      return e < n && text.charAt(e) == '\'' ? e + 1 : e;
    }
    if (cp >= '0' && cp <= '9') {
      int e = p + 1;
      while (e < n && text.charAt(e) >= '0' && text.charAt(e) <= '9') {
        e++;
      }
      return e;
    }
    return p + Character.charCount(cp);
  }

  /** [\p{L}\p{M}] for the characters of Latin-1, looked up. */
  private static final boolean[] LATIN_LETTER_OR_MARK = new boolean[256];

  static {
    for (int c = 0; c < LATIN_LETTER_OR_MARK.length; c++) {
      LATIN_LETTER_OR_MARK[c] = isLetterOrMarkSlow(c);
    }
  }

  /** [\p{L}\p{M}] */
  private static boolean isLetterOrMark(int cp) {
    return cp < LATIN_LETTER_OR_MARK.length ? LATIN_LETTER_OR_MARK[cp] : isLetterOrMarkSlow(cp);
  }

  private static boolean isLetterOrMarkSlow(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** The regex class \s (not \S): space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  int length() {
    return text.length();
  }

  /** Index of the first word starting at or after {@code offset}. */
  int wordAt(int offset) {
    return SortedOffsets.firstAtLeast(words.length, i -> wordStart[i], offset);
  }

  /** Index of the last word ending at or before {@code offset}, or -1. */
  int wordBefore(int offset) {
    return wordAt(offset) - 1 >= 0 && wordEnd[wordAt(offset) - 1] <= offset ? wordAt(offset) - 1 : -1;
  }

  boolean isLetters(int i) {
    return i >= 0 && i < words.length && Character.isLetter(words[i].charAt(0));
  }

  /** Whether word j follows word i with only spaces or a single hyphen between. */
  boolean joined(int i, int j) {
    if (j >= words.length) {
      return false;
    }
    String gap = text.substring(wordEnd[i], wordStart[j]);
    return gap.isBlank() && !gap.contains("\n") || gap.equals("-");
  }

  /** The normalised text between {@code from} and {@code to}, clipped to the text. */
  String slice(int from, int to) {
    return text.substring(Math.max(0, from), Math.min(text.length(), to));
  }

  /** Whether the original text is upper case at {@code at}. */
  boolean upperAt(int at) {
    return at < original.length() && Character.isUpperCase(original.charAt(at));
  }

  /** Whether a full stop, a line break, "!" or "?" lies between {@code from} and {@code to}. */
  boolean crossesSentence(int from, int to) {
    String s = slice(from, to);
    return s.contains(". ") || s.contains("\n") || s.contains("! ") || s.contains("? ");
  }

  /** Whether {@code at} starts a sentence: nothing but spaces and opening marks since a full stop. */
  boolean sentenceStart(int at) {
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
