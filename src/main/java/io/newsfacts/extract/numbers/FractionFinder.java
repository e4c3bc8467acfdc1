package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fraction nouns after a determiner or a number: "la moitié", "un tiers", "les trois quarts", "deux tiers". */
final class FractionFinder implements FigureFinder {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** The determiners a fraction noun takes: "la moitié", "un tiers", "au quart", "par moitié". */
  private static final List<String> DETERMINERS = List.of("la", "une", "un", "le", "au", "du", "par", "l'", "les");
  static final QuickFind FRACTION_DET = new QuickFind("(?<![\\p{L}])(" + NumberLexicon.alternation(DETERMINERS)
      + ")\\s*(" + NumberLexicon.alternation(nouns(true)) + ")(?![\\p{L}])",
      NumberLexicon.firstChars(DETERMINERS), true, QuickFind.anchors(nouns(true)));
  /** The fraction nouns read after a number: "trois quarts", "deux tiers". */
  private static final Set<String> AFTER_NUMBER = Set.copyOf(nouns(false));
  private static final Pattern NOT_FRACTION_AFTER =
      Pattern.compile("^\\s*(?:" + NumberLexicon.alternation(LEX.notFractionAfter) + ")");

  private static List<String> nouns(boolean afterDeterminer) {
    return LEX.fractions.entrySet().stream()
        .filter(e -> afterDeterminer ? e.getValue().afterDeterminer() : e.getValue().afterNumber())
        .map(e -> e.getKey()).toList();
  }

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search search = FRACTION_DET.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      if (NOT_FRACTION_AFTER.matcher(t.slice(m.end(), m.end() + 15)).find()) {
        continue;
      }
      Figure.Draft f = Figure.found(m.start(1), m.end(2), LEX.fractions.get(m.group(2)).value(), true);
      f.kind = NumberKind.FRACTION;
      figs.add(f.done());
    }
    // a number before a fraction noun: "les trois quarts", "deux tiers", "2/3" is left as digits
    for (int i = 1; i < t.words.length; i++) {
      String w = t.words[i];
      if (!AFTER_NUMBER.contains(w)) {
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
      double unitValue = LEX.fractions.get(w).value();
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
