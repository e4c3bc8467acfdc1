package io.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The named-entity CRF skips only sentences whose one capital is a grammatical first word. */
class NameSentencesTest {
  private final NameSentences sentences = new NameSentences();

  @Test
  void aSentenceOpenedByAGrammaticalWordWithNoOtherCapitalHoldsNoName() {
    assertFalse(sentences.mayHoldName(words("Il a été élu en mars .")));
    assertFalse(sentences.mayHoldName(words("Les prix ont encore augmenté .")));
    assertFalse(sentences.mayHoldName(words("et la suite est connue .")), "no capital at all");
  }

  @Test
  void aCapitalAfterTheFirstWordOrANonGrammaticalFirstWordMayBeAName() {
    assertTrue(sentences.mayHoldName(words("Il a rencontré Emmanuel Macron .")));
    assertTrue(sentences.mayHoldName(words("Paris a voté .")), "a name opening the sentence");
    assertTrue(sentences.mayHoldName(words("Selon lui , rien ne change .")), "not a closed-class word");
    assertTrue(sentences.mayHoldName(words("Les militants de l' UMP .")), "an acronym");
  }

  @Test
  void everyGrammaticalWordOfTheModelFileIsRead() {
    for (String line : Lexicon.lines("entities/grammatical-words.txt")) {
      String word = line.split(" ")[0];
      String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      assertFalse(sentences.mayHoldName(words(capitalised + " suite .")), line);
    }
    assertTrue(sentences.mayHoldName(words("Pourtant suite .")), "a word not in the list");
  }

  private static List<CoreLabel> words(String spaced) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : spaced.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(w);
      out.add(label);
    }
    return out;
  }
}
