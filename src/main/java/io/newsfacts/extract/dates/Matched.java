package io.newsfacts.extract.dates;

import java.util.regex.Matcher;

/**
 * What a rule's match spans and what stands around it in the text: the small questions every
 * reader of a match asks ("the word before", "a capital at a sentence start").
 */
final class Matched {
  private Matched() {}

  /** Where the expression begins: the match's group "t" (a rule may match a preposition before it). */
  static int start(Matcher m) {
    return m.start("t");
  }

  static int end(Matcher m) {
    return m.end("t");
  }

  /** The named group's text, or null when it did not take part or the rule has no such group. */
  static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String textAfter(String text, int at, int n) {
    return text.substring(at, Math.min(text.length(), at + n));
  }

  static String textBefore(String text, int at, int n) {
    return text.substring(Math.max(0, at - n), at);
  }

  /** The word (or sign) right after {@code at}, skipping spaces. */
  static String nextWord(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && !Character.isSpaceChar(text.charAt(j))
        && (j == i || Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The lower-case word right before {@code at} ("jusqu'à" and "d'" kept whole). */
  static String previousWord(String text, int at) {
    int j = Math.min(at, text.length());
    while (j > 0 && Character.isSpaceChar(text.charAt(j - 1))) {
      j--;
    }
    int i = j;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
      i--;
    }
    return TimeWords.key(text.substring(i, j));
  }

  static boolean precededBy(String text, int at, String... candidates) {
    String prev = previousWord(text, at);
    for (String c : candidates) {
      if (prev.equals(c) || prev.endsWith("'" + c)) {
        return true;
      }
    }
    return false;
  }

  static boolean startsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  static boolean isSentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isSpaceChar(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\n«\"—–-:".indexOf(text.charAt(i)) >= 0;
  }
}
