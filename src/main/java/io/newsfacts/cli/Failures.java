package io.newsfacts.cli;

import java.io.PrintWriter;

/** Prints one {@code newsfacts: PATH: reason} line per failed input and counts them. */
final class Failures {
  private final PrintWriter err;
  private int count;

  Failures(PrintWriter err) {
    this.err = err;
  }

  void report(String source, String reason) {
    count++;
    err.println("newsfacts: " + source + ": " + reason);
    err.flush();
  }

  /** A warning is printed but does not fail the run. */
  void warn(String source, String message) {
    err.println("newsfacts: " + source + ": warning: " + message);
    err.flush();
  }

  int count() {
    return count;
  }

  int exitCode() {
    return count == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
