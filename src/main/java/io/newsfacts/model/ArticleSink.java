package io.newsfacts.model;

/**
 * Receives what reading produces: every input ends up as articles or as a named failure. Written
 * to by {@code ingest}, read by the pipeline and the index update.
 */
public interface ArticleSink {
  void article(Article article);

  /** One input could not be read; {@code reason} is a short sentence for the user. */
  void failure(String source, String reason);

  /**
   * Something the user should know about an article that was still read (it is not in French,
   * for instance): the receiver passes it on to the command's error stream. May be called from
   * the thread that runs a {@link Reading}.
   */
  void warning(String source, String message);

  /** Why an input has no article, as a sentence a user can act on. */
  class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /** Reading one document: its article, or {@link Unreadable} with the reason it has none. */
  interface Reading {
    Article read() throws Unreadable;
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
    } catch (Unreadable e) {
      failure(source, e.getMessage());
      return;
    }
    article(article);
  }
}
