package io.newsfacts.extract.dates;

import io.newsfacts.extract.dates.PatternAutomaton.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a rule's matches may begin with, read from its pattern: what {@link StartIndex} needs
 * to try the pattern only there. Follows the pattern's automaton ({@link PatternAutomaton}) letter
 * by letter through its first word, and when that word must be followed by another ("le" before a
 * weekday or a day), through the beginning of the next word too. Nothing is listed by hand, so a
 * word added to a list in {@code models/dates} is a start word of every rule that uses it.
 *
 * <p>Words are compared in lower case, as runs of letters and digits: "l'" is the word "l", "mi-"
 * the word "mi". The starts cover every match of the pattern (the lookup finds exactly what a scan
 * of the whole text finds); where the pattern's words cannot be listed (a loop of letters, a class
 * of every letter) the start is the letters listed so far, taken as a stem.
 */
final class RuleStarts {
  /** Words longer than this are taken as stems: no rule needs more to tell its words apart. */
  private static final int LONGEST_WORD = 40;

  /**
   * How a word of the text begins a match: it is {@code word} (WORD), it begins with {@code word}
   * (STEM), it begins with an ASCII digit (DIGIT), or any ASCII digit not after another, even
   * inside a word (ANY_DIGIT: patterns that do not begin at a word's start).
   */
  enum Kind { WORD, STEM, DIGIT, ANY_DIGIT }

  /**
   * One way a match may begin, and when {@code next} is not null, only before a word that begins
   * one of those ways (the items of {@code next} have no next of their own).
   */
  record Start(Kind kind, String word, Set<Start> next) {}

  /** What the memo maps hold for "anything may follow". */
  private static final Set<Start> ANYTHING = null;

  private final PatternAutomaton automaton;
  /** The starts found so far: kind and word, to what may follow (null: anything). */
  private final Map<Start, Set<Start>> found = new LinkedHashMap<>();
  private final Map<Position, Set<Start>> afterWordMemo = new HashMap<>();
  private final Map<Position, Set<Start>> wordEndMemo = new HashMap<>();
  private final Map<Position, Set<Start>> restMemo = new HashMap<>();

  private RuleStarts(PatternAutomaton automaton) {
    this.automaton = automaton;
  }

  /** The ways a match of {@code regex} may begin. */
  static List<Start> of(String regex) {
    PatternAutomaton automaton = new PatternAutomaton(regex);
    try {
      return new RuleStarts(automaton).starts();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ": " + regex, e);
    }
  }

  private List<Start> starts() {
    Position first = automaton.startPosition();
    if (first.accepts()) {
      throw new IllegalArgumentException("a rule that may match nothing");
    }
    if (!first.afterSign().isEmpty()) {
      throw new IllegalArgumentException("a rule that may begin with a sign, not a word");
    }
    Map<Character, Position> steps = first.wordSteps();
    if (steps == null) {
      throw new IllegalArgumentException("a rule that may begin with any letter");
    }
    boolean wordStart = automaton.before != null && automaton.before.coversWordChars();
    boolean numberStart = automaton.before != null && automaton.before.coversDigits();
    for (Map.Entry<Character, Position> e : steps.entrySet()) {
      if (!isDigit(e.getKey()) && !wordStart) {
        throw new IllegalArgumentException("a rule that may begin inside a word (no look-behind of letters)");
      } else if (!isDigit(e.getKey())) {
        firstWord(String.valueOf(e.getKey()), e.getValue(), List.of(first));
      } else if (wordStart) {
        add(new Start(Kind.DIGIT, "", null), wordEnd(e.getValue()));
      } else if (numberStart) {
        add(new Start(Kind.ANY_DIGIT, "", null), ANYTHING);
      } else {
        throw new IllegalArgumentException("a rule that may begin inside a number (no look-behind of digits)");
      }
    }
    List<Start> out = new ArrayList<>();
    found.forEach((s, next) -> out.add(next == ANYTHING ? s : new Start(s.kind(), s.word(), Set.copyOf(next))));
    return out;
  }

  /** Follows the letters of a first word from {@code x}, having read {@code prefix}. */
  private void firstWord(String prefix, Position x, List<Position> path) {
    if (x.accepts()) { // the match may end inside the word
      add(new Start(Kind.STEM, prefix, null), ANYTHING);
      return;
    }
    Map<Character, Position> steps = x.wordSteps();
    if (loops(steps, x, path, prefix.length())) {
      add(new Start(Kind.STEM, prefix, null), wordEnd(x));
      return;
    }
    Set<Start> after = afterWordEnd(x);
    if (after == ANYTHING || !after.isEmpty()) {
      add(new Start(Kind.WORD, prefix, null), after);
    }
    List<Position> longer = new ArrayList<>(path);
    longer.add(x);
    steps.forEach((c, y) -> firstWord(prefix + c, y, longer));
  }

  /**
   * Whether to stop listing a word's letters at {@code x} and take what was read as a stem: a class
   * too large to list, a digit, a loop of letters, or a word longer than any the rules know.
   */
  private static boolean loops(Map<Character, Position> steps, Position x, Collection<Position> path, int length) {
    return steps == null || length >= LONGEST_WORD || steps.keySet().stream().anyMatch(RuleStarts::isDigit)
        || steps.values().stream().anyMatch(y -> y == x || path.contains(y));
  }

  private void add(Start start, Set<Start> next) {
    if (!found.containsKey(start)) {
      found.put(start, next == ANYTHING ? ANYTHING : new LinkedHashSet<>(next));
    } else if (found.get(start) != ANYTHING) {
      if (next == ANYTHING) {
        found.put(start, ANYTHING);
      } else {
        found.get(start).addAll(next);
      }
    }
  }

  /** What may follow a word that ends at {@code x} (by a sign or a word boundary). */
  private Set<Start> afterWordEnd(Position x) {
    Set<Start> byBoundary = afterWord(x.afterBoundary());
    Set<Start> bySign = afterWord(x.afterSign());
    if (byBoundary == ANYTHING || bySign == ANYTHING) {
      return ANYTHING;
    }
    if (bySign.isEmpty()) {
      return byBoundary;
    }
    Set<Start> out = new LinkedHashSet<>(byBoundary);
    out.addAll(bySign);
    return out;
  }

  /** What may follow the word that goes on from {@code x} through any letters and digits. */
  private Set<Start> wordEnd(Position x) {
    if (wordEndMemo.containsKey(x)) {
      return wordEndMemo.get(x);
    }
    Set<Start> out = new LinkedHashSet<>();
    Set<Position> seen = new HashSet<>(List.of(x));
    Deque<Position> todo = new ArrayDeque<>(List.of(x));
    while (!todo.isEmpty()) {
      Position w = todo.pop();
      Set<Start> after = w.accepts() ? ANYTHING : afterWordEnd(w);
      if (after == ANYTHING) {
        out = ANYTHING;
        break;
      }
      out.addAll(after);
      Position more = w.afterWordChar();
      if (!more.isEmpty() && seen.add(more)) {
        todo.add(more);
      }
    }
    wordEndMemo.put(x, out);
    return out;
  }

  /**
   * The ways the next word may begin once the pattern is past a word's end at {@code b}: null
   * when anything may follow (the match may end first), empty when no match goes this way.
   */
  private Set<Start> afterWord(Position b) {
    if (b.isEmpty()) {
      return Set.of();
    }
    if (afterWordMemo.containsKey(b)) {
      return afterWordMemo.get(b);
    }
    Set<Start> out = new LinkedHashSet<>();
    Set<Position> seen = new HashSet<>(List.of(b));
    Deque<Position> todo = new ArrayDeque<>(List.of(b));
    while (!todo.isEmpty()) {
      Position z = todo.pop();
      Map<Character, Position> steps = z.wordSteps();
      if (z.accepts() || steps == null) {
        out = ANYTHING;
        break;
      }
      for (Map.Entry<Character, Position> e : steps.entrySet()) {
        if (isDigit(e.getKey())) {
          out.add(new Start(Kind.DIGIT, "", null));
          continue;
        }
        for (Start rest : rest(e.getValue(), new HashSet<>(List.of(z)), 1)) {
          out.add(new Start(rest.kind(), e.getKey() + rest.word(), null));
        }
      }
      for (Position more : List.of(z.afterBoundary(), z.afterSign())) {
        if (!more.isEmpty() && seen.add(more)) {
          todo.add(more);
        }
      }
    }
    afterWordMemo.put(b, out);
    return out;
  }

  /**
   * The ways a word may go on from {@code x} to its end, as what remains of it: WORD "" when it
   * may end here, STEM "" when what follows cannot be listed (see {@link #loops}).
   */
  private Set<Start> rest(Position x, Set<Position> path, int length) {
    if (restMemo.containsKey(x)) {
      return restMemo.get(x);
    }
    Map<Character, Position> steps = x.wordSteps();
    Set<Start> out = new LinkedHashSet<>();
    if (x.accepts() || loops(steps, x, path, length)) {
      out.add(new Start(Kind.STEM, "", null));
    } else {
      if (!x.afterBoundary().isEmpty() || !x.afterSign().isEmpty()) {
        out.add(new Start(Kind.WORD, "", null));
      }
      path.add(x);
      for (Map.Entry<Character, Position> e : steps.entrySet()) {
        for (Start more : rest(e.getValue(), path, length + 1)) {
          out.add(new Start(more.kind(), e.getKey() + more.word(), null));
        }
      }
      path.remove(x);
    }
    restMemo.put(x, out);
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
