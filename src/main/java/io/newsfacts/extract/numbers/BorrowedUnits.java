package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure with no noun of its own counts what the figure before it in the sentence counts:
 * "55 voix contre 52", "4 millions de voyageurs : 2,4 millions sur ...", "50 milliards d'euros
 * par an, dont 10 pour la France" (which also takes the scale). After "dont" with no figure
 * before, it counts the noun before "dont".
 */
final class BorrowedUnits {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;

  private BorrowedUnits() {}

  /** {@code figs} (in text order) with the figures that have no noun given their neighbour's. */
  static List<Figure> combine(NormalText t, List<Figure> figs, UnitFinder units) {
    List<Figure> out = new ArrayList<>(figs);
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      if (f.unit() != null || f.kind() == NumberKind.MULTIPLIER || f.kind() == NumberKind.FRACTION
          || f.kind() == NumberKind.ORDINAL || f.kind() == NumberKind.OTHER) {
        continue;
      }
      int w = t.wordBefore(f.start());
      while (w > 0 && (t.words[w].equals("\"") || t.words[w].equals("«"))) {
        w--;
      }
      boolean dont = w >= 0 && t.words[w].equals("dont");
      Figure prev = null;
      for (int k = i - 1; k >= 0; k--) {
        Figure p = out.get(k);
        if (f.start() - p.end() > 300 || t.crossesSentence(p.end(), f.start())) {
          break;
        }
        if (p.unit() != null && p.kind() != NumberKind.ORDINAL && p.kind() != NumberKind.MULTIPLIER
            && (p.kind() == NumberKind.PERCENT) == (f.kind() == NumberKind.PERCENT)) {
          prev = p;
          break;
        }
      }
      if (prev != null) {
        Figure.Draft d = f.edit();
        d.unit = prev.unit();
        d.unitHead = prev.unitHead();
        d.per = d.per != null ? d.per : prev.per();
        if (d.kind == NumberKind.COUNT) {
          d.kind = prev.kind();
        }
        if (dont && prev.wordScale() && d.scale == 1 && d.raw < prev.raw()) {
          d.applyScale(prev.scale(), true);
        }
        out.set(i, d.done());
      } else if (dont) {
        Figure.Draft d = f.edit();
        d.unit = nounBefore(t, units, t.wordStart[w]);
        out.set(i, d.done());
      }
    }
    return out;
  }

  /** The last noun before {@code at} in the same clause ("les nouvelles rames Océane, dont"). */
  private static String nounBefore(NormalText t, UnitFinder units, int at) {
    int w = t.wordBefore(at);
    for (int k = 0; k < 6 && w >= 0; k++, w--) {
      String word = t.words[w];
      if (word.equals(".") || word.equals(";")) {
        return null;
      }
      if (!t.isLetters(w) || LEX.unitStopwords.contains(word)) {
        continue;
      }
      String tag = units.tag(t.wordStart[w]);
      if (tag.equals("NOUN") || tag.isEmpty() && !t.upperAt(t.wordStart[w])) {
        return t.original.substring(t.wordStart[w], t.wordEnd[w]);
      }
    }
    return null;
  }
}
