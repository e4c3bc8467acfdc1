package io.newsfacts.text;

import java.util.regex.Pattern;

/**
 * The one word scanner of the extractors: it cuts a stretch of text into words and punctuation
 * marks, with the cut each extractor needs, as a preset.
 *
 * <ul>
 *   <li>{@link #READER}: words as a reader sees them, for rules that read phrases (quotes and
 *       their speakers). Elided articles and pronouns stand alone ("qu'", "l'", "jusqu'"),
 *       "aujourd'hui" is one word, a title keeps its period before a capital ("M. Dupont"), a
 *       number keeps its separators and its percent sign ("12,5", "55,4%"), inverted subjects stay
 *       on their verb ("explique-t-il"); spaces are white space, no-break and narrow no-break
 *       spaces. Any other character is a word of its own.
 *   <li>{@link #RUNS}: runs of letters (with the apostrophe of an elision: "l'", "aujourd'") and
 *       runs of ASCII digits, for reading spelled-out numbers word by word ("quatre-vingt-dix" is
 *       "quatre" "vingt" "dix": a hyphen between two letters is no word). It reads the
 *       {@link NormalText normalised text}, whose spaces are plain: only white space separates.
 * </ul>
 *
 * <p>Both are hand-written scanners of what a regular expression defines ({@link #READER_WORD},
 * {@link #RUNS_WORD}; the tests compare them on random texts): the regexes were a large share of
 * the extractors' time.
 */
public final class WordScanner {
  /** Receives the words of a scan, in text order. */
  @FunctionalInterface
  public interface Sink {
    void word(int start, int end);
  }

  /** What {@link #READER} reads, as {@code READER_WORD.matcher(text).region(from, to)} finds it. */
  public static final Pattern READER_WORD = Pattern.compile(
      "(?i)aujourd['’]hui|(?-i:\\b(?:M|MM|Dr|Pr|Mgr)\\.(?=[ \\u00a0]+\\p{Lu}))"
          + "|(?<![\\p{L}])(?:lorsqu|puisqu|jusqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[\\p{L}\\p{N}])"
          + "|[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*%?"
          + "|[^\\s\\u00a0\\u202f]");

  /**
   * What {@link #RUNS} reads, as {@code RUNS_WORD.matcher(text)} finds it, before the hyphens
   * between two letters are left out.
   */
  public static final Pattern RUNS_WORD = Pattern.compile("[\\p{L}\\p{M}]+'?|\\d+|\\S");

  /** Words as a reader sees them: elisions, titles, "aujourd'hui", numbers with their separators. */
  public static final WordScanner READER = new WordScanner(true);
  /** Runs of letters (with an elided apostrophe) and of digits; a hyphen inside a compound is no word. */
  public static final WordScanner RUNS = new WordScanner(false);

  private static final String[] TITLES = {"M", "MM", "Dr", "Pr", "Mgr"};
  private static final String[] ELIDED = {"lorsqu", "puisqu", "jusqu", "quoiqu", "presqu", "qu"};

  private final boolean reader;

  private WordScanner(boolean reader) {
    this.reader = reader;
  }

  /** Hands {@code sink} the words of {@code text[from, to)}, in order. */
  public void scan(String text, int from, int to, Sink sink) {
    int p = from;
    while (p < to) {
      int cp = text.codePointAt(p);
      if (reader ? isSpace(text.charAt(p)) : isRegexSpace(cp)) {
        p++;
        continue;
      }
      int end = reader ? readerEnd(text, p, from, to) : runEnd(text, p, cp, to);
      if (end < 0) {
        p++;
        continue;
      }
      // a hyphen inside a compound ("quatre-vingt-dix", "aller-retours") is not a word of its own
      boolean inner = !reader && cp == '-' && end == p + 1 && p > 0 && end < text.length()
          && Character.isLetter(text.charAt(p - 1)) && Character.isLetter(text.charAt(end));
      if (!inner) {
        sink.word(p, end);
      }
      p = end;
    }
  }

  /** [\s\u00a0\u202f]: what separates the words a reader sees. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00a0'
        || c == '\u202f';
  }

  /** The regex class \s: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  // ---- RUNS -------------------------------------------------------------------------------------

  /**
   * The end of the word starting with code point {@code cp} at {@code p}, as {@link #RUNS_WORD}
   * reads it: letters and marks with an apostrophe after them, ASCII digits, or any other character.
   * It reads to the end of the text, whatever {@code to}: a run is never cut.
   */
  private static int runEnd(String text, int p, int cp, int to) {
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
  /** [\p{L}\p{N}] for the characters of Latin-1, looked up. */
  private static final boolean[] LATIN_LETTER_OR_NUMBER = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      LATIN_LETTER_OR_MARK[c] = isLetterOrMarkSlow(c);
      LATIN_LETTER_OR_NUMBER[c] = isLetterOrNumberSlow(c);
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

  // ---- READER -----------------------------------------------------------------------------------

  /** The end of the word {@link #READER_WORD} matches at {@code p} (not a space), or -1 when none does. */
  private static int readerEnd(String text, int p, int from, int to) {
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
}
