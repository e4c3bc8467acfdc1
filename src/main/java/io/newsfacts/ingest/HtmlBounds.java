package io.newsfacts.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Bounds the work of reading one web page, in one linear pass over the markup before jsoup and
 * readability4j see it. Their cost grows with the square of the nesting depth (2,000 nested divs
 * take 5 s in main-text extraction, 4,900 take over a minute) and faster than the number of
 * elements, while real articles nest a few dozen levels and have a few thousand elements. So:
 * <ul>
 *   <li>elements nested deeper than {@link #MAX_DEPTH} levels lose their tags, keeping their text
 *       (the page is <em>flattened</em> there);
 *   <li>a page with more than {@link #MAX_ELEMENTS} elements is read whole, without picking out its
 *       main text ({@link #wholePage});
 *   <li>a DOCTYPE's internal subset ({@code <!DOCTYPE html [ <!ENTITY ...> ]>}), which HTML parsers
 *       do not know and leave in the text, is dropped.
 * </ul>
 */
final class HtmlBounds {
  /** Nesting levels kept, counting the elements that can hold others (not p, li, td and the like). */
  static final int MAX_DEPTH = 128;
  /** Start tags of a page whose main text is picked out; past this the page is read whole. */
  static final int MAX_ELEMENTS = 6_000;
  /**
   * The same for the elements' depths added up, what main-text extraction's cost follows: the 14
   * real pages of the dev set have at most 1,400 elements, 23 levels, 12,000 for this sum.
   */
  static final long MAX_DEPTH_SUM = 60_000;

  private static final Pattern DOCTYPE_SUBSET =
      Pattern.compile("<!DOCTYPE(\\s[^\\[>]*)\\[.*?\\]\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** Elements without content. */
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
      "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "frame", "isindex", "image");
  /** Elements that the next one of their kind closes: they do not stack up (p, li, td, ...). */
  private static final Set<String> SELF_CLOSING_RUNS = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "option",
      "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "h1", "h2", "h3", "h4",
      "h5", "h6", "a", "nobr", "button", "form", "html", "head", "body");
  /** Elements whose content is not markup. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
      "noembed", "noframes", "plaintext");

  private HtmlBounds() {}

  /**
   * The page to read.
   *
   * @param depth the deepest nesting seen (before flattening)
   * @param elements the number of start tags left
   * @param depthSum their depths added up
   */
  record Page(String html, int depth, int elements, long depthSum) {
    boolean flattened() {
      return depth > MAX_DEPTH;
    }

    /** Too large to pick out the main text in a second or two. */
    boolean tooLarge() {
      return elements > MAX_ELEMENTS || depthSum > MAX_DEPTH_SUM;
    }
  }

  /** {@code html} with its internal DOCTYPE subset dropped and its nesting cut at {@link #MAX_DEPTH}. */
  static Page of(String html) {
    int at = indexOfIgnoreCase(html.substring(0, Math.min(html.length(), 4096)), "<!doctype", 0);
    Matcher dtd = DOCTYPE_SUBSET.matcher(html);
    if (at >= 0 && dtd.region(at, html.length()).lookingAt()) {
      html = html.substring(0, dtd.start()) + "<!DOCTYPE" + dtd.group(1).stripTrailing() + ">" + html.substring(dtd.end());
    }
    return flatten(html, MAX_DEPTH);
  }

  /**
   * Drops the start and end tags of the elements nested deeper than {@code maxDepth}. Only
   * elements that can nest count; end tags close the innermost open element of their name and any
   * opened inside it, as HTML parsers do; a stray end tag is ignored. Linear in the page's length.
   */
  static Page flatten(String html, int maxDepth) {
    Deque<Open> stack = new ArrayDeque<>();
    Map<String, Integer> openByName = new HashMap<>();
    StringBuilder out = null;
    int copied = 0;
    int maxSeen = 0;
    int elements = 0;
    long depthSum = 0;
    int n = html.length();
    int i = html.indexOf('<');
    while (i >= 0 && i < n - 1) {
      char c = html.charAt(i + 1);
      int end;
      if (c == '!') {
        end = html.startsWith("<!--", i) ? indexAfter(html, "-->", i + 4) : indexAfter(html, ">", i + 2);
      } else if (c == '?') {
        end = indexAfter(html, ">", i + 2);
      } else if (c == '/' && i + 2 < n && isLetter(html.charAt(i + 2))) {
        int nameEnd = nameEnd(html, i + 2);
        String name = html.substring(i + 2, nameEnd).toLowerCase(Locale.ROOT);
        end = indexAfter(html, ">", nameEnd);
        if (openByName.getOrDefault(name, 0) > 0) {
          boolean drop = false;
          Open o;
          do {
            o = stack.pop();
            openByName.merge(o.name, -1, Integer::sum);
            drop = o.dropped;
          } while (!o.name.equals(name));
          if (drop) {
            out = copy(out, html, copied, i);
            copied = end;
          }
        }
      } else if (isLetter(c)) {
        int nameEnd = nameEnd(html, i + 1);
        String name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
        end = tagEnd(html, nameEnd);
        boolean selfClosed = end >= 2 && html.charAt(end - 2) == '/';
        if (RAW_TEXT.contains(name)) {
          elements++;
          depthSum += Math.min(stack.size(), maxDepth);
          int close = indexOfIgnoreCase(html, "</" + name, end);
          end = close < 0 ? n : close;
        } else if (!VOID.contains(name) && !SELF_CLOSING_RUNS.contains(name) && !selfClosed) {
          boolean drop = stack.size() >= maxDepth;
          stack.push(new Open(name, drop));
          openByName.merge(name, 1, Integer::sum);
          maxSeen = Math.max(maxSeen, stack.size());
          if (drop) {
            out = copy(out, html, copied, i);
            copied = end;
          } else {
            elements++;
            depthSum += Math.min(stack.size(), maxDepth);
          }
        } else {
          elements++;
          depthSum += Math.min(stack.size(), maxDepth);
        }
      } else {
        end = i + 1;
      }
      i = end >= n ? -1 : html.indexOf('<', end);
    }
    if (out == null) {
      return new Page(html, maxSeen, elements, depthSum);
    }
    out.append(html, copied, n);
    return new Page(out.toString(), maxSeen, elements, depthSum);
  }

  private record Open(String name, boolean dropped) {}

  /**
   * The page read whole, for pages too large to pick out the main text in reasonable time: its
   * metadata and the text of its body without scripts (furniture included: telling it apart costs
   * a pattern match per element).
   */
  static HtmlMainText.Page wholePage(String html, String uri) {
    Document page = Jsoup.parse(html, uri == null ? "" : uri);
    PageMetadata meta = PageMetadata.of(page);
    page.select("script, style, noscript").remove();
    String title = meta.title() != null ? meta.title() : page.title();
    return new HtmlMainText.Page(HtmlMainText.blocks(page.body()), title.isBlank() ? null : title, meta.author(),
        meta.publisher(), meta.published(), meta.urlDate());
  }

  private static StringBuilder copy(StringBuilder out, String html, int from, int to) {
    StringBuilder sb = out == null ? new StringBuilder(html.length()) : out;
    sb.append(html, from, to);
    return sb;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int nameEnd(String html, int from) {
    int j = from;
    while (j < html.length()) {
      char c = html.charAt(j);
      if (Character.isWhitespace(c) || c == '>' || c == '/') {
        break;
      }
      j++;
    }
    return j;
  }

  /** The index after the {@code >} that ends a start tag, skipping quoted attribute values. */
  private static int tagEnd(String html, int from) {
    int n = html.length();
    for (int j = from; j < n; j++) {
      char c = html.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if ((c == '"' || c == '\'') && j > 0 && (html.charAt(j - 1) == '=' || Character.isWhitespace(html.charAt(j - 1)))) {
        int close = html.indexOf(c, j + 1);
        if (close < 0) {
          return n;
        }
        j = close;
      }
    }
    return n;
  }

  private static int indexAfter(String html, String what, int from) {
    int at = html.indexOf(what, from);
    return at < 0 ? html.length() : at + what.length();
  }

  private static int indexOfIgnoreCase(String html, String what, int from) {
    for (int j = html.indexOf('<', from); j >= 0; j = html.indexOf('<', j + 1)) {
      if (html.regionMatches(true, j, what, 0, what.length())) {
        return j;
      }
    }
    return -1;
  }
}
