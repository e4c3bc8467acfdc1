package io.newsfacts.ingest;

import io.newsfacts.model.Article;

/** Receives what reading produces: every input ends up as articles or as a named failure. */
public interface ArticleSink {
  void article(Article article);

  /** One input could not be read; {@code reason} is a short sentence for the user. */
  void failure(String source, String reason);

  /**
   * Something the user should know about an article that was still read (it is not in French,
   * for instance). The default prints {@code newsfacts: SOURCE: warning: message} on stderr;
   * callers with their own error stream override it.
   */
  default void warning(String source, String message) {
    System.err.println("newsfacts: " + source + ": warning: " + message);
  }
}
