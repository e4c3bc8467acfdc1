package io.newsfacts.model;

import java.util.Objects;

/**
 * A temporal expression and its TIMEX3-style value ("2016-11-09", "2016-W45", "P3D",
 * "XXXX-07-06"), or null when it cannot be resolved at all.
 */
public record DateFact(String text, DateType type, String value, int start, int end) implements Fact {
  public DateFact {
    Spans.check("date", text, start, end);
    Objects.requireNonNull(type, "type");
  }
}
