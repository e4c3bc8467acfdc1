package io.newsfacts.ingest;

/** An input that cannot become an article, with a reason a user can act on. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  public IngestException(String reason) {
    super(reason);
  }

  public IngestException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
