package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers joined by a slash. What follows the slash is never a figure of its own: a mark's scale
 * ("6 / 10"), a time-table ("24h/24", "7j/7"). Before "des", "de" a smaller over a larger integer
 * is a fraction ("2/3 des électeurs"); otherwise the first number stays as it is (a mark).
 */
final class Slashes {
  private static final Pattern SLASH_BETWEEN = Pattern.compile("^\\s?/\\s?$");
  /** "24h/24", "7j/7": a digit with a one- or two-letter unit glued to it, then a slash. */
  private static final Pattern SLASH_AFTER_UNIT = Pattern.compile("\\d\\p{L}{1,2}\\s?/\\s?$");
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+(?:des|de|du|d['’])(?![\\p{L}])");

  private Slashes() {}

  /** {@code figs} (in text order) with the numbers after a slash dropped and "2/3 des" made fractions. */
  static List<Figure> combine(NormalText t, List<Figure> figs) {
    List<Figure> out = new ArrayList<>(figs);
    for (int i = 0; i < out.size(); i++) {
      Figure b = out.get(i);
      if (b.spelled() || b.isDropped()) {
        continue;
      }
      if (SLASH_AFTER_UNIT.matcher(t.slice(b.start() - 8, b.start())).find()) {
        out.set(i, b.drop("denominator"));
        continue;
      }
      Figure a = i > 0 ? out.get(i - 1) : null;
      // "2,1/2,2 millions": decimals either side are two readings of one figure, not a ratio
      if (a == null || a.spelled() || a.end() > b.start() || !SLASH_BETWEEN.matcher(t.slice(a.end(), b.start())).find()
          || a.raw() != Math.rint(a.raw()) || b.raw() != Math.rint(b.raw())) {
        continue;
      }
      out.set(i, b.drop("denominator"));
      if (!a.isDropped() && a.kind() == NumberKind.COUNT && a.raw() < b.raw() && a.raw() > 0
          && OF_AFTER.matcher(t.slice(b.end(), b.end() + 6)).find()) {
        Figure.Draft d = a.edit();
        d.kind = NumberKind.FRACTION;
        d.value = a.raw() / b.raw();
        d.end = b.end();
        out.set(i - 1, d.done());
      }
    }
    return out;
  }
}
