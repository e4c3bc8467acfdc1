package io.newsfacts.model;

import java.util.Locale;

/** What sort of figure a number is. */
public enum NumberKind {
  COUNT,
  PERCENT,
  MONEY,
  MULTIPLIER,
  FRACTION,
  ORDINAL,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
