package io.newsfacts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTML text of the pages. Everything that comes from an article or a request goes through
 * {@link #esc}: article text is untrusted, and an article holding {@code <script>} shows it as
 * text. The pages carry no script at all.
 */
final class Html {
  /** What the searcher puts around each matching word: characters no article text is expected to hold. */
  static final String MARK_START = "\uE000";
  static final String MARK_END = "\uE001";

  private Html() {}

  /** {@code s} escaped for HTML text and quoted attribute values; "" for null. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * {@code s} escaped, with the searcher's highlight marks turned into {@code <mark>} elements that
   * always nest: an end without a start is dropped, a start left open is closed.
   */
  static String marked(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 32);
    boolean open = false;
    int from = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : 0;
      if (i < s.length() && c != MARK_START.charAt(0) && c != MARK_END.charAt(0)) {
        continue;
      }
      b.append(esc(s.substring(from, i)));
      from = i + 1;
      if (i == s.length()) {
        break;
      }
      if (c == MARK_START.charAt(0) && !open) {
        b.append("<mark>");
        open = true;
      } else if (c == MARK_END.charAt(0) && open) {
        b.append("</mark>");
        open = false;
      }
    }
    if (open) {
      b.append("</mark>");
    }
    return b.toString();
  }

  /** One component of a URL's query or path, percent-encoded (spaces as %20). */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A link to a person's page. */
  static String personLink(String name) {
    return "<a class=\"person\" href=\"/person/" + esc(url(name)) + "\">" + esc(name) + "</a>";
  }

  /** A small link to a person's page, beside a text that names them already. */
  static String pageLink(String name) {
    return "<a class=\"to-person\" title=\"" + esc(name) + ": their page\" href=\"/person/" + esc(url(name)) + "\">›</a>";
  }

  /** {@code s} cut to about {@code max} characters at a space, with an ellipsis. */
  static String shorten(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut < max / 2 ? max : cut) + " …";
  }

  /** A whole page: its title, the style sheet, {@code body} and the footer. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " · newsfacts</title>"
        + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
        + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"
        + "</head><body>"
        + body
        + "<footer>newsfacts · facts from French news, searched locally · "
        + "<a href=\"/api/search\">JSON API</a></footer>"
        + "</body></html>\n";
  }

  /** The bar at the top of pages that are not the search page: the name and a search box. */
  static String topBar(String query) {
    return "<header class=\"top\"><a class=\"brand\" href=\"/\">newsfacts</a>"
        + "<form method=\"get\" action=\"/\" class=\"mini\"><input type=\"search\" name=\"q\" value=\""
        + esc(query) + "\" placeholder=\"Search facts\" aria-label=\"Search\"><button>Search</button></form></header>";
  }
}
