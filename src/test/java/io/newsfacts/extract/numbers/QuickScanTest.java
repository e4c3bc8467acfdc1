package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.text.NormalText;
import io.newsfacts.text.WordScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The fast scans of the number extractor find what the plain regular expressions find: {@link
 * QuickFind} searches against {@link Matcher#find()}, and the words of {@link NormalText} ({@link
 * WordScanner#RUNS}) against their regex on number text.
 */
class QuickScanTest {
  private static final List<QuickFind> SEARCHES = List.of(DigitFinder.DIGITS, IdentifierFilter.PHONE,
      CollectiveFinder.COLLECTIVE, FractionFinder.FRACTION_DET, MultiplierFinder.VERB_MULTIPLIER,
      MultiplierFinder.NOUN_MULTIPLIER);

  /** Pieces of French news text around figures, and odd characters, glued at random. */
  private static final String[] PIECES = {"14 137", "1.200.000", "6.700,54", ",5", "3,5", "usd1,23", "eur 12",
      "+33 1 23 45 67 89", "01.23.45.67.89", "06-12-34-56-78", "0612345678", "une dizaine de", "des centaines de",
      "des dizaines de milliers de", "plusieurs millions,", "quelques milliers.", "d'une douzaine", "la moitié",
      "les trois quarts", "un tiers", "au quart de finale", "l'quart", "a doublé", "triplera", "décuplé",
      "le double", "quasiment le triple", "presque double", "quasi triple", "de", "d'", "une", "un", "des",
      "par", "le", "la", "les", "l'", "du", "au", "x", "é", "2019", "12", "0", "+", "-", ".", ",", " ", "  ", "\n",
      "(", ")", ":", "%", "€", "\u00a0", "\u0301", "\ud835\udc00", "\ud835", "'", "a1", "1a", "h", "18h30"};

  private static String randomText(Random random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void quickSearchesFindWhatTheirPatternsFind() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      String text = new NormalText(randomText(random, 60)).text;
      for (QuickFind q : SEARCHES) {
        List<String> expected = new ArrayList<>();
        Matcher m = q.pattern().matcher(text);
        while (m.find()) {
          expected.add(groups(m));
        }
        List<String> actual = new ArrayList<>();
        QuickFind.Search s = q.in(text);
        while (s.find()) {
          actual.add(groups(s.matcher()));
        }
        assertEquals(expected, actual, q.pattern() + " on: " + text);
      }
    }
  }

  @Test
  void wordScannerCutsWordsAsTheRegexDoes() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      String original = randomText(random, 60) + "Aujourd’hui L'État\u2019s quatre-vingt-dix aller- retour "
          + "\u00e9\u0301t\u00e9 \t\u2028\u0085\u000b\f\r\n1\u00bd \u0660\u0661 -x- -";
      NormalText t = new NormalText(original);
      List<String> expected = new ArrayList<>();
      Matcher m = WordScanner.RUNS_WORD.matcher(t.text);
      while (m.find()) {
        boolean inner = m.group().equals("-") && m.start() > 0 && m.end() < t.text.length()
            && Character.isLetter(t.text.charAt(m.start() - 1)) && Character.isLetter(t.text.charAt(m.end()));
        if (!inner) {
          expected.add(m.start() + "-" + m.end() + ":" + m.group());
        }
      }
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < t.words.length; i++) {
        actual.add(t.wordStart[i] + "-" + t.wordEnd[i] + ":" + t.words[i]);
      }
      assertEquals(expected, actual, original);
    }
  }

  private static String groups(Matcher m) {
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g <= m.groupCount(); g++) {
      sb.append(m.start(g)).append('-').append(m.end(g)).append(' ');
    }
    return sb.toString();
  }
}
