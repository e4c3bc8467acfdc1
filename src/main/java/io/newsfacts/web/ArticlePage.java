package io.newsfacts.web;

import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article page: the cleaned text with every fact marked in place by kind, and the table of its
 * facts beside it, each row a link to its place in the text.
 */
final class ArticlePage {
  private final FactKindList kinds;

  ArticlePage(FactKindList kinds) {
    this.kinds = kinds;
  }

  String render(ArticleView a) {
    Hit h = a.hit();
    StringBuilder b = new StringBuilder(Html.topBar(null));
    b.append("<main class=\"article-layout\"><article class=\"doc\" id=\"article\"><h1>")
        .append(Html.esc(h.title() == null ? h.source() : h.title())).append("</h1><p class=\"byline\">");
    List<String> meta = new ArrayList<>();
    if (h.published() != null) {
      meta.add("<time>" + Html.esc(h.published()) + "</time>");
    }
    for (String field : new String[] {"author", "publisher"}) {
      if (a.article().string(field) != null) {
        meta.add(Html.esc(a.article().string(field)));
      }
    }
    meta.add("<span class=\"source\">" + Html.esc(h.source()) + "</span>");
    meta.add("<a href=\"/api/article/" + Html.esc(Html.url(h.articleId())) + "\">JSON</a>");
    b.append(String.join(" · ", meta)).append("</p>");
    b.append(legend());
    b.append("<div class=\"text\" id=\"text\">").append(markedText(a.text(), a.facts())).append("</div></article>");
    b.append("<aside class=\"fact-table\" id=\"facts\">").append(table(a)).append("</aside></main>");
    return Html.page(h.title() == null ? h.source() : h.title(), b.toString());
  }

  private String legend() {
    StringBuilder b = new StringBuilder("<p class=\"legend\">");
    for (FactKind<?> kind : kinds) {
      b.append("<span class=\"m m-").append(Html.esc(cssName(kind.name()))).append("\">").append(Html.esc(kind.plural()))
          .append("</span> ");
    }
    return b.append("</p>").toString();
  }

  /**
   * The text escaped, each fact a {@code <span>} at its offsets. Spans nest: a fact that starts
   * inside another and runs past its end is cut at that end (a figure inside a quote stays inside).
   */
  static String markedText(String text, List<StoredFact> facts) {
    List<StoredFact> spans = new ArrayList<>();
    for (StoredFact f : facts) {
      if (f.start() >= 0 && f.end() > f.start() && f.end() <= text.length()) {
        spans.add(f);
      }
    }
    spans.sort(Comparator.comparingInt(StoredFact::start).thenComparing(Comparator.comparingInt(StoredFact::end).reversed()));
    StringBuilder b = new StringBuilder(text.length() * 2);
    Deque<Integer> open = new ArrayDeque<>();
    Set<String> ids = new HashSet<>();
    int pos = 0;
    for (StoredFact f : spans) {
      while (!open.isEmpty() && open.peek() <= f.start()) {
        pos = close(b, text, pos, open.pop());
      }
      int end = open.isEmpty() ? f.end() : Math.min(f.end(), open.peek());
      if (end <= f.start()) {
        continue;
      }
      b.append(Html.esc(text.substring(pos, f.start())));
      pos = f.start();
      String id = f.anchor();
      b.append("<span class=\"m m-").append(cssName(f.type()));
      String sub = f.string("type");
      if (sub != null) {
        b.append(" t-").append(cssName(sub));
      }
      b.append('"').append(ids.add(id) ? " id=\"" + Html.esc(id) + "\"" : "")
          .append(" title=\"").append(Html.esc(f.type() + ": " + f.label())).append("\">");
      open.push(end);
    }
    while (!open.isEmpty()) {
      pos = close(b, text, pos, open.pop());
    }
    b.append(Html.esc(text.substring(pos)));
    return b.toString();
  }

  private static int close(StringBuilder b, String text, int pos, int end) {
    b.append(Html.esc(text.substring(pos, end))).append("</span>");
    return end;
  }

  /** Letters and digits only: a kind or type name as part of a CSS class. */
  static String cssName(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "");
  }

  private String table(ArticleView a) {
    StringBuilder b = new StringBuilder();
    for (FactKind<?> kind : kinds) {
      List<StoredFact> of = a.facts().stream().filter(f -> f.type().equals(kind.name())).toList();
      b.append("<section class=\"kind\" data-kind=\"").append(Html.esc(kind.name())).append("\"><h3><span class=\"m m-")
          .append(cssName(kind.name())).append("\">").append(Html.esc(kind.plural())).append("</span> <span class=\"count\">")
          .append(of.size()).append("</span></h3>");
      if (of.isEmpty()) {
        b.append("</section>");
        continue;
      }
      b.append("<table><tbody>");
      for (StoredFact f : of) {
        b.append("<tr><td class=\"what\"><a href=\"#").append(Html.esc(f.anchor())).append("\">")
            .append(Html.esc(Html.shorten(f.hit().text(), 140))).append("</a></td><td class=\"label\">")
            .append(Html.esc(f.label()));
        String person = f.string("speaker") != null ? f.string("speaker") : f.string("canonical");
        if (person != null) {
          b.append(" ").append(Html.pageLink(person));
        }
        b.append("</td></tr>");
      }
      b.append("</tbody></table></section>");
    }
    return b.toString();
  }
}
