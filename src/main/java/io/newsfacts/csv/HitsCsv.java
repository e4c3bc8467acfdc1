package io.newsfacts.csv;

import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code search --format csv} and {@code export --format csv}: one row per hit, under one header:
 * the contract's hit fields ({@code type} is the fact kind's name, as in JSON), then the fact's own
 * fields ({@code factType}: PERSON, DATE...), then {@code label}, the table's one-line summary (an
 * article hit's fact counts).
 */
public final class HitsCsv implements Flushable {
  static final List<String> HIT_COLUMNS =
      List.of("type", "score", "articleId", "source", "title", "published", "text", "sentence");
  static final String LABEL = "label";

  private final CSVPrinter printer;
  private final List<String> factColumns;

  public HitsCsv(Appendable out, FactKindList kinds) {
    this.factColumns = FactColumns.of(kinds, Set.copyOf(HIT_COLUMNS));
    List<String> header = new ArrayList<>(HIT_COLUMNS);
    header.addAll(factColumns);
    header.add(LABEL);
    this.printer = Rows.printer(out, header);
  }

  /**
   * One hit.
   *
   * @param fields the fact's own fields as text (JSON null as null), by their JSON names
   */
  public void write(Hit h, Map<String, String> fields, String label) {
    List<String> values = new ArrayList<>(HIT_COLUMNS.size() + factColumns.size() + 1);
    values.add(h.type());
    values.add(h.score() > 0 ? Float.toString(h.score()) : null);
    values.add(h.articleId());
    values.add(h.source());
    values.add(h.title());
    values.add(h.published());
    values.add(h.text());
    values.add(h.sentence());
    for (String c : factColumns) {
      values.add(fields.get(c.equals(FactColumns.FACT_TYPE) ? "type" : c));
    }
    values.add(label);
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
}
