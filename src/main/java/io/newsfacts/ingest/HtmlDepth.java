package io.newsfacts.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at how deeply a page's elements nest, before jsoup parses it: jsoup's tree builder
 * slows down with the square of the depth (20,000 nested divs take a second, 200,000 take
 * minutes), and no real article nests more than a few hundred levels.
 */
final class HtmlDepth {
  static final int MAX_DEPTH = 5_000;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");
  /** Elements that hold others and need a closing tag; void and self-closing tags do not count. */
  private static final Set<String> CONTAINERS = Set.of("div", "span", "section", "article", "main",
      "aside", "table", "tbody", "ul", "ol", "dl", "blockquote", "font", "b", "i", "em", "strong",
      "a", "nav", "header", "footer", "form", "center", "small", "big", "u", "s", "sup", "sub", "figure");

  private HtmlDepth() {}

  static void check(String html) throws IngestException {
    int depth = 0;
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (!CONTAINERS.contains(tag) || !m.group(3).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        if (++depth > MAX_DEPTH) {
          throw new IngestException("HTML nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
      } else if (depth > 0) {
        depth--;
      }
    }
  }
}
