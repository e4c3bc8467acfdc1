package io.newsfacts.spark;

import java.io.Serializable;

/**
 * One unit of work for an executor: a file to read as {@code newsfacts extract} reads it, or one
 * line of a JSON Lines file. {@code part} and {@code index} place it in the input order (the order
 * of the output and of the messages).
 *
 * @param path the file as the user named it (or as the folder walk found it): articles' sources
 *     and messages name it so
 * @param line the line's bytes without its end, for a JSON Lines line; null for a file
 */
record Item(int part, long index, String path, byte[] line) implements Serializable {
  private static final long serialVersionUID = 1L;

  Item {
    if (path == null || part < 0 || index < 0) {
      throw new IllegalArgumentException("an item needs a path and a place, was " + path + " " + part + "/" + index);
    }
  }

  static Item file(int part, long index, String path) {
    return new Item(part, index, path, null);
  }

  /** Line {@code index + 1} of the JSON Lines file {@code path}. */
  static Item jsonlLine(int part, long index, String path, byte[] line) {
    return new Item(part, index, path, line);
  }
}
