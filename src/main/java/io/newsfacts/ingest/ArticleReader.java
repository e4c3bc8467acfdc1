package io.newsfacts.ingest;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.model.Article;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the user's paths into articles. A path is a file, a directory (walked recursively, hidden
 * files skipped, in name order) or {@code -} for standard input. Every input either yields
 * articles or one {@link ArticleSink#failure}: nothing is dropped silently.
 */
public final class ArticleReader {
  private static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
  private final Boilerplate boilerplate;
  private final TikaText tika = new TikaText();
  private final HtmlMainText mainText = new HtmlMainText();
  private final InputStream stdin;

  public ArticleReader() {
    this(new Boilerplate(), System.in);
  }

  ArticleReader(Boilerplate boilerplate, InputStream stdin) {
    this.boilerplate = boilerplate;
    this.stdin = stdin;
  }

  /** Reads every path in order, handing each article or failure to {@code sink}. */
  public void read(List<String> paths, ArticleSink sink) {
    for (String p : paths) {
      if ("-".equals(p)) {
        readStdin(sink);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        sink.failure(p, "no such file or directory");
      } else if (Files.isDirectory(path)) {
        walk(path, sink);
      } else {
        readFile(path, sink);
      }
    }
  }

  private void walk(Path root, ArticleSink sink) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(f -> !isHidden(root, f) && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.failure(root.toString(), "cannot list directory (" + e.getMessage() + ")");
      return;
    }
    for (Path f : files) {
      readFile(f, sink);
    }
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file; never throws: a bad file becomes a failure. */
  public void readFile(Path file, ArticleSink sink) {
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new IngestException("empty file");
      }
      if (size > MAX_FILE_BYTES) {
        throw new IngestException("file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        readJsonl(file, sink);
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      sink.article(fromBytes(bytes, source, name));
    } catch (IngestException e) {
      sink.failure(source, e.getMessage());
    } catch (IOException e) {
      sink.failure(source, "cannot read (" + e.getMessage() + ")");
    }
  }

  private void readStdin(ArticleSink sink) {
    try {
      byte[] bytes = stdin.readAllBytes();
      if (bytes.length == 0) {
        throw new IngestException("empty input");
      }
      sink.article(fromBytes(bytes, "-", ""));
    } catch (IngestException e) {
      sink.failure("-", e.getMessage());
    } catch (IOException e) {
      sink.failure("-", "cannot read standard input (" + e.getMessage() + ")");
    }
  }

  Article fromBytes(byte[] bytes, String source, String name) throws IngestException {
    if (name.endsWith(".txt") || name.endsWith(".text") || (name.isEmpty() && looksLikeText(bytes))) {
      String text = decode(bytes);
      if (!looksLikeText(text)) {
        throw new IngestException("does not look like text (binary content)");
      }
      if (name.isEmpty() && text.stripLeading().startsWith("<")) {
        return fromHtml(text, source);
      }
      return fromPlainText(text, source, null, null, null, null);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return fromHtml(decode(bytes), source);
    }
    TikaText.Document doc = tika.read(new ByteArrayInputStream(bytes), name);
    if (doc.type() != null && doc.type().startsWith("text/html")) {
      return fromHtml(decode(bytes), source);
    }
    if (doc.text().isBlank()) {
      throw new IngestException("no text found (detected type " + doc.type() + ")");
    }
    return fromPlainText(doc.text(), source, doc.title(), doc.author(), null, doc.created());
  }

  private Article fromHtml(String html, String source) throws IngestException {
    HtmlMainText.Page page = mainText.read(html, source.startsWith("http") ? source : null);
    if (page.text().isBlank()) {
      throw new IngestException("no article text found in the page");
    }
    return fromPlainText(page.text(), source, page.title(), page.author(), page.publisher(), page.published());
  }

  /** Cleans plain text, reads its byline and builds the article. */
  Article fromPlainText(String raw, String source, String title, String author, String publisher,
      LocalDate published) throws IngestException {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\ufeff", "");
    Byline byline = Byline.find(text);
    if (byline != null) {
      text = text.substring(byline.length());
      author = author != null ? author : byline.author();
      publisher = publisher != null ? publisher : byline.publisher();
      if (published == null && byline.published() != null && !byline.published().isAfter(LocalDate.now())) {
        published = byline.published();
      }
    }
    text = boilerplate.clean(text);
    if (text.isBlank()) {
      throw new IngestException("no article text left after removing boilerplate");
    }
    return new Article(ArticleIds.of(text), source, title, author, publisher, published,
        LanguageGuess.of(text), text);
  }

  private void readJsonl(Path file, ArticleSink sink) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line; (line = r.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + "#" + number;
        try {
          ArticleLine a = ArticleLine.parse(line);
          LocalDate published = null;
          if (a.published() != null && !a.published().isBlank()) {
            try {
              published = LocalDate.parse(a.published().substring(0, Math.min(10, a.published().length())));
            } catch (DateTimeParseException e) {
              throw new IngestException("\"published\" is not YYYY-MM-DD: " + a.published());
            }
          }
          String source = a.source() != null ? a.source() : where;
          Article article = fromPlainText(a.text(), source, a.title(), a.author(), a.publisher(), published);
          if (a.id() != null && !a.id().isBlank()) {
            article = new Article(a.id(), article.source(), article.title(), article.author(),
                article.publisher(), article.published(), article.language(), article.text());
          }
          sink.article(article);
        } catch (IllegalArgumentException | IngestException e) {
          sink.failure(where, e.getMessage());
        }
      }
    }
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1's letters). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        control++;
      }
    }
    return control == 0;
  }

  static boolean looksLikeText(String text) {
    int n = Math.min(text.length(), 20000);
    if (n == 0) {
      return false;
    }
    int good = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,;:!?'\"«»()-–—’%€$/".indexOf(c) >= 0) {
        good++;
      }
    }
    return good >= n * 0.85;
  }

  /** Kept for callers that want all articles of some paths at once (tests, small runs). */
  public List<Article> readAll(List<String> paths, List<String> failures) {
    List<Article> out = new ArrayList<>();
    read(paths, new ArticleSink() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void failure(String source, String reason) {
        failures.add(source + ": " + reason);
      }
    });
    return out;
  }
}
