package io.newsfacts.web;

import io.newsfacts.search.FactSearcher;
import java.util.List;

/** Search hits as a list: the fact with its words highlighted, its sentence, its article. */
final class Hits {
  private Hits() {}

  static String list(List<FactSearcher.Match> matches) {
    if (matches.isEmpty()) {
      return "<p class=\"empty\" id=\"no-hits\">No hits. Remove a filter, or try fewer words.</p>";
    }
    StringBuilder b = new StringBuilder("<ol class=\"hits\" id=\"hits\">");
    for (FactSearcher.Match m : matches) {
      b.append(item(m));
    }
    return b.append("</ol>").toString();
  }

  static String item(FactSearcher.Match m) {
    StoredFact f = StoredFact.of(m.hit(), m.label());
    String type = m.hit().type();
    StringBuilder b = new StringBuilder("<li class=\"hit\" data-type=\"").append(Html.esc(type)).append("\">");
    b.append("<div class=\"head\"><span class=\"badge k-").append(Html.esc(type)).append("\">").append(Html.esc(type))
        .append("</span> <span class=\"label\">").append(Html.esc(m.label())).append("</span></div>");
    if (m.hit().isArticle()) {
      b.append("<p class=\"text\">").append(Html.marked(Html.shorten(m.text(), 600))).append("</p>");
    } else {
      b.append("<p class=\"text\">").append(Html.marked(m.text())).append("</p>");
      if (m.sentence() != null && !m.sentence().isBlank() && !m.hit().sentence().equals(m.hit().text())) {
        b.append("<p class=\"sentence\">").append(Html.marked(m.sentence())).append("</p>");
      }
    }
    String href = m.hit().isArticle() ? "/article/" + Html.url(m.hit().articleId())
        : f.start() >= 0 ? f.href() : "/article/" + Html.url(m.hit().articleId());
    b.append("<div class=\"src\">");
    if (m.hit().published() != null) {
      b.append("<time>").append(Html.esc(m.hit().published())).append("</time> · ");
    }
    b.append("<a class=\"article\" href=\"").append(Html.esc(href)).append("\">")
        .append(Html.esc(m.hit().title() == null ? m.hit().source() : m.hit().title())).append("</a>");
    String speaker = f.string("speaker");
    if (speaker != null) {
      b.append(" · said by ").append(Html.personLink(speaker));
    }
    return b.append("</div></li>").toString();
  }
}
