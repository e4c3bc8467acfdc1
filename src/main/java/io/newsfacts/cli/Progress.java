package io.newsfacts.cli;

import io.newsfacts.ingest.InputFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A progress line on stderr for long runs: articles done, articles per second and, when the number
 * of input files is known, the estimated time left. Only when stderr is a terminal and not
 * {@code --quiet}; silent otherwise, so scripts see only errors.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private int expected;
  private long lastPrint;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.enabled = !quiet && System.console() != null;
  }

  /** Counts the input files of {@code paths} (cheap: names only, walked as the reader walks them) for an ETA. */
  Progress expecting(List<String> paths, boolean followLinks) {
    if (!enabled) {
      return this;
    }
    int n = 0;
    for (String p : paths) {
      Path path = Path.of(p);
      n += Files.isDirectory(path) ? InputFiles.list(path, followLinks).files().size() : 1;
    }
    expected = n;
    return this;
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
    double rate = done / Math.max(secs, 1e-3);
    String eta = "";
    if (expected > done && rate > 0) {
      long left = Math.round((expected - done) / rate);
      eta = String.format(" of ~%d, ETA %d:%02d", expected, left / 60, left % 60);
    }
    err.printf("\r%d articles%s, %.1f articles/s   ", done, eta, rate);
    err.flush();
  }

  void done(int done) {
    if (enabled && done > 0) {
      double secs = (System.nanoTime() - started) / 1e9;
      err.printf("\r%d articles in %.1f s (%.1f articles/s)          %n", done, secs, done / Math.max(secs, 1e-3));
      err.flush();
    }
  }
}
