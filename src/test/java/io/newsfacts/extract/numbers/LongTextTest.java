package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extract.entities.LongArticle;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.NumberFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number extractor reads 300 KB of news with thousands of figures. How fast is the benchmark's
 * business (bench/throughput.sh): a wall-clock bound here would fail on a busy machine.
 */
class LongTextTest {
  @Test
  void aLongArticleIsReadWhole() {
    AnnotatedText doc = LongArticle.of(300_000, 2);
    List<NumberFact> found = new NumberExtractor().extract(doc, List.of());
    assertTrue(found.size() > 1000, "the article holds thousands of figures: " + found.size());
  }
}
