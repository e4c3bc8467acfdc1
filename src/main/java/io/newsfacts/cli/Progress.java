package io.newsfacts.cli;

import java.io.PrintWriter;

/** Articles done and articles per second on stderr, only when stderr is a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastPrint;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.enabled = !quiet && System.console() != null;
  }

  void step(int done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < 500_000_000L) {
      return;
    }
    lastPrint = now;
    double secs = (now - started) / 1e9;
    err.printf("\r%d articles, %.1f articles/s ", done, done / Math.max(secs, 1e-3));
    err.flush();
  }

  void done(int done) {
    if (enabled && done > 0) {
      err.println();
      err.flush();
    }
  }
}
