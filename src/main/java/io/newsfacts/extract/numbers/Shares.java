package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "un Français sur deux", "plus d'une entreprise sur cinq": a share, 1/N of what "un" counts,
 * not a count of N. The figure takes in "un", the noun (its unit) and a qualifier before "un".
 */
final class Shares {
  private static final Pattern SHARE_QUALIFIER = Pattern.compile("(?<![\\p{L}])(plus|moins|près) d'$");

  private Shares() {}

  static void combine(NormalText t, List<Figure> figs) {
    for (Figure f : figs) {
      if (f.kind != NumberKind.COUNT || f.qualifier != Qualifier.EXACT || f.sign || f.scale != 1 || f.raw < 2
          || f.raw > 100 || f.raw != Math.rint(f.raw)) {
        continue;
      }
      int sur = t.wordBefore(f.coreStart);
      if (sur < 2 || !t.words[sur].equals("sur") || !t.joined(sur, sur + 1)) {
        continue;
      }
      int one = -1;
      for (int w = sur - 1; w >= Math.max(0, sur - 3) && t.isLetters(w) && t.joined(w, w + 1); w--) {
        if (t.words[w].equals("un") || t.words[w].equals("une")) {
          one = w;
          break;
        }
      }
      if (one < 0 || one + 1 >= sur) {
        continue;
      }
      int start = t.wordStart[one];
      Qualifier q = Qualifier.EXACT;
      Matcher before = SHARE_QUALIFIER.matcher(t.slice(start - 12, start));
      if (before.find()) {
        String w = before.group(1);
        q = w.equals("plus") ? Qualifier.AT_LEAST : w.equals("moins") ? Qualifier.AT_MOST : Qualifier.APPROX;
        start -= before.end() - before.start(1);
      }
      for (Figure other : figs) {
        if (other != f && other.start < f.coreStart && other.end > start) {
          other.dropped = "part of a share";
        }
      }
      f.kind = NumberKind.FRACTION;
      f.value = 1 / f.raw;
      f.qualifier = q;
      f.start = start;
      f.end = Math.max(f.end, f.coreEnd);
      f.textEnd = f.end;
      f.unitEnd = f.end;
      f.unit = t.original.substring(t.wordStart[one + 1], t.wordEnd[one + 1]);
      f.ownUnit = true;
    }
  }
}
