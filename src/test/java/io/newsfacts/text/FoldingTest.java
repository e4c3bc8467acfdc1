package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast fold gives what the normaliser and regexes give. */
class FoldingTest {
  private static String byDefinition(String s) {
    return Folding.slowFold(s.replace('\u2019', '\'').replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT));
  }

  @Test
  void foldsAccentsCaseApostrophesAndSpaces() {
    assertEquals("l'etat francais", Folding.fold(" L’État \t\n Français\u00a0"));
    assertEquals("cote d'ivoire", Folding.fold("Côte  d'Ivoire"));
  }

  @Test
  void agreesWithTheNormaliserOnEveryCharacterAndOnRandomStrings() {
    for (char c = 0; c < 0x400; c++) {
      String s = "a" + c + "b";
      assertEquals(byDefinition(s), Folding.fold(s), "U+" + Integer.toHexString(c));
    }
    String[] pieces = {"é", "È", "ç", "œ", "Æ", "ß", "ǅ", "İ", "ı", "e\u0301", "\u0301", " ", "  ", "\t", "\n",
        "\u000b", "\f", "\r", "\u00a0", "\u2019", "'", "-", "Jean", "ÉCOLE", "\ud835\udc00", "Ω", "ﬁ", "ǈ", "x"};
    Random random = new Random(9);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(8); i >= 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      assertEquals(byDefinition(s), Folding.fold(s), s);
    }
  }
}
