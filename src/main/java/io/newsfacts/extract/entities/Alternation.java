package io.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of names found in a text on word boundaries, longest name first, as one regular
 * expression alternation ({@link #pattern}) would find them, but fast on long texts: the
 * alternation is only tried where a word starts, and there only with the names that can start
 * with that character (one smaller alternation per first character, same order). A single
 * alternation of hundreds of names tries every name at every character of the text.
 */
final class Alternation {
  private final List<String> sorted;
  private final int flags;
  private final boolean caseless;
  /** First character (case-folded when caseless) -> index in {@link #patterns}. */
  private final Map<Character, Integer> byFirst = new HashMap<>();
  /** {@link #byFirst} for the characters of Latin-1, unfolded: index + 1, or 0 for none. */
  private final int[] latin = new int[256];
  /** The alternations by first character; the last one holds the names that start otherwise. */
  private final Pattern[] patterns;
  /**
   * For each alternation, the (folded) second characters its names can have, or null when a
   * name's second character may be anything (a space, an apostrophe, the end of a short name).
   */
  private final BitSet[] seconds;
  private final int anyStart;

  /**
   * @param forms the names; apostrophes match either kind, spaces any whitespace, hyphens with or
   *     without spaces around them
   * @param flags {@link Pattern} flags: 0, or case-insensitive with Unicode case
   */
  Alternation(List<String> forms, int flags) {
    this.caseless = (flags & Pattern.CASE_INSENSITIVE) != 0;
    this.flags = flags;
    this.sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    Map<Character, List<String>> groups = new HashMap<>();
    List<String> others = new ArrayList<>();
    for (String form : sorted) {
      Character first = firstKey(form);
      if (first == null) {
        others.add(form);
        // names starting with punctuation may start anywhere: every group tries them, in order
        groups.values().forEach(g -> g.add(form));
      } else {
        groups.computeIfAbsent(first, k -> new ArrayList<>(others)).add(form);
      }
    }
    List<Pattern> compiled = new ArrayList<>();
    List<BitSet> secondChars = new ArrayList<>();
    for (Map.Entry<Character, List<String>> g : groups.entrySet()) {
      byFirst.put(g.getKey(), compiled.size());
      compiled.add(compile(g.getValue(), flags));
      secondChars.add(secondKeys(g.getValue()));
    }
    anyStart = others.isEmpty() ? -1 : compiled.size();
    if (!others.isEmpty()) {
      compiled.add(compile(others, flags));
      secondChars.add(null);
    }
    this.patterns = compiled.toArray(new Pattern[0]);
    this.seconds = secondChars.toArray(new BitSet[0]);
    for (char c = 0; c < latin.length; c++) {
      latin[c] = byFirst.getOrDefault(key(c), -1) + 1;
    }
  }

  /**
   * The keys of the second characters of {@code forms}, or null if one may have any. A literal
   * character matches an input character only if both have the same {@link #key}.
   */
  private BitSet secondKeys(List<String> forms) {
    BitSet keys = new BitSet();
    for (String form : forms) {
      if (form.length() < 2) {
        return null;
      }
      char c = form.charAt(1);
      if (c == '\'' || c == '\u2019' || c == ' ' || c == '-' || Character.isSurrogate(c)) {
        return null; // a class in the pattern, or half a character
      }
      keys.set(key(c));
    }
    return keys;
  }

  /** The index of the alternation to try where a word starts with {@code c}, or -1. */
  private int alternationFor(char c) {
    if (c < latin.length) {
      int i = latin[c] - 1;
      return i >= 0 ? i : anyStart;
    }
    return byFirst.getOrDefault(key(c), anyStart);
  }

  /** The single alternation this one is equivalent to (slow on long texts; for tests). */
  Pattern pattern() {
    return compile(sorted, flags);
  }

  /** A search of {@code text}; not thread-safe, one per text. */
  Scan scan(String text) {
    return new Scan(text);
  }

  /** Finds names of the alternation in one text, like a {@link Matcher} of {@link #pattern()}. */
  final class Scan {
    private final String text;
    private final Matcher[] matchers = new Matcher[patterns.length];
    private Matcher last;

    private Scan(String text) {
      this.text = text;
    }

    /** Whether a name starts at or after {@code from}; then start(), end() and group() say where. */
    boolean find(int from) {
      int n = text.length();
      for (int p = Math.max(from, 0); p < n; p++) {
        if (p > 0 && wordChar(text.charAt(p - 1))) {
          continue; // the alternation's look-behind fails inside a word
        }
        int index = alternationFor(text.charAt(p));
        if (index < 0) {
          continue;
        }
        BitSet second = seconds[index];
        if (second != null && (p + 1 >= n || !second.get(key(text.charAt(p + 1))))) {
          continue; // no name of that alternation goes on with the next character
        }
        Matcher m = matchers[index];
        if (m == null) {
          m = patterns[index].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[index] = m;
        }
        m.region(p, n);
        if (m.lookingAt()) {
          last = m;
          return true;
        }
      }
      last = null;
      return false;
    }

    int start() {
      return last.start();
    }

    int end() {
      return last.end();
    }

    String group() {
      return last.group();
    }
  }

  /**
   * A letter or digit of the Basic Multilingual Plane: [\p{L}\p{N}] holds it, so no name starts
   * right after it. (Surrogates are left to the pattern itself.)
   */
  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  /**
   * The character every input character matching {@code c} maps to: the regex engine compares
   * lower(upper(c)) of both sides when caseless.
   */
  private char key(char c) {
    return caseless ? Character.toLowerCase(Character.toUpperCase(c)) : c;
  }

  /** The first character of a name as {@link #key} gives it, or null if any may start it. */
  private Character firstKey(String form) {
    char c = form.charAt(0);
    if (!wordChar(c)) {
      return null;
    }
    char k = key(c);
    return key(k) == k ? k : null;
  }

  private static Pattern compile(List<String> sorted, int flags) {
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(formPattern(sorted.get(i)));
    }
    if (sorted.isEmpty()) {
      sb.append("(?!)");
    }
    sb.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(sb.toString(), flags);
  }

  /** Apostrophes of either kind, any spaces, hyphens with or without spaces around them. */
  private static String formPattern(String form) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c == '\'' || c == '\u2019') {
        sb.append("['\u2019]\\s*");
      } else if (c == ' ') {
        sb.append("\\s+");
      } else if (c == '-') {
        sb.append("\\s*-\\s*");
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
