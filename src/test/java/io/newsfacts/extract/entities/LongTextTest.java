package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The entity extractor stays linear on long texts: a 300 KB article with thousands of mentions
 * takes well under a second (a scan of all mentions for each mention would take many).
 */
class LongTextTest {
  @Test
  void aLongArticleTakesWellUnderASecond() {
    EntityExtractor extractor = new EntityExtractor();
    extractor.extract(LongArticle.of(30_000, 1)); // the bound is about the method, not the JIT warming up
    AnnotatedText doc = LongArticle.of(300_000, 2);
    @SuppressWarnings("unchecked")
    List<Entity>[] found = new List[1];
    double seconds = LongArticle.seconds(() -> found[0] = extractor.extract(doc));
    assertTrue(found[0].size() > 3000, "the article names thousands of entities: " + found[0].size());
    assertTrue(seconds < 1.0, "300 KB took " + seconds + " s");
  }
}
