package io.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.ArticleSink;
import io.newsfacts.ingest.IngestException;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A slow input (a page that takes seconds to read) holds up its own place in the output, not the
 * other inputs: they are read and extracted meanwhile, and everything comes out in input order
 * (issue 17: three slow pages cost 180 s one after another while the other worker waited).
 */
class SlowInputTest {
  private static Article article(String name) {
    String text = "Le conseil de " + name + " a voté un budget de 12 millions d'euros jeudi.";
    return new Article(name, name + ".html", null, null, null, null, "fr", text);
  }

  @Test
  void otherInputsProceedWhileOneIsSlowToRead() {
    List<String> extracted = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch othersDone = new CountDownLatch(4);
    Pipeline pipeline = new Pipeline(text -> {
      extracted.add(text.substring(14, text.indexOf(" a voté")));
      if (!text.contains("slow")) {
        othersDone.countDown();
      }
      return HandText.of(text);
    }, FactKinds.STANDARD);
    List<String> out = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    pipeline.run(sink -> {
      sink.later("slow.html", () -> {
        try {
          // the slow page waits until the four others are extracted: with one thread reading
          // after another, this would time out
          assertTrue(othersDone.await(20, TimeUnit.SECONDS), "the other inputs were held up");
        } catch (InterruptedException e) {
          throw new IngestException("interrupted");
        }
        return article("slow");
      });
      for (String name : List.of("b", "c", "d")) {
        sink.later(name + ".html", () -> article(name));
      }
      sink.later("bad.html", () -> {
        throw new IngestException("no article text found in the page");
      });
      sink.article(article("e"));
    }, 2, null, new Pipeline.ResultSink() {
      @Override
      public void facts(ArticleFacts facts) {
        out.add(facts.article().source());
      }

      @Override
      public void failure(String source, String reason) {
        out.add(source);
        failures.add(source + ": " + reason);
      }
    });
    assertEquals(List.of("slow.html", "b.html", "c.html", "d.html", "bad.html", "e.html"), out, "input order");
    assertEquals(List.of("bad.html: no article text found in the page"), failures);
    assertEquals("slow", extracted.get(extracted.size() - 1), "the slow one was extracted last");
  }
}
