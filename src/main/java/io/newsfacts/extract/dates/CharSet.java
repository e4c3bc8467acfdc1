package io.newsfacts.extract.dates;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set of characters, compared as the rules' patterns compare them (ignoring case): listed
 * characters, and possibly every letter, every number, or everything.
 */
final class CharSet {
  static final CharSet EMPTY = new CharSet(Set.of(), false, false, false);
  static final CharSet ANY = new CharSet(Set.of(), true, true, true);
  static final CharSet LETTERS = new CharSet(Set.of(), true, false, false);
  static final CharSet NUMBERS = new CharSet(Set.of(), false, true, false);
  private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  static final CharSet SPACES = new CharSet(Set.of(' ', '\t', '\n', '\u000b', '\f', '\r'), false, false, false);

  /** The listed characters, as written. */
  private final Set<Character> listed;
  private final boolean letters;
  private final boolean numbers;
  private final boolean others;

  private CharSet(Set<Character> listed, boolean letters, boolean numbers, boolean others) {
    this.listed = listed;
    this.letters = letters;
    this.numbers = numbers;
    this.others = others;
  }

  static CharSet of(char c) {
    return new CharSet(Set.of(c), false, false, false);
  }

  static CharSet range(char lo, char hi) {
    Set<Character> chars = new LinkedHashSet<>();
    for (char c = lo; c <= hi; c++) {
      chars.add(c);
    }
    return new CharSet(chars, false, false, false);
  }

  CharSet union(CharSet o) {
    Set<Character> chars = new LinkedHashSet<>(listed);
    chars.addAll(o.listed);
    return new CharSet(chars, letters || o.letters, numbers || o.numbers, others || o.others);
  }

  /** A class written with ^: read as "anything" (it can only widen the starts). */
  CharSet negated() {
    return ANY;
  }

  boolean isSingle() {
    return listed.size() == 1 && !letters && !numbers && !others;
  }

  char single() {
    return listed.iterator().next();
  }

  /**
   * The characters a text may have here, in the lower case the lookup compares words in; null
   * when the set is too large to list.
   */
  Set<Character> members() {
    if (letters || numbers || others) {
      return null;
    }
    Set<Character> out = new LinkedHashSet<>();
    for (char c : listed) {
      out.add(StartIndex.fold(c));
    }
    return out;
  }

  boolean hasWordChar() {
    return letters || numbers || others || listed.stream().anyMatch(Character::isLetterOrDigit);
  }

  boolean hasOtherChar() {
    return others || listed.stream().anyMatch(c -> !Character.isLetterOrDigit(c));
  }

  /** Whether every letter and digit is in the set: a negative look-ahead of it ends a word. */
  boolean coversWordChars() {
    return (letters || others) && coversDigits();
  }

  /** Whether every ASCII digit is in the set: a negative look-behind of it starts a number. */
  boolean coversDigits() {
    return numbers || others || listed.containsAll(DIGITS);
  }
}
