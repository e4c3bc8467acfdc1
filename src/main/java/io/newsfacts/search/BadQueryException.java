package io.newsfacts.search;

/** The user's query cannot be understood; the message says why. */
public final class BadQueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
