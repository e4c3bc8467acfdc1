package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Multiplier verbs and nouns: "a doublé", "sera triplé", "le double", "quasiment le triple". */
final class MultiplierFinder implements FigureFinder {
  static final QuickFind VERB_MULTIPLIER = new QuickFind(
      "(?<![\\p{L}])(doubl|tripl|quadrupl|quintupl|décupl|centupl)(é|ée|és|ées|er|era|eront|erait|eraient|ait|"
          + "aient|ent|ant)(?![\\p{L}])",
      "dtqc", true, List.of("doubl", "tripl", "quadrupl", "quintupl", "décupl", "centupl"));
  static final QuickFind NOUN_MULTIPLIER = new QuickFind(
      "(?<![\\p{L}])(le|du|au|quasiment|presque|quasi)\\s+(double|triple|quadruple)(?![\\p{L}])",
      "ldaqp", true, List.of("double", "triple", "quadruple"));
  private static final Map<String, Double> MULTIPLIER_STEMS = Map.of("doubl", 2.0, "tripl", 3.0, "quadrupl", 4.0,
      "quintupl", 5.0, "décupl", 10.0, "centupl", 100.0, "double", 2.0, "triple", 3.0, "quadruple", 4.0);

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search verbs = VERB_MULTIPLIER.in(t.text);
    while (verbs.find()) {
      Matcher m = verbs.matcher();
      Figure.Draft f = Figure.found(m.start(), m.end(), MULTIPLIER_STEMS.get(m.group(1)), true);
      f.kind = NumberKind.MULTIPLIER;
      figs.add(f.done());
    }
    QuickFind.Search nouns = NOUN_MULTIPLIER.in(t.text);
    while (nouns.find()) {
      Matcher n = nouns.matcher();
      Figure.Draft f = Figure.found(n.start(2), n.end(2), MULTIPLIER_STEMS.get(n.group(2)), true);
      f.kind = NumberKind.MULTIPLIER;
      String det = n.group(1);
      if (det.startsWith("quasi") || det.equals("presque")) {
        f.qualifier = Qualifier.APPROX;
        f.start = n.start(1);
      }
      figs.add(f.done());
    }
  }
}
