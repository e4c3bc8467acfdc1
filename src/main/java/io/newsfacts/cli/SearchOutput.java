package io.newsfacts.cli;

import io.newsfacts.csv.HitsCsv;
import io.newsfacts.json.FactsJson;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.model.Labels;
import io.newsfacts.search.FactSearcher;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Search results as a readable table or as JSON lines (CONTRACT.md). */
final class SearchOutput {
  private SearchOutput() {}

  /** One JSON object per hit, best first; with facets, one last object of type "facets". */
  static void jsonl(PrintWriter out, FactSearcher.Result result, boolean facets) {
    for (FactSearcher.Match m : result.matches()) {
      out.println(FactsJson.hit(m.hit()));
    }
    if (facets) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("type", "facets");
      line.put("total", result.total());
      Map<String, Object> dims = new LinkedHashMap<>();
      result.facets().forEach((dim, values) -> {
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.put(v.label(), v.count()));
        dims.put(dim, counts);
      });
      line.put("facets", dims);
      out.println(FactsJson.line(line));
    }
  }

  /** One CSV row per hit, best first, under a header (facet counts are not in CSV). */
  static void csv(PrintWriter out, FactSearcher.Result result, FactKindList kinds) {
    HitsCsv csv = new HitsCsv(out, kinds);
    for (FactSearcher.Match m : result.matches()) {
      csv.write(m.hit(), FactsJson.fields(m.hit()), m.label());
    }
    csv.flush();
  }

  /** Highlight marks for a terminal: characters no text holds, turned into bold underline by {@link Visible#screen}. */
  static final String MARK_START = Visible.MARK_START;
  static final String MARK_END = Visible.MARK_END;

  /**
   * Table output; {@code mark} is what the highlighter put before each matching word, {@code kinds}
   * say how each kind's text shows.
   */
  static void table(PrintWriter terminal, FactSearcher.Result result, boolean facets, String mark, FactKindList kinds) {
    PrintWriter out = Screen.wrapping(Visible.screen(terminal, MARK_START.equals(mark)));
    List<FactSearcher.Match> matches = result.matches();
    String total = Labels.grouped(result.total()) + (result.totalExact() ? "" : "+");
    if (matches.isEmpty()) {
      out.println("no hits");
    } else {
      out.printf("%s hits%s%n", total, matches.size() < result.total() ? " (showing " + Labels.grouped(matches.size()) + ")" : "");
    }
    int rank = 0;
    for (FactSearcher.Match m : matches) {
      Hit h = m.hit();
      out.printf("%2d. %-7s %s%s%s%n", ++rank, h.type(), h.published() == null ? "" : h.published() + "  ",
          m.label() == null ? "" : m.label(), h.score() > 0 ? String.format("  (score %.2f)", h.score()) : "");
      if (h.isArticle()) {
        out.printf("    %s%n", Labels.shorten(m.text(), 300));
      } else {
        FactKind<?> kind = kinds.named(h.type());
        out.printf("    %s%n", kind == null ? Labels.shorten(m.text(), 200) : kind.hitText(m.text()));
        if (m.sentence() != null && !m.sentence().isBlank() && !h.sentence().equals(h.text())) {
          out.printf("    in: %s%n", around(m.sentence(), mark == null ? h.text() : mark, h.text(), 400));
        }
      }
      out.printf("    %s%s%n", h.source(), h.title() == null ? "" : " | " + h.title());
    }
    if (facets) {
      out.printf("%nfacets over %s hits%n", Labels.grouped(result.total()));
      result.facets().forEach((dim, values) -> out.printf("  %-8s %s%n", dim, values.isEmpty() ? "-"
          : values.stream().map(v -> v.label() + " " + Labels.grouped(v.count())).collect(Collectors.joining(" · "))));
    }
  }

  /**
   * {@code s} on one line, cut to about {@code max} characters around the first highlighted word
   * (else the fact's own text), so that a long sentence still shows why it matched.
   */
  static String around(String s, String mark, String fact, int max) {
    s = s.replace('\n', ' ');
    if (s.length() <= max) {
      return s;
    }
    int at = mark == null ? -1 : s.indexOf(mark);
    if (at < 0 && fact != null) {
      at = s.indexOf(fact);
    }
    int from = Math.max(0, Math.min(at < 0 ? 0 : at - max / 3, s.length() - max));
    int to = Math.min(s.length(), from + max);
    return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
  }
}
