package io.newsfacts.ingest;

import java.time.LocalDate;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article in a web page: readability4j finds the main content, which is turned into text with
 * one paragraph per block element; title, author, publisher and date come from the page's
 * metadata ({@link PageMetadata}).
 */
final class HtmlMainText {
  private HtmlMainText() {}

  record Page(String text, String title, String author, String publisher, LocalDate published) {}

  static Page read(String html, String uri) {
    Document page = Jsoup.parse(html, uri == null ? "" : uri);
    PageMetadata meta = PageMetadata.of(page);
    net.dankito.readability4j.Article article = new Readability4JExtended(uri == null ? "" : uri, html).parse();
    Element content = article.getArticleContent();
    String text = content == null ? page.body() == null ? "" : blocks(page.body()) : blocks(content);
    String title = meta.title() != null ? meta.title() : article.getTitle();
    String author = meta.author() != null ? meta.author() : emptyToNull(article.getByline());
    return new Page(text, title, author, meta.publisher(), meta.published());
  }

  /** Text with a blank line between block elements, so paragraphs and headings stay apart. */
  static String blocks(Element root) {
    StringBuilder sb = new StringBuilder();
    appendBlocks(root, sb);
    return sb.toString().replaceAll("[ \\t\\u00a0]*\\n[ \\t\\u00a0]*\\n\\s*", "\n\n").strip();
  }

  private static void appendBlocks(Node node, StringBuilder sb) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText().replaceAll("\\s+", " ");
      if (!s.isBlank() || (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n')) {
        sb.append(s);
      }
      return;
    }
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("noscript")) {
        return;
      }
      boolean block = e.isBlock() || tag.equals("br") || tag.equals("li") || tag.equals("tr");
      if (block) {
        sb.append("\n\n");
      }
      for (Node child : e.childNodes()) {
        appendBlocks(child, sb);
      }
      if (block) {
        sb.append("\n\n");
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
