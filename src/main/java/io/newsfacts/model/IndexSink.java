package io.newsfacts.model;

/**
 * Where a {@link FactKind} writes a fact's own fields into the search index (one document a fact).
 * Implemented by the {@code index} package; the fields every document has (type, text, sentence,
 * the names of the entities in the sentence, the article's metadata) are written there.
 */
public interface IndexSink {
  /** A value of {@code field}, which the kind declares in {@link FactKind#indexFields}; null is skipped. */
  void add(IndexField field, String value);

  /**
   * The fact's numeric value or range, what {@code search --min/--max} filter on; a null end is
   * open (unbounded). At most once a fact.
   */
  void range(Double low, Double high);

  /**
   * The fact's own date as a TIMEX3 value, what {@code search --from/--to} and {@code --sort date}
   * read. A fact that gives none (or none that names days) is dated by its article's publication.
   */
  void date(String timex);
}
