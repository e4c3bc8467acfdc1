package io.newsfacts.extract.numbers;

import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.List;
import java.util.regex.Matcher;

/** Collective nouns, approximate by nature: "une dizaine de", "des centaines de", "des dizaines de milliers de". */
final class CollectiveFinder implements FigureFinder {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** The words before a collective: "une", "des", "plusieurs"... ("de" after a verb: "plus de centaines"). */
  private static final List<String> DETERMINERS = List.of("une", "un", "des", "plusieurs", "quelques", "de", "d'");
  static final QuickFind COLLECTIVE = new QuickFind("(?<![\\p{L}])(" + NumberLexicon.alternation(DETERMINERS) + ")\\s*("
      + NumberLexicon.alternation(LEX.collectives.keySet()) + ")(?:\\s+(?:de|d')\\s*("
      + NumberLexicon.alternation(multiplying()) + ")(?![\\p{L}]))?(?=\\s+(?:de|d')|\\s*[,.;:)]|\\s*$)",
      NumberLexicon.firstChars(DETERMINERS), true, QuickFind.anchors(LEX.collectives.keySet()));

  /** The plural collectives of a thousand or more, which multiply one before them: "des dizaines de milliers". */
  private static List<String> multiplying() {
    return LEX.collectives.entrySet().stream().filter(e -> e.getKey().endsWith("s") && e.getValue() >= 1000)
        .map(e -> e.getKey()).toList();
  }

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search search = COLLECTIVE.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      String det = m.group(1);
      String noun = m.group(2);
      boolean vague = !det.equals("un") && !det.equals("une");
      if (!vague && (noun.endsWith("s") || NumberWords.isScale(noun))) {
        continue; // "un millions" does not exist; "un million" is a number, not a collective
      }
      if ((det.equals("de") || det.equals("d'")) && !vague) {
        continue;
      }
      if (det.equals("de") || det.equals("d'")) {
        // "de" alone before a collective: only "plus de centaines", rare; a "des" elided by "de" after a verb
        if (!noun.endsWith("s")) {
          continue;
        }
      }
      double v = LEX.collectives.get(noun);
      int end = m.end(2);
      if (m.group(3) != null) {
        v *= LEX.collectives.get(m.group(3));
        end = m.end(3);
      }
      Figure.Draft f = Figure.found(m.start(1), end, v, true);
      f.qualifier = vague ? Qualifier.AT_LEAST : Qualifier.APPROX;
      f.collective = true;
      figs.add(f.done());
    }
  }
}
