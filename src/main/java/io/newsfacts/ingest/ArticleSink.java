package io.newsfacts.ingest;

import io.newsfacts.model.Article;

/** Receives what reading produces: every input ends up as articles or as a named failure. */
public interface ArticleSink {
  void article(Article article);

  /** One input could not be read; {@code reason} is a short sentence for the user. */
  void failure(String source, String reason);
}
