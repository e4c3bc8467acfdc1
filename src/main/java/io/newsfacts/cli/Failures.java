package io.newsfacts.cli;

import java.io.PrintWriter;

/**
 * Prints one {@code newsfacts: PATH: reason} line per failed input and counts them; warnings too.
 * Names and reasons are shown with their control characters made {@link Visible}, so that no
 * input can write to the terminal or forge a line.
 */
final class Failures {
  private final PrintWriter err;
  private int count;
  /** Rubs out a progress line before each line printed, or null. */
  private Progress progress;

  Failures(PrintWriter err) {
    this.err = err;
  }

  /** Lines printed from now on start on a line of their own, not after the progress line. */
  Failures around(Progress p) {
    this.progress = p;
    return this;
  }

  synchronized void report(String source, String reason) {
    count++;
    clearProgress();
    line(err, source, reason);
  }

  /** A warning is printed but does not fail the run. */
  synchronized void warn(String source, String message) {
    clearProgress();
    line(err, source, "warning: " + message);
  }

  private void clearProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  /** {@code newsfacts: SOURCE: message} on {@code err}, flushed. */
  static void line(PrintWriter err, String source, String message) {
    String text = "newsfacts: " + (source == null ? "" : Visible.of(source) + ": ") + Visible.of(message);
    synchronized (err) {
      err.println(text);
      err.flush();
    }
  }

  synchronized int count() {
    return count;
  }

  synchronized int exitCode() {
    return count == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
