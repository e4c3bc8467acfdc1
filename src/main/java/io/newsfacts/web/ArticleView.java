package io.newsfacts.web;

import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article as the index holds it: its text and metadata, and its facts in index order (kind by
 * kind, each kind in text order). The article page and {@code /api/article/ID} both read this.
 */
record ArticleView(StoredFact article, List<StoredFact> facts) {
  /** The article with this id, or null when the index has none. */
  static ArticleView load(FactSearcher searcher, String id) throws IOException {
    List<FactSearcher.Match> docs = searcher.article(id);
    if (docs.isEmpty()) {
      return null;
    }
    List<StoredFact> facts = new ArrayList<>();
    for (FactSearcher.Match m : docs.subList(1, docs.size())) {
      facts.add(StoredFact.of(m.hit(), m.label()));
    }
    return new ArticleView(StoredFact.of(docs.get(0).hit(), docs.get(0).label()), facts);
  }

  Hit hit() {
    return article.hit();
  }

  String text() {
    return article.hit().text() == null ? "" : article.hit().text();
  }

  /** The article in the extract schema of CONTRACT.md, as {@code extract --format jsonl} writes it. */
  Map<String, Object> json(FactKindList kinds) {
    Map<String, Object> o = new LinkedHashMap<>();
    Hit h = hit();
    o.put("id", h.articleId());
    o.put("source", h.source());
    o.put("title", h.title());
    o.put("author", article.string("author"));
    o.put("publisher", article.string("publisher"));
    o.put("published", h.published());
    o.put("language", article.string("language"));
    o.put("text", text());
    for (FactKind<?> kind : kinds) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (StoredFact f : facts) {
        if (f.type().equals(kind.name())) {
          list.add(f.fields());
        }
      }
      o.put(kind.plural(), list);
    }
    return o;
  }
}
