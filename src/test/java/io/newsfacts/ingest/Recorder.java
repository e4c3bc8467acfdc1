package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import java.util.ArrayList;
import java.util.List;

/** An {@link ArticleSink} that keeps everything it is given, for assertions. */
final class Recorder implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<String> failures = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void failure(String source, String reason) {
    failures.add(source + ": " + reason);
  }

  @Override
  public void warning(String source, String message) {
    warnings.add(source + ": " + message);
  }

  Article only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles.size() + "; failures " + failures);
    }
    return articles.get(0);
  }
}
