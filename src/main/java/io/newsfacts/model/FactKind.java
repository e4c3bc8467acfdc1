package io.newsfacts.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind of fact (entities, numbers, dates, quotes, ...) and everything the rest of the tool needs
 * to know about it, in one class: its names, what it needs from the kinds before it, its extractor,
 * its JSON fields, its index fields and its table row. The rest of the tool goes through the
 * registered list ({@link FactKindList}) and never names a kind, so adding a kind is one new package
 * (its record, its extractor, this class) and one line in {@code io.newsfacts.FactKinds}.
 *
 * <p>Implementations are immutable and stateless, one instance a kind (compared by identity); they
 * write to the neutral interfaces of this package ({@link JsonFields}, {@link IndexSink}), never
 * to a library.
 *
 * @param <T> the record of this kind's facts
 */
public interface FactKind<T extends Fact> {
  /** The singular name: a fact document's and a search hit's {@code type}, {@code search --type} ("entity"). */
  String name();

  /** The plural name: the extract JSON array, the article's fact counts, the table heading ("entities"). */
  String plural();

  /** The record of this kind's facts; no two registered kinds share one. */
  Class<T> factType();

  /**
   * The fact types this kind's extractor reads from {@link ExtractionContext#facts} (quotes need
   * the entities, to name speakers): the pipeline runs their kinds first, and a kind that reads
   * one it does not declare fails.
   */
  default List<Class<? extends Fact>> needs() {
    return List.of();
  }

  /**
   * Builds this kind's extractor: called once per pipeline (it may read word lists); the extractor
   * is shared by all threads.
   */
  FactExtractor<T> newExtractor();

  /** Writes {@code fact}'s own fields (those of CONTRACT.md for the standard kinds), in order. */
  void writeJson(T fact, JsonFields out);

  /**
   * The names of the fields {@link #writeJson} writes, in its order: the columns of the CSV output
   * (a field not listed here is left out of CSV, never out of JSON).
   */
  default List<String> jsonFields() {
    return List.of();
  }

  /** The index fields {@link #index} writes besides the ones every fact document has. */
  default List<IndexField> indexFields() {
    return List.of();
  }

  /**
   * Writes {@code fact}'s own fields into its index document; {@code article} holds the article's
   * other facts (quotes index the aliases of their speaker from the entities).
   */
  default void index(T fact, ArticleFacts article, IndexSink out) {}

  /** Writes what the article's own document holds of this kind's facts (quotes: who is quoted). */
  default void indexArticle(List<T> facts, IndexSink out) {}

  /** A one-line summary of {@code fact} for search results ("PERSON Jean Dupont (porte-parole)"). */
  String label(T fact);

  /**
   * The rows of this kind's section in {@code extract --format table}, in order; the heading says
   * how many. Default: one {@link #label} a fact.
   */
  default List<String> tableRows(List<T> facts) {
    List<String> rows = new ArrayList<>(facts.size());
    for (T f : facts) {
      rows.add(label(f));
    }
    return rows;
  }

  /** How a hit's text shows in {@code search}'s table (one line, shortened). */
  default String hitText(String text) {
    return Labels.shorten(text, 200);
  }
}
