package io.newsfacts.model;

import java.util.Objects;

/**
 * Words someone said. {@code text} excludes the quotation marks; {@code speaker} is the canonical
 * name of who said it, or null when no one can be found; {@code speakerEvidence} says what tied
 * the words to the speaker ("reporting-verb", "coreference", "pronoun", "paragraph", ...), null
 * without a speaker.
 */
public record Quote(String text, QuoteKind kind, String speaker, String speakerRole, int start, int end,
    String speakerEvidence) implements Fact {
  public Quote {
    Spans.check("quote", text, start, end);
    Objects.requireNonNull(kind, "kind");
  }

  public Quote(String text, QuoteKind kind, String speaker, String speakerRole, int start, int end) {
    this(text, kind, speaker, speakerRole, start, end, null);
  }
}
