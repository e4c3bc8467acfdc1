package io.newsfacts.ingest;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Page furniture recognised by its structure and wording, whatever its class names (which are
 * often hashes): the rules {@link HtmlNoise} cannot see and readability4j lacks, after how
 * trafilatura decides (link density, teaser lists, boxes labelled as not the article):
 *
 * <ul>
 *   <li>a "lire aussi" teaser inside the text: a short block that starts with a teaser label
 *       ({@code models/ingest/teaser-labels.txt}) and is mostly a link, or the label alone;
 *   <li>a box whose heading says it is not the article ({@code models/ingest/box-headings.txt}:
 *       related articles, most read, about the author, comments), with its teasers;
 *   <li>an author or comment box found by the wording of its links ({@code
 *       models/ingest/box-links.txt}: "Voir tous ses articles", "Répondre");
 *   <li>a list of teasers: three or more items, each led by a headline link, with at most a short
 *       excerpt (related-article grids, "more articles" rivers, most-read lists);
 *   <li>a block made of links (link text over {@value #LINK_DENSITY} of its text, three links or
 *       more): menus, tag lists, link lists;
 *   <li>a photo credit line: a short block starting with a credit label ({@code
 *       models/ingest/credit-lines.txt}, also applied to every format's lines by {@link Boilerplate}).
 * </ul>
 *
 * The article's body (the element holding most of its prose, {@link #mainBody}), its ancestors and
 * the page's h1 are never removed.
 */
final class HtmlFurniture {
  static final double LINK_DENSITY = 0.7;
  /** Longest text of a teaser item, an inline teaser, a credit line, an author box. */
  private static final int TEASER_ITEM = 450;
  private static final int INLINE_TEASER = 300;
  static final int CREDIT_LINE = 160;
  private static final int AUTHOR_BOX = 800;
  /** Longest heading read as a box label. */
  private static final int HEADING = 80;
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "aside", "li", "blockquote", "dd",
      "figure", "header", "footer", "ul", "ol", "dl", "table", "center", "span", "small", "em", "strong", "b", "i",
      "font", "h2", "h3", "h4", "h5", "h6", "figcaption", "article");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "p",
      "span", "div", "header", "dt", "legend", "em", "font", "small");
  private static final Set<String> CONTAINERS = Set.of("ul", "ol", "div", "section", "aside", "nav", "table",
      "tbody", "dl", "footer", "header", "article", "main", "center", "td");

  private final Pattern teaserLabel;
  private final Pattern boxHeading;
  private final Pattern boxLink;
  private final Pattern credit;

  HtmlFurniture() {
    this(Lexicon.lines("ingest/teaser-labels.txt"), Lexicon.lines("ingest/box-headings.txt"),
        Lexicon.lines("ingest/box-links.txt"), Lexicon.lines("ingest/credit-lines.txt"));
  }

  HtmlFurniture(List<String> teaserLabels, List<String> boxHeadings, List<String> boxLinks, List<String> credits) {
    this.teaserLabel = alternation(teaserLabels);
    this.boxHeading = alternation(boxHeadings);
    this.boxLink = alternation(boxLinks);
    this.credit = alternation(credits);
  }

  private static Pattern alternation(List<String> regexes) {
    return Pattern.compile(regexes.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", regexes) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Removes the furniture from {@code root} in place. */
  void remove(Element root) {
    Guard guard = new Guard(root, mainBody(root), sizes(root));
    labelledBoxes(root, guard);
    boxesByLinks(root, guard);
    inlineTeasers(root, guard);
    teaserLists(root, guard);
    linkBlocks(root, guard);
    credits(root, guard);
  }

  /** What may not go: the article's body and its ancestors, the h1's ancestors. */
  private record Guard(Element root, Element body, java.util.Map<Element, int[]> sizes) {
    /** Raw text length (spaces not collapsed), raw link text length and link count, as the page was. */
    int[] size(Element e) {
      return sizes.getOrDefault(e, new int[3]);
    }

    boolean allows(Element e) {
      return e != root && e.parent() != null && e != body && (body == null || !body.parents().contains(e))
          && e.selectFirst("h1") == null;
    }
  }

  /**
   * The element that holds most of the article's prose directly: the most text in child paragraphs
   * (and bare text) of 80 characters or more that are not mostly links.
   */
  static Element mainBody(Element root) {
    Element best = null;
    int bestScore = 0;
    for (Element e : root.getAllElements()) {
      int score = 0;
      for (org.jsoup.nodes.Node child : e.childNodes()) {
        if (child instanceof org.jsoup.nodes.TextNode t) {
          score += t.text().strip().length();
        } else if (child instanceof Element c && !CONTAINERS.contains(c.normalName()) && !c.normalName().equals("li")) {
          String text = c.text();
          if (text.length() >= 80 && linkDensity(c) < 0.3) {
            score += text.length();
          }
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- labelled boxes

  private void labelledBoxes(Element root, Guard guard) {
    for (Element h : new ArrayList<>(root.getAllElements())) {
      if (h.parent() == null || h.childrenSize() > 2 || guard.size(h)[0] > 4 * HEADING
          || !HEADINGS.contains(h.normalName()) || !isBoxHeading(h)) {
        continue;
      }
      Element top = h;
      // climb past wrappers that hold only the heading
      while (top.parent() != null && top.parent() != root && top.parent().text().length() <= h.text().length() + 3) {
        top = top.parent();
      }
      Element box = top.parent();
      if (box != null && guard.allows(box) && box.text().length() <= 4000 && !hasProseBefore(box, top)) {
        box.remove();
      } else if (guard.allows(top)) {
        // the heading sits in the article's own container: it and the teasers after it go
        removeFollowingTeasers(top);
        top.remove();
      }
    }
  }

  private boolean isBoxHeading(Element h) {
    String t = h.text().strip();
    if (t.isEmpty() || t.length() > HEADING || h.childrenSize() > 2 || h.selectFirst("p, li, ul, div, img") != null) {
      return false;
    }
    return boxHeading.matcher(t.replaceAll("[\\s:.…»>]+$", "")).matches();
  }

  /** True when a paragraph of the article comes before the heading inside the box. */
  private static boolean hasProseBefore(Element box, Element heading) {
    for (Element p : box.select("p")) {
      if (p == heading || p.parents().contains(heading)) {
        return false;
      }
      if (isProse(p) && precedes(p, heading)) {
        return true;
      }
    }
    return false;
  }

  private static boolean precedes(Element a, Element b) {
    return a.root() == b.root() && compareOrder(a, b) < 0;
  }

  private static int compareOrder(Element a, Element b) {
    List<Element> pa = new ArrayList<>(a.parents());
    List<Element> pb = new ArrayList<>(b.parents());
    java.util.Collections.reverse(pa);
    java.util.Collections.reverse(pb);
    pa.add(a);
    pb.add(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size() || i == pb.size()) {
      return pa.size() - pb.size();
    }
    return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
  }

  private static boolean isProse(Element p) {
    String t = p.text();
    return t.length() >= 150 && linkDensity(p) < 0.3;
  }

  private void removeFollowingTeasers(Element heading) {
    Element next = heading.nextElementSibling();
    while (next != null && (isTeaserList(next) || isTeaserItem(next) || isLinkBlock(next, 1))) {
      Element after = next.nextElementSibling();
      next.remove();
      next = after;
    }
  }

  // ---------------------------------------------------------------- author and comment boxes

  private void boxesByLinks(Element root, Guard guard) {
    for (Element a : new ArrayList<>(root.select("a, button"))) {
      if (a.parent() == null || a.text().length() > HEADING || !boxLink.matcher(a.text().strip()).matches()) {
        continue;
      }
      Element box = a;
      while (box.parent() != null && box.parent() != root && box.parent().text().length() <= AUTHOR_BOX
          && box.parent().selectFirst("h1") == null) {
        box = box.parent();
      }
      if (guard.allows(box)) {
        box.remove();
      }
    }
  }

  // ---------------------------------------------------------------- "lire aussi" in the text

  private void inlineTeasers(Element root, Guard guard) {
    for (Element e : startingWith(root, teaserLabel, INLINE_TEASER, guard)) {
      if (e.parent() == null) {
        continue;
      }
      String t = e.text().strip();
      var m = teaserLabel.matcher(t);
      m.lookingAt();
      String rest = t.substring(m.end()).replaceFirst("^[\\s:>»|-]+", "");
      if (!guard.allows(e)) {
        continue;
      }
      if (rest.isEmpty()) {
        // the label alone: its teaser is the link block after it
        Element next = e.nextElementSibling();
        if (next != null && next.text().length() <= INLINE_TEASER && linkDensity(next) >= 0.5) {
          next.remove();
        }
        e.remove();
      } else if (linkText(e) >= 0.5 * rest.length()) {
        e.remove();
      }
    }
  }

  // ---------------------------------------------------------------- teaser lists and link blocks

  private void teaserLists(Element root, Guard guard) {
    for (Element e : new ArrayList<>(root.getAllElements())) {
      if (e.parent() != null && e.childrenSize() >= 3 && CONTAINERS.contains(e.normalName())
          && guard.size(e)[0] <= 3 * TEASER_ITEM * e.childrenSize() && isTeaserList(e) && guard.allows(e)) {
        e.remove();
      }
    }
  }

  /** Three or more items, at least two in three of them teasers and none of them prose. */
  private static boolean isTeaserList(Element e) {
    Elements items = e.children();
    int n = 0;
    int teasers = 0;
    for (Element item : items) {
      if (item.text().isBlank()) {
        continue;
      }
      n++;
      if (isTeaserItem(item)) {
        teasers++;
      } else if (isProse(item)) {
        return false;
      }
    }
    return teasers >= 3 && teasers * 3 >= n * 2;
  }

  /**
   * An item led by a headline link (three words or more, before any other text but a short kicker
   * or date), with at most a short excerpt after it.
   */
  static boolean isTeaserItem(Element item) {
    String text = item.text().strip();
    if (text.length() > TEASER_ITEM || text.isEmpty()) {
      return false;
    }
    for (Element a : item.select("a")) {
      String title = a.text().strip();
      if (title.length() >= 15 && title.split("\\s+").length >= 3) {
        int at = text.indexOf(title);
        return at >= 0 && at <= 40;
      }
    }
    return false;
  }

  private void linkBlocks(Element root, Guard guard) {
    for (Element e : new ArrayList<>(root.getAllElements())) {
      int[] size = guard.size(e);
      if (e.parent() != null && size[2] >= 3 && size[1] >= 0.5 * size[0] && CONTAINERS.contains(e.normalName())
          && isLinkBlock(e, 3) && guard.allows(e)) {
        e.remove();
      }
    }
  }

  private static boolean isLinkBlock(Element e, int minLinks) {
    return e.select("a").size() >= minLinks && linkDensity(e) >= LINK_DENSITY;
  }

  static double linkDensity(Element e) {
    int all = e.text().length();
    return all == 0 ? 0 : (double) linkText(e) / all;
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      if (a.parents().stream().noneMatch(p -> p.normalName().equals("a"))) {
        n += a.text().length();
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- credits

  private void credits(Element root, Guard guard) {
    for (Element e : startingWith(root, credit, CREDIT_LINE, guard)) {
      if (e.parent() != null && guard.allows(e)) {
        e.remove();
      }
    }
  }

  /** Per element, in one pass: raw text length, raw link text length, number of links. */
  private static java.util.Map<Element, int[]> sizes(Element root) {
    java.util.Map<Element, int[]> sizes = new java.util.IdentityHashMap<>();
    root.traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {}

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof Element e) {
          int[] size = new int[3];
          for (org.jsoup.nodes.Node c : e.childNodes()) {
            if (c instanceof org.jsoup.nodes.TextNode t) {
              size[0] += t.getWholeText().length();
            } else if (c instanceof Element ce) {
              int[] child = sizes.getOrDefault(ce, new int[3]);
              size[0] += child[0];
              size[1] += child[1];
              size[2] += child[2];
            }
          }
          if (e.normalName().equals("a")) {
            size[1] = size[0];
            size[2] += 1;
          }
          sizes.put(e, size);
        }
      }
    });
    return sizes;
  }

  /**
   * The largest block elements, {@code max} characters of text at most, whose text starts with
   * {@code label}: found from the text nodes up, so that a page costs one pass over its text.
   */
  private static List<Element> startingWith(Element root, Pattern label, int max, Guard guard) {
    List<Element> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      for (org.jsoup.nodes.TextNode t : e.textNodes()) {
        String s = t.text().strip();
        if (s.isEmpty()) {
          continue;
        }
        if (label.matcher(s).lookingAt() || s.length() < 12) {
          Element found = null;
          for (Element up = e; up != null && up != root; up = up.parent()) {
            if (guard.size(up)[0] > 3 * max) {
              break; // text() collapses whitespace: a raw length well over the limit is over it
            }
            String text = up.text().strip();
            if (text.length() > max) {
              break;
            }
            if (BLOCKS.contains(up.normalName()) && label.matcher(text).lookingAt()) {
              found = up;
            }
          }
          if (found != null && !out.contains(found)) {
            out.add(found);
          }
        }
        break; // only an element's first text can start it
      }
    }
    return out;
  }

  boolean isCredit(String line) {
    return line.length() <= CREDIT_LINE && credit.matcher(line.strip()).lookingAt();
  }
}
