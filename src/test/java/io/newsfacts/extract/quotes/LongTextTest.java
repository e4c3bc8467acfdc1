package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extract.entities.EntityExtractor;
import io.newsfacts.extract.entities.LongArticle;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor reads 300 KB with thousands of quotes and people, and finds most speakers.
 * How fast is the benchmark's business (bench/throughput.sh): a wall-clock bound here would fail
 * on a busy machine.
 */
class LongTextTest {
  @Test
  void aLongArticleIsReadWhole() {
    AnnotatedText doc = LongArticle.of(300_000, 2);
    List<Entity> people = new EntityExtractor().extract(doc);
    List<Quote> found = new QuoteExtractor().extract(doc, people);
    assertTrue(found.size() > 1000, "the article holds thousands of quotes: " + found.size());
    assertTrue(found.stream().filter(q -> q.speaker() != null).count() > 500, "most quotes have a speaker");
  }
}
