package io.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of the article text, as the quote rules see it: elided articles and
 * pronouns stand alone ("qu'", "il"), inverted subjects stay on their verb ("explique-t-il").
 *
 * @param lower the word in lower case with typographic apostrophes made straight
 */
record Word(String text, String lower, int start, int end) {
  /**
   * What a word is: {@link #scan} reads the text as {@code WORD.matcher(text).region(from, to)}
   * would find it, without the regex (it was half of the quote extractor's time).
   */
  static final Pattern WORD = Pattern.compile(
      "(?i)aujourd['’]hui|(?-i:\\b(?:M|MM|Dr|Pr|Mgr)\\.(?=[ \\u00a0]+\\p{Lu}))"
          + "|(?<![\\p{L}])(?:lorsqu|puisqu|jusqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[\\p{L}\\p{N}])"
          + "|[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*%?"
          + "|[^\\s\\u00a0\\u202f]");

  private static final String[] TITLES = {"M", "MM", "Dr", "Pr", "Mgr"};
  private static final String[] ELIDED = {"lorsqu", "puisqu", "jusqu", "quoiqu", "presqu", "qu"};

  /** The words of {@code text[from, to)}. */
  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int p = from;
    while (p < to) {
      char c = text.charAt(p);
      int end = isSpace(c) ? -1 : wordEnd(text, p, from, to);
      if (end < 0) {
        p++;
        continue;
      }
      String w = text.substring(p, end);
      out.add(new Word(w, w.toLowerCase(Locale.ROOT).replace('’', '\''), p, end));
      p = end;
    }
    return out;
  }

  /** [\s\u00a0\u202f]: what separates words. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0'
        || c == '\u202f';
  }

  /** The end of the word {@link #WORD} matches at {@code p} (not a space), or -1 when none does. */
  private static int wordEnd(String text, int p, int from, int to) {
    int end = aujourdhui(text, p, to);
    if (end < 0) {
      end = title(text, p, from, to);
    }
    if (end < 0) {
      end = elision(text, p, from, to);
    }
    if (end < 0) {
      end = letters(text, p, to);
    }
    if (end < 0) {
      int cp = text.codePointAt(p);
      end = p + Character.charCount(cp) <= to ? p + Character.charCount(cp) : -1;
    }
    return end;
  }

  /** (?i)aujourd['’]hui */
  private static int aujourdhui(String text, int p, int to) {
    if (p + 11 > to || !asciiIgnoreCase(text, p, "aujourd") || !apostrophe(text.charAt(p + 7))
        || !asciiIgnoreCase(text, p + 8, "hui")) {
      return -1;
    }
    return p + 11;
  }

  /** \b(?:M|MM|Dr|Pr|Mgr)\.(?=[ \u00a0]+\p{Lu}), case-sensitive. */
  private static int title(String text, int p, int from, int to) {
    for (String t : TITLES) {
      int dot = p + t.length();
      if (dot < to && text.startsWith(t, p) && text.charAt(dot) == '.') {
        if (wordCharBefore(text, p, from)) {
          return -1; // no word boundary before
        }
        int q = dot + 1;
        while (q < to && (text.charAt(q) == ' ' || text.charAt(q) == '\u00a0')) {
          q++;
        }
        if (q == dot + 1 || q >= to) {
          return -1;
        }
        int cp = text.codePointAt(q);
        return q + Character.charCount(cp) <= to && Character.getType(cp) == Character.UPPERCASE_LETTER
            ? dot + 1 : -1;
      }
    }
    return -1;
  }

  /** (?i)(?<![\p{L}])(?:lorsqu|puisqu|jusqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[\p{L}\p{N}]) */
  private static int elision(String text, int p, int from, int to) {
    int stem = -1;
    for (String e : ELIDED) {
      if (p + e.length() < to && asciiIgnoreCase(text, p, e) && apostrophe(text.charAt(p + e.length()))) {
        stem = e.length();
        break;
      }
    }
    if (stem < 0 && p + 1 < to && "cdjlmnst".indexOf(asciiLower(text.charAt(p))) >= 0
        && apostrophe(text.charAt(p + 1))) {
      stem = 1;
    }
    if (stem < 0 || letterBefore(text, p, from)) {
      return -1;
    }
    int q = p + stem + 1;
    if (q >= to) {
      return -1;
    }
    int cp = text.codePointAt(q);
    return q + Character.charCount(cp) <= to && isLetterOrNumber(cp) ? q : -1;
  }

  /** [\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*%? */
  private static int letters(String text, int p, int to) {
    int e = run(text, p, to);
    if (e == p) {
      return -1;
    }
    while (e < to && "-'’.,".indexOf(text.charAt(e)) >= 0) {
      int next = run(text, e + 1, to);
      if (next == e + 1) {
        break;
      }
      e = next;
    }
    return e < to && text.charAt(e) == '%' ? e + 1 : e;
  }

  /** The end of the run of letters and numbers starting at {@code p}. */
  private static int run(String text, int p, int to) {
    int e = p;
    while (e < to) {
      int cp = text.codePointAt(e);
      if (e + Character.charCount(cp) > to || !isLetterOrNumber(cp)) {
        break;
      }
      e += Character.charCount(cp);
    }
    return e;
  }

  /** [\p{L}\p{N}] for the characters of Latin-1, looked up. */
  private static final boolean[] LATIN_LETTER_OR_NUMBER = new boolean[256];

  static {
    for (int c = 0; c < LATIN_LETTER_OR_NUMBER.length; c++) {
      LATIN_LETTER_OR_NUMBER[c] = isLetterOrNumberSlow(c);
    }
  }

  /** [\p{L}\p{N}] */
  private static boolean isLetterOrNumber(int cp) {
    return cp < LATIN_LETTER_OR_NUMBER.length ? LATIN_LETTER_OR_NUMBER[cp] : isLetterOrNumberSlow(cp);
  }

  private static boolean isLetterOrNumberSlow(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * (?<=[\p{L}]) inside the region: the regex engine reads the one character before, so a letter
   * outside the Basic Multilingual Plane does not count.
   */
  private static boolean letterBefore(String text, int p, int from) {
    return p > from && !Character.isSurrogate(text.charAt(p - 1)) && Character.isLetter(text.charAt(p - 1));
  }

  /** The left side of a regex word boundary: a letter, digit, '_' or a mark on one, within the region. */
  private static boolean wordCharBefore(String text, int p, int from) {
    if (p <= from) {
      return false;
    }
    int cp = Character.codePointBefore(text, p);
    if (cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.NON_SPACING_MARK) {
      return false;
    }
    for (int x = p - 1; x >= from; x--) { // a mark counts when it sits on a letter or digit
      int c = text.codePointAt(x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Case-insensitive for ASCII letters only, as (?i) without Unicode case. */
  private static boolean asciiIgnoreCase(String text, int p, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (asciiLower(text.charAt(p + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
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
