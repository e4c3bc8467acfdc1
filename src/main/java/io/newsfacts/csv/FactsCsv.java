package io.newsfacts.csv;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.JsonFields;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code extract --format csv}: one row per fact, the article's columns repeated on each of its
 * rows (an article without facts still has one row, its fact columns empty), under one header.
 * RFC 4180 quoting (Commons CSV): a field with a comma, a quote or a line break is quoted, so
 * sentences and quotes come out whole in a spreadsheet.
 */
public final class FactsCsv implements Flushable {
  /** The article's columns, first on every row; {@code type} is the fact kind's name. */
  static final List<String> ARTICLE_COLUMNS =
      List.of("articleId", "source", "title", "author", "publisher", "published", "language", "type");

  private final CSVPrinter printer;
  private final List<String> factColumns;

  public FactsCsv(Appendable out, FactKindList kinds) {
    this.factColumns = FactColumns.of(kinds, Set.of());
    List<String> header = new ArrayList<>(ARTICLE_COLUMNS);
    header.addAll(factColumns);
    this.printer = Rows.printer(out, header);
  }

  /** The rows of one article. */
  public void write(ArticleFacts facts) {
    int rows = 0;
    for (FactKind<?> kind : facts.kinds()) {
      rows += write(kind, facts);
    }
    if (rows == 0) {
      row(facts.article(), null, Map.of());
    }
  }

  private <T extends Fact> int write(FactKind<T> kind, ArticleFacts facts) {
    List<T> list = facts.facts(kind);
    for (T fact : list) {
      Map<String, String> fields = new HashMap<>();
      kind.writeJson(fact, new MapFields(fields));
      row(facts.article(), kind.name(), fields);
    }
    return list.size();
  }

  private void row(Article a, String type, Map<String, String> fields) {
    List<String> values = new ArrayList<>(ARTICLE_COLUMNS.size() + factColumns.size());
    values.add(a.id());
    values.add(a.source());
    values.add(a.title());
    values.add(a.author());
    values.add(a.publisher());
    values.add(a.published() == null ? null : a.published().toString());
    values.add(a.language());
    values.add(type);
    for (String c : factColumns) {
      values.add(fields.get(c));
    }
    Rows.print(printer, values);
  }

  @Override
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fact's JSON fields as CSV cells: whole numbers without ".0", as in the JSON. */
  private record MapFields(Map<String, String> fields) implements JsonFields {
    @Override
    public void string(String name, String value) {
      fields.put(FactColumns.column(name), value);
    }

    @Override
    public void number(String name, Double value) {
      fields.put(FactColumns.column(name), Rows.number(value));
    }

    @Override
    public void integer(String name, int value) {
      fields.put(FactColumns.column(name), Integer.toString(value));
    }
  }
}
