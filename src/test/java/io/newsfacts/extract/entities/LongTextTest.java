package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity extractor reads a 300 KB article with thousands of mentions. How fast is the
 * benchmark's business (bench/throughput.sh, {@code newsfacts bench --only extractors}): a
 * wall-clock bound here would fail on a busy machine.
 */
class LongTextTest {
  @Test
  void aLongArticleIsReadWhole() {
    AnnotatedText doc = LongArticle.of(300_000, 2);
    List<Entity> found = new EntityExtractor().extract(doc);
    assertTrue(found.size() > 3000, "the article names thousands of entities: " + found.size());
  }
}
