package io.newsfacts.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/** One sentence a user can act on for what went wrong when opening an index. */
public final class IndexProblems {
  private IndexProblems() {}

  public static final String NO_INDEX = "no index here: make one with `newsfacts index PATH...` (it writes "
      + "./newsfacts-index), or name one with --index DIR or $NEWSFACTS_INDEX";
  static final String BEING_BUILT = "an index is being built here by a `newsfacts index` still running; "
      + "its articles become searchable at its first commit (every 100 articles)";

  /** There is no index to read: none at all, or one whose first `newsfacts index` has not committed yet. */
  public static final class NoIndex extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean beingBuilt;

    NoIndex(String message, boolean beingBuilt, Throwable cause) {
      super(message, cause);
      this.beingBuilt = beingBuilt;
    }

    /** True when a running `newsfacts index` is writing the index's first commit. */
    public boolean beingBuilt() {
      return beingBuilt;
    }
  }

  /** Why {@code dir} has nothing to read: no index, or a first run that holds the write lock and has not committed. */
  public static NoIndex noIndex(Path dir, Throwable cause) {
    boolean building = Files.isDirectory(dir) && writeLockHeld(dir);
    return new NoIndex(building ? BEING_BUILT : NO_INDEX, building, cause);
  }

  /** True when some process holds the index's write lock (it is tried and let go at once). */
  private static boolean writeLockHeld(Path dir) {
    if (!Files.exists(dir.resolve(IndexWriter.WRITE_LOCK_NAME))) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir); Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static String describe(Throwable e) {
    if (e instanceof IndexNotFoundException) {
      return NO_INDEX;
    }
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return "corrupt or incompatible index (damaged, or not written by this version of newsfacts); "
          + "delete it and index again";
    }
    if (e instanceof CorruptIndexException || e instanceof EOFException || e instanceof NoSuchFileException
        || e instanceof RuntimeException) {
      return "corrupt index (" + firstLine(e) + "); delete it and index again";
    }
    return "cannot read the index (" + firstLine(e) + ")";
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    m = m.split("\n")[0];
    return m.length() > 160 ? m.substring(0, 159) + "…" : m;
  }
}
