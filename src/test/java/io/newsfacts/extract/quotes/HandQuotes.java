package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.HandText;
import java.util.List;

/**
 * The quotes of hand-annotated French ({@link HandText}: "[PER Paul Martin]" marks an entity),
 * without the models, and the assertions the speaker tests share.
 */
final class HandQuotes {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private HandQuotes() {}

  static List<Quote> quotes(String marked) {
    AnnotatedText doc = HandText.of(marked);
    return EXTRACTOR.extract(doc, QuoteExtractorTest.entities(doc));
  }

  static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
    return qs.get(0);
  }

  static void assertSpeaker(Quote q, String speaker, String evidence) {
    assertEquals(speaker, q.speaker(), () -> "speaker of " + q);
    assertEquals(evidence, q.speakerEvidence(), () -> "evidence of " + q);
  }
}
