package io.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain CoreNLP's tags read as facts: CRF runs, NUM tokens, split digit groups joined back. */
class RawFactsTest {

  /**
   * One sentence of {@code text} cut at spaces (no-break spaces stay inside a token, as CoreNLP's
   * French tokenizer does); a token written {@code word/NUM} is tagged NUM, the others X.
   */
  private static AnnotatedText tagged(String marked) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String piece : marked.split(" ")) {
      if (text.length() > 0) {
        text.append(' ');
      }
      boolean num = piece.endsWith("/NUM");
      String word = num ? piece.substring(0, piece.length() - 4) : piece;
      tokens.add(new Token(word, text.length(), text.length() + word.length(), num ? "NUM" : "X", "O"));
      text.append(word);
    }
    return new AnnotatedText(text.toString(), List.of(new Sentence(0, text.length(), tokens)));
  }

  private static List<String> numbers(String marked) {
    AnnotatedText doc = tagged(marked);
    List<String> out = new ArrayList<>();
    for (NumberFact n : RawFacts.numbers(doc)) {
      assertEquals(n.text(), doc.text().substring(n.start(), n.end()));
      out.add(n.text() + "=" + n.value());
    }
    return out;
  }

  @Test
  void parsesFrenchDigits() {
    assertEquals(14137.0, RawFacts.parse("14 137"));
    assertEquals(14137.0, RawFacts.parse("14\u00A0137"));
    assertEquals(200000.0, RawFacts.parse("200\u202F000"));
    assertEquals(3.5, RawFacts.parse("3,5"));
    assertEquals(1_000_000.0, RawFacts.parse("1.000.000"));
    assertEquals(-2.0, RawFacts.parse("\u22122"));
    assertNull(RawFacts.parse("trois"));
    assertNull(RawFacts.parse("2016-2017"));
    assertNull(RawFacts.parse("35e"));
  }

  @Test
  void joinsDigitGroupsTheTokenizerSplit() {
    assertEquals(List.of("200 000=200000.0"), numbers("plus de 200/NUM 000/NUM visites"));
    assertEquals(List.of("1 200 000=1200000.0"), numbers("soit 1/NUM 200/NUM 000/NUM euros"));
    assertEquals(List.of("14 137,5=14137.5"), numbers("soit 14/NUM 137,5/NUM pages"));
  }

  @Test
  void keepsAdjacentNumbersApartWhenTheyAreNotDigitGroups() {
    assertEquals(List.of("2015=2015.0", "30=30.0"), numbers("en 2015/NUM 30/NUM personnes"));
    assertEquals(List.of("3,5=3.5", "200=200.0"), numbers("les 3,5/NUM 200/NUM"));
    assertEquals(List.of("5500=5500.0", "6000=6000.0"), numbers("entre 5500/NUM et 6000/NUM pages"));
  }

  @Test
  void leavesOutNumbersWithoutDigits() {
    assertEquals(List.of("14\u00A0137=14137.0"), numbers("trois/NUM fois 14\u00A0137/NUM"));
  }

  @Test
  void readsOneSurfaceTokenSplitByTheMultiWordSplitterOnce() {
    String text = "les 200 000";
    List<Token> tokens = List.of(new Token("les", 0, 3, "DET", "O"), new Token("200", 4, 7, "NUM", "O"),
        new Token("200", 4, 7, "NUM", "O"), new Token("000", 8, 11, "NUM", "O"));
    AnnotatedText doc = new AnnotatedText(text, List.of(new Sentence(0, text.length(), tokens)));
    assertEquals(List.of("200 000"), RawFacts.numbers(doc).stream().map(NumberFact::text).toList());
  }

  @Test
  void eachRunOfOneTagIsOneMentionWithItsOwnTextAsCanonical() {
    AnnotatedText doc = HandText.of("[PER Jonathan Lavallée] a parlé de [ORG l’Immigration] à [LOC Ottawa] "
        + "[LOC Québec]. [MISC Trump»] et [PER Me Boudreault] aussi.");
    List<String> found = new ArrayList<>();
    for (Entity e : RawFacts.entities(doc)) {
      assertEquals(e.text(), doc.text().substring(e.start(), e.end()));
      found.add(e.type() + " " + e.canonical());
    }
    assertEquals(List.of("PERSON Jonathan Lavallée", "ORGANIZATION l’Immigration", "LOCATION Ottawa Québec",
        "MISC Trump»", "PERSON Me Boudreault"), found);
  }
}
