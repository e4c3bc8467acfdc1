package io.newsfacts.extract.dates;

import io.newsfacts.extract.dates.RuleStarts.Kind;
import io.newsfacts.extract.dates.RuleStarts.Start;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where in a text each rule's pattern may match: at the words its matches may begin with ({@link
 * RuleStarts}), looked up in a trie of those words as the text is read once. A rule whose first
 * word must be followed by certain words ("le" before a weekday, a number before a unit) is a
 * lead, kept only when the next word of the text is one of them.
 */
final class StartIndex {
  private final Node root = new Node();
  /** For each lead (a start with a next word): its rule, and whether a digit may follow. */
  private final int[] leadRules;
  private final boolean[] leadBeforeDigit;
  /** The rules and leads that may begin at a word starting with a digit, the rules at any digit. */
  private int[] digitRules = new int[0];
  private int[] digitLeads = new int[0];
  private int[] anyDigitRules = new int[0];
  private final int rules;

  /** The positions where each rule may match: {@code at[r]}, the first {@code count[r]} of them. */
  record Candidates(int[][] at, int[] count) {}

  StartIndex(List<List<Start>> startsByRule) {
    rules = startsByRule.size();
    List<Integer> leadRule = new ArrayList<>();
    List<Boolean> beforeDigit = new ArrayList<>();
    for (int rule = 0; rule < startsByRule.size(); rule++) {
      Map<Set<Start>, Integer> leadsOfRule = new HashMap<>();
      for (Start start : startsByRule.get(rule)) {
        if (start.next() == null) {
          switch (start.kind()) {
            case WORD -> node(start.word()).words = append(node(start.word()).words, rule);
            case STEM -> node(start.word()).stems = append(node(start.word()).stems, rule);
            case DIGIT -> digitRules = append(digitRules, rule);
            case ANY_DIGIT -> anyDigitRules = append(anyDigitRules, rule);
          }
          continue;
        }
        // the starts of a rule with the same next words share one lead ("deux", "trois" before a month)
        Integer known = leadsOfRule.get(start.next());
        int id = known != null ? known : leadRule.size();
        if (known == null) {
          leadsOfRule.put(start.next(), id);
          leadRule.add(rule);
          beforeDigit.add(start.next().stream().anyMatch(n -> n.kind() == Kind.DIGIT));
        }
        switch (start.kind()) {
          case WORD -> node(start.word()).leads = append(node(start.word()).leads, id);
          case STEM -> node(start.word()).stemLeads = append(node(start.word()).stemLeads, id);
          case DIGIT -> digitLeads = append(digitLeads, id);
          case ANY_DIGIT -> throw new IllegalArgumentException("no lead at any digit");
        }
        if (known != null) {
          continue; // its next words are registered
        }
        for (Start n : start.next()) {
          if (n.kind() == Kind.WORD) {
            node(n.word()).nextWords = append(node(n.word()).nextWords, id);
          } else if (n.kind() == Kind.STEM) {
            node(n.word()).nextStems = append(node(n.word()).nextStems, id);
          }
        }
      }
    }
    leadRules = leadRule.stream().mapToInt(Integer::intValue).toArray();
    leadBeforeDigit = new boolean[beforeDigit.size()];
    for (int i = 0; i < leadBeforeDigit.length; i++) {
      leadBeforeDigit[i] = beforeDigit.get(i);
    }
  }

  private static int[] append(int[] rules, int rule) {
    if (Arrays.stream(rules).anyMatch(r -> r == rule)) {
      return rules;
    }
    int[] more = Arrays.copyOf(rules, rules.length + 1);
    more[rules.length] = rule;
    return more;
  }

  /** For each rule, the positions of {@code text} where its pattern may match, in text order. */
  Candidates find(String text) {
    int[][] starts = new int[rules][];
    int[] counts = new int[rules];
    int[] followed = new int[leadRules.length];
    int[] pending = new int[leadRules.length];
    char[] cs = text.toCharArray();
    int len = cs.length;
    boolean afterWordChar = false;
    boolean afterDigit = false;
    for (int p = 0; p < len; p++) {
      char c = cs[p];
      boolean wordChar = isWordChar(c);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !afterDigit) {
        for (int r : anyDigitRules) {
          addStart(starts, counts, r, p);
        }
      }
      if (wordChar && !afterWordChar) {
        int leads = 0;
        if (digit) {
          for (int r : digitRules) {
            addStart(starts, counts, r, p);
          }
          for (int id : digitLeads) {
            pending[leads++] = id;
          }
        }
        Node node = root;
        for (int i = p; i < len; i++) {
          node = node.child(fold(cs[i]));
          if (node == null) {
            break;
          }
          for (int r : node.stems) {
            addStart(starts, counts, r, p);
          }
          for (int id : node.stemLeads) {
            pending[leads++] = id;
          }
          if (i + 1 == len || !isWordChar(cs[i + 1])) {
            for (int r : node.words) {
              addStart(starts, counts, r, p);
            }
            for (int id : node.leads) {
              pending[leads++] = id;
            }
            break;
          }
        }
        if (leads > 0) {
          int end = p + 1;
          while (end < len && isWordChar(cs[end])) {
            end++;
          }
          addLeads(cs, end, pending, leads, followed, starts, counts, p);
        }
      }
      afterWordChar = wordChar;
      afterDigit = digit;
    }
    return new Candidates(starts, counts);
  }

  /**
   * Adds {@code at} to the rules of the first {@code n} of {@code leads} (leads at a word ending at
   * {@code end}) that the next word allows. {@code followed} marks the leads the next word may
   * follow, with its position + 1.
   */
  private void addLeads(char[] cs, int end, int[] leads, int n, int[] followed, int[][] starts, int[] counts,
      int at) {
    int len = cs.length;
    int q = end;
    while (q < len && !isWordChar(cs[q])) {
      q++;
    }
    if (q == len) {
      return;
    }
    int mark = q + 1;
    Node node = root;
    for (int i = q; i < len; i++) {
      node = node.child(fold(cs[i]));
      if (node == null) {
        break;
      }
      for (int id : node.nextStems) {
        followed[id] = mark;
      }
      if (i + 1 == len || !isWordChar(cs[i + 1])) {
        for (int id : node.nextWords) {
          followed[id] = mark;
        }
        break;
      }
    }
    boolean digit = cs[q] >= '0' && cs[q] <= '9';
    for (int k = 0; k < n; k++) {
      int id = leads[k];
      if (followed[id] == mark || digit && leadBeforeDigit[id]) {
        addStart(starts, counts, leadRules[id], at);
      }
    }
  }

  private static void addStart(int[][] starts, int[] counts, int rule, int at) {
    int[] list = starts[rule];
    int c = counts[rule];
    if (list == null) {
      list = starts[rule] = new int[16];
    } else if (list[c - 1] == at) {
      return; // reached by two of its start words ("l", "le")
    } else if (c == list.length) {
      list = starts[rule] = Arrays.copyOf(list, c * 2);
    }
    list[c] = at;
    counts[rule] = c + 1;
  }

  static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    /** The rules that may begin at a word ending here, at a word through here. */
    int[] words = new int[0];
    int[] stems = new int[0];
    /** The leads at this word (whole) and through it (stem), and those it may follow (whole or stem). */
    int[] leads = new int[0];
    int[] stemLeads = new int[0];
    int[] nextWords = new int[0];
    int[] nextStems = new int[0];

    /** The children by letter, for a node with many (the root). */
    private Node[] byLetter;

    Node child(char c) {
      if (byLetter != null && c < byLetter.length) {
        return byLetter[c];
      }
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    private Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] ch = new Node[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, ch, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, ch, at + 1, keys.length - at);
      k[at] = c;
      ch[at] = new Node();
      keys = k;
      children = ch;
      if (keys.length > 8) {
        byLetter = new Node[0x250];
        for (int j = 0; j < keys.length; j++) {
          if (keys[j] < byLetter.length) {
            byLetter[keys[j]] = children[j];
          }
        }
      }
      return ch[at];
    }
  }

  /** Latin letters and signs: the case folds and letter-or-digit tests, looked up. */
  private static final char[] FOLDED = new char[0x250];
  private static final boolean[] WORD_CHAR = new boolean[0x250];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
      WORD_CHAR[c] = Character.isLetterOrDigit(c);
    }
  }

  /** The case-insensitive form of a letter, as the patterns compare them (UNICODE_CASE). */
  static char fold(char c) {
    return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Whether {@code c} is part of a word (a letter or digit). */
  static boolean isWordChar(char c) {
    return c < WORD_CHAR.length ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
  }

  /** The node of {@code word} up to its first character that is not a letter or digit. */
  private Node node(String word) {
    Node node = root;
    for (int i = 0; i < word.length() && Character.isLetterOrDigit(word.charAt(i)); i++) {
      node = node.childOrNew(fold(word.charAt(i)));
    }
    if (node == root) {
      throw new IllegalArgumentException("a start word must begin with a letter or digit: '" + word + "'");
    }
    return node;
  }
}
