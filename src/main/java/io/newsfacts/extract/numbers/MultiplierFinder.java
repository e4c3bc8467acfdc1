package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.List;
import java.util.regex.Matcher;

/** Multiplier verbs and nouns: "a doublé", "sera triplé", "le double", "quasiment le triple". */
final class MultiplierFinder implements FigureFinder {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** The endings of a first-group verb: "doublé", "doublera", "doublaient", "doublant". */
  private static final List<String> ENDINGS = List.of("é", "ée", "és", "ées", "er", "era", "eront", "erait",
      "eraient", "ait", "aient", "ent", "ant");
  /** Before a multiplier noun: "le double", "quasiment le triple" (the figure then starts at "quasiment"). */
  private static final List<String> BEFORE_NOUN = List.of("le", "du", "au", "quasiment", "presque", "quasi");
  static final QuickFind VERB_MULTIPLIER = new QuickFind("(?<![\\p{L}])(" + NumberLexicon.alternation(words(true))
      + ")(" + NumberLexicon.alternation(ENDINGS) + ")(?![\\p{L}])",
      NumberLexicon.firstChars(words(true)), true, QuickFind.anchors(words(true)));
  static final QuickFind NOUN_MULTIPLIER = new QuickFind("(?<![\\p{L}])(" + NumberLexicon.alternation(BEFORE_NOUN)
      + ")\\s+(" + NumberLexicon.alternation(words(false)) + ")(?![\\p{L}])",
      NumberLexicon.firstChars(BEFORE_NOUN), true, QuickFind.anchors(words(false)));

  private static List<String> words(boolean verbs) {
    return LEX.multipliers.entrySet().stream().filter(e -> e.getValue().verb() == verbs).map(e -> e.getKey()).toList();
  }

  @Override
  public void find(NormalText t, List<Figure> figs) {
    QuickFind.Search verbs = VERB_MULTIPLIER.in(t.text);
    while (verbs.find()) {
      Matcher m = verbs.matcher();
      Figure.Draft f = Figure.found(m.start(), m.end(), LEX.multipliers.get(m.group(1)).factor(), true);
      f.kind = NumberKind.MULTIPLIER;
      figs.add(f.done());
    }
    QuickFind.Search nouns = NOUN_MULTIPLIER.in(t.text);
    while (nouns.find()) {
      Matcher n = nouns.matcher();
      Figure.Draft f = Figure.found(n.start(2), n.end(2), LEX.multipliers.get(n.group(2)).factor(), true);
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
