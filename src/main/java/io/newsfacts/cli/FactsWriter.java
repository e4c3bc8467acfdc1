package io.newsfacts.cli;

import io.newsfacts.json.FactsJson;
import io.newsfacts.model.ArticleFacts;
import java.io.PrintWriter;

/** Writes articles' facts in one of the extract formats, one article at a time, flushed. */
final class FactsWriter {
  enum Format { jsonl, json, table }

  private final PrintWriter out;
  private final Format format;
  private int count;

  FactsWriter(PrintWriter out, Format format) {
    this.out = out;
    this.format = format;
    if (format == Format.json) {
      out.println("[");
    }
  }

  void write(ArticleFacts facts) {
    switch (format) {
      case jsonl -> out.println(FactsJson.line(facts));
      case json -> out.print((count > 0 ? ",\n" : "") + FactsJson.pretty(facts));
      case table -> Tables.article(Visible.screen(out, false), facts);
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
    out.flush();
  }
}
