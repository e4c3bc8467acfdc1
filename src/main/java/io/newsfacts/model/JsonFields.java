package io.newsfacts.model;

/**
 * Where a {@link FactKind} writes a fact's own fields for the extract JSON (and the copy stored in
 * the index for search hits): one JSON object, fields in the order written. Implemented by the
 * {@code json} package.
 */
public interface JsonFields {
  /** A string field; null writes JSON null. */
  void string(String name, String value);

  /** A number field; null writes JSON null, a whole number prints without ".0" (14137, not 14137.0). */
  void number(String name, Double value);

  /** An integer field (offsets). */
  void integer(String name, int value);
}
