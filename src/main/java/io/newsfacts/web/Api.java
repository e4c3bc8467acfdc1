package io.newsfacts.web;

import io.newsfacts.json.FactsJson;
import io.newsfacts.json.PlainJson;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API (docs/web.md): the objects of {@code newsfacts search --format jsonl} and
 * {@code extract --format jsonl}, and the data the pages draw their charts from. Each method gives
 * the JSON text, or throws {@link IllegalArgumentException} with a message for a bad request.
 */
final class Api {
  private final FactSearcher searcher;
  private final FactKindList kinds;

  Api(FactSearcher searcher, FactKindList kinds) {
    this.searcher = searcher;
    this.kinds = kinds;
  }

  /** A hit as {@code search --format jsonl} writes it, as plain values. */
  static Map<String, Object> hit(Hit h) {
    return PlainJson.object(FactsJson.hit(h));
  }

  /**
   * {@code /api/search}: {@code {"total", "totalExact", "hits": [...], "facets": {dim: {value: n}}}};
   * with {@code jsonl}, exactly the lines of {@code search --format jsonl --facets}.
   */
  String search(SearchParams p, boolean jsonl) throws IOException {
    FactSearcher.Result result;
    try {
      result = searcher.search(p.request(), new FactSearcher.Options(
          p.byDate() ? FactSearcher.Order.DATE : FactSearcher.Order.RELEVANCE, true, null, null));
    } catch (BadQueryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    Map<String, Object> facets = new LinkedHashMap<>();
    result.facets().forEach((dim, values) -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      values.forEach(v -> counts.put(v.label(), v.count()));
      facets.put(dim, counts);
    });
    if (jsonl) {
      StringBuilder b = new StringBuilder();
      for (FactSearcher.Match m : result.matches()) {
        b.append(FactsJson.hit(m.hit())).append('\n');
      }
      Map<String, Object> last = new LinkedHashMap<>();
      last.put("type", "facets");
      last.put("total", result.total());
      last.put("facets", facets);
      return b.append(PlainJson.write(last)).append('\n').toString();
    }
    List<Object> hits = new ArrayList<>();
    for (FactSearcher.Match m : result.matches()) {
      hits.add(hit(m.hit()));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("total", result.total());
    o.put("totalExact", result.totalExact());
    o.put("hits", hits);
    o.put("facets", facets);
    return PlainJson.write(o);
  }

  /** {@code /api/article/ID}: the article in the extract schema; null when there is none. */
  String article(String id) throws IOException {
    ArticleView a = ArticleView.load(searcher, id);
    return a == null ? null : PlainJson.write(a.json(kinds));
  }

  /** {@code /api/person/NAME}; null when the index knows nothing of them. */
  String person(String name) throws IOException {
    PersonView p = PersonView.load(searcher, name);
    return p == null ? null : PlainJson.write(p.json());
  }

  /** {@code /api/chart/months}: {@code {"months": {"2016-11": 3, ...}}}, every month with hits. */
  String months(SearchParams p) throws IOException {
    try {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("months", searcher.months(p.request()));
      return PlainJson.write(o);
    } catch (BadQueryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * {@code /api/chart/figures}: the numbers of the search (type number implied) with a value and a
   * day, as points: {@code {"points": [{"day", "low", "high", "label", "articleId", "href", "sentence"}]}}.
   */
  String figures(SearchParams p) throws IOException {
    p.request(); // a bad parameter is the caller's error, not an empty chart
    List<Object> points = new ArrayList<>();
    for (StoredFact f : SearchPage.figures(searcher, p)) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("day", f.day().toString());
      point.put("low", SearchPage.low(f));
      point.put("high", SearchPage.high(f));
      point.put("label", f.label());
      point.put("text", f.hit().text());
      point.put("articleId", f.hit().articleId());
      point.put("href", f.href());
      point.put("sentence", f.hit().sentence());
      points.add(point);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("unit", p.get("unit"));
    o.put("points", points);
    return PlainJson.write(o);
  }
}
