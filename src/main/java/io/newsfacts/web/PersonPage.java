package io.newsfacts.web;

import io.newsfacts.search.FactSearcher;
import java.util.Map;

/** A speaker's or entity's page: roles, articles per month, quotes, and the articles naming them. */
final class PersonPage {
  private PersonPage() {}

  static String render(PersonView p) {
    StringBuilder b = new StringBuilder(Html.topBar(null));
    b.append("<main class=\"person-page\"><h1 id=\"name\">").append(Html.esc(p.name())).append("</h1>");
    b.append("<p class=\"byline\">").append(p.quotes().size()).append(p.quotes().size() == 1 ? " quote" : " quotes")
        .append(p.quotes().size() >= PersonView.MAX_QUOTES ? " (the newest)" : "").append(" · ")
        .append(p.mentions()).append(p.mentions() == 1 ? " mention" : " mentions").append(" · ")
        .append(p.articles().size()).append(p.articles().size() == 1 ? " article" : " articles").append(" · ")
        .append("<a href=\"").append(Html.esc(SearchParams.parse(null).with("speaker", p.name()).href("/")))
        .append("\">search their quotes</a> · <a href=\"")
        .append(Html.esc(SearchParams.parse(null).with("entity", p.name()).href("/")))
        .append("\">facts naming them</a> · <a href=\"/api/person/").append(Html.esc(Html.url(p.name())))
        .append("\">JSON</a></p>");
    if (!p.roles().isEmpty()) {
      b.append("<section class=\"roles\"><h2>Roles</h2><ul id=\"roles\">");
      for (Map.Entry<String, Integer> r : p.roles().entrySet()) {
        b.append("<li>").append(Html.esc(r.getKey())).append(" <span class=\"count\">").append(r.getValue())
            .append("</span></li>");
      }
      b.append("</ul></section>");
    }
    if (!p.months().isEmpty()) {
      java.util.List<Charts.Bar> bars = Charts.months(p.months(), days -> SearchParams.parse(null)
          .with("entity", p.name()).with("from", days[0].toString()).with("to", days[1].toString()).href("/"));
      b.append("<figure class=\"panel\"><figcaption>Facts whose sentence names them, per month")
          .append(Html.esc(Charts.outside(p.months(), bars))).append("</figcaption>")
          .append(Charts.bars(bars, "facts naming them per month"))
          .append("</figure>");
    }
    b.append("<div class=\"two\"><section><h2>Quotes</h2>");
    if (p.quotes().isEmpty()) {
      b.append("<p class=\"empty\">No quote attributed.</p>");
    } else {
      b.append("<ol class=\"hits\" id=\"quotes\">");
      for (StoredFact q : p.quotes()) {
        b.append("<li class=\"hit\"><p class=\"text quote\">«").append(Html.esc(q.hit().text())).append("»</p>")
            .append("<div class=\"src\">");
        if (q.hit().published() != null) {
          b.append("<time>").append(Html.esc(q.hit().published())).append("</time> · ");
        }
        b.append("<a class=\"article\" href=\"").append(Html.esc(q.href())).append("\">")
            .append(Html.esc(q.hit().title() == null ? q.hit().source() : q.hit().title())).append("</a>");
        if (q.string("speakerRole") != null) {
          b.append(" · ").append(Html.esc(q.string("speakerRole")));
        }
        b.append("</div></li>");
      }
      b.append("</ol>");
    }
    b.append("</section><section><h2>Articles</h2><ul class=\"articles\" id=\"articles\">");
    for (FactSearcher.Match m : p.articles()) {
      b.append("<li>");
      if (m.hit().published() != null) {
        b.append("<time>").append(Html.esc(m.hit().published())).append("</time> ");
      }
      b.append("<a href=\"/article/").append(Html.esc(Html.url(m.hit().articleId()))).append("\">")
          .append(Html.esc(m.hit().title() == null ? m.hit().source() : m.hit().title())).append("</a></li>");
    }
    b.append("</ul></section></div></main>");
    return Html.page(p.name(), b.toString());
  }
}
