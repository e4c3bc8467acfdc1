package io.newsfacts;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Thread-seconds spent in each stage of a pipeline, summed over the threads that ran it. */
public final class StageTimes {
  private final List<String> names;
  private final LongAdder[] nanos;

  StageTimes(List<String> names) {
    this.names = List.copyOf(names);
    this.nanos = new LongAdder[names.size()];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  /** Adds the time since {@code since} to stage {@code stage}; returns the time now (the next stage's start). */
  long lap(int stage, long since) {
    long now = System.nanoTime();
    nanos[stage].add(now - since);
    return now;
  }

  /** The stages' names, in pipeline order: "corenlp", then each fact kind's plural. */
  public List<String> names() {
    return names;
  }

  /** Seconds spent so far in each stage of {@link #names}. */
  public double[] seconds() {
    double[] out = new double[nanos.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = nanos[i].sum() / 1e9;
    }
    return out;
  }

  /** Starts counting again from zero. */
  public void reset() {
    for (LongAdder n : nanos) {
      n.reset();
    }
  }
}
