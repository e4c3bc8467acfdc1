package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fraction nouns after a determiner or a number: "la moitié", "un tiers", "les trois quarts", "deux tiers". */
final class FractionFinder implements FigureFinder {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  static final QuickFind FRACTION_DET = new QuickFind(
      "(?<![\\p{L}])(la|une|un|le|au|du|par|l'|les)\\s*(moitié|tiers|quart)(?![\\p{L}])",
      "luadp", true, List.of("moitié", "tiers", "quart"));
  private static final Pattern NOT_FRACTION_AFTER = Pattern.compile("^\\s*(?:d'heure|de finale|de siècle|d'heures|-monde)");

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search search = FRACTION_DET.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      if (NOT_FRACTION_AFTER.matcher(t.slice(m.end(), m.end() + 15)).find()) {
        continue;
      }
      Figure.Draft f = Figure.found(m.start(1), m.end(2), LEX.fractions.get(m.group(2)), true);
      f.kind = NumberKind.FRACTION;
      figs.add(f.done());
    }
    // a number before a fraction noun: "les trois quarts", "deux tiers", "2/3" is left as digits
    for (int i = 1; i < t.words.length; i++) {
      String w = t.words[i];
      if (!w.equals("tiers") && !w.equals("quarts") && !w.equals("cinquièmes") && !w.equals("dixièmes")) {
        continue;
      }
      int j = i - 1;
      while (j > 0 && t.joined(j - 1, j) && NumberWords.isNumberWord(t.words[j - 1])) {
        j--;
      }
      if (!NumberWords.isNumberWord(t.words[i - 1]) || !t.joined(i - 1, i)) {
        continue;
      }
      List<String> run = new ArrayList<>();
      for (int k = j; k < i; k++) {
        run.add(t.words[k]);
      }
      NumberWords.Reading r = NumberWords.read(run);
      if (r == null || r.words() != run.size() || notFractionAfter(t, t.wordEnd[i])) {
        continue;
      }
      double unitValue = w.equals("tiers") ? 1.0 / 3 : w.equals("quarts") ? 0.25 : w.equals("cinquièmes") ? 0.2 : 0.1;
      int start = t.wordStart[j];
      if (j > 0 && t.words[j - 1].equals("les") && t.joined(j - 1, j)) {
        start = t.wordStart[j - 1];
      }
      Figure.Draft f = Figure.found(start, t.wordEnd[i], r.value() * unitValue, true);
      f.kind = NumberKind.FRACTION;
      figs.add(f.done());
    }
  }

  private static boolean notFractionAfter(NormalText t, int at) {
    return NOT_FRACTION_AFTER.matcher(t.slice(at, at + 15)).find();
  }
}
