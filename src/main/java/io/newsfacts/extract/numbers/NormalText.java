package io.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article text as the number rules read it: lower case, straight apostrophes, every kind of
 * space a plain space, the same length as the original so that offsets carry over unchanged. Also
 * its words, in order, for walking over spelled-out numbers.
 */
final class NormalText {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+'?|\\d+|\\S");

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
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      // a hyphen inside a compound ("quatre-vingt-dix", "aller-retours") is not a word of its own
      boolean inner = m.group().equals("-") && m.start() > 0 && m.end() < text.length()
          && Character.isLetter(text.charAt(m.start() - 1)) && Character.isLetter(text.charAt(m.end()));
      if (!inner) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    wordStart = new int[spans.size()];
    wordEnd = new int[spans.size()];
    words = new String[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      wordStart[i] = spans.get(i)[0];
      wordEnd[i] = spans.get(i)[1];
      words[i] = text.substring(wordStart[i], wordEnd[i]);
    }
  }

  int length() {
    return text.length();
  }

  /** Index of the first word starting at or after {@code offset}. */
  int wordAt(int offset) {
    int lo = 0;
    int hi = words.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (wordStart[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
