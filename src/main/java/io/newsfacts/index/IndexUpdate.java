package io.newsfacts.index;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleSink;
import io.newsfacts.model.FactKindList;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * One incremental {@code newsfacts index} run. {@link #read} decides which input files need work:
 * a file whose stamp (modification time and size) is recorded as completely indexed is skipped; a
 * changed file first loses what its older version left; a file that an interrupted run had begun
 * is resumed, its committed articles skipped before the costly extraction. {@link #written} and
 * {@link #failed} receive the results in the order {@code read} handed the articles; when the
 * last article of a file is written the file is recorded as done, so a commit never claims a file
 * that is only partly written. Commits every {@code commitEvery} articles: a killed run loses at
 * most that many articles of work and its index opens consistent.
 *
 * <p>Not thread-safe: {@code read} and the result methods run on one thread, as {@code
 * Pipeline.run} calls them.
 */
public final class IndexUpdate implements Closeable {
  /**
   * Reads one input, a file's path or - for standard input, handing its articles, warnings and
   * failures to the sink ({@code ArticleReader::read}).
   */
  public interface InputReader {
    void read(String path, ArticleSink sink);

    /**
     * The files to read under the directory {@code root}, in order; what the reading rules leave
     * out goes to {@code sink} as a warning (on purpose: a link not followed) or a failure (could
     * not be read) ({@code ArticleReader::files}).
     */
    List<Path> files(Path root, ArticleSink sink);

    /** The two from methods ({@code InputReader.of(reader::read, reader::files)}). */
    static InputReader of(BiConsumer<String, ArticleSink> read, BiFunction<Path, ArticleSink, List<Path>> files) {
      return new InputReader() {
        @Override
        public void read(String path, ArticleSink sink) {
          read.accept(path, sink);
        }

        @Override
        public List<Path> files(Path root, ArticleSink sink) {
          return files.apply(root, sink);
        }
      };
    }
  }

  /** What a run did. */
  public record Summary(int articles, int facts, int unchangedFiles, int resumedArticles, int duplicates,
      int removedArticles) {}

  private final IndexTarget writer;
  private final IndexTarget.Committed indexed;
  private final int commitEvery;
  /** One entry per article or failure handed on, in order: the file it belongs to. */
  private final Deque<FileTask> handed = new ArrayDeque<>();
  private final Set<String> filesSeen = new HashSet<>();
  private final Set<String> idsWritten = new HashSet<>();
  /** The id written for each cleaned text of this run ({@link TextKey}). */
  private final Map<String, String> textsWritten = new HashMap<>();
  private int articles;
  private int facts;
  private int unchangedFiles;
  private int resumed;
  private int duplicates;
  private int removed;

  /** A file being indexed: how many of its items were handed on and how many came back. */
  private static final class FileTask {
    final String key;
    final String stamp;
    int handedOn;
    int returned;
    int failures;
    boolean readDone;
    boolean finished;

    FileTask(String key, String stamp) {
      this.key = key;
      this.stamp = stamp;
    }
  }

  /** Opens (or creates) the index at {@code dir} for facts of {@code kinds}. */
  public IndexUpdate(Path dir, int commitEvery, FactKindList kinds) throws IOException {
    this(new FactIndexWriter(dir, kinds), commitEvery);
  }

  /** A run writing to {@code target}, which it closes when closed (or when this constructor fails). */
  public IndexUpdate(IndexTarget target, int commitEvery) throws IOException {
    this.writer = target;
    if (commitEvery < 1) {
      target.close();
      throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
    }
    try {
      this.indexed = target.committed();
    } catch (IOException | RuntimeException e) {
      target.close();
      throw e;
    }
    this.commitEvery = commitEvery;
  }

  /**
   * Deletes the articles read from {@code path} (a file, or every file under a directory; the
   * path need not exist any more) or whose source is {@code path}.
   *
   * @return the number of articles deleted
   */
  public int remove(String path) throws IOException {
    int n = writer.remove(FileStamp.key(Path.of(path)), path);
    removed += n;
    return n;
  }

  /**
   * Hands the articles of {@code paths} that need indexing to {@code sink}, and every input that
   * cannot be read as a failure. Directories are walked here as {@code ArticleReader} walks them
   * (recursively, hidden files skipped, in name order), each file read by {@code reader}; files
   * indexed earlier under a given directory that are gone from it are removed from the index.
   */
  public void read(InputReader reader, List<String> paths, ArticleSink sink) {
    try {
      for (String p : paths) {
        if ("-".equals(p)) {
          FileTask task = new FileTask(null, null);
          reader.read("-", tracking(task, Set.of(), sink));
          done(task);
          continue;
        }
        Path path = Path.of(p);
        if (Files.isDirectory(path)) {
          readDirectory(reader, path, sink);
        } else if (Files.exists(path)) {
          readFile(reader, path, sink);
        } else {
          FileTask task = new FileTask(null, null);
          tracking(task, Set.of(), sink).failure(p, "no such file or directory");
          done(task);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when nothing in {@code paths} needs indexing: every file is recorded at its current stamp
   * and no recorded file has left a given directory. Cheap (no file is read), so a run with
   * nothing to do can skip loading the NLP models; the unchanged files are counted as skipped.
   */
  public boolean upToDate(InputReader reader, List<String> paths) throws IOException {
    Set<String> unchanged = new HashSet<>();
    for (String p : paths) {
      Path path = Path.of(p);
      List<Path> files;
      if ("-".equals(p) || !Files.exists(path)) {
        return false;
      } else if (Files.isDirectory(path)) {
        boolean[] leftOut = {false};
        files = reader.files(path, new ArticleSink() {
          @Override
          public void article(Article article) {}

          @Override
          public void failure(String source, String reason) {
            leftOut[0] = true;
          }

          @Override
          public void warning(String source, String message) {
            leftOut[0] = true;
          }
        });
        if (leftOut[0]) {
          return false; // the run names what it leaves out
        }
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(FileStamp.key(f)));
        if (!present.containsAll(indexed.filesUnder(FileStamp.key(path)))) {
          return false;
        }
      } else {
        files = List.of(path);
      }
      for (Path f : files) {
        String key = FileStamp.key(f);
        if (!FileStamp.of(f).equals(indexed.stamp(key))) {
          return false;
        }
        unchanged.add(key);
      }
    }
    unchangedFiles += unchanged.size();
    return true;
  }

  private void readDirectory(InputReader reader, Path root, ArticleSink sink) throws IOException {
    List<Path> files = reader.files(root, new ArticleSink() {
      @Override
      public void article(Article article) {
        throw new IllegalStateException("listing " + root + " gave an article");
      }

      @Override
      public void failure(String source, String reason) {
        FileTask task = new FileTask(null, null);
        tracking(task, Set.of(), sink).failure(source, reason);
        try {
          done(task);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void warning(String source, String message) {
        sink.warning(source, message);
      }
    });
    Set<String> present = new HashSet<>();
    for (Path f : files) {
      present.add(FileStamp.key(f));
    }
    for (String gone : indexed.filesUnder(FileStamp.key(root))) {
      if (!present.contains(gone)) {
        removed += writer.remove(gone, gone);
      }
    }
    for (Path f : files) {
      readFile(reader, f, sink);
    }
  }

  private void readFile(InputReader reader, Path file, ArticleSink sink) throws IOException {
    String key = FileStamp.key(file);
    if (!filesSeen.add(key)) {
      return;
    }
    String stamp;
    try {
      stamp = FileStamp.of(file);
    } catch (IOException e) {
      FileTask task = new FileTask(null, null);
      tracking(task, Set.of(), sink).failure(file.toString(), "cannot read (" + e.getMessage() + ")");
      done(task);
      return;
    }
    if (stamp.equals(indexed.stamp(key))) {
      unchangedFiles++;
      return;
    }
    writer.removeOtherVersions(key, stamp);
    FileTask task = new FileTask(key, stamp);
    reader.read(file.toString(), tracking(task, indexed.articleIds(key, stamp), sink));
    done(task);
  }

  /** Passes articles on to {@code sink}, remembering which file each belongs to; skips {@code committed}. */
  private ArticleSink tracking(FileTask task, Set<String> committed, ArticleSink sink) {
    return new ArticleSink() {
      @Override
      public void article(Article article) {
        if (committed.contains(article.id())) {
          resumed++;
          idsWritten.add(article.id());
          return;
        }
        handed.add(task);
        task.handedOn++;
        sink.article(article);
      }

      @Override
      public void failure(String source, String reason) {
        handed.add(task);
        task.handedOn++;
        sink.failure(source, reason);
      }

      @Override
      public void later(String source, ArticleSink.Reading reading) {
        if (!committed.isEmpty()) {
          ArticleSink.super.later(source, reading); // read now: committed articles are skipped before extraction
          return;
        }
        handed.add(task);
        task.handedOn++;
        sink.later(source, reading);
      }

      @Override
      public void warning(String source, String message) {
        sink.warning(source, message);
      }
    };
  }

  private void done(FileTask task) throws IOException {
    task.readDone = true;
    finishIfComplete(task);
  }

  /**
   * Writes the next result.
   *
   * @return false when the article repeats one already indexed (kept once)
   */
  public boolean written(ArticleFacts result) throws IOException {
    return write(result) == null;
  }

  /**
   * An article not written because it repeats one already indexed.
   *
   * @param id the id of the article it repeats (its own id when that is the same)
   * @param earlierRun true when that article was indexed by an earlier run, not this one
   */
  public record Copy(String id, boolean earlierRun) {}

  /**
   * Writes the next result, unless it repeats an article already indexed: one with the same id
   * written in this run (a file saved twice), or one with the same cleaned text under another id,
   * written in this run or still in the index from an earlier one (a {@code .jsonl} record sent
   * again under a new id by a scraper).
   *
   * @return null when written, else the article it repeats
   */
  public Copy write(ArticleFacts result) throws IOException {
    FileTask task = next();
    task.returned++;
    String id = result.article().id();
    String key = TextKey.of(result.article().text());
    Copy copy = null;
    if (!idsWritten.add(id)) {
      copy = new Copy(id, false);
    } else {
      String sameText = textsWritten.putIfAbsent(key, id);
      if (sameText != null) {
        copy = new Copy(sameText, false);
      } else {
        String earlier = indexed.otherArticleWithText(key, id, idsWritten);
        if (earlier != null && writer.holds(earlier)) {
          copy = new Copy(earlier, true);
        }
      }
      if (copy != null) {
        idsWritten.remove(id);
      }
    }
    if (copy == null) {
      writer.write(result, task.key, task.stamp);
      articles++;
      facts += result.count();
    } else {
      duplicates++;
    }
    finishIfComplete(task);
    if (copy == null && articles % commitEvery == 0) {
      writer.commit();
    }
    return copy;
  }

  /** Notes the next result as a failure: its file stays unrecorded, so the next run retries it. */
  public void failed() throws IOException {
    FileTask task = next();
    task.returned++;
    task.failures++;
    finishIfComplete(task);
  }

  private FileTask next() {
    FileTask task = handed.pollFirst();
    if (task == null) {
      throw new IllegalStateException("a result came back that was never handed on");
    }
    return task;
  }

  private void finishIfComplete(FileTask task) throws IOException {
    if (task.finished || !task.readDone || task.returned < task.handedOn) {
      return;
    }
    task.finished = true;
    if (task.key != null && task.failures == 0) {
      writer.markFileDone(task.key, task.stamp);
    }
  }

  public Summary summary() {
    return new Summary(articles, facts, unchangedFiles, resumed, duplicates, removed);
  }

  /** Commits and closes: everything written is durable. */
  @Override
  public void close() throws IOException {
    try {
      indexed.close();
    } finally {
      writer.close();
    }
  }
}
