package io.newsfacts.model;

import java.time.LocalDate;

/**
 * What the user asks the index; null fields do not filter.
 *
 * @param query free text in Lucene syntax, French-analysed
 * @param topic keeps the facts (or articles) of the articles about this topic, or null
 */
public record SearchRequest(
    String query,
    String type,
    String speaker,
    String entity,
    Double min,
    Double max,
    String unit,
    LocalDate from,
    LocalDate to,
    int limit,
    Topic topic) {

  /** A request without a topic. */
  public SearchRequest(String query, String type, String speaker, String entity, Double min, Double max, String unit,
      LocalDate from, LocalDate to, int limit) {
    this(query, type, speaker, entity, min, max, unit, from, to, limit, null);
  }

  public SearchRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (min != null && min.isNaN() || max != null && max.isNaN()) {
      throw new IllegalArgumentException((min != null && min.isNaN() ? "--min" : "--max") + " must be a number, was NaN");
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("--min " + min + " is above --max " + max);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }
}
