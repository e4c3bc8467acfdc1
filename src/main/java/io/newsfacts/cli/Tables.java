package io.newsfacts.cli;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.Labels;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Human-readable output: an article's metadata, then one section a fact kind, with its rows. */
final class Tables {
  private Tables() {}

  static void article(PrintWriter out, ArticleFacts f) {
    var a = f.article();
    out.printf("== %s%n", a.source());
    out.printf("   id %s | title %s | published %s | author %s | publisher %s | language %s%n", a.id(),
        Labels.orDash(a.title()), Labels.orDash(a.published()), Labels.orDash(a.author()),
        Labels.orDash(a.publisher()), a.language());
    for (FactKind<?> kind : f.kinds()) {
      section(out, kind, f);
    }
    out.println();
  }

  private static <T extends Fact> void section(PrintWriter out, FactKind<T> kind, ArticleFacts f) {
    List<String> rows = kind.tableRows(f.facts(kind));
    out.printf("   %s (%d)%n", kind.plural().toUpperCase(Locale.ROOT), rows.size());
    for (String row : rows) {
      out.printf("     %s%n", row);
    }
  }
}
