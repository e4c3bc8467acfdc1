package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "un Français sur deux", "plus d'une entreprise sur cinq", "9 Français sur 10": a share, K/N of
 * what the first number counts, not a count of N. The figure takes in "un", the noun (its unit) and a qualifier before "un".
 */
final class Shares {
  private static final Pattern SHARE_QUALIFIER = Pattern.compile("(?<![\\p{L}])(plus|moins|près) d'$");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");

  private Shares() {}

  /** The number of a share's first part: "un", "une", digits ("1 Français sur 4") or a number word; 0 if none. */
  private static double numerator(String word) {
    if (word.equals("un") || word.equals("une")) {
      return 1;
    }
    if (DIGITS.matcher(word).matches()) {
      return Integer.parseInt(word);
    }
    NumberWords.Reading r = NumberWords.isNumberWord(word) ? NumberWords.read(List.of(word)) : null;
    return r == null || r.ordinal() ? 0 : r.value();
  }

  /** {@code figs} with each share read and the figures inside it ("un" of "un sur deux") dropped. */
  static List<Figure> combine(NormalText t, List<Figure> figs) {
    List<Figure> out = new ArrayList<>(figs);
    for (int i = 0; i < out.size(); i++) {
      Figure f = out.get(i);
      double raw = f.raw();
      if (f.kind() != NumberKind.COUNT || f.qualifier() != Qualifier.EXACT || f.sign() || f.scale() != 1 || raw < 2
          || raw > 100 || raw != Math.rint(raw)) {
        continue;
      }
      int sur = t.wordBefore(f.coreStart());
      if (sur < 2 || !t.words[sur].equals("sur") || !t.joined(sur, sur + 1)) {
        continue;
      }
      int one = -1;
      double part = 0;
      for (int w = sur - 1; w >= Math.max(0, sur - 3) && t.joined(w, w + 1); w--) {
        part = numerator(t.words[w]);
        if (part > 0) {
          one = w;
          break;
        }
        if (!t.isLetters(w)) {
          break;
        }
      }
      if (one < 0 || one + 1 >= sur || part >= raw || !t.isLetters(one + 1)) {
        continue;
      }
      String noun = t.original.substring(t.wordStart[one + 1], t.wordEnd[one + 1]);
      if (f.unit() != null && f.ownUnit() && !f.unit().equalsIgnoreCase(noun)) {
        continue; // "3 buts sur 5 tirs" counts two things
      }
      int start = t.wordStart[one];
      Qualifier q = Qualifier.EXACT;
      Matcher before = SHARE_QUALIFIER.matcher(t.slice(start - 12, start));
      if (before.find()) {
        String w = before.group(1);
        q = w.equals("plus") ? Qualifier.AT_LEAST : w.equals("moins") ? Qualifier.AT_MOST : Qualifier.APPROX;
        start -= before.end() - before.start(1);
      }
      for (int k = 0; k < out.size(); k++) {
        Figure other = out.get(k);
        if (k != i && other.start() < f.coreStart() && other.end() > start) {
          out.set(k, other.drop("part of a share"));
        }
      }
      Figure.Draft d = f.edit();
      d.kind = NumberKind.FRACTION;
      d.value = part / raw;
      d.qualifier = q;
      d.start = start;
      d.end = Math.max(d.end, d.coreEnd);
      d.textEnd = d.end;
      d.unitEnd = d.end;
      d.unit = noun;
      d.unitHead = noun;
      d.ownUnit = true;
      out.set(i, d.done());
    }
    return out;
  }
}
