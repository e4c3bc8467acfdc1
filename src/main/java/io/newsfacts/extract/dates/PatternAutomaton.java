package io.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule's regular expression read as an automaton over characters, so that {@link RuleStarts} can
 * say which words its matches may begin with. Reads the part of Java's syntax the rules use
 * (groups, alternatives, quantifiers, classes, escapes, {@code \Q...\E}, look-arounds) and fails
 * loudly on anything else, so that a new rule cannot silently get a wrong lookup.
 *
 * <p>Look-arounds consume nothing, so they are mostly read as "anything may stand here", which can
 * only widen what a match may begin with. Two are read exactly because they narrow it usefully: a
 * negative look-ahead of every letter and digit (the rules' word end) becomes a word boundary,
 * and a positive look-ahead that ends the pattern becomes text that must follow.
 */
final class PatternAutomaton {
  /** One state: at most one character step, any number of free steps, at most one word end. */
  private static final class State {
    CharSet chars;
    int target = -1;
    int[] free = new int[0];
    int boundaryTarget = -1;
  }

  private final List<State> states = new ArrayList<>();
  private final String regex;
  private int at;
  final int start;
  final int accept;
  /** The look-behind the pattern begins with, or null. */
  final CharSet before;

  PatternAutomaton(String regex) {
    this.regex = regex;
    accept = newState();
    Node tree = alternatives();
    if (at != regex.length()) {
      throw error("unbalanced ')'");
    }
    CharSet lookBehind = null;
    if (tree instanceof Seq s && !s.items.isEmpty() && s.items.get(0) instanceof Look look && look.behind
        && look.negative && look.body instanceof Chars c) {
      lookBehind = c.set;
    }
    before = lookBehind;
    start = build(tree, accept);
  }

  /** Where the automaton is before reading anything. */
  Position startPosition() {
    BitSet s = new BitSet();
    s.set(start);
    return position(s);
  }

  private final Map<BitSet, Position> positions = new HashMap<>();
  private final Map<BitSet, Position> positionsFrom = new HashMap<>();
  private int[] stack = new int[0];

  /** The position of the states reachable from {@code from}, made once. */
  private Position position(BitSet from) {
    Position known = positionsFrom.get(from);
    if (known == null) {
      known = positions.computeIfAbsent(closure(from), Position::new);
      positionsFrom.put(from, known);
    }
    return known;
  }

  /**
   * The states reachable from {@code from} by free steps, keeping only those that decide what
   * comes next (a character step, a word end, the end of the match): two sets that differ in the
   * others lead to the same words.
   */
  private BitSet closure(BitSet from) {
    BitSet out = (BitSet) from.clone();
    if (stack.length < states.size()) {
      stack = new int[states.size()];
    }
    int top = 0;
    for (int i = from.nextSetBit(0); i >= 0; i = from.nextSetBit(i + 1)) {
      stack[top++] = i;
    }
    while (top > 0) {
      for (int f : states.get(stack[--top]).free) {
        if (!out.get(f)) {
          out.set(f);
          stack[top++] = f;
        }
      }
    }
    for (int i = out.nextSetBit(0); i >= 0; i = out.nextSetBit(i + 1)) {
      State s = states.get(i);
      if (s.chars == null && s.boundaryTarget < 0 && i != accept) {
        out.clear(i);
      }
    }
    return out;
  }

  /** Where the automaton may be after some text: a set of states, whose steps are worked out once. */
  final class Position {
    private final BitSet ids;
    private Map<Character, Position> steps;
    private boolean unlisted;
    private Position onWordChar;
    private Position onSign;
    private Position onBoundary;

    private Position(BitSet states) {
      this.ids = states;
    }

    /** Whether the match may end here. */
    boolean accepts() {
      return ids.get(accept);
    }

    boolean isEmpty() {
      return ids.isEmpty();
    }

    /**
     * Where each letter or digit (lower case) leads, or null when a state here takes a class too
     * large to list ("any letter").
     */
    Map<Character, Position> wordSteps() {
      if (steps == null) {
        Map<Character, BitSet> targets = new TreeMap<>();
        for (int i = ids.nextSetBit(0); i >= 0 && !unlisted; i = ids.nextSetBit(i + 1)) {
          State s = PatternAutomaton.this.states.get(i);
          if (s.chars == null || !s.chars.hasWordChar()) {
            continue;
          }
          if (s.chars.members() == null) {
            unlisted = true;
            break;
          }
          for (char c : s.chars.members()) {
            if (Character.isLetterOrDigit(c)) {
              targets.computeIfAbsent(c, k -> new BitSet()).set(s.target);
            }
          }
        }
        steps = new LinkedHashMap<>();
        targets.forEach((c, t) -> steps.put(c, position(t)));
      }
      return unlisted ? null : steps;
    }

    /** Where some letter or digit leads. */
    Position afterWordChar() {
      if (onWordChar == null) {
        onWordChar = after(true);
      }
      return onWordChar;
    }

    /** Where some character that is not a letter or digit leads. */
    Position afterSign() {
      if (onSign == null) {
        onSign = after(false);
      }
      return onSign;
    }

    /** Where a word end leads (the states after a look-ahead that no letter or digit follows). */
    Position afterBoundary() {
      if (onBoundary == null) {
        BitSet out = new BitSet();
        for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) {
          if (PatternAutomaton.this.states.get(i).boundaryTarget >= 0) {
            out.set(PatternAutomaton.this.states.get(i).boundaryTarget);
          }
        }
        onBoundary = position(out);
      }
      return onBoundary;
    }

    private Position after(boolean word) {
      BitSet out = new BitSet();
      for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) {
        State s = PatternAutomaton.this.states.get(i);
        if (s.chars != null && (word ? s.chars.hasWordChar() : s.chars.hasOtherChar())) {
          out.set(s.target);
        }
      }
      return position(out);
    }
  }

  // ---- building: Thompson's construction, each node built before the state it leads to ----

  private int newState() {
    states.add(new State());
    return states.size() - 1;
  }

  private int build(Node node, int next) {
    if (node instanceof Chars c) {
      int s = newState();
      states.get(s).chars = c.set;
      states.get(s).target = next;
      return s;
    }
    if (node instanceof Seq seq) {
      int entry = next;
      for (int i = seq.items.size() - 1; i >= 0; i--) {
        entry = build(seq.items.get(i), entry);
      }
      return entry;
    }
    if (node instanceof Alt alt) {
      int s = newState();
      int[] free = new int[alt.options.size()];
      for (int i = 0; i < free.length; i++) {
        free[i] = build(alt.options.get(i), next);
      }
      states.get(s).free = free;
      return s;
    }
    if (node instanceof Repeat r) {
      int entry;
      if (r.max < 0) {
        entry = newState(); // the loop: once more, or on
        int again = build(r.body, entry);
        states.get(entry).free = new int[] {again, next};
      } else {
        entry = next;
        for (int i = r.min; i < r.max; i++) {
          int optional = newState();
          int once = build(r.body, entry);
          states.get(optional).free = new int[] {once, next};
          entry = optional;
        }
      }
      for (int i = 0; i < r.min; i++) {
        entry = build(r.body, entry);
      }
      return entry;
    }
    if (node instanceof Look look) {
      if (!look.behind && !look.negative && next == accept) {
        return build(look.body, next); // the text that must follow the match
      }
      if (!look.behind && look.negative && look.body instanceof Chars c && c.set.coversWordChars()) {
        int s = newState();
        states.get(s).boundaryTarget = next;
        return s;
      }
      return next;
    }
    return next; // an anchor
  }

  // ---- parsing ----

  private sealed interface Node permits Chars, Seq, Alt, Repeat, Look, Anchor {}

  private record Chars(CharSet set) implements Node {}

  private record Seq(List<Node> items) implements Node {}

  private record Alt(List<Node> options) implements Node {}

  private record Repeat(Node body, int min, int max) implements Node {}

  private record Look(boolean behind, boolean negative, Node body) implements Node {}

  private record Anchor() implements Node {}

  private Node alternatives() {
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      options.add(sequence());
    }
    return options.size() == 1 ? options.get(0) : new Alt(options);
  }

  private Node sequence() {
    List<Node> items = new ArrayList<>();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      if (regex.startsWith("\\Q", at)) {
        int end = regex.indexOf("\\E", at + 2);
        String quoted = regex.substring(at + 2, end < 0 ? regex.length() : end);
        at = end < 0 ? regex.length() : end + 2;
        for (char c : quoted.toCharArray()) {
          items.add(new Chars(CharSet.of(c)));
        }
        continue;
      }
      items.add(quantified(atom()));
    }
    return items.size() == 1 ? items.get(0) : new Seq(items);
  }

  private Node quantified(Node atom) {
    while (at < regex.length()) {
      char c = regex.charAt(at);
      int min;
      int max;
      if (c == '?' || c == '*' || c == '+') {
        at++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : -1;
      } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
        int close = regex.indexOf('}', at);
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        min = Integer.parseInt(bounds[0]);
        max = bounds.length == 1 ? min : bounds[1].isEmpty() ? -1 : Integer.parseInt(bounds[1]);
        at = close + 1;
      } else {
        return atom;
      }
      if (atom instanceof Look || atom instanceof Anchor) {
        throw error("a quantified look-around");
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: the same words may begin a match
      }
      atom = new Repeat(atom, min, max);
    }
    return atom;
  }

  private Node atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        return new Chars(charClass());
      }
      case '.' -> {
        return new Chars(CharSet.ANY);
      }
      case '^', '$' -> {
        return new Anchor();
      }
      case '\\' -> {
        return new Chars(escape(false));
      }
      default -> {
        return new Chars(CharSet.of(c));
      }
    }
  }

  private Node group() {
    boolean behind = false;
    boolean negative = false;
    boolean look = false;
    if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
      look = true;
      behind = true;
      negative = regex.charAt(at + 2) == '!';
      at += 3;
    } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
      look = true;
      negative = regex.charAt(at + 1) == '!';
      at += 2;
    } else if (regex.startsWith("?<", at)) {
      at = regex.indexOf('>', at) + 1; // a named group
    } else if (regex.startsWith("?", at)) {
      at++; // (?:...), or flags (?-i:...), (?i)
      while (at < regex.length() && "idmsuxU-".indexOf(regex.charAt(at)) >= 0) {
        at++;
      }
      if (regex.charAt(at) == ')') {
        at++;
        return new Anchor(); // flags for the rest: the same words
      }
      if (regex.charAt(at) != ':') {
        throw error("an unknown group");
      }
      at++;
    }
    Node body = alternatives();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw error("unclosed '('");
    }
    at++;
    return look ? new Look(behind, negative, body) : body;
  }

  private CharSet charClass() {
    boolean negated = at < regex.length() && regex.charAt(at) == '^';
    if (negated) {
      at++;
    }
    CharSet set = CharSet.EMPTY;
    boolean first = true;
    while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
      first = false;
      if (regex.startsWith("&&", at) || regex.charAt(at) == '[') {
        throw error("a class inside a class");
      }
      char c = regex.charAt(at++);
      CharSet one = c == '\\' ? escape(true) : CharSet.of(c);
      if (one.isSingle() && at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
        at++;
        char hi = regex.charAt(at++);
        CharSet end = hi == '\\' ? escape(true) : CharSet.of(hi);
        if (!end.isSingle()) {
          throw error("a range to a class");
        }
        one = CharSet.range(one.single(), end.single());
      }
      set = set.union(one);
    }
    if (at >= regex.length()) {
      throw error("unclosed '['");
    }
    at++;
    return negated ? set.negated() : set;
  }

  /** The escape after a backslash; {@code inClass}: inside [...], where \b is not a boundary. */
  private CharSet escape(boolean inClass) {
    char c = regex.charAt(at++);
    return switch (c) {
      case 'd' -> CharSet.range('0', '9');
      case 's' -> CharSet.SPACES;
      case 'w' -> CharSet.range('a', 'z').union(CharSet.range('A', 'Z')).union(CharSet.range('0', '9'))
          .union(CharSet.of('_'));
      case 'D', 'S', 'W' -> CharSet.ANY;
      case 't' -> CharSet.of('\t');
      case 'n' -> CharSet.of('\n');
      case 'r' -> CharSet.of('\r');
      case 'f' -> CharSet.of('\f');
      case 'u' -> {
        at += 4;
        yield CharSet.of((char) Integer.parseInt(regex.substring(at - 4, at), 16));
      }
      case 'x' -> {
        at += 2;
        yield CharSet.of((char) Integer.parseInt(regex.substring(at - 2, at), 16));
      }
      case 'p', 'P' -> {
        int close = regex.indexOf('}', at);
        String name = regex.substring(at + 1, close);
        at = close + 1;
        CharSet p = switch (name) {
          case "L", "Lu", "Ll", "IsAlphabetic", "IsLetter" -> CharSet.LETTERS;
          case "N", "Nd", "IsDigit" -> CharSet.NUMBERS;
          default -> throw error("an unknown property \\p{" + name + "}");
        };
        yield c == 'P' ? CharSet.ANY : p;
      }
      default -> {
        if (Character.isLetterOrDigit(c)) {
          throw error("an unknown escape \\" + c + (inClass ? " in a class" : ""));
        }
        yield CharSet.of(c);
      }
    };
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("rule pattern has " + what + " near position " + at + ": " + regex);
  }
}
