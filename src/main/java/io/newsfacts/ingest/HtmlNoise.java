package io.newsfacts.ingest;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page furniture of a web page (menus, cookie banners, share links, "lire aussi" blocks, comments,
 * footers, captions), recognised by tag or by class and id names listed in {@code
 * models/ingest/html-noise.txt}. Removing it before readability4j runs keeps it from being scored
 * as content.
 */
final class HtmlNoise {
  /** An element holding more than this share of the page's text is content, whatever its class. */
  private static final double MAX_SHARE = 0.3;
  private static final Set<String> NEVER = Set.of("html", "body", "main", "article", "head");

  private final Set<String> tags;
  private final Pattern names;

  HtmlNoise() {
    this(Lexicon.lines("ingest/html-noise.txt"));
  }

  HtmlNoise(List<String> lines) {
    Set<String> t = new HashSet<>();
    List<String> regexes = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("<") && line.endsWith(">")) {
        t.add(line.substring(1, line.length() - 1).toLowerCase(Locale.ROOT));
      } else {
        regexes.add("(?:" + line + ")");
      }
    }
    this.tags = Set.copyOf(t);
    this.names = Pattern.compile(regexes.isEmpty() ? "(?!)" : String.join("|", regexes),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Removes the furniture from {@code root} in place. */
  void remove(Element root) {
    int total = Math.max(1, root.text().length());
    List<Element> doomed = new ArrayList<>();
    collect(root, total, doomed);
    for (Element e : doomed) {
      e.remove();
    }
  }

  private void collect(Element e, int total, List<Element> doomed) {
    if (isNoise(e) && e.text().length() <= total * MAX_SHARE) {
      doomed.add(e);
      return;
    }
    for (Element child : e.children()) {
      collect(child, total, doomed);
    }
  }

  boolean isNoise(Element e) {
    String tag = e.normalName();
    if (NEVER.contains(tag)) {
      return false;
    }
    if (tags.contains(tag)) {
      return true;
    }
    if (!e.id().isEmpty() && names.matcher(e.id()).find()) {
      return true;
    }
    for (String c : e.classNames()) {
      if (names.matcher(c).find()) {
        return true;
      }
    }
    return false;
  }
}
