package io.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quote annotator's spans include the marks; the contract's quote text does not. */
class PlainCoreNlpTest {
  private static String inner(String text, String quoted) {
    int start = text.indexOf(quoted);
    int end = start + quoted.length();
    int from = PlainCoreNlp.skipMark(text, start, end, 1);
    int to = PlainCoreNlp.skipMark(text, end, from, -1);
    return text.substring(from, to);
  }

  @Test
  void dropsOneMarkAndTheSpacesInsideIt() {
    assertEquals("ça ne se fait pas", inner("Il a dit « ça ne se fait pas » hier.", "« ça ne se fait pas »"));
    assertEquals("effet Trump", inner("l’«effet Trump»", "«effet Trump»"));
    assertEquals("hello", inner("he said ``hello'' then", "``hello''"));
    assertEquals("“Non”, a-t-il dit", inner("« “Non”, a-t-il dit »", "« “Non”, a-t-il dit »"));
  }
}
