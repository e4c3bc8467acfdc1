package io.newsfacts.ingest;

import io.newsfacts.model.Article;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One document's bytes to one article: picks the reader by name and content (plain text, web page,
 * or anything else through Tika), removes boilerplate, and settles the metadata in the order of
 * trust the page or file gives. Not thread-safe per call, but holds no per-document state.
 */
final class DocumentReader {
  private static final Pattern MAIL_HEADERS = Pattern.compile(
      "\\A(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To):[^\\n]*\\n)+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START = Pattern.compile(
      "\\A\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype html|html|head|body|meta|p|div|article|h1)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** Markup that is not a web page (XML, SVG, RSS): its text is read by Tika, never the tags as text. */
  private static final Pattern MARKUP_START = Pattern.compile("\\A\\s*<[?!a-zA-Z]");

  private final Boilerplate boilerplate;
  private final HtmlMainText mainText;
  private final TikaText tika;

  DocumentReader(Boilerplate boilerplate, HtmlNoise noise, HtmlFurniture furniture, HtmlMainText mainText) {
    this.boilerplate = boilerplate;
    this.mainText = mainText;
    this.tika = new TikaText(noise, furniture);
  }

  /**
   * The article in {@code bytes}; {@code name} is the file name (lower case), empty for stdin.
   * {@code warn} receives what a user should know about an article that was still read.
   */
  Article read(byte[] bytes, String source, String name, Consumer<String> warn) throws IngestException {
    String ext = extension(name);
    switch (ext) {
      case "txt", "text", "md" -> {
        return fromText(bytes, source);
      }
      case "html", "htm", "xhtml", "shtml" -> {
        return fromHtml(PlainText.decode(bytes), source, warn);
      }
      default -> {
        // stdin and unknown names: look at the content first
        if (!KNOWN_BINARY.contains(ext) && !MARKUP.contains(ext) && PlainText.isText(bytes)) {
          String head = PlainText.decode(bytes.length > 4096 ? java.util.Arrays.copyOf(bytes, 4096) : bytes)
              .replace("\ufeff", "");
          if (HTML_START.matcher(head).lookingAt()) {
            return fromHtml(PlainText.decode(bytes), source, warn);
          }
          if (!MARKUP_START.matcher(head).lookingAt() && !MAIL_HEADERS.matcher(head.replace("\r\n", "\n")).lookingAt()
              && !ext.equals("eml") && !ext.equals("rtf") && !head.startsWith("{\\rtf")) {
            return fromText(bytes, source);
          }
        }
        return fromTika(bytes, source, name, warn);
      }
    }
  }

  private static final java.util.Set<String> KNOWN_BINARY = java.util.Set.of("pdf", "docx", "doc", "odt",
      "epub", "rtf", "eml", "msg", "pptx", "xlsx", "ods", "odp", "zip", "jpg", "jpeg", "png", "gif");
  /** Markup formats other than web pages, never read as plain text. */
  private static final java.util.Set<String> MARKUP = java.util.Set.of("xml", "svg", "rss", "atom", "xsl", "xslt",
      "kml", "gpx", "opml", "plist", "xsd", "dtd");

  static String extension(String name) {
    int slash = name.lastIndexOf('/');
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private Article fromText(byte[] bytes, String source) throws IngestException {
    if (!PlainText.isText(bytes)) {
      throw new IngestException("not a text file (binary content)");
    }
    String text = PlainText.decode(bytes);
    if (!PlainText.isText(text)) {
      throw new IngestException("not a text file (mostly symbols, wrong encoding or binary content)");
    }
    checkLength(text);
    return fromPlainText(text, source, Known.NONE);
  }

  private Article fromTika(byte[] bytes, String source, String name, Consumer<String> warn) throws IngestException {
    boolean truncatedPdf = isTruncatedPdf(bytes);
    TikaText.Document doc;
    try {
      doc = tika.read(new ByteArrayInputStream(bytes), name);
    } catch (IngestException e) {
      throw truncatedPdf ? new IngestException(TRUNCATED_PDF + "; no text could be read", e) : e;
    }
    String type = doc.type() == null ? "" : doc.type();
    if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
      return fromHtml(PlainText.decode(bytes), source, warn);
    }
    if (type.startsWith("image/")) {
      throw new IngestException("an image (" + simpleType(type) + "), no article text to read");
    }
    String text = doc.text();
    if (text.isBlank()) {
      throw new IngestException(truncatedPdf ? TRUNCATED_PDF + "; no text could be read" : emptyReason(type));
    }
    if (type.startsWith("application/pdf")) {
      text = unwrapLines(text);
      if (truncatedPdf) {
        warn.accept(TRUNCATED_PDF + "; its text may be incomplete");
      }
    }
    if (!PlainText.isText(text)) {
      throw new IngestException("no readable text in this " + simpleType(type) + " (mostly symbols)");
    }
    return fromPlainText(text, source, new Known(doc.title(), doc.author(), null, null, doc.created()));
  }

  private static final String TRUNCATED_PDF = "truncated PDF (the file stops before its end-of-file marker)";

  /** A PDF ends with {@code %%EOF} (give or take a few bytes of padding); a cut download does not. */
  static boolean isTruncatedPdf(byte[] bytes) {
    if (bytes.length < 5 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F') {
      return false;
    }
    int from = Math.max(0, bytes.length - 4096);
    String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    return !tail.contains("%%EOF");
  }

  private static String emptyReason(String type) {
    if (type.startsWith("image/")) {
      return "an image (" + simpleType(type) + "), no text to read";
    }
    if (type.isEmpty() || type.startsWith("application/octet-stream")) {
      return "not a document format newsfacts can read (unknown binary content)";
    }
    if (type.startsWith("application/pdf")) {
      return "no text in this PDF (scanned pages need OCR first)";
    }
    return "no text found in this " + simpleType(type);
  }

  private static String simpleType(String type) {
    return type.replaceFirst(";.*", "");
  }

  /**
   * PDF text has one line per printed line: join them back into paragraphs, undo hyphenation (a
   * soft hyphen at a line's end always breaks a word; a hyphen only between lower-case letters).
   */
  static String unwrapLines(String text) {
    String t = text.replace("\r\n", "\n").replaceAll("\u00ad[ \t]*\n[ \t]*", "");
    t = t.replaceAll("(\\p{Ll})-\\n(\\p{Ll})", "$1$2");
    t = t.replaceAll("(?<=\\S)[ \\t]*\\n(?![ \\t]*\\n)[ \\t]*(?=\\S)", " ");
    return t;
  }

  private Article fromHtml(String html, String source, Consumer<String> warn) throws IngestException {
    checkLength(html);
    HtmlBounds.Page bounded = HtmlBounds.of(html);
    if (bounded.flattened()) {
      warn.accept("HTML nested " + bounded.depth() + " levels deep; read with the levels below "
          + HtmlBounds.MAX_DEPTH + " flattened");
    }
    String uri = source.startsWith("http") ? source : null;
    HtmlMainText.Page page;
    if (bounded.tooLarge()) {
      warn.accept("page too large to pick out its main text (" + bounded.elements() + " elements nested "
          + bounded.depthSum() / Math.max(1, bounded.elements()) + " levels on average; the limit is "
          + HtmlBounds.MAX_ELEMENTS + " elements or " + HtmlBounds.MAX_DEPTH_SUM + " element levels): read whole");
      page = HtmlBounds.wholePage(bounded.html(), uri);
    } else {
      page = mainText.read(bounded.html(), uri);
    }
    if (page.text().isBlank()) {
      throw new IngestException("no article text found in the page");
    }
    return fromPlainText(page.text(), source,
        new Known(page.title(), page.author(), page.publisher(), page.published(), page.urlDate()));
  }

  private static void checkLength(String text) throws IngestException {
    if (text.length() > TikaText.MAX_CHARS * 4L) {
      throw new IngestException("text longer than " + TikaText.MAX_CHARS * 4L + " characters; split the document");
    }
  }

  /**
   * What the container said about the article. {@code published} outranks a byline in the text;
   * {@code fallbackDate} (a date in the URL, a file's creation date) comes after it.
   */
  record Known(String title, String author, String publisher, LocalDate published, LocalDate fallbackDate) {
    static final Known NONE = new Known(null, null, null, null, null);
  }

  /**
   * Cleans plain text, reads its byline and builds the article. Every format ends here: invisible
   * characters go first, so every offset measured after indexes the text as the article keeps it.
   */
  Article fromPlainText(String raw, String source, Known known) throws IngestException {
    String text = InvisibleCharacters.strip(raw).replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', ' ');
    text = CsvQuotedLines.unescape(text);
    String author = InvisibleCharacters.strip(known.author());
    String publisher = InvisibleCharacters.strip(known.publisher());
    LocalDate published = known.published();
    Byline byline = Byline.find(text);
    if (byline != null) {
      text = text.substring(0, byline.start()) + text.substring(byline.end());
      author = author != null ? author : byline.author();
      publisher = publisher != null ? publisher : byline.publisher();
      published = published != null ? published : byline.published();
    }
    if (published == null || published.isAfter(LocalDate.now())) {
      published = known.fallbackDate();
    }
    if (published != null && published.isAfter(LocalDate.now())) {
      published = null; // never a date after the extraction run
    }
    text = boilerplate.clean(text);
    if (text.isBlank()) {
      throw new IngestException("no article text left after removing boilerplate");
    }
    String knownTitle = CsvQuotedLines.unescape(InvisibleCharacters.strip(known.title()));
    String title = knownTitle == null || knownTitle.isBlank() ? headline(text) : knownTitle.strip();
    return new Article(ArticleIds.of(text), source, title, PageMetadata.cleanAuthor(author),
        blankToNull(publisher), published, LanguageGuess.of(text), text);
  }

  /**
   * The headline of a plain text that has no title in its metadata: a first paragraph of one
   * short line that does not end a sentence ("Lyon double son budget vélo d'ici 2026"). It stays
   * in the text too: headlines hold facts.
   */
  static String headline(String text) {
    int end = text.indexOf("\n\n");
    String first = (end < 0 ? text : text.substring(0, end)).strip();
    if (end < 0 || first.isEmpty() || first.length() > 160 || first.indexOf('\n') >= 0) {
      return null;
    }
    char last = first.charAt(first.length() - 1);
    if (last == '.' || last == ':' || last == ',' || last == ';' || !opensHeadline(first)) {
      return null;
    }
    return first.split("\\s+").length >= 3 ? first : null;
  }

  /**
   * Whether a line may open a headline: a capital, a figure ("11 goûters équilibrés ...") or quotation
   * marks before one ("« Casser du flic » se banalise ...").
   */
  private static boolean opensHeadline(String line) {
    int i = 0;
    while (i < line.length() && "«\"“‘' \u00a0\u202f".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    if (i >= line.length()) {
      return false;
    }
    int c = line.codePointAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c) && i == 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
