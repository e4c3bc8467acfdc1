package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.testing.HandText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every entry of every list of models/numbers is read and does something: for each entry, a
 * French sentence built from it gives the figure the entry makes, and a control sentence without
 * it does not. An entry that no phrase can reach (a dead entry) fails here, and so an edit to a
 * file always changes what the extractor finds. Each list has its test, named in {@link #TESTED}.
 */
class WordListsTest {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** The files of models/numbers, each with the test below that reads every entry of it. */
  private static final Set<String> TESTED = Set.of("age-markers.txt", "change-verbs.txt", "collectives.txt",
      "currencies.txt", "duration-markers.txt", "fractions.txt", "glued-units.txt", "multipliers.txt",
      "not-after.txt", "not-before.txt", "not-fraction-after.txt", "number-words.txt", "ordinal-titles.txt",
      "periods.txt", "prenominal-adjectives.txt", "qualifier-grammar.txt", "qualifiers.txt", "scales.txt", "score-words.txt",
      "time-units.txt", "unit-stopwords.txt", "year-markers.txt");

  private final NumberExtractor extractor = new NumberExtractor();
  private final List<String> wrong = new ArrayList<>();

  @Test
  void everyListHasItsTest() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource("models/numbers")).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      Set<String> lists = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(TESTED), lists, "a list of models/numbers without its test in WordListsTest");
    }
  }

  @Test
  void ageMarkers() {
    control("Nous avons vu 40 ans.", none());
    for (String m : lines("age-markers.txt")) {
      expect(m, "Nous avons vu " + m + space(m) + "40 ans.", one(f -> f.text().equals("40 ans") && f.value() == 40));
    }
    done();
  }

  @Test
  void changeVerbs() {
    control("Le taux va de 3 à 5 %.", one(WordListsTest::isRange));
    for (String stem : lines("change-verbs.txt")) {
      // any ending: the stem matches the words it begins
      expect(stem, "Le taux a " + stem + "é de 3 à 5 %.", figures(2, f -> !isRange(f)));
    }
    done();
  }

  @Test
  void collectives() {
    for (Map.Entry<String, Double> e : LEX.collectives.entrySet()) {
      String noun = e.getKey();
      double v = e.getValue();
      if (noun.endsWith("s")) {
        expect(noun, "Il y a des " + noun + " de personnes.", one(f -> f.text().equals("des " + noun + " de personnes")
            && f.value() == v && f.qualifier() == Qualifier.AT_LEAST && "personnes".equals(f.unit())));
      } else {
        String det = noun.endsWith("aine") ? "une" : "un";
        expect(noun, "Il y a " + det + " " + noun + " de personnes.", one(f -> f.value() == v
            && f.qualifier() == Qualifier.APPROX && f.text().equals(det + " " + noun + " de personnes")));
      }
      if (noun.endsWith("s") && v >= 1000) {
        expect(noun, "Il y a des dizaines de " + noun + " de personnes.",
            one(f -> f.value() == 10 * v && f.text().startsWith("des dizaines de " + noun)));
      }
    }
    done();
  }

  @Test
  void currencies() {
    for (NumberLexicon.Currency c : LEX.currencies.values()) {
      // an ISO code counts only in capitals: "un à un ils" is no money
      String form = c.code() ? c.form().toUpperCase(Locale.ROOT) : c.form();
      if (c.code()) {
        expect(c.form(), "Il a payé 20 " + c.form() + " hier.", none(f -> f.kind() == NumberKind.MONEY));
      }
      Predicate<NumberFact> money = f -> f.kind() == NumberKind.MONEY && c.unit().equals(f.unit());
      if (c.after()) {
        expect(form, "Il a payé 20 " + form + " hier.", one(money.and(f -> f.text().equals("20 " + form))));
      }
      if (c.before()) {
        expect(form, "Il a payé " + form + " 20 hier.", one(money.and(f -> f.text().equals(form + " 20"))));
      }
      if (c.before() && form.chars().allMatch(Character::isLetter)) {
        expect(form, "Il a payé " + form + "1,5 hier.", one(money.and(f -> f.value() == 1.5)));
      }
      if (c.hundredth()) {
        expect(form, "Il a payé 20 euros et 50 " + form + ".", one(f -> f.value() == 20.5 && "euros".equals(f.unit())));
      }
    }
    done();
  }

  @Test
  void durationMarkers() {
    // after an age, "N ans" is an age too, unless a duration word comes right before it
    control("Un homme de 40 ans et puis 20 ans.", figures(2, f -> "ans".equals(f.unit())));
    for (String m : lines("duration-markers.txt")) {
      expect(m, "Un homme de 40 ans et puis " + m + space(m) + "20 ans.", one(f -> f.value() == 40));
    }
    done();
  }

  @Test
  void fractions() {
    for (Map.Entry<String, NumberLexicon.Fraction> e : LEX.fractions.entrySet()) {
      String noun = e.getKey();
      double v = e.getValue().value();
      if (e.getValue().afterDeterminer()) {
        String det = noun.endsWith("é") ? "la" : "un";
        expect(noun, "Il a perdu " + det + " " + noun + " des voix.", one(f -> f.kind() == NumberKind.FRACTION
            && f.value() == v && f.text().equals(det + " " + noun + " des voix")));
      } else {
        expect(noun, "Il a perdu la " + noun + " des voix.", none(f -> f.kind() == NumberKind.FRACTION));
      }
      if (e.getValue().afterNumber()) {
        expect(noun, "Il a perdu les trois " + noun + " des voix.", one(f -> f.kind() == NumberKind.FRACTION
            && f.value() == 3 * v && f.text().equals("les trois " + noun + " des voix")));
      } else {
        expect(noun, "Il a perdu les trois " + noun + " des voix.", none(f -> f.kind() == NumberKind.FRACTION));
      }
    }
    done();
  }

  @Test
  void gluedUnits() {
    control("Il a parcouru 3xz hier.", none());
    for (String u : lines("glued-units.txt")) {
      expect(u, "Il a parcouru 3" + u + " hier.", one(f -> f.text().equals("3" + u) && u.equals(f.unit())));
    }
    done();
  }

  @Test
  void multipliers() {
    for (Map.Entry<String, NumberLexicon.Multiplier> e : LEX.multipliers.entrySet()) {
      String w = e.getKey();
      Predicate<NumberFact> multiplier = f -> f.kind() == NumberKind.MULTIPLIER && f.value() == e.getValue().factor();
      if (e.getValue().verb()) {
        expect(w, "Le prix a " + w + "é.", one(multiplier.and(f -> f.text().equals(w + "é"))));
      } else {
        expect(w, "C'est le " + w + " du prix.", one(multiplier.and(f -> f.text().equals(w))));
      }
    }
    done();
  }

  @Test
  void addressWordsAfterAFigure() {
    control("Il a vu 12 chats hier.", one(f -> f.value() == 12));
    for (String w : lines("not-after.txt")) {
      expect(w, "Il a vu 12 " + w + " hier.", none());
    }
    done();
  }

  @Test
  void identifierWordsBeforeAFigure() {
    control("Il cite 12 ce matin.", one(f -> f.value() == 12));
    for (String w : lines("not-before.txt")) {
      expect(w, "Il cite " + w + " 12 ce matin.", none());
    }
    done();
  }

  @Test
  void notFractionAfter() {
    control("Il a vu les trois quarts de la salle.", one(f -> f.kind() == NumberKind.FRACTION));
    for (String w : lines("not-fraction-after.txt")) {
      String phrase = "trois quarts" + (w.startsWith("-") ? "" : " ") + w;
      expect(w, "Il a vu les " + phrase + " hier.", one(f -> f.kind() == NumberKind.COUNT && f.value() == 3));
    }
    done();
  }

  @Test
  void numberWords() {
    for (String[] f : columns("number-words.txt")) {
      String w = f[0];
      long v = Long.parseLong(f[1]);
      String phrase;
      long value;
      switch (f[2]) {
        case "unit" -> {
          phrase = "trente-" + w;
          value = 30 + v;
        }
        case "ten" -> {
          phrase = w.endsWith("s") ? "quatre-" + w : w; // "vingts" only ends a number
          value = w.endsWith("s") ? 4 * v : v;
        }
        case "hundred", "scale" -> {
          phrase = "deux " + w;
          value = 2 * v;
        }
        default -> {
          phrase = w;
          value = v;
        }
      }
      expect(w, "Il y a " + phrase + " voitures.", one(x -> x.text().equals(phrase + " voitures") && x.value() == value));
    }
    done();
  }

  @Test
  void ordinalTitles() {
    control("Le premier candidat est venu.", one(f -> f.kind() == NumberKind.ORDINAL));
    for (String w : lines("ordinal-titles.txt")) {
      expect(w, "Le premier " + w + " est venu.", none());
    }
    done();
  }

  @Test
  void periods() {
    control("Il gagne 20 euros hier.", one(f -> f.per() == null));
    for (Map.Entry<String, String> e : LEX.periods.entrySet()) {
      expect(e.getKey(), "Il gagne 20 euros " + e.getKey() + ".", one(f -> e.getValue().equals(f.per())));
    }
    done();
  }

  @Test
  void prenominalAdjectives() {
    control("Il a vu 2 rouges voitures.", one(f -> "rouges".equals(f.unit())));
    for (String adj : lines("prenominal-adjectives.txt")) {
      // an ordinal adjective is also a figure of its own ("premières"): only the first one counts here
      expect(adj, "Il a vu 2 " + adj + " voitures.", first(f -> f.value() == 2 && "voitures".equals(f.unit())));
    }
    done();
  }

  /** Every head of the grammar with each of its links, and every intensifier and negation with a head. */
  @Test
  void qualifiers() {
    for (NumberLexicon.QualifierHead h : LEX.qualifierHeads.values()) {
      List<String> phrases = new ArrayList<>();
      for (String link : h.links().isEmpty() ? List.of("") : h.links()) {
        phrases.add(h.words() + (link.isEmpty() ? "" : " " + link));
      }
      for (String q : phrases) {
        if (h.label().equals("far")) {
          // "loin de 20" bounds nothing; "pas loin de 20" is about 20
          expect(q, "Il y a " + q + space(q) + "20 voitures.", one(f -> f.text().equals("20 voitures")
              && f.qualifier() == Qualifier.EXACT));
          expect("pas " + q, "Il y a pas " + q + space(q) + "20 voitures.",
              one(f -> f.text().equals("pas " + q + space(q) + "20 voitures") && f.qualifier() == Qualifier.APPROX));
          continue;
        }
        expect(q, "Il y a " + q + space(q) + "20 voitures.", one(f -> f.text().equals(q + space(q) + "20 voitures")
            && f.qualifier().label().equals(h.label())));
      }
    }
    for (String i : LEX.intensifiers) {
      expect(i, "Il y a " + i + " plus de 20 voitures.", one(f -> f.text().equals(i + " plus de 20 voitures")
          && f.qualifier() == Qualifier.AT_LEAST));
    }
    for (String n : LEX.negations) {
      expect(n, "Il n'y a " + n + " plus de 20 voitures.", one(f -> f.text().equals(n + " plus de 20 voitures")
          && f.qualifier() == Qualifier.AT_MOST));
      expect(n, "Il n'y a " + n + " moins de 20 voitures.", one(f -> f.text().equals(n + " moins de 20 voitures")
          && f.qualifier() == Qualifier.AT_LEAST));
    }
    for (Map.Entry<String, String> e : LEX.qualifiersAfter.entrySet()) {
      expect(e.getKey(), "Il y a 20 voitures " + e.getKey() + ".",
          one(f -> f.value() == 20 && f.qualifier().label().equals(e.getValue())));
    }
    done();
  }

  @Test
  void scales() {
    for (Map.Entry<String, Double> e : LEX.wordScales.entrySet()) {
      expect(e.getKey(), "Il y a 3 " + e.getKey() + " voitures.", one(f -> f.value() == 3 * e.getValue()));
    }
    for (Map.Entry<String, Double> e : LEX.suffixScales.entrySet()) {
      String s = e.getKey();
      double v = e.getValue();
      expect(s, "Il y a 3" + s + " voitures.", one(f -> f.value() == 3 * v && f.text().startsWith("3" + s)));
      if (LEX.spacedSuffixes.contains(s)) {
        expect(s, "Il a payé 3 " + s + "€.", one(f -> f.value() == 3 * v && f.kind() == NumberKind.MONEY));
      } else {
        expect(s, "Il a payé 3 " + s + "€.", none(f -> f.value() == 3 * v));
      }
    }
    done();
  }

  @Test
  void scoreWords() {
    control("Le chat : 3-1.", none(f -> f.kind() == NumberKind.OTHER));
    for (String w : lines("score-words.txt")) {
      expect(w, "Le " + w + " : 3-1.", one(f -> f.kind() == NumberKind.OTHER && f.low() == 1 && f.high() == 3));
    }
    done();
  }

  @Test
  void timeUnits() {
    control("Il attend depuis trois voitures.", one(f -> f.value() == 3));
    for (String u : lines("time-units.txt")) {
      expect(u, "Il attend depuis trois " + u + ".", none());
    }
    done();
  }

  @Test
  void unitStopwords() {
    // a stop word is never the unit ("3 les"), nor the noun that makes a number word a pronoun ("voit l' deux")
    control("Il y a 3 chats.", one(f -> "chats".equals(f.unit())));
    control("Il voit chat deux.", none());
    for (String w : lines("unit-stopwords.txt")) {
      boolean noUnit = one(f -> f.value() == 3 && f.unit() == null).test(figures("Il y a 3 " + w + "."));
      boolean notPronoun = one(f -> f.value() == 2).test(figures("Il voit " + w + space(w) + "deux."));
      if (!noUnit && !notPronoun) {
        wrong.add(w + ": taken as a unit and as the noun before a pronoun");
      }
    }
    done();
  }

  @Test
  void yearMarkers() {
    control("Il a vendu 2014 voitures.", one(f -> f.value() == 2014));
    List<String> markers = new ArrayList<>(lines("year-markers.txt"));
    markers.addAll(FrenchCalendar.months().keySet()); // models/common: "mars 2014"
    for (String m : markers) {
      expect(m, "Il a vendu " + m + space(m) + "2014 voitures.", none());
    }
    done();
  }

  // ---------------------------------------------------------------- helpers

  private static boolean isRange(NumberFact f) {
    return f.qualifier() == Qualifier.RANGE;
  }

  /** No space after an elided word ("d'", "plus d'"). */
  private static String space(String phrase) {
    return phrase.endsWith("'") ? "" : " ";
  }

  private static List<String> lines(String file) {
    return Lexicon.lines("numbers/" + file);
  }

  private static List<String[]> columns(String file) {
    return lines(file).stream().map(l -> l.split("\t")).toList();
  }

  private List<NumberFact> figures(String sentence) {
    return extractor.extract(HandText.of(sentence), List.of());
  }

  private static Predicate<List<NumberFact>> none() {
    return List::isEmpty;
  }

  private static Predicate<List<NumberFact>> none(Predicate<NumberFact> p) {
    return facts -> facts.stream().noneMatch(p);
  }

  private static Predicate<List<NumberFact>> one(Predicate<NumberFact> p) {
    return facts -> facts.size() == 1 && p.test(facts.get(0));
  }

  private static Predicate<List<NumberFact>> first(Predicate<NumberFact> p) {
    return facts -> !facts.isEmpty() && p.test(facts.get(0));
  }

  private static Predicate<List<NumberFact>> figures(int n, Predicate<NumberFact> p) {
    return facts -> facts.size() == n && facts.stream().allMatch(p);
  }

  private void expect(String entry, String sentence, Predicate<List<NumberFact>> expected) {
    List<NumberFact> facts = figures(sentence);
    if (!expected.test(facts)) {
      wrong.add(entry + ": '" + sentence + "' -> " + facts.stream().map(NumberExtractorTest::render).toList());
    }
  }

  /** The sentence without the entry: it must not already give what the entries are tested for. */
  private void control(String sentence, Predicate<List<NumberFact>> expected) {
    expect("(control)", sentence, expected);
  }

  private void done() {
    assertEquals(List.of(), wrong);
  }
}
