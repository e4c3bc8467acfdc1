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
 * The quote extractor stays linear on long texts: 300 KB with thousands of quotes and people take
 * well under a second (looking back over the whole text for each person or pronoun would not).
 */
class LongTextTest {
  @Test
  void aLongArticleTakesWellUnderASecond() {
    EntityExtractor entities = new EntityExtractor();
    QuoteExtractor extractor = new QuoteExtractor();
    AnnotatedText small = LongArticle.of(30_000, 1);
    extractor.extract(small, entities.extract(small)); // warm-up: the bound is about the method
    AnnotatedText doc = LongArticle.of(300_000, 2);
    List<Entity> people = entities.extract(doc);
    @SuppressWarnings("unchecked")
    List<Quote>[] found = new List[1];
    double seconds = LongArticle.seconds(() -> found[0] = extractor.extract(doc, people));
    assertTrue(found[0].size() > 1000, "the article holds thousands of quotes: " + found[0].size());
    assertTrue(found[0].stream().filter(q -> q.speaker() != null).count() > 500, "most quotes have a speaker");
    assertTrue(seconds < 1.0, "300 KB took " + seconds + " s");
  }
}
