package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normalised view: one character for one, so offsets carry over; its words; its word forms. */
class NormalTextTest {
  @Test
  void lowerCaseStraightApostrophesPlainSpacesAndHyphensOneForOne() {
    String original = "L’État a versé 12,5\u00a0% – soit 1\u202f200\u2009€\taujourd\u02bchui.";
    String normal = NormalText.normalise(original);
    assertEquals("l'état a versé 12,5 % - soit 1 200 € aujourd'hui.", normal);
    assertEquals(original.length(), normal.length());
  }

  @Test
  void itsWordsAreRunsWithOffsetsIntoTheOriginal() {
    NormalText t = new NormalText("M. Dupont l’a dit :\nquatre-vingt-dix élèves.");
    assertArrayEquals(new String[] {"m", ".", "dupont", "l'", "a", "dit", ":", "quatre", "vingt", "dix", "élèves",
        "."}, t.words);
    for (int i = 0; i < t.words.length; i++) {
      assertEquals(t.words[i], NormalText.normalise(t.original.substring(t.wordStart[i], t.wordEnd[i])));
    }
    int quatre = t.wordAt(t.original.indexOf("quatre"));
    assertTrue(t.joined(quatre, quatre + 1));
    assertFalse(t.joined(quatre - 1, quatre)); // a line break between
    assertTrue(t.upperAt(t.original.indexOf("Dupont")));
    assertEquals(quatre - 1, t.wordBefore(t.original.indexOf("quatre")));
  }

  @Test
  void wordFormsForTheExtractors() {
    assertEquals("l’état", NormalText.lower("L’État"));
    assertEquals("l'état", NormalText.lowerStraight("L’État"));
    assertEquals("aujourd'hui", NormalText.lowerStraight("Aujourd’hui"));
  }
}
