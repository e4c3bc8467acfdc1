package io.newsfacts.model;

import java.util.List;

/**
 * Finds the facts of one kind in one article. Built once per pipeline ({@link
 * FactKind#newExtractor}) and called from several threads at once: it keeps no state between calls.
 */
@FunctionalInterface
public interface FactExtractor<T extends Fact> {
  /**
   * The facts of {@code context}'s article, in text order. What the extractor needs from the
   * kinds that ran before it (its {@link FactKind#needs}) it reads with {@link
   * ExtractionContext#facts}.
   */
  List<T> extract(ExtractionContext context);
}
