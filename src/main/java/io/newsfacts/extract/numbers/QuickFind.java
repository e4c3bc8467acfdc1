package io.newsfacts.extract.numbers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern searched through a whole article like {@link Matcher#find()}, but tried only at the
 * characters that can start a match. Patterns opening with a look-behind are otherwise tried, look
 * -behind first, at every character of the text.
 */
final class QuickFind {
  private final Pattern pattern;
  /** Whether a match can start with each character (those past the end never start one). */
  private final boolean[] first;
  private final boolean wordStart;
  private final List<String> anchors;

  /**
   * @param firstChars every character a match can start with (the text is searched as it is
   *     given: lower-case letters for a pattern on lower-cased text)
   * @param wordStart the pattern opens with {@code (?<![\p{L}])}: no match starts after a letter
   */
  QuickFind(String regex, String firstChars, boolean wordStart) {
    this(regex, firstChars, wordStart, List.of());
  }

  /**
   * @param anchors strings one of which every match contains (a text with none of them has no
   *     match and is not searched), or none
   */
  QuickFind(String regex, String firstChars, boolean wordStart, List<String> anchors) {
    this.anchors = List.copyOf(anchors);
    this.pattern = Pattern.compile(regex);
    this.first = new boolean[Math.max(128, firstChars.chars().max().orElse(0) + 1)];
    for (char c : firstChars.toCharArray()) {
      first[c] = true;
    }
    this.wordStart = wordStart;
  }

  /**
   * The words of {@code words} that contain none of the others ("dizaine" for "dizaine" and
   * "dizaines"): a text that holds none of them holds none of the words.
   */
  static List<String> anchors(Collection<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (words.stream().noneMatch(o -> !o.equals(w) && w.contains(o))) {
        out.add(w);
      }
    }
    return out;
  }

  Pattern pattern() {
    return pattern;
  }

  /** A search of {@code text}: call {@link Search#find()}, then read the groups of its matcher. */
  Search in(String text) {
    return new Search(text);
  }

  final class Search {
    private final String text;
    private final Matcher matcher;
    private int pos;

    private Search(String text) {
      this.text = text;
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      if (!anchors.isEmpty() && anchors.stream().noneMatch(text::contains)) {
        pos = text.length(); // no match can be there
      }
    }

    /** The next match after the previous one, as {@link Matcher#find()} gives it. */
    boolean find() {
      int n = text.length();
      for (int p = pos; p < n; p++) {
        char c = text.charAt(p);
        if (c >= first.length || !first[c]) {
          continue;
        }
        if (wordStart && p > 0 && Character.isLetter(text.charAt(p - 1))
            && !Character.isSurrogate(text.charAt(p - 1))) {
          continue;
        }
        matcher.region(p, n);
        if (matcher.lookingAt()) {
          pos = matcher.end() > p ? matcher.end() : p + 1;
          return true;
        }
      }
      pos = n;
      return false;
    }

    /** The last match: its groups index the whole text. */
    Matcher matcher() {
      return matcher;
    }
  }
}
