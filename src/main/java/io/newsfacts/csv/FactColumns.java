package io.newsfacts.csv;

import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fact columns of a CSV table: every field the kinds write ({@link FactKind#jsonFields}), each
 * once, in kind order. A kind's own {@code type} field (PERSON, DATE...) becomes {@link #FACT_TYPE},
 * since {@code type} is the fact kind's name in every row, as in search hits.
 */
final class FactColumns {
  /** The column of a fact's own type (an entity's PERSON, a date's TIME). */
  static final String FACT_TYPE = "factType";

  private FactColumns() {}

  /** The field names of {@code kinds}, {@code type} renamed, without {@code skip}. */
  static List<String> of(FactKindList kinds, Set<String> skip) {
    Set<String> out = new LinkedHashSet<>();
    for (FactKind<?> kind : kinds) {
      for (String field : kind.jsonFields()) {
        String column = column(field);
        if (!skip.contains(column)) {
          out.add(column);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The column a fact's JSON field goes to. */
  static String column(String field) {
    return field.equals("type") ? FACT_TYPE : field;
  }
}
