package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;

/**
 * A figure while the extractor works on it: the number's own span, then the span widened by its
 * qualifier, scale, currency and percent sign. Turned into a {@link NumberFact} at the end.
 */
final class Figure {
  /** Span of the digits or number words themselves. */
  final int coreStart;
  final int coreEnd;
  /** Whether the number is written in words. */
  final boolean spelled;
  /** The number as written, before any scale word. */
  final double raw;

  int start;
  int end;
  double value;
  double scale = 1;
  boolean wordScale;
  Double low;
  Double high;
  Qualifier qualifier = Qualifier.EXACT;
  NumberKind kind = NumberKind.COUNT;
  String unit;
  String per;
  /** End of the unit phrase (or of the figure when there is none): where "et plus", "par jour" are. */
  int unitEnd;
  /** Where the mention's text ends: the figure, or its unit when the unit follows it directly. */
  int textEnd = -1;
  /** Whether {@code unit} was read after the figure rather than borrowed from a neighbour. */
  boolean ownUnit;
  boolean sign;
  /** Set when the figure was read as a year, a date part, an identifier...: it is dropped. */
  String dropped;
  /** "une dizaine", "des centaines": approximate by nature. */
  boolean collective;

  Figure(int coreStart, int coreEnd, double raw, boolean spelled) {
    this.coreStart = coreStart;
    this.coreEnd = coreEnd;
    this.raw = raw;
    this.spelled = spelled;
    this.start = coreStart;
    this.end = coreEnd;
    this.value = raw;
    this.unitEnd = coreEnd;
  }

  void applyScale(double factor, boolean word) {
    scale = factor;
    wordScale = word;
    value = raw * factor;
  }

  /** Four plain digits between 1000 and 2100: a year unless a noun says otherwise. */
  boolean yearLike() {
    return !spelled && coreEnd - coreStart == 4 && raw >= 1000 && raw <= 2100 && raw == Math.rint(raw)
        && scale == 1 && kind == NumberKind.COUNT && qualifier != Qualifier.RANGE;
  }

  boolean isRange() {
    return qualifier == Qualifier.RANGE;
  }

  NumberFact toFact(String text, String date) {
    Double v = isRange() ? null : value;
    Double lo = isRange() ? low : qualifier == Qualifier.AT_MOST ? null : v;
    Double hi = isRange() ? high : qualifier == Qualifier.AT_LEAST ? null : v;
    int e = Math.max(end, textEnd);
    return new NumberFact(text.substring(start, e).strip(), v, lo, hi, qualifier, kind, unit, per, date, start,
        start + text.substring(start, e).strip().length());
  }

  @Override
  public String toString() {
    return "Figure[" + start + "-" + end + " " + value + " " + kind + " " + qualifier + " " + unit
        + (dropped != null ? " dropped:" + dropped : "") + "]";
  }
}
