package io.newsfacts.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A failure or a warning about one input, as {@code newsfacts extract} prints it on stderr. The job
 * collects them from the executors and prints them in input order once it is done.
 *
 * @param part the input part (see {@link InputPlan}), then the item's index and the message's
 *     number among the item's, so that messages sort in input order
 */
record Message(int part, long index, int seq, String source, String text, boolean failure)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static final Comparator<Message> INPUT_ORDER = Comparator.comparingInt(Message::part)
      .thenComparingLong(Message::index).thenComparingInt(Message::seq);

  /** The same message from a task that ran twice (a speculative copy) has the same place. */
  boolean samePlace(Message other) {
    return part == other.part && index == other.index && seq == other.seq;
  }
}
