package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared sentence splitter on hand-written French: full stops, titles, quotations, lines. */
class SentencesTest {
  /** The sentence running over offset {@code at}, with its closing mark, without the spaces around. */
  private static String sentence(String text, Sentences s, int at) {
    return text.substring(s.start(at), Math.min(text.length(), s.end(at) + 1)).strip();
  }

  /** The sentence holding the first occurrence of {@code inside}. */
  private static String sentenceOf(String text, String inside) {
    return sentence(text, Sentences.of(text), text.indexOf(inside));
  }

  /** Every sentence of {@code text}, walking from one end to the next. */
  private static List<String> all(String text) {
    Sentences s = Sentences.of(text);
    List<String> out = new ArrayList<>();
    for (int at = 0; at < text.length(); at = s.end(at) + 1) {
      String one = sentence(text, s, at);
      if (!one.isEmpty()) {
        out.add(one);
      }
    }
    return out;
  }

  @Test
  void aFullStopAQuestionAndAnExclamationEndSentences() {
    assertEquals(List.of("Le maire est venu.", "Pourquoi ?", "Personne ne le sait !", "Il repart demain."),
        all("Le maire est venu. Pourquoi ? Personne ne le sait ! Il repart demain."));
  }

  @Test
  void aTitleOrAnInitialDoesNotEndTheSentence() {
    assertEquals("M. Dupont et Mme. Durand ont vu J. Martin hier.",
        sentenceOf("M. Dupont et Mme. Durand ont vu J. Martin hier. Ils sont partis.", "Durand"));
    // the price of it: one capital before a full stop is read as an initial, so "a souligné X." runs on
    assertEquals("Le Dr. Roux a souligné X. Puis il est parti.",
        sentenceOf("Le Dr. Roux a souligné X. Puis il est parti.", "Roux"));
    assertEquals("Il l'a souligné.", sentenceOf("Il l'a souligné. Puis il est parti.", "Il"));
  }

  @Test
  void aQuotationIsReadOverWhole() {
    String text = "Début. « Nous sommes là. Nous restons ! », a souligné Marie Durand. Fin.";
    assertEquals(List.of("Début.", "« Nous sommes là. Nous restons ! », a souligné Marie Durand.", "Fin."),
        all(text));
    // from inside a quotation the start is read back over it (the quote's own opening), while the
    // end stops at the quotation's own full stop: the rules ask from the marks, not from inside
    assertEquals("« Nous sommes là. Nous restons !", sentenceOf(text, "restons"));
  }

  @Test
  void aQuotationEndingWithAStopBeforeACapitalClosesItsSentence() {
    String text = "Il l'a dit : « On a tourné six films ensemble. » Son épouse acquiesce.";
    assertEquals("Il l'a dit : « On a tourné six films ensemble. »", sentenceOf(text, "dit"));
    assertEquals("Son épouse acquiesce.", sentenceOf(text, "épouse"));
    // followed by a small letter, the quotation goes on with its sentence
    String on = "« C'est fini. » a-t-il dit aujourd'hui. Puis rien.";
    assertEquals("« C'est fini. » a-t-il dit aujourd'hui.", sentenceOf(on, "aujourd'hui"));
  }

  @Test
  void aLineBreakEndsTheSentenceAndStartsAParagraph() {
    String text = "Premier paragraphe sans point\nSecond paragraphe, aujourd'hui. Suite";
    assertEquals(List.of("Premier paragraphe sans point", "Second paragraphe, aujourd'hui.", "Suite"), all(text));
    assertEquals(text.indexOf("Second"), Sentences.of(text).paragraphStart(text.indexOf("Suite")));
  }

  @Test
  void figuresWithCommasPointsAndPercentsDoNotEndASentence() {
    assertEquals("Le taux atteint 12,5 % cette année, contre 3.5 avant.",
        sentenceOf("Le taux atteint 12,5 % cette année, contre 3.5 avant. Ensuite.", "taux"));
  }
}
