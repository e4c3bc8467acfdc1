package io.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Arrays;
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
  /** For each alternation, the beginnings its names can have after their first character. */
  private final Prefix[] prefixes;
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
    List<Prefix> beginnings = new ArrayList<>();
    for (Map.Entry<Character, List<String>> g : groups.entrySet()) {
      byFirst.put(g.getKey(), compiled.size());
      compiled.add(compile(g.getValue(), flags));
      beginnings.add(prefixes(g.getValue(), others));
    }
    anyStart = others.isEmpty() ? -1 : compiled.size();
    if (!others.isEmpty()) {
      compiled.add(compile(others, flags));
      beginnings.add(prefixes(List.of(), others));
    }
    this.patterns = compiled.toArray(new Pattern[0]);
    this.prefixes = beginnings.toArray(new Prefix[0]);
    for (char c = 0; c < latin.length; c++) {
      latin[c] = byFirst.getOrDefault(key(c), -1) + 1;
    }
  }

  /** How many characters of a name are checked before its alternation is tried. */
  private static final int PREFIX = 4;

  /**
   * The beginnings of names (their characters 2 to {@link #PREFIX}, keyed) as a small tree whose
   * nodes say when any character may follow: after a space, an apostrophe or a hyphen (classes in
   * the pattern), at the end of a name, or for names that start with punctuation ({@code
   * others}). A literal character matches an input character only if both have the same {@link
   * #key}, so a text whose characters leave the tree cannot match any of the names.
   */
  private Prefix prefixes(List<String> forms, List<String> others) {
    Prefix root = new Prefix();
    root.any = !others.isEmpty();
    for (String form : forms) {
      Prefix node = root;
      for (int i = 1; !node.any; i++) {
        if (i >= form.length() || i >= PREFIX) {
          node.any = true;
          break;
        }
        char c = form.charAt(i);
        if (c == '\'' || c == '\u2019' || c == ' ' || c == '-' || Character.isSurrogate(c)) {
          node.any = true;
          break;
        }
        node = node.add(key(c));
      }
    }
    return root;
  }

  /** A node of {@link #prefixes}: the next characters (keys) a name may have, or any. */
  private static final class Prefix {
    boolean any;
    private char[] keys = new char[0];
    private Prefix[] next = new Prefix[0];

    Prefix child(char key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return next[i];
        }
      }
      return null;
    }

    Prefix add(char key) {
      Prefix c = child(key);
      if (c == null) {
        c = new Prefix();
        keys = Arrays.copyOf(keys, keys.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        keys[keys.length - 1] = key;
        next[next.length - 1] = c;
      }
      return c;
    }
  }

  /** Whether the text at {@code p} (where a name of alternation {@code index} may start) goes on as one. */
  private boolean mayStart(String text, int p, int index) {
    Prefix node = prefixes[index];
    for (int i = p + 1; !node.any; i++) {
      if (i >= text.length()) {
        return false;
      }
      node = node.child(key(text.charAt(i)));
      if (node == null) {
        return false;
      }
    }
    return true;
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
        if (!mayStart(text, p, index)) {
          continue; // no name of that alternation goes on with the next characters
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
    return c < LATIN_WORD.length ? LATIN_WORD[c] : Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
  }

  private static final boolean[] LATIN_WORD = new boolean[256];

  static {
    for (char c = 0; c < LATIN_WORD.length; c++) {
      LATIN_WORD[c] = Character.isLetterOrDigit(c);
    }
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
