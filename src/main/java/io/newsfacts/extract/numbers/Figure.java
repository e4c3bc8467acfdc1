package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import java.util.Objects;

/**
 * A figure while the extractor works on it: the number's own span ({@code coreStart..coreEnd}),
 * then the span widened by its qualifier, scale, currency and percent sign. Immutable: a step that
 * changes a figure makes the next one through a {@link Draft} it keeps to itself. Turned into a
 * {@link NumberFact} at the end.
 *
 * @param coreStart start of the digits or number words themselves
 * @param raw the number as written, before any scale word
 * @param spelled whether the number is written in words
 * @param value the figure's value (NaN for a range: see {@code low}, {@code high})
 * @param scale the factor of a scale word or suffix ("millions", "k"), 1 when none
 * @param wordScale whether the scale was a word ("millions") rather than a suffix ("M")
 * @param unitEnd end of the unit phrase (or of the figure when there is none): where "et plus",
 *     "par jour" are
 * @param textEnd where the mention's text ends: the figure, or its unit when the unit follows it
 *     directly; -1 until the unit is looked for
 * @param unit the noun phrase counted ("demandes d'asile", "pages uniques vues"), or null
 * @param unitHead the head noun of {@code unit} ("demandes"), or null when it is the whole unit
 * @param ownUnit whether {@code unit} was read next to the figure rather than taken from a neighbour
 * @param sign whether a sign ("-", "+", "moins") is part of the figure
 * @param collective "une dizaine", "des centaines": approximate by nature
 * @param droppedAs why the figure is not one (a year, a date part, an identifier...), or null
 */
record Figure(int coreStart, int coreEnd, double raw, boolean spelled, int start, int end, double value,
    double scale, boolean wordScale, Double low, Double high, Qualifier qualifier, NumberKind kind, String unit,
    String unitHead, String per, int unitEnd, int textEnd, boolean ownUnit, boolean sign, boolean collective, String droppedAs) {

  Figure {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || start > coreStart || coreStart >= coreEnd || coreEnd > end) {
      throw new IllegalArgumentException("figure " + start + ".." + end + " must hold its number " + coreStart
          + ".." + coreEnd);
    }
  }

  /** A number written at {@code coreStart..coreEnd}, for its finder to complete. */
  static Draft found(int coreStart, int coreEnd, double raw, boolean spelled) {
    return new Draft(coreStart, coreEnd, raw, spelled);
  }

  /** A copy to change. */
  Draft edit() {
    return new Draft(this);
  }

  /** This figure, marked as not a figure for {@code reason}. */
  Figure drop(String reason) {
    Draft d = edit();
    d.droppedAs = reason;
    return d.done();
  }

  boolean isDropped() {
    return droppedAs != null;
  }

  boolean isRange() {
    return qualifier == Qualifier.RANGE;
  }

  /** Four plain digits between 1000 and 2100: a year unless a noun says otherwise. */
  boolean yearLike() {
    return !spelled && coreEnd - coreStart == 4 && raw >= 1000 && raw <= 2100 && raw == Math.rint(raw)
        && scale == 1 && kind == NumberKind.COUNT && qualifier != Qualifier.RANGE;
  }

  /** The fact; its text ends at the unit at most, and before {@code limit} (the next figure's start). */
  NumberFact toFact(String text, String date, int limit) {
    Double v = isRange() ? null : value;
    Double lo = isRange() ? low : qualifier == Qualifier.AT_MOST ? null : v;
    Double hi = isRange() ? high : qualifier == Qualifier.AT_LEAST ? null : v;
    int e = Math.max(end, Math.min(textEnd, limit));
    String mention = text.substring(start, e).strip();
    return new NumberFact(mention, v, lo, hi, qualifier, kind, unit, unitHead != null ? unitHead : unit, per, date,
        start, start + mention.length());
  }

  @Override
  public String toString() {
    return "Figure[" + start + "-" + end + " " + value + " " + kind + " " + qualifier + " " + unit
        + (droppedAs != null ? " dropped:" + droppedAs : "") + "]";
  }

  /** The fields of a figure being made or changed, inside one step; {@link #done()} makes the figure. */
  static final class Draft {
    final int coreStart;
    final int coreEnd;
    final double raw;
    final boolean spelled;
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
    String unitHead;
    String per;
    int unitEnd;
    int textEnd = -1;
    boolean ownUnit;
    boolean sign;
    boolean collective;
    String droppedAs;

    private Draft(int coreStart, int coreEnd, double raw, boolean spelled) {
      this.coreStart = coreStart;
      this.coreEnd = coreEnd;
      this.raw = raw;
      this.spelled = spelled;
      this.start = coreStart;
      this.end = coreEnd;
      this.value = raw;
      this.unitEnd = coreEnd;
    }

    private Draft(Figure f) {
      coreStart = f.coreStart;
      coreEnd = f.coreEnd;
      raw = f.raw;
      spelled = f.spelled;
      start = f.start;
      end = f.end;
      value = f.value;
      scale = f.scale;
      wordScale = f.wordScale;
      low = f.low;
      high = f.high;
      qualifier = f.qualifier;
      kind = f.kind;
      unit = f.unit;
      unitHead = f.unitHead;
      per = f.per;
      unitEnd = f.unitEnd;
      textEnd = f.textEnd;
      ownUnit = f.ownUnit;
      sign = f.sign;
      collective = f.collective;
      droppedAs = f.droppedAs;
    }

    /** Multiplies the number as written by a scale word or suffix. */
    void applyScale(double factor, boolean word) {
      scale = factor;
      wordScale = word;
      value = raw * factor;
    }

    Figure done() {
      return new Figure(coreStart, coreEnd, raw, spelled, start, end, value, scale, wordScale, low, high, qualifier,
          kind, unit, unitHead, per, unitEnd, textEnd, ownUnit, sign, collective, droppedAs);
    }
  }
}
