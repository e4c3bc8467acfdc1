package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import io.newsfacts.model.NumberFact;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ICU's French spell-out is the oracle: any integer it writes in words, our extractor must read
 * back as that one integer.
 */
class SpellOutPropertyTest {
  private static final long MAX = 1_000_000_000_000L;

  @Test
  void icuFrenchSpellOutOfRandomIntegersReadsBack() {
    RuleBasedNumberFormat icu = new RuleBasedNumberFormat(Locale.FRENCH, RuleBasedNumberFormat.SPELLOUT);
    NumberExtractor extractor = new NumberExtractor();
    Random random = new Random(20161116L);
    List<String> wrong = new ArrayList<>();
    int runs = 10_000;
    for (int i = 0; i < runs; i++) {
      // half small numbers (where the French irregularities are), half anywhere up to 10^12
      long n = i % 2 == 0 ? random.nextInt(2_000_000) : (long) (random.nextDouble() * (MAX + 1));
      if (i < 3) {
        n = new long[] {0, 1, MAX}[i];
      }
      String words = icu.format(n);
      List<NumberFact> facts = extractor.extract(HandText.of(words), List.of());
      if (facts.size() != 1 || facts.get(0).value() == null || facts.get(0).value() != n
          || !facts.get(0).text().equals(words)) {
        wrong.add(n + " '" + words + "' -> " + facts);
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())), wrong.size() + " of " + runs + " wrong");
  }
}
