package io.newsfacts.web;

import io.newsfacts.model.FactKindList;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search page ({@code /?q=...}): the box and filters, facets that narrow the search, hits per
 * month, the figures of a unit against their dates, and the hits with their evidence sentence.
 */
final class SearchPage {
  /** Figures drawn at most on one chart. */
  static final int MAX_POINTS = 1000;

  private final FactSearcher searcher;
  private final FactKindList kinds;

  SearchPage(FactSearcher searcher, FactKindList kinds) {
    this.searcher = searcher;
    this.kinds = kinds;
  }

  String render(SearchParams p) throws IOException {
    StringBuilder body = new StringBuilder();
    body.append(form(p));
    SearchRequest request;
    FactSearcher.Result result;
    try {
      request = p.request();
      result = searcher.search(request, new FactSearcher.Options(
          p.byDate() ? FactSearcher.Order.DATE : FactSearcher.Order.RELEVANCE, true, Html.MARK_START, Html.MARK_END));
    } catch (IllegalArgumentException | BadQueryException e) {
      body.append("<main class=\"layout\"><section class=\"results\"><p class=\"error\" id=\"error\">")
          .append(Html.esc(e.getMessage())).append("</p></section></main>");
      return Html.page("Search", body.toString());
    }
    body.append("<main class=\"layout\">");
    body.append(facets(p, result.facets()));
    body.append("<section class=\"results\">");
    body.append(summary(p, result));
    if (result.total() > 0) {
      Map<String, Long> months = months(request);
      List<Charts.Bar> bars = Charts.months(months, days -> p.with("from", days[0].toString())
          .with("to", days[1].toString()).with("limit", null).href("/"));
      body.append("<figure class=\"panel\" id=\"months\"><figcaption>Hits per month")
          .append(Html.esc(Charts.outside(months, bars)))
          .append(" <a class=\"aside\" href=\"").append(Html.esc(p.href("/api/chart/months"))).append("\">JSON</a>")
          .append("</figcaption>")
          .append(Charts.bars(bars, "hits per month")).append("</figure>");
    }
    if (p.get("unit") != null) {
      List<StoredFact> figures = figures(searcher, p);
      body.append("<figure class=\"panel\" id=\"figures\"><figcaption>Figures counting «")
          .append(Html.esc(p.get("unit"))).append("» against their dates")
          .append(figures.isEmpty() ? "" : " (" + Html.esc(figures.get(0).string("kind")) + ", "
              + figures.size() + (figures.size() == 1 ? " figure" : " figures") + ")")
          .append(" <a class=\"aside\" href=\"").append(Html.esc(p.href("/api/chart/figures"))).append("\">JSON</a>")
          .append("</figcaption>")
          .append(Charts.scatter(points(figures), "figures of " + p.get("unit") + " against their dates"))
          .append("</figure>");
    }
    body.append(Hits.list(result.matches()));
    if (result.matches().size() < result.total() && p.limit() < SearchParams.MAX_LIMIT) {
      body.append("<p class=\"more\"><a id=\"more\" href=\"")
          .append(Html.esc(p.with("limit", Integer.toString(Math.min(SearchParams.MAX_LIMIT, p.limit() * 2))).href("/")))
          .append("\">Show more hits</a></p>");
    }
    body.append("</section></main>");
    String title = p.get("q") == null ? "Search" : p.get("q");
    return Html.page(title, body.toString());
  }

  private Map<String, Long> months(SearchRequest request) throws IOException {
    try {
      return searcher.months(request);
    } catch (BadQueryException e) {
      throw new IllegalStateException("the query parsed once already", e);
    }
  }

  /** The figures of the search (numbers only) as chart points, each linking to its sentence. */
  static List<Charts.Point> points(List<StoredFact> figures) {
    List<Charts.Point> points = new ArrayList<>();
    for (StoredFact f : figures) {
      points.add(new Charts.Point(f.day(), low(f), high(f), f.href(),
          f.label() + " · " + f.day() + " · " + Html.shorten(f.hit().sentence(), 160)));
    }
    return points;
  }

  /**
   * The numbers matching the search that have a value and a day, in the searcher's order, of one
   * kind only (the most frequent: counts and percentages of one unit do not share an axis).
   */
  static List<StoredFact> figures(FactSearcher searcher, SearchParams p) throws IOException {
    SearchParams numbers = p.with("type", "number");
    List<StoredFact> all = new ArrayList<>();
    Map<String, Integer> kinds = new java.util.HashMap<>();
    try {
      SearchRequest r = numbers.request(MAX_POINTS);
      for (FactSearcher.Match m : searcher.search(r, FactSearcher.Options.plain()).matches()) {
        StoredFact f = StoredFact.of(m.hit(), m.label());
        if (f.day() != null && !Double.isNaN(low(f))) {
          all.add(f);
          kinds.merge(String.valueOf(f.string("kind")), 1, Integer::sum);
        }
      }
    } catch (BadQueryException | IllegalArgumentException e) {
      return all;
    }
    String kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    return all.stream().filter(f -> String.valueOf(f.string("kind")).equals(kind)).toList();
  }

  /** The lower end of a figure (its value when single), NaN when it has none. */
  static double low(StoredFact f) {
    Double v = f.number("value");
    Double low = f.number("low");
    Double high = f.number("high");
    return v != null ? v : low != null ? low : high != null ? high : Double.NaN;
  }

  static double high(StoredFact f) {
    Double v = f.number("value");
    Double low = f.number("low");
    Double high = f.number("high");
    return v != null ? v : high != null ? high : low != null ? low : Double.NaN;
  }

  private String form(SearchParams p) {
    StringBuilder b = new StringBuilder("<header class=\"search\"><a class=\"brand\" href=\"/\">newsfacts</a>");
    b.append("<form method=\"get\" action=\"/\" id=\"search\"><div class=\"row\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" value=\"").append(Html.esc(p.get("q")))
        .append("\" placeholder=\"visites, &quot;effet Trump&quot;, immigration AND Québec, numberKind:percent\" aria-label=\"Query\" autofocus>")
        .append("<select name=\"type\" id=\"type\" aria-label=\"Type\"><option value=\"\">all facts</option>");
    List<String> types = new ArrayList<>(kinds.names());
    types.add("article");
    for (String t : types) {
      b.append("<option").append(t.equals(p.get("type")) ? " selected" : "").append(">").append(Html.esc(t)).append("</option>");
    }
    b.append("</select><button type=\"submit\" id=\"go\">Search</button></div><div class=\"row filters\">");
    field(b, p, "speaker", "Speaker", "text", "Lavallée");
    field(b, p, "entity", "Entity", "text", "Québec");
    field(b, p, "min", "Min", "text", "1000");
    field(b, p, "max", "Max", "text", "");
    field(b, p, "unit", "Unit", "text", "visites");
    field(b, p, "from", "From", "date", "");
    field(b, p, "to", "To", "date", "");
    b.append("<label>Sort <select name=\"sort\"><option value=\"\">relevance</option><option value=\"date\"")
        .append(p.byDate() ? " selected" : "").append(">date</option></select></label>");
    return b.append("</div></form></header>").toString();
  }

  private static void field(StringBuilder b, SearchParams p, String name, String label, String type, String hint) {
    b.append("<label>").append(label).append(" <input type=\"").append(type).append("\" name=\"").append(name)
        .append("\" id=\"f-").append(name).append("\" value=\"").append(Html.esc(p.get(name))).append("\"")
        .append(hint.isEmpty() ? "" : " placeholder=\"" + Html.esc(hint) + "\"").append("></label>");
  }

  private static String summary(SearchParams p, FactSearcher.Result result) {
    StringBuilder b = new StringBuilder("<div class=\"summary\"><p><strong id=\"total\">")
        .append(String.format("%,d", result.total())).append(result.totalExact() ? "" : "+").append("</strong>")
        .append(result.total() == 1 ? " hit" : " hits");
    if (result.matches().size() < result.total()) {
      b.append(", showing ").append(result.matches().size());
    }
    b.append(" · <a href=\"").append(Html.esc(p.href("/api/search"))).append("\">this search as JSON</a></p>");
    b.append("<p class=\"chips\">");
    for (String name : SearchParams.NAMES) {
      if (name.equals("limit") || name.equals("sort") || p.get(name) == null) {
        continue;
      }
      b.append("<a class=\"chip\" title=\"remove this filter\" href=\"").append(Html.esc(p.with(name, null).with("limit", null).href("/")))
          .append("\">").append(name.equals("q") ? "" : name + ": ").append(Html.esc(p.get(name))).append(" ×</a>");
    }
    b.append("<code class=\"cmd\">").append(Html.esc(p.commandLine())).append("</code></p></div>");
    return b.toString();
  }

  /** The facet lists: each value a link that adds it as a filter. */
  private static String facets(SearchParams p, Map<String, List<FactSearcher.FacetCount>> facets) {
    StringBuilder b = new StringBuilder("<aside class=\"facets\" id=\"facets\">");
    facets.forEach((dim, values) -> {
      if (values.isEmpty()) {
        return;
      }
      b.append("<section class=\"facet\" data-dim=\"").append(Html.esc(dim)).append("\"><h3>").append(Html.esc(dim))
          .append("</h3><ul>");
      for (FactSearcher.FacetCount v : values) {
        SearchParams narrowed = narrow(p, dim, v.label()).with("limit", null);
        b.append("<li><a href=\"").append(Html.esc(narrowed.href("/"))).append("\">")
            .append(Html.esc(v.label())).append("</a> <span class=\"count\">").append(v.count()).append("</span>");
        if (dim.equals("speaker") || dim.equals("entity")) {
          b.append(" ").append(Html.pageLink(v.label()));
        }
        b.append("</li>");
      }
      b.append("</ul></section>");
    });
    return b.append("</aside>").toString();
  }

  /** The search narrowed to one facet value: the facet's dimension is the CLI option of the same name. */
  static SearchParams narrow(SearchParams p, String dim, String value) {
    if (dim.equals("month")) {
      try {
        YearMonth m = YearMonth.parse(value);
        return p.with("from", m.atDay(1).toString()).with("to", m.atEndOfMonth().toString());
      } catch (java.time.format.DateTimeParseException e) {
        return p;
      }
    }
    if (SearchParams.NAMES.contains(dim)) {
      return p.with(dim, value);
    }
    // a kind's own facet with no option of its name: search its field
    String q = p.get("q");
    String term = dim + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return p.with("q", q == null ? term : q + " " + term);
  }
}
