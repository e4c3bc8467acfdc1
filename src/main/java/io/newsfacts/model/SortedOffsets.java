package io.newsfacts.model;

import java.util.function.IntUnaryOperator;

/**
 * Binary search over things kept in text order (tokens, mentions, sentences, marks), each read
 * through its offset. One search serves every "first at or after" and "last before" question.
 */
public final class SortedOffsets {
  private SortedOffsets() {}

  /**
   * The index of the first of {@code size} items whose offset is at least {@code at} ({@code
   * size} when none is): also the number of items whose offset is below {@code at}. Offsets must
   * not decrease with the index.
   */
  public static int firstAtLeast(int size, IntUnaryOperator offset, int at) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offset.applyAsInt(mid) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
