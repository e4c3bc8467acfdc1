package io.newsfacts.extract.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One rule of the grammar: a pattern, and the reader that says what a match of it means. */
record Rule(Pattern pattern, Reader reader) {
  /** Turns a match into a mention. */
  @FunctionalInterface
  interface Reader {
    /** What the match means, or null when its context says it is not a date. */
    Mention read(Matcher m, String text);
  }
}
