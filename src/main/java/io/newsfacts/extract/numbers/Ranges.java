package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two figures side by side read as one: a range ("entre 3 et 5", "de 50 à 64 ans", "10-12 ans",
 * "5 à 10 %"), a sports score ("3-1"), or a list whose first figure counts what the second counts
 * ("20 ou 25 euros").
 */
final class Ranges {
  private static final Pattern ENTRE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])entre\\s*$");
  private static final Pattern DE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:de|d')\\s*$");
  /** "passé de 3 à 5 %": a change, from one figure to another, not a range. */
  private static final Pattern CHANGE_VERB = Pattern.compile("(?:^|[^\\p{L}])(?:"
      + NumberLexicon.alternation(NumberLexicon.INSTANCE.changeVerbs) + ")\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:de|d')\\s*$");
  private static final Pattern AND_BETWEEN = Pattern.compile("^\\s+et\\s+$");
  private static final Pattern TO_BETWEEN = Pattern.compile("^\\s+(?:à|a)\\s+$");
  private static final Pattern DASH_BETWEEN = Pattern.compile("^\\s?-\\s?$");
  private static final Pattern COORD_BETWEEN = Pattern.compile("^\\s*,\\s*$|^\\s+(?:et|ou|voire|à)\\s+$");
  /** A word of sport near two small numbers: a score ("le match s'est fini 3-1"). */
  private static final Pattern SPORTS = Pattern.compile(
      "(?:^|[^\\p{L}])(" + NumberLexicon.alternation(NumberLexicon.INSTANCE.scoreWords) + ")(?![\\p{L}])");
  private static final Pattern GROUPED_THOUSANDS = Pattern.compile("\\d{1,3}\\|\\d{1,3}(?:[. \\u00a0\\u202f]\\d{3})+");

  private Ranges() {}

  /** {@code figs} (in text order) with ranges and scores made one figure, and lists sharing their unit. */
  static List<Figure> combine(NormalText t, List<Figure> figs) {
    List<Figure> out = new ArrayList<>(figs);
    for (int i = 0; i + 1 < out.size(); i++) {
      Figure a = out.get(i);
      Figure b = out.get(i + 1);
      if (a.isDropped() || b.start() < a.end() || a.kind() == NumberKind.MULTIPLIER || a.kind() == NumberKind.FRACTION
          || a.kind() == NumberKind.ORDINAL || b.kind() == NumberKind.ORDINAL || b.kind() == NumberKind.FRACTION) {
        continue;
      }
      String between = t.slice(a.end(), b.start());
      String betweenUnit = a.unitEnd() > a.end() && a.unitEnd() <= b.start() ? t.slice(a.unitEnd(), b.start()) : between;
      String before = t.slice(a.start() - 40, a.start());
      boolean entre = ENTRE_BEFORE.matcher(before).find()
          && (AND_BETWEEN.matcher(between).find() || AND_BETWEEN.matcher(betweenUnit).find());
      boolean deA = a.qualifier() == Qualifier.EXACT && DE_BEFORE.matcher(before).find()
          && (TO_BETWEEN.matcher(between).find() || TO_BETWEEN.matcher(betweenUnit).find())
          && !CHANGE_VERB.matcher(t.slice(a.start() - 60, a.start())).find();
      boolean dash = DASH_BETWEEN.matcher(between).find() && a.qualifier() == Qualifier.EXACT && !a.yearLike()
          && !a.spelled() && !b.spelled();
      boolean bareA = a.qualifier() == Qualifier.EXACT && TO_BETWEEN.matcher(between).find() && !a.ownUnit()
          && !CHANGE_VERB.matcher(t.slice(a.start() - 60, a.start())).find()
          && !DE_BEFORE.matcher(before).find();
      if (dash && !a.spelled() && !b.spelled() && a.raw() == Math.rint(a.raw()) && b.raw() == Math.rint(b.raw())
          && a.raw() <= 20 && b.raw() <= 20 && SPORTS.matcher(t.slice(a.start() - 120, b.end() + 60)).find()) {
        Figure.Draft d = a.edit();
        d.kind = NumberKind.OTHER;
        d.qualifier = Qualifier.RANGE;
        d.low = Math.min(a.value(), b.value());
        d.high = Math.max(a.value(), b.value());
        d.end = b.end();
        out.set(i, d.done());
        out.set(i + 1, b.drop("score"));
        continue;
      }
      if (entre || deA || dash || bareA) {
        double low = a.value();
        if (!a.wordScale() && b.wordScale() && a.raw() < b.raw()) {
          low = a.raw() * b.scale();
        } else if (sharesThousands(t, a, b)) {
          low = a.raw() * 1000; // "entre 200 et 300.000": the thousands of the second are the first's too
        }
        if (low >= b.value() || b.qualifier() != Qualifier.EXACT) {
          continue;
        }
        int start = a.start();
        if (entre || deA) {
          Matcher m = (entre ? ENTRE_BEFORE : DE_BEFORE).matcher(before);
          m.find();
          start = a.start() - (before.length() - m.start()) + (m.start() < before.length()
              && !Character.isLetter(before.charAt(m.start())) ? 1 : 0);
        }
        Figure.Draft d = a.edit();
        d.start = start;
        d.end = b.end();
        d.textEnd = b.textEnd();
        d.low = low;
        d.high = b.value();
        d.value = Double.NaN;
        d.qualifier = Qualifier.RANGE;
        if (d.kind == NumberKind.COUNT) {
          d.kind = b.kind();
        }
        if (b.unit() != null) {
          d.unit = b.unit();
          d.unitHead = b.unitHead();
          d.ownUnit = b.ownUnit();
        }
        d.unitEnd = b.unitEnd();
        d.per = b.per() != null ? b.per() : d.per;
        out.set(i, d.done());
        out.set(i + 1, b.drop("range"));
        i++;
        continue;
      }
      // "de 6 et 10 euros", "20 ou 25 euros": the first figure counts what the second counts
      if (!a.ownUnit() && a.unit() == null && COORD_BETWEEN.matcher(between).find()
          && (b.unit() != null || b.kind() == NumberKind.PERCENT)) {
        Figure.Draft d = a.edit();
        d.unit = b.unit();
        d.unitHead = b.unitHead();
        if (d.kind == NumberKind.COUNT) {
          d.kind = b.kind();
        }
        d.per = d.per != null ? d.per : b.per();
        if (!d.wordScale && b.wordScale() && d.raw < b.raw() && d.scale == 1) {
          d.applyScale(b.scale(), true);
        }
        out.set(i, d.done());
      }
    }
    return out;
  }

  /**
   * "de 200 à 300.000", "entre 3 et 5 000": a small whole number before one written in thousands
   * of about the same size once multiplied by a thousand.
   */
  private static boolean sharesThousands(NormalText t, Figure a, Figure b) {
    return !a.spelled() && !b.spelled() && a.scale() == 1 && b.scale() == 1 && a.raw() == Math.rint(a.raw())
        && a.raw() >= 1 && a.raw() < 1000 && GROUPED_THOUSANDS.matcher(t.slice(a.coreStart(), a.coreEnd()) + "|"
        + t.slice(b.coreStart(), b.coreEnd())).matches() && a.raw() * 1000 < b.raw() && a.raw() * 10_000 > b.raw();
  }
}
