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
  /**
   * What a top-level file may expand to.
   *
   * @param depth archives inside archives: with 3, {@code a.zip!/b.zip!/c.zip!/d.txt} is read, one more level is not
   */
  record Limits(long bytes, int entries, int depth, Duration time) {
    static final Limits DEFAULT = new Limits(1024L * 1024 * 1024, 20_000, 3, Duration.ofSeconds(60));
  }

  /** The budget is used up: the rest of the top-level file is not read. */
  static final class Exhausted extends Exception {
    private static final long serialVersionUID = 1L;

    Exhausted(String reason) {
      super(reason, null, false, false);
    }
  }

  private final Limits limits;
  private long nanos;
  private long bytes;
  private int entries;

  ArchiveBudget(Limits limits) {
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  /** Counts one more entry. */
  void entry() throws Exhausted {
    if (++entries > limits.entries()) {
      throw new Exhausted("more than " + limits.entries() + " entries, counting those of nested archives; "
          + "the rest were not read");
    }
  }

  /** Counts {@code n} more bytes expanded, which took {@code elapsedNanos}. */
  void expanded(long n, long elapsedNanos) throws Exhausted {
    bytes += n;
    nanos += elapsedNanos;
    if (bytes > limits.bytes()) {
      throw new Exhausted("expands to more than " + megabytes(limits.bytes())
          + ", counting nested archives (zip bomb?); the rest was not read");
    }
    if (nanos > limits.time().toNanos()) {
      long ms = limits.time().toMillis();
      throw new Exhausted("expanding took more than " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms")
          + ", counting nested archives; the rest was not read");
    }
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
