package io.newsfacts.search;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list computed a batch at a time, when first read: search hits are highlighted batch by batch
 * as the output reads them, so that printing starts at once, only one batch is held, and the work
 * grows with the number of hits and no faster.
 */
final class Batches<T> extends AbstractList<T> implements RandomAccess {
  /** Computes the elements {@code from} (inclusive) to {@code to} (exclusive). */
  interface Loader<T> {
    List<T> load(int from, int to);
  }

  private final int size;
  private final int batch;
  private final Loader<T> loader;
  private int loadedFrom = -1;
  private List<T> loaded = List.of();

  Batches(int size, int batch, Loader<T> loader) {
    if (size < 0 || batch < 1) {
      throw new IllegalArgumentException("size " + size + ", batch " + batch);
    }
    this.size = size;
    this.batch = batch;
    this.loader = loader;
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int from = index / batch * batch;
    if (from != loadedFrom) {
      loaded = loader.load(from, Math.min(size, from + batch));
      loadedFrom = from;
    }
    return loaded.get(index - from);
  }

  @Override
  public int size() {
    return size;
  }
}
