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
   * callers with their own error stream override it. May be called from the thread that runs a
   * {@link Reading}.
   */
  default void warning(String source, String message) {
    System.err.println("newsfacts: " + source + ": warning: " + message);
  }

  /** Reading one document: its article, or an {@link IngestException} with the reason it has none. */
  interface Reading {
    Article read() throws IngestException;
  }

  /**
   * One input whose reading (parsing a page or a PDF) may take a while. A receiver with threads
   * may run it later on one of them, so that other inputs proceed meanwhile, and must then keep
   * its result in the input's place. The default reads it now, on the caller's thread.
   */
  default void later(String source, Reading reading) {
    Article article;
    try {
      article = reading.read();
    } catch (IngestException e) {
      failure(source, e.getMessage());
      return;
    }
    article(article);
  }
}
