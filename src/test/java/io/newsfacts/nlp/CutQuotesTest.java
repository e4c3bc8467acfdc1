package io.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sentences cut inside a quote's attribution are one sentence; real ends stay ends. */
class CutQuotesTest {
  @Test
  void anExclamationInsideMarksFollowedByAnInciseDoesNotEndTheSentence() {
    assertTrue(cutAfter("«Ça ne se fait pas comme ça!», a souligné Me Boudreault.", "!»"));
    assertTrue(cutAfter("« Pourquoi moi ? » s'est-il demandé.", "? »"));
    assertTrue(cutAfter("« Pourquoi moi ?» demande-t-il.", "?»"));
  }

  @Test
  void theSplitterMayCutBeforeTheClosingMark() {
    String text = "«Ça ne se fait pas comme ça!», a souligné Me Boudreault.";
    int end = text.indexOf('!') + 1;
    assertTrue(CutQuotes.continues(text, end, end));
  }

  @Test
  void aQuoteClosingItsSentenceBeforeACapitalEndsIt() {
    assertFalse(cutAfter("« Ça ne se fait pas comme ça ! » Le juge a levé la séance.", "! »"));
    assertFalse(cutAfter("Il a crié. Puis, il est parti.", "."));
    assertFalse(cutAfter("Quelle honte ! et pourtant", "!"), "no quotation mark");
    assertFalse(cutAfter("« Ça suffit ! »\nsur la banderole", "! »"), "a new line");
  }

  /** Whether the text cut after the first {@code mark} reads on as one sentence. */
  private static boolean cutAfter(String text, String mark) {
    int end = text.indexOf(mark) + mark.length();
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return CutQuotes.continues(text, end, next);
  }
}
