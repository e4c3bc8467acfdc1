package io.newsfacts.cli;

import io.newsfacts.csv.FactsCsv;
import io.newsfacts.json.FactsJson;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.FactKindList;
import java.io.PrintWriter;

/** Writes articles' facts in one of the extract formats, one article at a time, flushed. */
final class FactsWriter {
  enum Format { jsonl, json, table, csv }

  private final PrintWriter out;
  private final Format format;
  /** The CSV table, for csv only (its header is written at once). */
  private final FactsCsv csv;
  private int count;

  FactsWriter(PrintWriter out, Format format, FactKindList kinds) {
    this.out = out;
    this.format = format;
    this.csv = format == Format.csv ? new FactsCsv(out, kinds) : null;
    if (format == Format.json) {
      out.println("[");
    }
  }

  void write(ArticleFacts facts) {
    switch (format) {
      case jsonl -> out.println(FactsJson.line(facts));
      case json -> out.print((count > 0 ? ",\n" : "") + FactsJson.pretty(facts));
      case table -> Tables.article(Screen.wrapping(Visible.screen(out, false)), facts);
      case csv -> csv.write(facts);
    }
    out.flush();
    count++;
  }

  int count() {
    return count;
  }

  /** Closes the JSON array, if any, and flushes. */
  void finish() {
    if (format == Format.json) {
      out.println("\n]");
    }
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }
}
