package io.newsfacts.model;

import java.util.List;
import java.util.Objects;

/** An article and every fact extracted from it: the unit that is written and indexed. */
public record ArticleFacts(
    Article article,
    List<Entity> entities,
    List<NumberFact> numbers,
    List<DateFact> dates,
    List<Quote> quotes,
    AnnotatedText annotated) {

  public ArticleFacts {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    numbers = List.copyOf(numbers);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
  }
}
