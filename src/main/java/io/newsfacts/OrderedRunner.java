package io.newsfacts;

import io.newsfacts.model.ArticleSink;
import io.newsfacts.model.Article;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on articles on a pool of threads and hands the results on in input order, holding at
 * most a few articles per thread in memory (the reader waits while the oldest is still running).
 */
public final class OrderedRunner {
  /** Receives results in input order, on the thread that called {@link #run}. */
  public interface Results<R> {
    void result(R result);

    /** An input that could not be read, or whose work failed. */
    void failure(String source, String reason);

    /** Something a user should know about an input that was still processed (e.g. not French). */
    void warning(String source, String message);
  }

  private final int threads;

  /** @param threads worker threads (at least one) */
  public OrderedRunner(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * Calls {@code source} once, on this thread, with a sink for its articles; runs {@code work} on
   * each article on the pool and hands its result, or its failure, to {@code results} in the order
   * the articles were handed, on this thread. Work that throws becomes a failure of its article.
   */
  public <R> void run(Consumer<ArticleSink> source, Function<Article, R> work, Results<R> results) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "newsfacts-worker");
      t.setDaemon(true);
      return t;
    });
    int window = Math.max(2, threads * 4);
    Deque<Future<Outcome<R>>> pending = new ArrayDeque<>();
    try {
      source.accept(new ArticleSink() {
        @Override
        public void article(Article article) {
          pending.add(pool.submit(() -> {
            try {
              return new Outcome<>(work.apply(article), null, article.source());
            } catch (RuntimeException | StackOverflowError e) {
              return new Outcome<>(null, "extraction failed (" + e + ")", article.source());
            }
          }));
          drain(pending, window, results);
        }

        @Override
        public void later(String source, Reading reading) {
          // read on a worker too: a slow page holds up its own slot, not every other file
          pending.add(pool.submit(() -> {
            Article read;
            try {
              read = reading.read();
            } catch (Unreadable e) {
              return new Outcome<>(null, e.getMessage(), source);
            }
            try {
              return new Outcome<>(work.apply(read), null, read.source());
            } catch (RuntimeException | StackOverflowError e) {
              return new Outcome<>(null, "extraction failed (" + e + ")", read.source());
            }
          }));
          drain(pending, window, results);
        }

        @Override
        public void warning(String source, String message) {
          results.warning(source, message);
        }

        @Override
        public void failure(String source, String reason) {
          pending.add(CompletableFuture.completedFuture(new Outcome<>(null, reason, source)));
          drain(pending, window, results);
        }
      });
      drain(pending, 0, results);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Outcome<R>(R result, String error, String source) {}

  private static <R> void drain(Deque<Future<Outcome<R>>> pending, int keep, Results<R> results) {
    while (pending.size() > keep) {
      Outcome<R> o;
      try {
        o = pending.removeFirst().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (o.error() == null) {
        results.result(o.result());
      } else {
        results.failure(o.source(), o.error());
      }
    }
  }
}
