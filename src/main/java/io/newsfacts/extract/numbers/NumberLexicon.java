package io.newsfacts.extract.numbers;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of models/numbers/, loaded once, with the phrase patterns built from them.
 * Patterns run on the normalised text of {@link NormalText} (lower case, straight apostrophes,
 * plain spaces).
 */
final class NumberLexicon {
  record Currency(String form, String unit, boolean after, boolean before) {}

  record Qual(String phrase, String qualifier, boolean before) {}

  final Map<String, Double> wordScales = new HashMap<>();
  final Map<String, Double> suffixScales = new HashMap<>();
  final Map<String, Double> collectives = new HashMap<>();
  final Map<String, Double> fractions = new HashMap<>();
  final Map<String, String> periods = new HashMap<>();
  final Map<String, Currency> currencies = new HashMap<>();
  final Set<String> currencyUnits = new HashSet<>();
  final Set<String> timeUnits = new HashSet<>(Lexicon.lines("numbers/time-units.txt"));
  final Set<String> prenominal = new HashSet<>(Lexicon.lines("numbers/prenominal-adjectives.txt"));
  final Set<String> ordinalTitles = new HashSet<>(Lexicon.lines("numbers/ordinal-titles.txt"));
  final Set<String> unitStopwords = new HashSet<>(Lexicon.lines("numbers/unit-stopwords.txt"));
  final Map<String, String> qualifiersBefore = new HashMap<>();
  final Map<String, String> qualifiersAfter = new HashMap<>();

  /** A qualifier phrase ending right before a figure (group 1). */
  final Pattern qualifierBefore;
  /** A qualifier phrase starting right after a figure (group 1). */
  final Pattern qualifierAfter;
  /** A currency form ending right before a figure (group 1). */
  final Pattern currencyBefore;
  /** A currency form starting right after a figure (group 1). */
  final Pattern currencyAfter;
  /** A rate period starting at the position (group 1). */
  final Pattern period;
  /** An identifier word ending right before a figure ("article", "n°"). */
  final Pattern identifierBefore;
  /** An address word starting right after a figure ("rue"). */
  final Pattern addressAfter;
  /** An age marker ending right before a figure ("âgés de", "les"). */
  final Pattern ageBefore;

  static final NumberLexicon INSTANCE = new NumberLexicon();

  private NumberLexicon() {
    for (String[] p : Lexicon.pairs("numbers/scales.txt")) {
      double v = Double.parseDouble(p[1]);
      if (p[0].startsWith("suffix:")) {
        suffixScales.put(p[0].substring(7), v);
      } else {
        wordScales.put(p[0], v);
      }
    }
    for (String[] p : Lexicon.pairs("numbers/collectives.txt")) {
      collectives.put(p[0], Double.parseDouble(p[1]));
    }
    for (String[] p : Lexicon.pairs("numbers/fractions.txt")) {
      fractions.put(p[0], Double.parseDouble(p[1]));
    }
    for (String[] p : Lexicon.pairs("numbers/periods.txt")) {
      periods.put(p[0], p[1]);
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (String line : Lexicon.lines("numbers/currencies.txt")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("numbers/currencies.txt: expected form, unit, where: " + line);
      }
      boolean a = !f[2].equals("before");
      boolean b = !f[2].equals("after");
      currencies.put(f[0], new Currency(f[0], f[1], a, b));
      currencyUnits.add(f[1]);
      if (a) {
        after.add(f[0]);
      }
      if (b) {
        before.add(f[0]);
      }
    }
    List<String> qb = new ArrayList<>();
    List<String> qa = new ArrayList<>();
    for (String line : Lexicon.lines("numbers/qualifiers.txt")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("numbers/qualifiers.txt: expected phrase, qualifier, position: " + line);
      }
      if (f[2].equals("before")) {
        qualifiersBefore.put(f[0], f[1]);
        qb.add(f[0]);
      } else {
        qualifiersAfter.put(f[0], f[1]);
        qa.add(f[0]);
      }
    }
    qualifierBefore = Pattern.compile("(?:^|[^\\p{L}'-])(" + alternation(qb) + ")\\s*$");
    qualifierAfter = Pattern.compile("^\\s*(" + alternation(qa) + ")(?![\\p{L}])(?!\\s*(?:de|d'|que|qu'|en|du|des)(?![\\p{L}]))");
    currencyBefore = Pattern.compile("(?:^|[^\\p{L}])(" + alternation(before) + ")\\s?$");
    currencyAfter = Pattern.compile("^\\s?(" + alternation(after) + ")(?![\\p{L}])");
    period = Pattern.compile("^(" + alternation(new ArrayList<>(periods.keySet())) + ")(?![\\p{L}])");
    identifierBefore = Pattern.compile("(?:^|[^\\p{L}])(" + alternation(Lexicon.lines("numbers/not-before.txt"))
        + ")\\s*$");
    addressAfter = Pattern.compile("^\\s*(?:bis |ter )?(" + alternation(Lexicon.lines("numbers/not-after.txt"))
        + ")(?![\\p{L}])");
    ageBefore = Pattern.compile("(?:^|[^\\p{L}])(" + alternation(Lexicon.lines("numbers/age-markers.txt"))
        + ")\\s*$");
  }

  /** The phrases as a regex alternation, longest first so that "pas plus de" wins over "plus de". */
  static String alternation(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String p : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      // a space in a phrase matches any run of spaces; the rest is literal
      String[] parts = p.split(" ", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          sb.append("\\s+");
        }
        sb.append(Pattern.quote(parts[i]));
      }
    }
    return sb.toString();
  }
}
