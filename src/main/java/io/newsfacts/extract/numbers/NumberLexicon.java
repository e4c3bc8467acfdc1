package io.newsfacts.extract.numbers;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of models/numbers/, loaded once: the one place that knows their formats. The
 * classes that use a list build their patterns from it here (see {@link #alternation}), so an edit
 * to a file changes what the extractor reads. Entries are lower case unless a list says otherwise,
 * for the normalised text of {@link NormalText}.
 */
final class NumberLexicon {
  /** A head of the qualifier grammar: its label and the links that may follow it ("de", "d'"). */
  record QualifierHead(String words, String label, List<String> links) {}

  /** A currency form, the unit reported, where it stands, and whether it is a hundredth (centimes). */
  record Currency(String form, String unit, boolean after, boolean before, boolean hundredth, boolean code) {
    /** Whether {@code written} (the form as the text has it) names the currency: a code only in capitals. */
    boolean writtenAs(String written) {
      return !code || written.equals(written.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** A fraction noun: its value, and whether it reads after a determiner and after a number. */
  record Fraction(double value, boolean afterDeterminer, boolean afterNumber) {}

  /** A multiplier word: its factor, and whether it is a verb stem ("doubl") or a noun ("double"). */
  record Multiplier(double factor, boolean verb) {}

  static final NumberLexicon INSTANCE = new NumberLexicon();

  /** Scale words after digits ("millions") to their factor. */
  final Map<String, Double> wordScales = new LinkedHashMap<>();
  /** Scale suffixes glued to digits ("Md", "k") to their factor, as written. */
  final Map<String, Double> suffixScales = new LinkedHashMap<>();
  /** The suffixes that may also stand after a space before a currency sign ("2 M€"). */
  final Set<String> spacedSuffixes = new LinkedHashSet<>();
  final Map<String, Double> collectives = new LinkedHashMap<>();
  final Map<String, Fraction> fractions = new LinkedHashMap<>();
  final List<String> notFractionAfter = Lexicon.lines("numbers/not-fraction-after.txt");
  final Map<String, Multiplier> multipliers = new LinkedHashMap<>();
  final Map<String, String> periods = new LinkedHashMap<>();
  final Map<String, Currency> currencies = new LinkedHashMap<>();
  final List<String> gluedUnits = Lexicon.lines("numbers/glued-units.txt");
  final Set<String> timeUnits = Set.copyOf(Lexicon.lines("numbers/time-units.txt"));
  final Set<String> prenominal = Set.copyOf(Lexicon.lines("numbers/prenominal-adjectives.txt"));
  final Set<String> ordinalTitles = Set.copyOf(Lexicon.lines("numbers/ordinal-titles.txt"));
  final Set<String> unitStopwords = Set.copyOf(Lexicon.lines("numbers/unit-stopwords.txt"));
  /** The heads of the qualifier grammar (qualifier-grammar.txt): words to label and links. */
  final Map<String, QualifierHead> qualifierHeads = new LinkedHashMap<>();
  final List<String> intensifiers = new ArrayList<>();
  final List<String> negations = new ArrayList<>();
  /** Qualifier phrases after a figure to their label. */
  final Map<String, String> qualifiersAfter = new LinkedHashMap<>();
  final List<String> identifierWords = Lexicon.lines("numbers/not-before.txt");
  final List<String> addressWords = Lexicon.lines("numbers/not-after.txt");
  final List<String> ageMarkers = Lexicon.lines("numbers/age-markers.txt");
  final List<String> durationMarkers = Lexicon.lines("numbers/duration-markers.txt");
  final List<String> yearMarkers = Lexicon.lines("numbers/year-markers.txt");
  final List<String> changeVerbs = Lexicon.lines("numbers/change-verbs.txt");
  final List<String> scoreWords = Lexicon.lines("numbers/score-words.txt");

  private NumberLexicon() {
    for (String[] f : columns("scales.txt", 2, 3)) {
      double v = Double.parseDouble(f[1]);
      if (f[0].startsWith("suffix:")) {
        String suffix = f[0].substring(7);
        suffixScales.put(suffix, v);
        if (f.length == 3 && f[2].equals("spaced")) {
          spacedSuffixes.add(suffix);
        } else if (f.length == 3) {
          throw bad("scales.txt", "the third column can only be 'spaced'", f);
        }
      } else {
        wordScales.put(f[0], v);
      }
    }
    for (String[] f : columns("collectives.txt", 2, 2)) {
      collectives.put(f[0], Double.parseDouble(f[1]));
    }
    for (String[] f : columns("fractions.txt", 3, 3)) {
      boolean det = f[2].equals("determiner") || f[2].equals("both");
      boolean number = f[2].equals("number") || f[2].equals("both");
      if (!det && !number) {
        throw bad("fractions.txt", "after must be determiner, number or both", f);
      }
      fractions.put(f[0], new Fraction(Double.parseDouble(f[1]), det, number));
    }
    for (String[] f : columns("multipliers.txt", 3, 3)) {
      if (!f[2].equals("verb") && !f[2].equals("noun")) {
        throw bad("multipliers.txt", "the third column must be verb or noun", f);
      }
      multipliers.put(f[0], new Multiplier(Double.parseDouble(f[1]), f[2].equals("verb")));
    }
    for (String[] f : columns("periods.txt", 2, 2)) {
      periods.put(f[0], f[1]);
    }
    for (String[] f : columns("currencies.txt", 3, 4)) {
      boolean hundredth = f.length == 4 && f[3].equals("hundredth");
      boolean code = f.length == 4 && f[3].equals("code");
      if (f.length == 4 && !hundredth && !code || !List.of("after", "before", "both").contains(f[2])) {
        throw bad("currencies.txt", "expected form, unit, after|before|both[, hundredth|code]", f);
      }
      currencies.put(f[0], new Currency(f[0], f[1], !f[2].equals("before"), !f[2].equals("after"), hundredth,
          code));
    }
    for (String[] f : columns("qualifiers.txt", 3, 3)) {
      if (!List.of("approx", "atLeast", "atMost", "exact").contains(f[1]) || !f[2].equals("after")) {
        throw bad("qualifiers.txt", "expected phrase, approx|atLeast|atMost|exact, after", f);
      }
      qualifiersAfter.put(f[0], f[1]);
    }
    for (String[] f : columns("qualifier-grammar.txt", 2, 4)) {
      switch (f[0]) {
        case "intensifier" -> intensifiers.add(f[1]);
        case "negation" -> negations.add(f[1]);
        case "head" -> {
          if (f.length != 4 || !List.of("approx", "atLeast", "atMost", "exact", "far").contains(f[2])) {
            throw bad("qualifier-grammar.txt", "expected head, words, approx|atLeast|atMost|exact|far, links", f);
          }
          List<String> links = new ArrayList<>();
          for (String l : f[3].split(",")) {
            switch (l) {
              case "-" -> { }
              case "de" -> links.addAll(List.of("de", "d'"));
              case "que" -> links.addAll(List.of("que", "qu'"));
              case "à" -> links.add("à");
              default -> throw bad("qualifier-grammar.txt", "a link is de, que, à or -", f);
            }
          }
          qualifierHeads.put(f[1], new QualifierHead(f[1], f[2], List.copyOf(links)));
        }
        default -> throw bad("qualifier-grammar.txt", "a line is a head, an intensifier or a negation", f);
      }
    }
  }

  /** The currency forms that stand after a figure (or before it when {@code before}). */
  List<String> currencyForms(boolean before) {
    List<String> out = new ArrayList<>();
    for (Currency c : currencies.values()) {
      if (before ? c.before() : c.after()) {
        out.add(c.form());
      }
    }
    return out;
  }

  /** The tab-separated lines of models/numbers/{@code file}, each with {@code min} to {@code max} columns. */
  private static List<String[]> columns(String file, int min, int max) {
    List<String[]> out = new ArrayList<>();
    for (String line : Lexicon.lines("numbers/" + file)) {
      String[] f = line.split("\t");
      if (f.length < min || f.length > max) {
        throw bad(file, "expected " + min + (max > min ? " to " + max : "") + " tab-separated columns", f);
      }
      out.add(f);
    }
    return Collections.unmodifiableList(out);
  }

  private static IllegalStateException bad(String file, String what, String[] line) {
    return new IllegalStateException("models/numbers/" + file + ": " + what + ": " + String.join("\t", line));
  }

  /**
   * The phrases as a regex alternation, longest first so that "pas plus de" wins over "plus de". A
   * space in a phrase matches any run of spaces; the rest is literal.
   */
  static String alternation(Collection<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String p : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
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

  /** The first characters of {@code words}, for {@link QuickFind}. */
  static String firstChars(Collection<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.indexOf(w.substring(0, 1)) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }
}
