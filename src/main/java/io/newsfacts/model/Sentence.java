package io.newsfacts.model;

import java.util.List;

/** A sentence of the article: its character span and its tokens, in order. */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
    tokens = List.copyOf(tokens);
  }
}
