package io.newsfacts;

import io.newsfacts.extract.dates.DateExtractor;
import io.newsfacts.extract.entities.EntityExtractor;
import io.newsfacts.extract.numbers.NumberExtractor;
import io.newsfacts.extract.quotes.QuoteExtractor;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.ingest.ArticleSink;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
import io.newsfacts.nlp.FrenchAnnotator;
import io.newsfacts.nlp.NlpSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one place the stages meet: read, clean, annotate, extract each fact kind, hand on. Built
 * once (the CoreNLP models take seconds to load) and shared by all threads.
 */
public final class Pipeline {
  private final Function<String, AnnotatedText> annotator;
  private final EntityExtractor entities;
  private final DateExtractor dates;
  private final NumberExtractor numbers;
  private final QuoteExtractor quotes;

  public Pipeline(Function<String, AnnotatedText> annotator, EntityExtractor entities,
      DateExtractor dates, NumberExtractor numbers, QuoteExtractor quotes) {
    this.annotator = annotator;
    this.entities = entities;
    this.dates = dates;
    this.numbers = numbers;
    this.quotes = quotes;
  }

  /** The full French pipeline on CoreNLP with {@code settings}. */
  public static Pipeline create(NlpSettings settings) {
    return create(new FrenchAnnotator(settings));
  }

  /** The full pipeline on an annotator that is already loaded. */
  public static Pipeline create(FrenchAnnotator nlp) {
    return new Pipeline(nlp::annotate, new EntityExtractor(), new DateExtractor(),
        new NumberExtractor(), new QuoteExtractor());
  }

  /** Every fact of one article. */
  public ArticleFacts process(Article article) {
    long t0 = System.nanoTime();
    AnnotatedText doc = annotator.apply(article.text());
    long t1 = System.nanoTime();
    List<Entity> people = entities.extract(doc);
    long t2 = System.nanoTime();
    List<DateFact> when = dates.extract(doc, article.published());
    long t3 = System.nanoTime();
    List<NumberFact> figures = numbers.extract(doc, when);
    long t4 = System.nanoTime();
    List<Quote> said = quotes.extract(doc, people);
    long t5 = System.nanoTime();
    stageNanos[0].add(t1 - t0);
    stageNanos[1].add(t2 - t1);
    stageNanos[2].add(t3 - t2);
    stageNanos[3].add(t4 - t3);
    stageNanos[4].add(t5 - t4);
    return new ArticleFacts(article, people, figures, when, said, doc);
  }

  /** Names of the stages timed by {@link #stageSeconds()}, in pipeline order. */
  public static final List<String> STAGES = List.of("corenlp", "entities", "dates", "numbers", "quotes");

  private final LongAdder[] stageNanos = {new LongAdder(), new LongAdder(), new LongAdder(),
      new LongAdder(), new LongAdder()};

  /** CPU-thread seconds spent so far in each stage of {@link #STAGES}, summed over threads. */
  public double[] stageSeconds() {
    double[] out = new double[stageNanos.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = stageNanos[i].sum() / 1e9;
    }
    return out;
  }

  /** Receives results in input order. */
  public interface ResultSink {
    void facts(ArticleFacts facts);

    void failure(String source, String reason);

    /** Something a user should know about an input that was still processed (e.g. not French). */
    default void warning(String source, String message) {}
  }

  /**
   * Reads {@code paths} and processes their articles on {@code threads} threads, handing results
   * to {@code sink} in input order while holding at most a few articles per thread in memory.
   */
  public void run(ArticleReader reader, List<String> paths, int threads, java.time.LocalDate fallbackPublished,
      ResultSink sink) {
    run(articles -> reader.read(paths, articles), threads, fallbackPublished, sink);
  }

  /**
   * Same, for the articles that {@code source} hands to the sink it is given (called once, on this
   * thread; results reach {@code sink} on this thread too, in the order the articles were handed).
   */
  public void run(Consumer<ArticleSink> source, int threads, java.time.LocalDate fallbackPublished,
      ResultSink sink) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "newsfacts-worker");
      t.setDaemon(true);
      return t;
    });
    int window = Math.max(2, threads * 4);
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    try {
      source.accept(new ArticleSink() {
        @Override
        public void article(Article article) {
          Article a = article.published() == null && fallbackPublished != null
              ? article.withPublished(fallbackPublished) : article;
          pending.add(pool.submit(() -> {
            try {
              return new Outcome(process(a), null, a.source());
            } catch (RuntimeException | StackOverflowError e) {
              return new Outcome(null, "extraction failed (" + e + ")", a.source());
            }
          }));
          drain(pending, window, sink);
        }

        @Override
        public void later(String source, ArticleSink.Reading reading) {
          // read on a worker too: a slow page holds up its own slot, not every other file
          pending.add(pool.submit(() -> {
            Article read;
            try {
              read = reading.read();
            } catch (io.newsfacts.ingest.IngestException e) {
              return new Outcome(null, e.getMessage(), source);
            }
            Article a = read.published() == null && fallbackPublished != null
                ? read.withPublished(fallbackPublished) : read;
            try {
              return new Outcome(process(a), null, a.source());
            } catch (RuntimeException | StackOverflowError e) {
              return new Outcome(null, "extraction failed (" + e + ")", a.source());
            }
          }));
          drain(pending, window, sink);
        }

        @Override
        public void warning(String source, String message) {
          sink.warning(source, message);
        }

        @Override
        public void failure(String source, String reason) {
          pending.add(java.util.concurrent.CompletableFuture.completedFuture(new Outcome(null, reason, source)));
          drain(pending, window, sink);
        }
      });
      drain(pending, 0, sink);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Outcome(ArticleFacts facts, String error, String source) {}

  private static void drain(Deque<Future<Outcome>> pending, int keep, ResultSink sink) {
    while (pending.size() > keep) {
      Outcome o;
      try {
        o = pending.removeFirst().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (o.facts() != null) {
        sink.facts(o.facts());
      } else {
        sink.failure(o.source(), o.error());
      }
    }
  }
}
