package io.newsfacts.model;

import java.util.Objects;

/**
 * A figure in the text, normalised.
 *
 * @param value the number, or null for a range
 * @param low lower end (equals value for a single number; null when open below)
 * @param high upper end (equals value for a single number; null when open above)
 * @param unit the noun phrase the number counts ("demandes d'asile", "visites"), or null
 * @param unitHead the head noun of the unit ("demandes"), for grouping; null when there is no unit
 * @param per the period of a rate ("jour"), or null
 * @param date the TIMEX3 value of the date the figure refers to, or null
 */
public record NumberFact(
    String text,
    Double value,
    Double low,
    Double high,
    Qualifier qualifier,
    NumberKind kind,
    String unit,
    String unitHead,
    String per,
    String date,
    int start,
    int end) implements Fact {

  /** A figure whose unit is one noun, its own head. */
  public NumberFact(String text, Double value, Double low, Double high, Qualifier qualifier, NumberKind kind,
      String unit, String per, String date, int start, int end) {
    this(text, value, low, high, qualifier, kind, unit, unit, per, date, start, end);
  }

  public NumberFact {
    Spans.check("number", text, start, end);
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(kind, "kind");
    if (value == null && low == null && high == null) {
      throw new IllegalArgumentException("number '" + text + "' has neither value nor bounds");
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException(
          "number '" + text + "' has low " + low + " above high " + high);
    }
  }
}
