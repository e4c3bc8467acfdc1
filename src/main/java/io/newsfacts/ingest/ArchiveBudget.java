package io.newsfacts.ingest;

import java.time.Duration;

/**
 * What one top-level file may cost to expand, shared by every archive nested inside it: a zip of
 * zips does not start again at each level. Bounds the bytes expanded (skipped entries count: they
 * are inflated all the same), the entries, the nesting depth and the time spent expanding. The
 * documents inside are then read as files are, each with its own time budget.
 *
 * <p>Not thread-safe: one top-level file is expanded on one thread.
 */
final class ArchiveBudget {
  static final long MAX_BYTES = 1024L * 1024 * 1024;
  static final int MAX_ENTRIES = 20_000;
  /** Archives inside archives inside the top-level one: {@code a.zip!/b.zip!/c.zip!/d.txt} is read, one more level is not. */
  static final int MAX_DEPTH = 3;

  /** The budget is used up: the rest of the top-level file is not read. */
  static final class Exhausted extends Exception {
    private static final long serialVersionUID = 1L;

    Exhausted(String reason) {
      super(reason, null, false, false);
    }
  }

  private final long maxNanos;
  private long nanos;
  private long bytes;
  private int entries;

  ArchiveBudget(Duration time) {
    this.maxNanos = time.toNanos();
  }

  /** Counts one more entry. */
  void entry() throws Exhausted {
    if (++entries > MAX_ENTRIES) {
      throw new Exhausted("more than " + MAX_ENTRIES + " entries, counting those of nested archives; the rest were not read");
    }
  }

  /** Counts {@code n} more bytes expanded, which took {@code elapsedNanos}. */
  void expanded(long n, long elapsedNanos) throws Exhausted {
    bytes += n;
    nanos += elapsedNanos;
    if (bytes > MAX_BYTES) {
      throw new Exhausted("expands to more than " + MAX_BYTES / (1024 * 1024)
          + " MB, counting nested archives (zip bomb?); the rest was not read");
    }
    if (nanos > maxNanos) {
      throw new Exhausted("expanding took more than " + maxNanos / 1_000_000_000L
          + " s, counting nested archives; the rest was not read");
    }
  }

  long bytes() {
    return bytes;
  }
}
