package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvQuotedLinesTest {

  @Test
  void aLineQuotedByAnExportLosesItsQuotesAndUndoublesTheInnerOnes() {
    String text = "\"Poutine réfute les accusations du \"\"Canard Enchaîné\"\" sur sa rencontre\"\n\n"
        + "Le Kremlin a démenti.";
    assertEquals("Poutine réfute les accusations du \"Canard Enchaîné\" sur sa rencontre\n\n"
        + "Le Kremlin a démenti.", CsvQuotedLines.unescape(text));
  }

  @Test
  void aTitleStartingWithADoubledQuoteIsUnescapedToo() {
    assertEquals("\"Select\", la version secrète de Tinder",
        CsvQuotedLines.unescape("\"\"\"Select\"\", la version secrète de Tinder\""));
  }

  @Test
  void aQuotationOnItsOwnLineStays() {
    String text = "Elle a refusé.\n\"Vous n'allez pas me l'enlever quand même!\"\nPuis elle est partie.";
    assertEquals(text, CsvQuotedLines.unescape(text));
  }

  @Test
  void doubledQuotesInsideARunningLineStay() {
    String text = "Il a dit \"\"non\"\" deux fois.\n\"Oui\", a-t-elle répondu.";
    assertEquals(text, CsvQuotedLines.unescape(text));
  }
}
