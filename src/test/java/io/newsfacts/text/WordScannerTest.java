package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The one word scanner: its two cuts on hand-written French, and the reader's cut against its
 * regular expression on random texts and regions (the runs' cut is checked the same way on number
 * text in {@code QuickScanTest}).
 */
class WordScannerTest {
  private static List<String> words(WordScanner scanner, String text) {
    List<String> out = new ArrayList<>();
    scanner.scan(text, 0, text.length(), (start, end) -> out.add(text.substring(start, end)));
    return out;
  }

  @Test
  void aReaderKeepsElisionsAloneAndAujourdhuiWhole() {
    assertEquals(List.of("L'", "État", "n'", "a", "jusqu'", "ici", "rien", "dit", "aujourd'hui", "."),
        words(WordScanner.READER, "L'État n'a jusqu'ici rien dit aujourd'hui."));
    assertEquals(List.of("Qu’", "il", "vienne", "aujourd’hui", "ou", "lorsqu’", "on", "voudra"),
        words(WordScanner.READER, "Qu’il vienne aujourd’hui ou lorsqu’on voudra"));
  }

  @Test
  void aReaderKeepsATitleWithItsPeriodBeforeAName() {
    assertEquals(List.of("M.", "Dupont", "et", "Mme", "Durand", "ont", "vu", "Dr.", "Martin", "."),
        words(WordScanner.READER, "M. Dupont et Mme Durand ont vu Dr.\u00a0Martin."));
    // no capital after it: the period is a full stop of its own
    assertEquals(List.of("Il", "a", "vu", "M", ".", "et", "lui"), words(WordScanner.READER, "Il a vu M. et lui"));
  }

  @Test
  void aReaderKeepsFiguresWithTheirSeparatorsAndPercentSign() {
    assertEquals(List.of("Le", "chômage", "a", "atteint", "12,5", "%", ",", "soit", "14.137", "personnes", "et", "55,4%"),
        words(WordScanner.READER, "Le chômage a atteint 12,5\u202f%, soit 14.137 personnes et 55,4%"));
  }

  @Test
  void aReaderKeepsInvertedSubjectsOnTheirVerbAndMarksApart() {
    assertEquals(List.of("«", "Jamais", "!", "»", ",", "a-t-il", "souligné", "X", "."),
        words(WordScanner.READER, "« Jamais ! », a-t-il souligné X."));
    assertEquals(List.of("«", "C'", "est", "fini", "…", "»", "a", "souligné", "Jean-Pierre", "Durand", "."),
        words(WordScanner.READER, "«C'est fini…» a souligné Jean-Pierre Durand."));
  }

  @Test
  void runsCutLettersFromDigitsAndKeepTheElidedApostrophe() {
    String normal = NormalText.normalise("Aujourd’hui, quatre-vingt-dix élèves et 12,5 % l’ont vu à 18h30.");
    assertEquals(List.of("aujourd'", "hui", ",", "quatre", "vingt", "dix", "élèves", "et", "12", ",", "5", "%",
        "l'", "ont", "vu", "à", "18", "h", "30", "."), words(WordScanner.RUNS, normal));
  }

  @Test
  void runsKeepAHyphenThatJoinsNoLetters() {
    assertEquals(List.of("aller", "retour", "-", "x", "-", "2", "-", "3"),
        words(WordScanner.RUNS, "aller-retour -x- 2-3"));
  }

  @Test
  void bothCutsReportOffsetsIntoTheText() {
    String text = "M. Dupont l’a dit : « 12,5 % ».";
    for (WordScanner s : List.of(WordScanner.READER, WordScanner.RUNS)) {
      s.scan(text, 0, text.length(), (start, end) -> assertEquals(text.substring(start, end).strip(),
          text.substring(start, end)));
    }
    List<String> region = new ArrayList<>();
    WordScanner.READER.scan(text, 3, 13, (start, end) -> region.add(start + "-" + end));
    assertEquals(List.of("3-9", "10-12", "12-13"), region); // "Dupont" "l’" "a", cut at the region's end
  }

  private static final String[] PIECES = {"aujourd'hui", "Aujourd’HUI", "aujourd'hu", "M.", "MM.", "Mgr.",
      "Dr.", "Pr.", "M", "Mme", " ", "  ", "\u00a0", "\u202f", "\n", "\t", "\r", "\u000b", "\f", "\u2028",
      "Lavallée", "l'", "L’", "qu'", "Qu’", "lorsqu'", "LORSQU'", "puisqu’", "jusqu'", "quoiqu'", "presqu'",
      "c'", "d'", "j'", "n'", "s'", "t'", "m'", "x'", "état", "État", "il", "a", "dit", "12", "3,5", "14.137",
      "55,4%", "%", "-", "—", "«", "»", "“", "”", "\"", "'", "’", ".", ",", ":", "?", "!", "_", "\u0301",
      "e\u0301", "\ud835\udc00", "\ud835", "\udc00", "²", "½", "Ⅻ", "٣", "explique-t-il", "a-t-on", "X", "Y"};

  private static List<String> byRegex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = WordScanner.READER_WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + " " + m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> byScan(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    WordScanner.READER.scan(text, from, to,
        (start, end) -> out.add(start + "-" + end + " " + text.substring(start, end).toLowerCase(Locale.ROOT)));
    return out;
  }

  @Test
  void aReaderCutsLikeItsRegexOnRandomTextsAndRegions() {
    Random random = new Random(3);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = 1 + random.nextInt(25);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
        if (random.nextInt(3) == 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      if (random.nextInt(4) == 0) {
        from = 0;
        to = text.length();
      }
      assertEquals(byRegex(text, from, to), byScan(text, from, to), "[" + from + ", " + to + ") of: " + text);
    }
  }
}
