package io.newsfacts;

import io.newsfacts.extract.dates.Dates;
import io.newsfacts.extract.entities.Entities;
import io.newsfacts.extract.numbers.Numbers;
import io.newsfacts.extract.quotes.Quotes;
import io.newsfacts.model.FactKindList;

/**
 * The registered fact kinds: the one list a new kind is added to (its own package holds everything
 * else about it). The order is the output order of CONTRACT.md (JSON arrays, tables, fact counts);
 * the pipeline runs each kind after the kinds it needs.
 */
public final class FactKinds {
  private FactKinds() {}

  public static final FactKindList STANDARD = FactKindList.of(
      Entities.KIND,
      Numbers.KIND,
      Dates.KIND,
      Quotes.KIND);
}
