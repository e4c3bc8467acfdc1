package io.newsfacts.index;

import java.io.EOFException;
import java.nio.file.NoSuchFileException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;

/** One sentence a user can act on for what went wrong when opening an index. */
public final class IndexProblems {
  private IndexProblems() {}

  public static final String NO_INDEX = "no index here (run `newsfacts index PATH...` first)";

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
