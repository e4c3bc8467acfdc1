package io.newsfacts.ingest;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns the user's paths into articles. A path is a file, a directory (walked as {@link
 * InputFiles} says: recursively, hidden files skipped, in name order, links not followed unless
 * asked) or {@code -} for standard input. Containers are opened: a {@code .zip} gives one input per
 * entry ({@code archive.zip!/entry.txt}), a {@code .mbox} one per message ({@code box.mbox#3}), a
 * {@code .jsonl} one per line ({@code file.jsonl#12}), read as a stream.
 *
 * <p>Every input either yields an article or one {@link ArticleSink#failure} with a reason a user
 * understands: nothing is dropped silently and no input stops the others. Each document has a
 * time budget, so one pathological file cannot hang a batch; a file's archives share one {@link
 * ArchiveBudget}. A document file is handed on as an {@link ArticleSink.Reading}, so that a slow
 * one can be read while others proceed.
 */
public final class ArticleReader {
  /** Largest file or archive entry read. */
  static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
  /** Longest line of a JSON Lines stream: an article of {@link TikaText#MAX_CHARS} characters, escaped. */
  static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
  /** Parsers recurse on nested markup: give them room before a StackOverflowError. */
  private static final long WORKER_STACK = 64L * 1024 * 1024;

  /** What standard input holds: one document, a JSON Lines stream, or (auto) a stream when its first line is a JSON object. */
  public enum StdinFormat { AUTO, JSONL, TEXT }

  /**
   * How to read.
   *
   * @param followLinks follow the symbolic links met while walking a directory
   * @param timeBudget what reading one document, or expanding one file's archives, may take
   */
  public record Options(boolean followLinks, StdinFormat stdinFormat, Duration timeBudget) {
    public static final Options DEFAULT = new Options(false, StdinFormat.AUTO, Duration.ofSeconds(60));

    public Options {
      if (stdinFormat == null || timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
        throw new IllegalArgumentException("a stdin format and a positive time budget are needed");
      }
    }
  }

  private final DocumentReader documents;
  private final InputStream stdin;
  private final Options options;
  private final ArchiveBudget.Limits archiveLimits;
  /** Threads that read documents within their budget; a thread stuck past it is left behind. */
  private final ThreadPoolExecutor readers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(null, r, "newsfacts-ingest", WORKER_STACK);
        t.setDaemon(true);
        return t;
      });

  public ArticleReader() {
    this(System.in, Options.DEFAULT);
  }

  public ArticleReader(Options options) {
    this(System.in, options);
  }

  /** A reader taking standard input from {@code stdin} and giving each document {@code budget}. */
  public ArticleReader(InputStream stdin, Duration budget) {
    this(stdin, new Options(false, StdinFormat.AUTO, budget));
  }

  public ArticleReader(InputStream stdin, Options options) {
    this(stdin, options, new ArchiveBudget.Limits(ArchiveBudget.Limits.DEFAULT.bytes(),
        ArchiveBudget.Limits.DEFAULT.entries(), ArchiveBudget.Limits.DEFAULT.depth(), options.timeBudget()));
  }

  /** With other archive limits (tests show the bounds on small inputs). */
  ArticleReader(InputStream stdin, Options options, ArchiveBudget.Limits archiveLimits) {
    this.archiveLimits = archiveLimits;
    HtmlNoise noise = new HtmlNoise();
    HtmlFurniture furniture = new HtmlFurniture();
    this.documents = new DocumentReader(new Boilerplate(), noise, furniture,
        new HtmlMainText(noise, furniture, io.newsfacts.lexicon.Lexicon.lines("ingest/fact-boxes.txt")));
    this.stdin = stdin;
    this.options = options;
  }

  /** Reads every path in order, handing each article, reading, warning or failure to {@code sink}. */
  public void read(List<String> paths, ArticleSink sink) {
    for (String p : paths) {
      if ("-".equals(p)) {
        readStdin(sink);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        sink.failure(p, Files.isSymbolicLink(path) ? "broken symbolic link (its target does not exist)"
            : "no such file or directory");
      } else if (Files.isDirectory(path)) {
        for (Path f : files(path, sink)) {
          readFile(f, sink);
        }
      } else {
        readFile(path, sink);
      }
    }
  }

  /** Reads one path (a file, a directory, or - for standard input). */
  public void read(String path, ArticleSink sink) {
    read(List.of(path), sink);
  }

  /** The files to read under {@code root}; what is left out goes to {@code sink} as a warning or failure. */
  public List<Path> files(Path root, ArticleSink sink) {
    InputFiles.Listing listing = InputFiles.list(root, options.followLinks());
    for (InputFiles.Skipped s : listing.skipped()) {
      if (s.failure()) {
        sink.failure(s.path().toString(), s.reason());
      } else {
        sink.warning(s.path().toString(), s.reason());
      }
    }
    return listing.files();
  }

  /** The files to read under {@code root} and what is left out, without reporting anything. */
  public InputFiles.Listing list(Path root) {
    return InputFiles.list(root, options.followLinks());
  }

  /** Reads one file; never throws: a bad file becomes a failure. */
  public void readFile(Path file, ArticleSink sink) {
    String source = file.toString();
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String ext = DocumentReader.extension(name.toLowerCase(Locale.ROOT));
    if (!Files.isRegularFile(file)) { // a pipe or device named by the user: read as a stream, as stdin is
      try (InputStream in = Files.newInputStream(file)) {
        readStream(in, source, name, ext.equals("jsonl") || ext.equals("ndjson"), sink);
      } catch (IOException e) {
        sink.failure(source, "cannot read (" + InputFiles.reason(e) + ")");
      }
      return;
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      sink.failure(source, "cannot read (" + InputFiles.reason(e) + ")");
      return;
    }
    if (size == 0) {
      sink.failure(source, "empty file");
    } else if (ext.equals("jsonl") || ext.equals("ndjson")) {
      try (InputStream in = Files.newInputStream(file)) {
        readJsonl(in, source, sink);
      } catch (IOException e) {
        sink.failure(source, "cannot read (" + InputFiles.reason(e) + ")");
      }
    } else if (size > MAX_FILE_BYTES) {
      sink.failure(source, "file too large (" + size / (1024 * 1024) + " MB; the limit is "
          + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
    } else if (ext.equals("zip") || ext.equals("mbox")) {
      try {
        readBytes(Files.readAllBytes(file), source, name, sink);
      } catch (IOException e) {
        sink.failure(source, "cannot read (" + InputFiles.reason(e) + ")");
      }
    } else {
      sink.later(source, () -> {
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (IOException e) {
          throw new IngestException("cannot read (" + InputFiles.reason(e) + ")", e);
        }
        return readDocument(bytes, source, name, sink);
      });
    }
  }

  private void readStdin(ArticleSink sink) {
    InputStream in = stdin;
    boolean jsonl = options.stdinFormat() == StdinFormat.JSONL;
    if (options.stdinFormat() == StdinFormat.AUTO) {
      BufferedInputStream b = new BufferedInputStream(stdin, 1 << 16);
      try {
        jsonl = startsWithJsonObject(b);
      } catch (IOException e) {
        sink.failure("-", "cannot read standard input (" + InputFiles.reason(e) + ")");
        return;
      }
      in = b;
    }
    readStream(in, "-", "", jsonl, sink);
  }

  /** A stream: JSON Lines read line by line, anything else as one input of at most {@link #MAX_FILE_BYTES}. */
  private void readStream(InputStream in, String source, String name, boolean jsonl, ArticleSink sink) {
    try {
      if (jsonl) {
        readJsonl(in, source, sink);
        return;
      }
      byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes.length == 0) {
        sink.failure(source, "empty input");
      } else if (bytes.length > MAX_FILE_BYTES) {
        sink.failure(source, "input too large (the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
      } else {
        readBytes(bytes, source, name, sink);
      }
    } catch (IOException e) {
      sink.failure(source, "cannot read (" + InputFiles.reason(e) + ")");
    }
  }

  /** True when the stream's first line (looked at, not consumed) is a JSON object: a JSON Lines stream. */
  private static boolean startsWithJsonObject(BufferedInputStream in) throws IOException {
    in.mark(MAX_LINE_BYTES + 1);
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n' && head.size() < MAX_LINE_BYTES; b = in.read()) {
      head.write(b);
    }
    in.reset();
    String first = head.toString(StandardCharsets.UTF_8).replace("\ufeff", "").strip();
    return first.startsWith("{") && ArticleLine.isObject(first);
  }

  /** One input's bytes (a file's content, an archive entry, standard input): a container is opened here. */
  private void readBytes(byte[] bytes, String source, String name, ArticleSink sink) {
    ArchiveBudget budget = new ArchiveBudget(archiveLimits);
    try {
      readBytes(bytes, source, name, sink, budget, 0);
    } catch (ArchiveBudget.Exhausted e) {
      sink.failure(source, e.getMessage());
    }
  }

  private void readBytes(byte[] bytes, String source, String name, ArticleSink sink, ArchiveBudget budget, int depth)
      throws ArchiveBudget.Exhausted {
    switch (DocumentReader.extension(name.toLowerCase(Locale.ROOT))) {
      case "jsonl", "ndjson" -> {
        try {
          readJsonl(new ByteArrayInputStream(bytes), source, sink);
        } catch (IOException e) {
          throw new IllegalStateException("reading bytes in memory", e);
        }
      }
      case "zip" -> ZipEntries.read(bytes, source, depth, budget, sink,
          (content, where, entry) -> readBytes(content, where, entry, sink, budget, depth + 1));
      case "mbox" -> readMbox(bytes, source, sink);
      default -> {
        try {
          sink.article(readDocument(bytes, source, name, sink));
        } catch (IngestException e) {
          sink.failure(source, e.getMessage());
        }
      }
    }
  }

  /** One document within its time budget, its warnings passed on once it is read. */
  private Article readDocument(byte[] bytes, String source, String name, ArticleSink sink) throws IngestException {
    List<String> notes = new ArrayList<>();
    Article article = withinBudget(() -> documents.read(bytes, source, name.toLowerCase(Locale.ROOT), notes::add));
    notes.forEach(n -> sink.warning(source, n));
    String language = languageWarning(article);
    if (language != null) {
      sink.warning(article.source(), language);
    }
    return article;
  }

  /** What to tell the user about an article that is not in French, or null. */
  private static String languageWarning(Article article) {
    if ("fr".equals(article.language())) {
      return null;
    }
    if ("und".equals(article.language())) {
      return "language not recognised (too little text?); read as French";
    }
    String name = Locale.forLanguageTag(article.language()).getDisplayLanguage(Locale.ENGLISH);
    return "text looks " + (name.isEmpty() ? article.language() : name) + ", not French; facts may be poor";
  }

  /** Runs one document's reading on a reader thread, giving up after the budget. */
  private Article withinBudget(Callable<Article> task) throws IngestException {
    Future<Article> future = readers.submit(() -> {
      try {
        return task.call();
      } catch (StackOverflowError e) {
        throw new IngestException("too deeply nested to read");
      } catch (OutOfMemoryError e) {
        throw new IngestException("too large to read in the memory available");
      } catch (RuntimeException e) {
        throw new IngestException("cannot read (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
      }
    });
    try {
      return future.get(options.timeBudget().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true); // the stuck thread may not stop; it is a daemon and the next document gets another
      throw new IngestException("gave up after " + options.timeBudget().toSeconds() + " s (document too complex to read)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IngestException ie) {
        throw ie;
      }
      throw new IngestException("cannot read (" + e.getCause() + ")", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted");
    }
  }

  /** One article per message; messages start at a "From " line (mboxrd quoting undone). */
  private void readMbox(byte[] bytes, String source, ArticleSink sink) {
    String box = new String(bytes, StandardCharsets.ISO_8859_1); // bytes kept as they are
    List<String> messages = new ArrayList<>();
    StringBuilder current = null;
    for (String line : box.split("\n", -1)) {
      if (line.startsWith("From ")) {
        if (current != null) {
          messages.add(current.toString());
        }
        current = new StringBuilder();
        continue;
      }
      if (current != null) {
        current.append(line.matches(">+From .*") ? line.substring(1) : line).append('\n');
      }
    }
    if (current != null) {
      messages.add(current.toString());
    }
    if (messages.isEmpty()) {
      sink.failure(source, "not an mbox mailbox (no \"From \" line starts a message)");
      return;
    }
    for (int i = 0; i < messages.size(); i++) {
      String where = source + "#" + (i + 1);
      try {
        sink.article(readDocument(messages.get(i).getBytes(StandardCharsets.ISO_8859_1), where, "message.eml", sink));
      } catch (IngestException e) {
        sink.failure(where, e.getMessage());
      }
    }
  }

  /** One article per line, the stream read as it comes; a bad line is named {@code SOURCE#LINE}. */
  private void readJsonl(InputStream in, String source, ArticleSink sink) throws IOException {
    JsonLines.read(in, MAX_LINE_BYTES, (number, line, problem) -> jsonlLine(source, number, line, problem, sink));
  }

  /**
   * Line {@code number} (from 1) of the JSON Lines file {@code source}, given as its bytes without
   * the line end: exactly what reading the whole file does with that line (its article, or a
   * failure named {@code SOURCE#LINE}; a blank line gives nothing). For readers that split a
   * stream elsewhere, such as a Spark job reading a file's lines in parallel.
   */
  public void readJsonlLine(byte[] bytes, int number, String source, ArticleSink sink) {
    JsonLines.line(bytes, number, MAX_LINE_BYTES, (n, line, problem) -> jsonlLine(source, n, line, problem, sink));
  }

  private void jsonlLine(String source, int number, String line, String problem, ArticleSink sink) {
    String where = source + "#" + number;
    if (line == null) {
      sink.failure(where, problem);
      return;
    }
    if (problem != null) {
      sink.warning(where, problem);
    }
    try {
      Article article = jsonlArticle(ArticleLine.parse(line), where);
      String language = languageWarning(article);
      if (language != null) {
        sink.warning(article.source(), language);
      }
      sink.article(article);
    } catch (IllegalArgumentException | IngestException e) {
      sink.failure(where, e.getMessage());
    }
  }

  private Article jsonlArticle(ArticleLine a, String where) throws IngestException {
    LocalDate published = null;
    if (a.published() != null && !a.published().isBlank()) {
      try {
        published = LocalDate.parse(a.published().substring(0, Math.min(10, a.published().length())));
      } catch (DateTimeParseException e) {
        String value = a.published().length() > 40 ? a.published().substring(0, 40) + "…" : a.published();
        throw new IngestException("\"published\" is not YYYY-MM-DD: " + value);
      }
    }
    String name = a.source() != null ? a.source() : where;
    Article article = documents.fromPlainText(a.text(), name,
        new DocumentReader.Known(a.title(), a.author(), a.publisher(), published, null));
    if (a.id() != null && !a.id().isBlank()) {
      article = new Article(a.id(), article.source(), article.title(), article.author(),
          article.publisher(), article.published(), article.language(), article.text());
    }
    return article;
  }

  /** All articles of some paths at once, failures as {@code source: reason} (tests, small runs). */
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

      @Override
      public void warning(String source, String message) {
        // readAll is for articles and failures only
      }
    });
    return out;
  }
}
