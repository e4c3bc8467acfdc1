package io.newsfacts.model;

import java.util.Objects;

/**
 * Words someone said. {@code text} excludes the quotation marks; {@code speaker} is the canonical
 * name of who said it, or null when no one can be found.
 */
public record Quote(String text, QuoteKind kind, String speaker, String speakerRole, int start, int end)
    implements Fact {
  public Quote {
    Spans.check("quote", text, start, end);
    Objects.requireNonNull(kind, "kind");
  }
}
