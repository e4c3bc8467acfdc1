package io.newsfacts.model;

import java.util.Locale;

/** Direct (words in quotation marks) or indirect (reported) speech. */
public enum QuoteKind {
  DIRECT,
  INDIRECT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
