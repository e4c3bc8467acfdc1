package io.newsfacts.model;

import java.util.List;
import java.util.Objects;

/**
 * A subject a user restricts searches to ({@code --topic immigration}): the terms and phrases whose
 * presence makes an article about it.
 *
 * @param name the topic's name, its file's name in {@code models/topics/}
 * @param terms words and phrases, as written in the list (the index's French analysis folds them)
 * @param minTerms how many different terms an article's title or text must hold to be about it
 */
public record Topic(String name, List<String> terms, int minTerms) {
  public Topic {
    Objects.requireNonNull(name, "name");
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("topic '" + name + "' has no terms");
    }
    if (minTerms < 1) {
      throw new IllegalArgumentException("minTerms must be at least 1, was " + minTerms);
    }
  }
}
