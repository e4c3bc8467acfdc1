package io.newsfacts.extract.dates;

import io.newsfacts.model.DateType;
import java.util.Objects;

/**
 * A temporal expression found in the text, before it is resolved.
 *
 * @param needsDay a time of day ("21 h 45", "la soirée") that takes its day from the date that
 *     follows it or from the story's day
 */
record Mention(int start, int end, DateType type, Meaning meaning, boolean needsDay) {
  Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meaning, "meaning");
  }

  Mention(int start, int end, DateType type, Meaning meaning) {
    this(start, end, type, meaning, false);
  }

  /** How a mention becomes a TIMEX3 value once its place in the story is known. */
  @FunctionalInterface
  interface Meaning {
    /** The TIMEX3 value, or null when even a careful reader could not resolve it. */
    String resolve(Timeline t);

    /** A value known without the story: "P2Y", "2016". */
    static Meaning constant(String value) {
      return t -> value;
    }
  }
}
