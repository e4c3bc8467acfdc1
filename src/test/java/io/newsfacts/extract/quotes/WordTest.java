package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote rules' words: the shared reader's cut ({@code text.WordScanner.READER}, tested against
 * its regex in {@code text.WordScannerTest}) with lower-case forms whose apostrophes are straight.
 */
class WordTest {
  @Test
  void keepsElisionsTitlesAndInvertedSubjects() {
    String text = "M. Dupont, qu’il a reçu aujourd'hui, explique-t-il : « 55,4% » l'État.";
    List<Word> scanned = Word.scan(text, 0, text.length());
    for (Word w : scanned) {
      assertEquals(text.substring(w.start(), w.end()), w.text());
    }
    assertEquals(List.of("m.", "dupont", ",", "qu'", "il", "a", "reçu", "aujourd'hui", ",", "explique-t-il",
        ":", "«", "55,4%", "»", "l'", "état", "."), scanned.stream().map(Word::lower).toList());
  }

  @Test
  void dApresIsOnePreposition() {
    String text = "D’après lui, d'abord, après le vote.";
    assertEquals(List.of("d'après", "lui", ",", "d'", "abord", ",", "après", "le", "vote", "."),
        Word.scan(text, 0, text.length()).stream().map(Word::lower).toList());
  }
}
