package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets inside someone's words, as every stage should see them. */
class QuotationsTest {
  @Test
  void offsetsInsideEachKindOfMarkAreQuoted() {
    String text = "Il a dit « non merci » puis “jamais”, et \"plus tard\" ici.\n— Je pars, répond-il.\nFin.";
    Quotations q = Quotations.of(text);
    for (String inside : List.of("non merci", "jamais", "plus tard", "Je pars")) {
      assertTrue(q.inQuote(text.indexOf(inside)), inside);
    }
    for (String outside : List.of("Il a dit", "puis", "et", "ici", "Fin")) {
      assertFalse(q.inQuote(text.indexOf(outside)), outside);
    }
  }

  @Test
  void aNameLineIsNotQuotedButItsPairsAre() {
    String text = "Jean Dupont : Nous verrons bien demain\nSuite « du texte ici ».";
    Quotations q = Quotations.of(text);
    assertFalse(q.inQuote(text.indexOf("Nous verrons")));
    assertTrue(q.inQuote(text.indexOf("du texte")));
  }

  @Test
  void pairAtFindsOnlyPairsOfMarks() {
    String text = "— Une ligne de dialogue\nEt « une paire » ici.";
    Quotations q = Quotations.of(text);
    int inLine = text.indexOf("ligne");
    assertNull(q.pairAt(q.lastOpenedBy(inLine), inLine));
    int inPair = text.indexOf("paire");
    assertEquals(text.indexOf('«'), q.pairAt(q.lastOpenedBy(inPair), inPair).open());
    int after = text.indexOf("ici");
    assertNull(q.pairAt(q.lastOpenedBy(after), after));
    assertEquals(0, q.lastOpenedBy(0)); // the dialogue line opens where its line starts
  }

  @Test
  void marksMustComeInOrder() {
    List<QuoteMarks.Marked> marks = QuoteMarks.find("« un » et « deux »");
    assertThrows(IllegalArgumentException.class, () -> new Quotations(List.of(marks.get(1), marks.get(0))));
  }

  @Test
  void balancedCountsEachKindOfMark() {
    assertTrue(QuoteMarks.balanced("« a » “b” \"c\"", 0, 13));
    assertFalse(QuoteMarks.balanced("« a “b” \"c\"", 0, 11));
    assertFalse(QuoteMarks.balanced("a \"b", 0, 4));
  }
}
