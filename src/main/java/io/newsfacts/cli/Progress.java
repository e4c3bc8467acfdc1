package io.newsfacts.cli;

import io.newsfacts.ingest.InputFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A progress line on stderr for long runs: articles done, articles per second and, when the number
 * of articles to come is known, the estimated time left: one a file, one a line of a {@code .jsonl}
 * stream (its lines are counted first, a fast pass over bytes the reading needs anyway). Only when
 * stderr is a terminal and not {@code --quiet}; silent otherwise, so scripts see only errors. A line
 * printed meanwhile (a failure, a warning) first {@link #clear}s the progress line, so it starts a
 * line of its own.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  int expected;
  private long lastPrint;
  /** Width of the longest progress line printed, and whether one is on the screen now. */
  private int shown;
  private boolean showing;

  Progress(PrintWriter err, boolean quiet) {
    this(!quiet && System.console() != null, err);
  }

  private Progress(boolean enabled, PrintWriter err) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress line shown whatever stderr is (tests). */
  static Progress shown(PrintWriter err) {
    return new Progress(true, err);
  }

  /** Counts the input files of {@code paths} (cheap: names only, walked as the reader walks them) for an ETA. */
  Progress expecting(List<String> paths, boolean followLinks) {
    if (!enabled) {
      return this;
    }
    int n = 0;
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        for (Path f : InputFiles.list(path, followLinks).files()) {
          n += articlesIn(f);
        }
      } else {
        n += p.equals("-") ? 0 : articlesIn(path);
      }
    }
    expected = n;
    return this;
  }

  /** One article a file; one a non-empty line for a JSON Lines stream. */
  static int articlesIn(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      return 1;
    }
    int lines = 0;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      boolean text = false;
      for (int r; (r = in.read(buf)) > 0; ) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            lines += text ? 1 : 0;
            text = false;
          } else if (buf[i] > ' ') {
            text = true;
          }
        }
      }
      return lines + (text ? 1 : 0);
    } catch (java.io.IOException e) {
      return 1; // the reader names the problem
    }
  }

  /** Rubs out the progress line, if one is showing, so that what is printed next starts a line. */
  synchronized void clear() {
    if (showing) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      showing = false;
    }
  }

  synchronized void step(int done) {
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
    String line = String.format("%d articles%s, %.1f articles/s", done, eta, rate);
    err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
    err.flush();
    shown = Math.max(shown, line.length());
    showing = true;
  }

  synchronized void done(int done) {
    clear();
    if (enabled && done > 0) {
      double secs = (System.nanoTime() - started) / 1e9;
      err.printf("%d articles in %.1f s (%.1f articles/s)%n", done, secs, done / Math.max(secs, 1e-3));
      err.flush();
    }
  }
}
