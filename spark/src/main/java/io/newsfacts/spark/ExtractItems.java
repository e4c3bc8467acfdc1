package io.newsfacts.spark;

import io.newsfacts.json.FactsJson;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * On an executor: reads one {@link Item} and extracts the facts of its articles, as {@code newsfacts
 * extract --format jsonl} does: one JSON line per article, failures and warnings worded the same.
 * Messages go to an accumulator, to be printed by the driver.
 */
final class ExtractItems implements FlatMapFunction<Item, String> {
  private static final long serialVersionUID = 1L;

  private final LocalDate fallbackPublished;
  private final CollectionAccumulator<Message> messages;
  private final LongAccumulator articles;

  /**
   * @param fallbackPublished the publication date given to articles without one ({@code
   *     --published}), or null
   */
  ExtractItems(LocalDate fallbackPublished, CollectionAccumulator<Message> messages, LongAccumulator articles) {
    this.fallbackPublished = fallbackPublished;
    this.messages = messages;
    this.articles = articles;
  }

  @Override
  public Iterator<String> call(Item item) {
    Workers workers = Workers.get();
    List<String> lines = new ArrayList<>();
    ArticleSink sink = new ArticleSink() {
      private int seq;

      @Override
      public void article(Article article) {
        Article dated = fallbackPublished != null && article.published() == null
            ? article.withPublished(fallbackPublished) : article;
        try {
          lines.add(FactsJson.line(workers.pipeline().process(dated)));
          articles.add(1);
        } catch (RuntimeException | StackOverflowError e) { // as the CLI's OrderedRunner words it
          failure(article.source(), "extraction failed (" + e + ")");
        }
      }

      @Override
      public synchronized void failure(String source, String reason) {
        messages.add(new Message(item.part(), item.index(), seq++, source, reason, true));
      }

      @Override
      public synchronized void warning(String source, String message) {
        messages.add(new Message(item.part(), item.index(), seq++, source, message, false));
      }
    };
    if (item.line() != null) {
      workers.reader().readJsonlLine(item.line(), Math.toIntExact(item.index() + 1), item.path(), sink);
    } else {
      workers.reader().readFile(Path.of(item.path()), sink);
    }
    return lines.iterator();
  }
}
