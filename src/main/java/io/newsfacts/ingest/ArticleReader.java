package io.newsfacts.ingest;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns the user's paths into articles. A path is a file, a directory (walked recursively, hidden
 * files skipped, in name order) or {@code -} for standard input. Containers are opened: a {@code
 * .zip} gives one input per entry ({@code archive.zip!/entry.txt}), a {@code .mbox} one per message
 * ({@code box.mbox#3}), a {@code .jsonl} one per line ({@code file.jsonl#12}).
 *
 * <p>Every input either yields an article or one {@link ArticleSink#failure} with a reason a user
 * understands: nothing is dropped silently and no input stops the others. Each document has a
 * time budget, so one pathological file cannot hang a batch.
 */
public final class ArticleReader {
  /** Largest file read, and largest total a zip archive may expand to. */
  static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
  static final long MAX_ARCHIVE_BYTES = 1024L * 1024 * 1024;
  private static final int MAX_ARCHIVE_ENTRIES = 20_000;
  private static final int MAX_ARCHIVE_DEPTH = 3;
  /** Parsers recurse on nested markup: give them room before a StackOverflowError. */
  private static final long WORKER_STACK = 64L * 1024 * 1024;

  private final DocumentReader documents;
  private final InputStream stdin;
  private final Duration budget;
  private ExecutorService worker;

  public ArticleReader() {
    this(System.in, Duration.ofSeconds(60));
  }

  /** A reader taking standard input from {@code stdin} and giving each document {@code budget}. */
  public ArticleReader(InputStream stdin, Duration budget) {
    HtmlNoise noise = new HtmlNoise();
    HtmlFurniture furniture = new HtmlFurniture();
    this.documents = new DocumentReader(new Boilerplate(), noise, furniture,
        new HtmlMainText(noise, furniture, io.newsfacts.lexicon.Lexicon.lines("ingest/fact-boxes.txt")));
    this.stdin = stdin;
    this.budget = budget;
  }

  /** Reads every path in order, handing each article, warning or failure to {@code sink}. */
  public void read(List<String> paths, ArticleSink sink) {
    try {
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
    } finally {
      if (worker != null) {
        worker.shutdownNow();
        worker = null;
      }
    }
  }

  /** Reads one path (a file, a directory, or - for standard input). */
  public void read(String path, ArticleSink sink) {
    read(List.of(path), sink);
  }

  private void walk(Path root, ArticleSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && isHidden(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            sink.failure(dir.toString(), "cannot read directory (permission denied)");
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          sink.failure(file.toString(), "cannot read (" + ioReason(e) + ")");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      sink.failure(root.toString(), "cannot list directory (" + ioReason(e) + ")");
    }
    files.sort(null);
    for (Path f : files) {
      readFile(f, sink);
    }
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Reads one file; never throws: a bad file becomes a failure. */
  public void readFile(Path file, ArticleSink sink) {
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size == 0) {
        sink.failure(source, "empty file");
        return;
      }
      if (size > MAX_FILE_BYTES) {
        sink.failure(source, "file too large (" + size / (1024 * 1024) + " MB; the limit is "
            + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.failure(source, "cannot read (" + ioReason(e) + ")");
      return;
    }
    readBytes(bytes, source, file.getFileName().toString(), sink, 0);
  }

  private void readStdin(ArticleSink sink) {
    byte[] bytes;
    try {
      bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      sink.failure("-", "cannot read standard input (" + ioReason(e) + ")");
      return;
    }
    if (bytes.length == 0) {
      sink.failure("-", "empty input");
    } else if (bytes.length > MAX_FILE_BYTES) {
      sink.failure("-", "input too large (the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
    } else {
      readBytes(bytes, "-", "", sink, 0);
    }
  }

  /** One input's bytes: a container is opened, a document becomes one article. */
  private void readBytes(byte[] bytes, String source, String name, ArticleSink sink, int depth) {
    String ext = DocumentReader.extension(name.toLowerCase(Locale.ROOT));
    switch (ext) {
      case "jsonl", "ndjson" -> readJsonl(bytes, source, sink);
      case "zip" -> readZip(bytes, source, sink, depth);
      case "mbox" -> readMbox(bytes, source, sink);
      default -> readDocument(bytes, source, name, sink);
    }
  }

  private void readDocument(byte[] bytes, String source, String name, ArticleSink sink) {
    Article article;
    try {
      article = withinBudget(() -> documents.read(bytes, source, name.toLowerCase(Locale.ROOT)));
    } catch (IngestException e) {
      sink.failure(source, e.getMessage());
      return;
    }
    deliver(article, sink);
  }

  /** Hands the article on, with a warning first when it is not in French. */
  private static void deliver(Article article, ArticleSink sink) {
    String source = article.source();
    if (!"fr".equals(article.language())) {
      sink.warning(source, "und".equals(article.language())
          ? "language not recognised (too little text?); read as French"
          : "text looks " + languageName(article.language()) + ", not French; facts may be poor");
    }
    sink.article(article);
  }

  private static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  interface DocumentTask {
    Article run() throws IngestException;
  }

  /** Runs one document's reading on the worker thread, giving up after the budget. */
  private Article withinBudget(DocumentTask task) throws IngestException {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "newsfacts-ingest", WORKER_STACK);
        t.setDaemon(true);
        return t;
      });
    }
    Future<Article> future = worker.submit(() -> {
      try {
        return task.run();
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
      return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      worker.shutdownNow(); // the stuck thread may not stop: the next document gets a fresh one
      worker = null;
      throw new IngestException("gave up after " + budget.toSeconds() + " s (document too complex to read)");
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

  /** One input per entry; limits on size, entry count and nesting stop zip bombs. */
  private void readZip(byte[] bytes, String source, ArticleSink sink, int depth) {
    if (depth >= MAX_ARCHIVE_DEPTH) {
      sink.failure(source, "archives nested more than " + MAX_ARCHIVE_DEPTH + " deep");
      return;
    }
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String entry = e.getName();
        if (e.isDirectory() || isHiddenEntry(entry)) {
          continue;
        }
        if (++entries > MAX_ARCHIVE_ENTRIES) {
          sink.failure(source, "more than " + MAX_ARCHIVE_ENTRIES + " entries; the rest were not read");
          return;
        }
        String where = source + "!/" + entry;
        byte[] content = zip.readNBytes((int) Math.min(MAX_FILE_BYTES + 1, MAX_ARCHIVE_BYTES - total + 1));
        total += content.length;
        if (total > MAX_ARCHIVE_BYTES) {
          sink.failure(source, "expands to more than " + MAX_ARCHIVE_BYTES / (1024 * 1024)
              + " MB (zip bomb?); the rest was not read");
          return;
        }
        if (content.length > MAX_FILE_BYTES) {
          sink.failure(where, "entry too large (over " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
        } else if (content.length == 0) {
          sink.failure(where, "empty file");
        } else {
          readBytes(content, where, entry, sink, depth + 1);
        }
      }
    } catch (ZipException e) {
      sink.failure(source, entries == 0 ? "not a valid zip archive (" + ioReason(e) + ")"
          : "zip archive damaged after " + entries + " entries (" + ioReason(e) + ")");
      return;
    } catch (IOException | IllegalArgumentException e) {
      sink.failure(source, "cannot read the zip archive (" + ioReason(e) + ")");
      return;
    }
    if (entries == 0) {
      sink.failure(source, "no files in this archive");
    }
  }

  private static boolean isHiddenEntry(String entry) {
    for (String part : entry.split("/")) {
      if (part.startsWith(".") || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
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
      readDocument(messages.get(i).getBytes(StandardCharsets.ISO_8859_1), source + "#" + (i + 1),
          "message.eml", sink);
    }
  }

  private void readJsonl(byte[] bytes, String source, ArticleSink sink) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + "#" + (i + 1);
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
        String name = a.source() != null ? a.source() : where;
        Article article = documents.fromPlainText(a.text(), name,
            new DocumentReader.Known(a.title(), a.author(), a.publisher(), published, null));
        if (a.id() != null && !a.id().isBlank()) {
          article = new Article(a.id(), article.source(), article.title(), article.author(),
              article.publisher(), article.published(), article.language(), article.text());
        }
        deliver(article, sink);
      } catch (IllegalArgumentException | IngestException e) {
        sink.failure(where, e.getMessage());
      }
    }
  }

  private static String ioReason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
