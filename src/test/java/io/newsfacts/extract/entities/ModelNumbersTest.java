package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The number a name ends with ({@link ModelNumbers}), on sentences tagged as CoreNLP's French
 * models tag them: each word "word/POS/NER", a "+" before a word the tokenizer cut off the one
 * before it with no space between them ("A" "+380/NUM/O" for "A380"), one sentence a line.
 */
class ModelNumbersTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** Canonical name -> type of each entity, in order of first mention. */
  private static Map<String, EntityType> entities(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String line : sentences) {
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String item : line.split(" ")) {
        boolean glued = item.startsWith("+");
        if (glued) {
          item = item.substring(1);
        }
        int b = item.lastIndexOf('/');
        int a = item.lastIndexOf('/', b - 1);
        String word = item.substring(0, a);
        if (text.length() > start && !glued) {
          text.append(' ');
        }
        tokens.add(new Token(word, text.length(), text.length() + word.length(),
            item.substring(a + 1, b), item.substring(b + 1)));
        text.append(word);
      }
      out.add(new Sentence(start, text.length(), tokens));
      text.append('\n');
    }
    AnnotatedText doc = new AnnotatedText(text.toString(), out);
    Map<String, EntityType> found = new LinkedHashMap<>();
    for (Entity e : EXTRACTOR.extract(doc)) {
      assertEquals(e.text(), doc.text().substring(e.start(), e.end()), "offsets of " + e);
      found.putIfAbsent(e.canonical(), e.type());
    }
    return found;
  }

  @Test
  void figuresTheTokenizerCutOffAModelAreItsOwn() {
    assertEquals(Map.of("Airbus A380", EntityType.MISC), entities(
        "Il/PRON/O a/AUX/O piloté/VERB/O l'/DET/O Airbus/PROPN/MISC A/PROPN/MISC +380/NUM/O "
            + "pendant/ADP/O dix/NUM/O ans/NOUN/O ./PUNCT/O"));
    assertEquals(Map.of("Caudron G.3", EntityType.MISC), entities(
        "Le/DET/O biplan/NOUN/O Caudron/PROPN/PER G./PROPN/PER +3/NUM/O a/AUX/O été/AUX/O "
            + "restauré/VERB/O ./PUNCT/O"));
  }

  @Test
  void aMediumKeepsTheFigureGluedToItsName() {
    assertEquals(Map.of("Europe1", EntityType.ORGANIZATION), entities(
        "Il/PRON/O parlait/VERB/O sur/ADP/O Europe/PROPN/ORG +1/NUM/O dimanche/NOUN/O ./PUNCT/O"));
  }

  @Test
  void aModelOneSpaceAfterABrandIsAProduct() {
    Map<String, EntityType> found = entities(
        "Le/DET/O Boeing/PROPN/ORG 747/NUM/O de/ADP/O la/DET/O compagnie/NOUN/O a/AUX/O "
            + "atterri/VERB/O ./PUNCT/O",
        "Le/DET/O Galaxy/PROPN/MISC Note/PROPN/MISC 7/NUM/O a/AUX/O pris/VERB/O feu/NOUN/O ./PUNCT/O");
    assertEquals(EntityType.MISC, found.get("Boeing 747"), found.toString());
    assertEquals(EntityType.MISC, found.get("Galaxy Note 7"), found.toString());
  }

  @Test
  void theNumberOfAKnownNameInsideStaysItsOwn() {
    Map<String, EntityType> found = entities(
        "Il/PRON/O était/AUX/O invité/VERB/O de/ADP/O l'/DET/O Emission/PROPN/MISC "
            + "politique/ADJ/MISC de/ADP/MISC France/PROPN/MISC 2/NUM/O ./PUNCT/O");
    assertEquals(EntityType.ORGANIZATION, found.get("France 2"), found.toString());
  }

  @Test
  void anEditionYearEndsTheNameOfAnEvent() {
    Map<String, EntityType> found = entities(
        "Les/DET/O Jeux/PROPN/MISC Olympiques/PROPN/MISC 2024/NUM/O auront/AUX/O lieu/NOUN/O "
            + "en/ADP/O France/PROPN/LOC ./PUNCT/O");
    assertEquals(EntityType.MISC, found.get("Jeux Olympiques 2024"), found.toString());
  }

  @Test
  void aNumberThatCountsOrScoresIsNoPartOfTheName() {
    assertEquals(Map.of("UMP", EntityType.ORGANIZATION), entities(
        "L'/DET/O UMP/PROPN/ORG 22,4/NUM/O %/NOUN/O ./PUNCT/O"));
    assertEquals(Map.of("FN", EntityType.ORGANIZATION), entities(
        "Le/DET/O FN/PROPN/ORG obtient/VERB/O enfin/ADV/O ,/PUNCT/O FN/PROPN/ORG 6/NUM/O %/NOUN/O ./PUNCT/O"));
    Map<String, EntityType> score = entities(
        "Macron/PROPN/MISC 1/NUM/O -/PUNCT/O Trump/PROPN/MISC 0/NUM/O ?/PUNCT/O");
    assertEquals(List.of("Macron", "Trump"), List.copyOf(score.keySet()));
    assertEquals(Map.of("Paris", EntityType.LOCATION), entities(
        "À/ADP/O Paris/PROPN/LOC 2/NUM/O 000/NUM/O manifestants/NOUN/O ont/AUX/O défilé/VERB/O ./PUNCT/O"));
    assertEquals(Map.of("Lyon", EntityType.LOCATION), entities(
        "Il/PRON/O enseigne/VERB/O à/ADP/O Lyon/PROPN/LOC 2/NUM/O depuis/ADP/O dix/NUM/O ans/NOUN/O ./PUNCT/O"));
  }
}
