package io.newsfacts.ingest;

import io.newsfacts.model.ArticleSink;

/** An input that cannot become an article, with a reason a user can act on. */
public final class IngestException extends ArticleSink.Unreadable {
  private static final long serialVersionUID = 1L;

  public IngestException(String reason) {
    super(reason, null);
  }

  public IngestException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
