package io.newsfacts.web;

import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A speaker or entity (by canonical name, or any name the search filters accept): their quotes,
 * the roles the articles give them (the most frequent), the articles that name or quote them, and
 * how many facts name them each month (by the fact's own date, else the article's). All of it comes from the searcher's filters ({@code --speaker},
 * {@code --entity}); the person page and {@code /api/person/NAME} both read this.
 */
record PersonView(String name, List<StoredFact> quotes, Map<String, Integer> roles, List<FactSearcher.Match> articles,
    Map<String, Long> months, long mentions) {
  static final int MAX_QUOTES = 200;
  static final int MAX_ARTICLES = 200;
  private static final int MAX_MENTIONS = 2000;
  /** Roles listed, the most frequent first. */
  static final int MAX_ROLES = 15;

  /** What the index says about {@code name}, or null when nothing. */
  static PersonView load(FactSearcher searcher, String name) throws IOException {
    try {
      List<StoredFact> quotes = new ArrayList<>();
      Map<String, Integer> roles = new LinkedHashMap<>();
      Set<String> said = new java.util.HashSet<>();
      for (FactSearcher.Match m : searcher.search(request("quote", name, null, MAX_QUOTES),
          new FactSearcher.Options(FactSearcher.Order.DATE, false, null, null)).matches()) {
        StoredFact q = StoredFact.of(m.hit(), m.label());
        // a story indexed twice under two ids (texts not quite equal) would list each quote twice
        if (said.add(m.hit().text() + "\n" + m.hit().title())) {
          quotes.add(q);
          count(roles, q.string("speakerRole"));
        }
      }
      long mentions = 0;
      for (Hit h : searcher.search(request("entity", null, name, MAX_MENTIONS))) {
        StoredFact e = StoredFact.of(h, null);
        if (name.equalsIgnoreCase(e.string("canonical"))) {
          mentions++;
          count(roles, e.string("role"));
        }
      }
      List<FactSearcher.Match> articles = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      Set<String> titles = new java.util.HashSet<>();
      SearchRequest named = request("article", null, name, MAX_ARTICLES);
      SearchRequest quoted = request("article", name, null, MAX_ARTICLES);
      FactSearcher.Options newest = new FactSearcher.Options(FactSearcher.Order.DATE, false, null, null);
      for (SearchRequest r : List.of(named, quoted)) {
        for (FactSearcher.Match m : searcher.search(r, newest).matches()) {
          if (seen.add(m.hit().articleId())
              && (m.hit().title() == null || titles.add(m.hit().title() + "\n" + m.hit().published()))) {
            articles.add(m);
          }
        }
      }
      if (quotes.isEmpty() && mentions == 0 && articles.isEmpty()) {
        return null;
      }
      articles.sort((a, b) -> String.valueOf(b.hit().published()).compareTo(String.valueOf(a.hit().published())));
      Map<String, Long> months = searcher.months(request(null, null, name, 1));
      Map<String, Integer> byCount = new LinkedHashMap<>();
      roles.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(MAX_ROLES)
          .forEach(e -> byCount.put(e.getKey(), e.getValue()));
      return new PersonView(name, quotes, byCount, articles, months, mentions);
    } catch (BadQueryException e) {
      return null; // a name is never parsed as a query
    }
  }

  private static SearchRequest request(String type, String speaker, String entity, int limit) {
    return new SearchRequest(null, type, speaker, entity, null, null, null, null, null, limit);
  }

  private static void count(Map<String, Integer> roles, String role) {
    if (role != null && !role.isBlank()) {
      roles.merge(role, 1, Integer::sum);
    }
  }

  /** The person as the API gives it: quotes as search hits, roles with their counts, articles, months. */
  Map<String, Object> json() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", name);
    o.put("mentions", mentions);
    o.put("roles", roles);
    List<Object> q = new ArrayList<>();
    quotes.forEach(f -> q.add(Api.hit(f.hit())));
    o.put("quotes", q);
    List<Object> a = new ArrayList<>();
    for (FactSearcher.Match m : articles) {
      Map<String, Object> article = new LinkedHashMap<>();
      article.put("articleId", m.hit().articleId());
      article.put("source", m.hit().source());
      article.put("title", m.hit().title());
      article.put("published", m.hit().published());
      article.put("counts", StoredFact.of(m.hit(), null).fields().get("counts"));
      a.add(article);
    }
    o.put("articles", a);
    o.put("months", months);
    return o;
  }
}
