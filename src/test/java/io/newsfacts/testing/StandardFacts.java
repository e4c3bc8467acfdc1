package io.newsfacts.testing;

import io.newsfacts.FactKinds;
import io.newsfacts.extract.dates.Dates;
import io.newsfacts.extract.entities.Entities;
import io.newsfacts.extract.numbers.Numbers;
import io.newsfacts.extract.quotes.Quotes;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
import java.util.List;

/** Hand-made facts of the standard kinds for one article (search and index tests). */
public final class StandardFacts {
  private StandardFacts() {}

  public static ArticleFacts of(Article article, List<Entity> entities, List<NumberFact> numbers,
      List<DateFact> dates, List<Quote> quotes, AnnotatedText annotated) {
    return ArticleFacts.builder(article, annotated, FactKinds.STANDARD)
        .put(Entities.KIND, entities)
        .put(Numbers.KIND, numbers)
        .put(Dates.KIND, dates)
        .put(Quotes.KIND, quotes)
        .build();
  }
}
