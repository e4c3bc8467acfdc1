package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.testing.HandText;
import io.newsfacts.testing.Report;
import io.newsfacts.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Public French number test pairs (text -> value) from Duckling and text2num, copied into
 * ../shared/eval: at least 95% of them must come out right. Skipped when ../shared is absent.
 */
class ExternalPairsTest {
  private static final double REQUIRED = 0.95;
  private static final Pattern DIGITS_IN_EXPECTED = Pattern.compile("[+-]?\\d+(?:,\\d+)?");
  private final NumberExtractor extractor = new NumberExtractor();

  /**
   * Duckling's Numeral and AmountOfMoney rows: the text must give one figure with the value (or
   * the bounds for "between", "above", "under"); a named currency must give kind money.
   */
  @Test
  void ducklingNumeralAndMoneyPairs() throws IOException {
    Path tsv = SharedData.require("eval/duckling_fr/duckling_fr_examples.tsv");
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t");
      if (f.length < 3 || !(f[0].equals("Numeral") || f[0].equals("AmountOfMoney"))) {
        continue;
      }
      total++;
      List<NumberFact> facts = extractor.extract(HandText.of(f[1]), List.of());
      if (!ducklingRight(f[0], f[2], facts)) {
        wrong.add(f[0] + " '" + f[1] + "' expected " + f[2] + " got " + facts);
      }
    }
    report("duckling_fr numeral+money", total, wrong);
  }

  private static boolean ducklingRight(String dimension, String expected, List<NumberFact> facts) {
    if (facts.size() != 1) {
      return false;
    }
    NumberFact n = facts.get(0);
    if (dimension.equals("Numeral")) {
      return same(n.value(), Double.parseDouble(expected));
    }
    String[] parts = expected.split(" ");
    String currency = parts[parts.length - 1];
    if (!currency.equals("Unnamed") && n.kind() != NumberKind.MONEY) {
      return false;
    }
    if (expected.startsWith("[")) {
      String[] lh = expected.substring(1, expected.indexOf(']')).split(",");
      return n.qualifier() == Qualifier.RANGE && same(n.low(), Double.parseDouble(lh[0]))
          && same(n.high(), Double.parseDouble(lh[1]));
    }
    if (expected.startsWith("above ")) {
      return n.qualifier() == Qualifier.AT_LEAST && same(n.low(), Double.parseDouble(parts[1]));
    }
    if (expected.startsWith("under ")) {
      return n.qualifier() == Qualifier.AT_MOST && same(n.high(), Double.parseDouble(parts[1]));
    }
    return same(n.value(), Double.parseDouble(parts[0]));
  }

  /**
   * text2num's French cases. "text2num" rows: the words are one number with that value, or, for
   * "Raises ValueError" rows, not one number. "alpha2digit" rows: the figures of the sentence are,
   * in order, the numbers the expected sentence writes in digits. The one NotEqual row only checks
   * text2num's {@code signed=True} option, which has no counterpart here, and is left out.
   */
  @Test
  void text2numPairs() throws IOException {
    Path tsv = SharedData.require("eval/text2num_fr/text2num_fr_cases.tsv");
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (String line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5 || f[2].equals("NotEqual")) {
        continue;
      }
      total++;
      List<NumberFact> facts = extractor.extract(HandText.of(f[3]), List.of());
      boolean right;
      if (f[1].equals("text2num")) {
        boolean one = facts.size() == 1 && facts.get(0).text().equals(f[3].strip());
        right = f[2].equals("Equal") ? one && same(facts.get(0).value(), Double.parseDouble(f[4])) : !one;
      } else {
        List<Double> expected = new ArrayList<>();
        Matcher m = DIGITS_IN_EXPECTED.matcher(f[4]);
        while (m.find()) {
          expected.add(Double.parseDouble(m.group().replace(',', '.')));
        }
        right = expected.size() == facts.size();
        for (int i = 0; right && i < expected.size(); i++) {
          right = same(facts.get(i).value(), expected.get(i));
        }
      }
      if (!right) {
        wrong.add(f[0] + " '" + f[3] + "' expected " + f[4] + " got " + facts);
      }
    }
    report("text2num_fr", total, wrong);
  }

  private static boolean same(Double a, double b) {
    return a != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  private static void report(String name, int total, List<String> wrong) {
    double right = (total - wrong.size()) / (double) total;
    Report.printf("%s: %d/%d right (%.1f%%)%n", name, total - wrong.size(), total, 100 * right);
    wrong.forEach(w -> Report.printf("  wrong: %s%n", w));
    assertTrue(total > 0 && right >= REQUIRED, name + ": " + (total - wrong.size()) + "/" + total + " right");
  }
}
