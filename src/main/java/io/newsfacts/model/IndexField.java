package io.newsfacts.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field of the search index that a {@link FactKind} declares and writes ({@code canonical},
 * {@code speaker}): declared once, so that the index writer and the searcher analyse it alike and a
 * query may name it ({@code numberKind:percent}).
 *
 * @param name the field's name in the index and in queries
 */
public record IndexField(String name, Type type) {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** How a value is indexed. */
  public enum Type {
    /** Matched exactly, also in queries ({@code entityType:PERSON}). */
    KEYWORD,
    /** French prose: elisions, case, accents and plurals folded. */
    TEXT,
    /** Names and roles: case and accents folded, no stemming, one name a value. */
    NAMES,
    /** A facet dimension counted by {@code search --facets}; one value a fact. */
    FACET
  }

  public IndexField {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("index field name must be a word in camelCase, was '" + name + "'");
    }
  }

  public static IndexField keyword(String name) {
    return new IndexField(name, Type.KEYWORD);
  }

  public static IndexField text(String name) {
    return new IndexField(name, Type.TEXT);
  }

  public static IndexField names(String name) {
    return new IndexField(name, Type.NAMES);
  }

  public static IndexField facet(String name) {
    return new IndexField(name, Type.FACET);
  }
}
