package io.newsfacts.spark;

import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * On the driver: the user's inputs in order, as parts the executors share. Folders are walked here
 * as {@code newsfacts extract} walks them (hidden files and links left out, each named); article
 * files are handed out one by one; a JSON Lines file is split into its lines, so that one large
 * stream is read by every executor. What cannot be read at all (a missing path) becomes a message
 * in its place.
 */
final class InputPlan {
  /** A run of article files, read one per item. */
  record Files(int part, List<String> paths) {}

  /** A JSON Lines file, read one line per item. */
  record Jsonl(int part, String path, long bytes) {}

  private final List<Object> parts = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private int nextPart;
  private Files current;

  private InputPlan() {}

  /** Thrown for an input the job cannot take at all (standard input): a usage error. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }

  /** The plan for {@code paths}; {@code reader} walks the folders. */
  static InputPlan of(List<String> paths, ArticleReader reader) throws Unsupported {
    InputPlan plan = new InputPlan();
    for (String p : paths) {
      if ("-".equals(p)) {
        throw new Unsupported("-: the Spark job does not read standard input; save the stream to a .jsonl file");
      }
      Path path = Path.of(p);
      if (!java.nio.file.Files.exists(path)) {
        plan.message(p, java.nio.file.Files.isSymbolicLink(path)
            ? "broken symbolic link (its target does not exist)" : "no such file or directory", true);
      } else if (java.nio.file.Files.isDirectory(path)) {
        for (Path f : reader.files(path, plan.driverSink())) {
          plan.add(f);
        }
      } else {
        plan.add(path);
      }
    }
    return plan;
  }

  /** The parts in input order: {@link Files} and {@link Jsonl}. */
  List<Object> parts() {
    return parts;
  }

  /** What the driver found wrong while listing (missing paths, files left out of folders). */
  List<Message> messages() {
    return messages;
  }

  private void add(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    long size = -1;
    if (java.nio.file.Files.isRegularFile(file) && (name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
      try {
        size = java.nio.file.Files.size(file);
      } catch (IOException e) {
        size = -1; // the file reader says why
      }
    }
    if (size > 0) {
      parts.add(new Jsonl(nextPart++, file.toString(), size));
      current = null;
      return;
    }
    if (current == null) { // an empty or unreadable .jsonl too: reading it as a file names the problem
      current = new Files(nextPart++, new ArrayList<>());
      parts.add(current);
    }
    current.paths().add(file.toString());
  }

  private void message(String source, String text, boolean failure) {
    messages.add(new Message(nextPart++, 0, 0, source, text, failure));
    current = null;
  }

  private ArticleSink driverSink() {
    return new ArticleSink() {
      @Override
      public void article(Article article) {
        throw new IllegalStateException("listing a folder reads no article");
      }

      @Override
      public void failure(String source, String reason) {
        message(source, reason, true);
      }

      @Override
      public void warning(String source, String text) {
        message(source, text, false);
      }
    };
  }
}
