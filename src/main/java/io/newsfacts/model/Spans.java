package io.newsfacts.model;

/** Checks shared by every record that points into an article's text. */
final class Spans {
  private Spans() {}

  static void check(String what, String text, int start, int end) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException(what + " text must not be empty");
    }
    if (start < 0) {
      throw new IllegalArgumentException(what + " start must be >= 0, was " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          what + " end (" + end + ") must be >= start (" + start + ")");
    }
  }
}
