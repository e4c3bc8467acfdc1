package io.newsfacts.index;

import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.testing.HandText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real extractors on hand-made annotation (no models), optionally slowed down; and a run of {@link IndexUpdate}. */
final class TestPipelines {
  private TestPipelines() {}

  static Pipeline handText(long millisPerArticle) {
    return new Pipeline(text -> {
      if (millisPerArticle > 0) {
        try {
          Thread.sleep(millisPerArticle);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return HandText.of(text);
    }, FactKinds.STANDARD);
  }

  /** Runs one {@code newsfacts index} over {@code paths}; failures are collected as "source: reason". */
  static IndexUpdate.Summary index(Path dir, List<String> paths, int commitEvery, long millisPerArticle,
      List<String> failures) throws IOException {
    Pipeline pipeline = handText(millisPerArticle);
    ArticleReader reader = new ArticleReader();
    try (IndexUpdate update = new IndexUpdate(dir, commitEvery, FactKinds.STANDARD)) {
      pipeline.run(sink -> update.read(IndexUpdate.InputReader.of(reader::read, reader::files), paths, sink), 2, null, new Pipeline.ResultSink() {
        @Override
        public void facts(ArticleFacts facts) {
          try {
            update.written(facts);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void failure(String source, String reason) {
          try {
            update.failed();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          failures.add(source + ": " + reason);
        }
      });
      return update.summary();
    }
  }

  static IndexUpdate.Summary index(Path dir, List<String> paths) throws IOException {
    return index(dir, paths, 100, 0, new ArrayList<>());
  }

  /** Child process for the kill test: indexes {@code args[1]} into {@code args[0]} slowly, committing often. */
  public static void main(String[] args) throws IOException {
    index(Path.of(args[0]), List.of(args[1]), 5, 20, new ArrayList<>());
  }
}
