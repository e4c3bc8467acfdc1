package io.newsfacts.ingest;

import io.newsfacts.lexicon.Lexicon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The article in a web page. Page furniture is removed first ({@link HtmlNoise}), readability4j then
 * picks the main content, which becomes text with one paragraph per block element; fact boxes
 * ("EN CHIFFRES") of the article's container that readability4j dropped are put back. Title,
 * author, publisher and date come from the page's metadata ({@link PageMetadata}). Paragraph-level
 * boilerplate is left to {@link Boilerplate}, as for every format.
 */
final class HtmlMainText {
  private final HtmlNoise noise;
  private final HtmlFurniture furniture;
  private final List<Pattern> boxHeadings;

  HtmlMainText() {
    this(new HtmlNoise(), new HtmlFurniture(), Lexicon.lines("ingest/fact-boxes.txt"));
  }

  HtmlMainText(HtmlNoise noise, HtmlFurniture furniture, List<String> boxHeadings) {
    this.noise = noise;
    this.furniture = furniture;
    List<Pattern> list = new ArrayList<>();
    for (String h : boxHeadings) {
      list.add(Pattern.compile(h, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    this.boxHeadings = List.copyOf(list);
  }

  record Page(String text, String title, String author, String publisher, LocalDate published, LocalDate urlDate) {}

  Page read(String html, String uri) {
    String base = uri == null ? "" : uri;
    Document page = Jsoup.parse(html, base);
    PageMetadata meta = PageMetadata.of(page);
    page.select("script, style, noscript").remove();
    stripInvisible(page);
    noise.remove(page.body());
    List<Element> boxes = factBoxes(page);
    furniture.remove(page.body());
    // readability4j rewrites the tree it is given: hand it a copy, keep ours for the fact boxes
    net.dankito.readability4j.Article article = new Readability4J(base, page.clone()).parse();
    Element content = article.getArticleContent();
    String text = content == null ? blocks(page.body()) : blocks(content);
    text = withMissingBoxes(text, boxes);
    String title = meta.title() != null ? meta.title() : emptyToNull(article.getTitle());
    String author = meta.author() != null ? meta.author() : PageMetadata.cleanAuthor(article.getByline());
    return new Page(text, title, author, meta.publisher(), meta.published(), meta.urlDate());
  }

  /** Takes the invisible characters out of every text node, so that word rules see whole words. */
  static void stripInvisible(Element root) {
    root.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        String clean = InvisibleCharacters.strip(t.getWholeText());
        if (!clean.equals(t.getWholeText())) {
          t.text(clean);
        }
      }
    });
  }

  /** Elements whose first heading names a fact box, smallest first. */
  private List<Element> factBoxes(Document page) {
    List<Element> out = new ArrayList<>();
    for (Element h : page.body().select("h2, h3, h4, h5, h6, strong, b, p, div, span, header")) {
      if (h.childrenSize() > 1 || h.text().length() > 60 || !isBoxHeading(h.text())) {
        continue;
      }
      Element box = h.parent();
      // climb past wrappers that hold only the heading
      while (box != null && box.parent() != null && box.text().length() <= h.text().length() + 5) {
        box = box.parent();
      }
      if (box != null && box != page.body() && box.text().length() < 3000) {
        out.add(box);
      }
    }
    return out;
  }

  private boolean isBoxHeading(String text) {
    String t = text.strip().replaceAll("[\\s:.]+$", "");
    for (Pattern p : boxHeadings) {
      if (p.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Appends each fact box whose text the extractor left out; boxes far from the article stay out. */
  private static String withMissingBoxes(String text, List<Element> boxes) {
    if (boxes.isEmpty() || text.isBlank()) {
      return text;
    }
    String flat = text.replaceAll("\\s+", " ");
    StringBuilder sb = new StringBuilder(text);
    for (Element box : boxes) {
      String boxText = blocks(box);
      String probe = boxText.replaceAll("\\s+", " ");
      probe = probe.substring(0, Math.min(probe.length(), 80));
      if (!flat.contains(probe) && nearArticle(box, flat)) {
        sb.append("\n\n").append(boxText);
        flat = flat + " " + boxText.replaceAll("\\s+", " ");
      }
    }
    return sb.toString();
  }

  /** True when a sibling of the box, or of one of its two nearest ancestors, is in the article text. */
  private static boolean nearArticle(Element box, String flat) {
    Element e = box;
    for (int up = 0; up < 3 && e != null; up++, e = e.parent()) {
      Element parent = e.parent();
      if (parent == null) {
        break;
      }
      for (Element p : parent.select("p")) {
        String t = p.text().strip();
        if (t.length() >= 40 && !box.equals(p) && !p.parents().contains(box) && flat.contains(t.substring(0, 40))) {
          return true;
        }
      }
    }
    return false;
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
