package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extract.entities.LongArticle;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.NumberFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The number extractor stays linear on long texts: 300 KB of news take well under a second. */
class LongTextTest {
  @Test
  void aLongArticleTakesWellUnderASecond() {
    NumberExtractor extractor = new NumberExtractor();
    extractor.extract(LongArticle.of(30_000, 1), List.of()); // warm-up: the bound is about the method
    AnnotatedText doc = LongArticle.of(300_000, 2);
    @SuppressWarnings("unchecked")
    List<NumberFact>[] found = new List[1];
    double seconds = LongArticle.seconds(() -> found[0] = extractor.extract(doc, List.of()));
    assertTrue(found[0].size() > 1000, "the article holds thousands of figures: " + found[0].size());
    assertTrue(seconds < 1.0, "300 KB took " + seconds + " s");
  }
}
