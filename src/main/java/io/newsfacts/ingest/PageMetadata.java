package io.newsfacts.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, author, publisher and publication date of a web page, from (in this order of trust)
 * JSON-LD, {@code article:published_time} and other meta tags, then {@code <time datetime>}.
 */
record PageMetadata(String title, String author, String publisher, LocalDate published, LocalDate urlDate) {
  /** /2016/11/16/ or -20161116- in an article URL. */
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)|[-_/]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[-_./]|$)");
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_AUTHOR =
      Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  static PageMetadata of(Document page) {
    String ld = "";
    for (Element s : page.select("script[type=application/ld+json]")) {
      ld += s.data() + "\n";
    }
    LocalDate published = firstDate(
        group(LD_DATE, ld),
        meta(page, "article:published_time"),
        meta(page, "og:published_time"),
        meta(page, "datePublished"),
        meta(page, "date"),
        meta(page, "DC.date.issued"),
        meta(page, "dc.date"),
        meta(page, "pubdate"),
        attr(page, "time[datetime]", "datetime"));
    String title = first(meta(page, "og:title"), page.title());
    String publisher = first(meta(page, "og:site_name"), group(LD_PUBLISHER, ld));
    // sites often put their own name in the author tag: that is the publisher, not a person
    String author = firstOtherThan(publisher, group(LD_AUTHOR, ld), meta(page, "author"),
        meta(page, "article:author"), attr(page, "[itemprop=author] [itemprop=name]", "text"));
    LocalDate urlDate = null;
    for (String url : new String[] {meta(page, "og:url"), attr(page, "link[rel=canonical]", "href"), page.location()}) {
      urlDate = urlDate != null ? urlDate : urlDate(url);
    }
    return new PageMetadata(title, author, publisher, published, urlDate);
  }

  /** The date written in an article's URL, if any and not in the future. */
  static LocalDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 4;
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
            Integer.parseInt(m.group(g + 2)));
        if (!d.isAfter(LocalDate.now())) {
          return d;
        }
      } catch (RuntimeException notADate) {
        // "/2019/99/" is not a date: keep looking
      }
    }
    return null;
  }

  private static String meta(Document page, String name) {
    for (String key : new String[] {"property", "name", "itemprop"}) {
      Element e = page.selectFirst("meta[" + key + "=" + name + "]");
      if (e != null && !e.attr("content").isBlank()) {
        return e.attr("content").strip();
      }
    }
    return null;
  }

  /** An attribute of the first element matching {@code css}; {@code "text"} gives its text. */
  private static String attr(Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    return e == null ? null : "text".equals(attr) ? e.text() : e.attr(attr);
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  /** An author line without its "Par"/"By" and trailing date; null when it is not a name. */
  static String cleanAuthor(String byline) {
    if (byline == null) {
      return null;
    }
    String s = byline.strip().replaceFirst("(?iu)^(par|by|de|auteur|auteure|author)\\s*:?\\s+", "");
    s = s.replaceFirst("(?iu)[,|–—-]?\\s*(publié|mis à jour|le \\d|\\d{1,2}[/.]\\d).*$", "").strip();
    // "Unknown", "admin", "link78": placeholders of publishing systems, not a person
    boolean placeholder = s.matches("(?iu).*\\d.*|unknown|inconnu|anonym(e|ous)|admin(istrat(or|eur))?|null|none");
    return s.isEmpty() || s.length() > 80 || placeholder ? null : s;
  }

  private static String firstOtherThan(String publisher, String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank() && !v.startsWith("http") && (publisher == null || !v.strip().equalsIgnoreCase(publisher))) {
        return v.strip();
      }
    }
    return null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The first value that parses as a date not in the future. */
  static LocalDate firstDate(String... values) {
    LocalDate today = LocalDate.now();
    for (String v : values) {
      LocalDate d = parseDate(v);
      if (d != null && !d.isAfter(today)) {
        return d;
      }
    }
    return null;
  }

  static LocalDate parseDate(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v.strip()).toLocalDate();
    } catch (DateTimeParseException e) {
      Matcher m = ISO_DAY.matcher(v);
      if (m.find()) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
        } catch (RuntimeException bad) {
          return null;
        }
      }
      return null;
    }
  }
}
