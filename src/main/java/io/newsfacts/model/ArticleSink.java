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
   * for instance): the receiver passes it on to the command's error stream.
   */
  void warning(String source, String message);
}
