package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The word scanner cuts any text, in any region, exactly as its regular expression does. */
class WordTest {
  private static final String[] PIECES = {"aujourd'hui", "Aujourd’HUI", "aujourd'hu", "M.", "MM.", "Mgr.",
      "Dr.", "Pr.", "M", "Mme", " ", "  ", "\u00a0", "\u202f", "\n", "\t", "\r", "\u000b", "\f", "\u2028",
      "Lavallée", "l'", "L’", "qu'", "Qu’", "lorsqu'", "LORSQU'", "puisqu’", "jusqu'", "quoiqu'", "presqu'",
      "c'", "d'", "j'", "n'", "s'", "t'", "m'", "x'", "état", "État", "il", "a", "dit", "12", "3,5", "14.137",
      "55,4%", "%", "-", "—", "«", "»", "“", "”", "\"", "'", "’", ".", ",", ":", "?", "!", "_", "\u0301",
      "e\u0301", "\ud835\udc00", "\ud835", "\udc00", "²", "½", "Ⅻ", "٣", "explique-t-il", "a-t-on", "X", "Y"};

  private static List<String> byRegex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = Word.WORD.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end() + " " + m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return out;
  }

  private static List<String> byScan(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    for (Word w : Word.scan(text, from, to)) {
      assertEquals(text.substring(w.start(), w.end()), w.text());
      out.add(w.start() + "-" + w.end() + " " + w.lower());
    }
    return out;
  }

  @Test
  void scansLikeTheRegexOnRandomTextsAndRegions() {
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
      assertEquals(byRegex(text, from, to), byScan(text, from, to),
          "[" + from + ", " + to + ") of: " + text);
    }
  }

  @Test
  void keepsElisionsTitlesAndInvertedSubjects() {
    String text = "M. Dupont, qu’il a reçu aujourd'hui, explique-t-il : « 55,4% » l'État.";
    List<String> words = Word.scan(text, 0, text.length()).stream().map(Word::lower).toList();
    assertEquals(List.of("m.", "dupont", ",", "qu'", "il", "a", "reçu", "aujourd'hui", ",", "explique-t-il",
        ":", "«", "55,4%", "»", "l'", "état", "."), words);
  }
}
