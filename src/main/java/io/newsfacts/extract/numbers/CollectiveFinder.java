package io.newsfacts.extract.numbers;

import io.newsfacts.model.Qualifier;
import java.util.List;
import java.util.regex.Matcher;

/** Collective nouns, approximate by nature: "une dizaine de", "des centaines de", "des dizaines de milliers de". */
final class CollectiveFinder implements FigureFinder {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  static final QuickFind COLLECTIVE = new QuickFind(
      "(?<![\\p{L}])(une|un|des|plusieurs|quelques|de|d')\\s*(dizaines?|douzaines?|quinzaine|vingtaines?|trentaine|"
          + "quarantaine|cinquantaine|soixantaine|centaines?|milliers?|millions|milliards)(?:\\s+(?:de|d')\\s*"
          + "(milliers|millions|milliards)(?![\\p{L}]))?(?=\\s+(?:de|d')|\\s*[,.;:)]|\\s*$)",
      "udpq", true, List.of("zaine", "ntaine", "gtaine", "milli"));

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search search = COLLECTIVE.in(t.text);
    while (search.find()) {
      Matcher m = search.matcher();
      String det = m.group(1);
      String noun = m.group(2);
      boolean vague = !det.equals("un") && !det.equals("une");
      if (!vague && (noun.endsWith("s") || noun.startsWith("million") || noun.startsWith("milliard"))) {
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
      double v = noun.startsWith("million") ? 1e6 : noun.startsWith("milliard") ? 1e9
          : LEX.collectives.getOrDefault(noun, 0.0);
      if (v == 0) {
        continue;
      }
      int end = m.end(2);
      if (m.group(3) != null) {
        v *= LEX.wordScales.getOrDefault(m.group(3), 1.0);
        end = m.end(3);
      }
      Figure.Draft f = Figure.found(m.start(1), end, v, true);
      f.qualifier = vague ? Qualifier.AT_LEAST : Qualifier.APPROX;
      f.collective = true;
      figs.add(f.done());
    }
  }
}
