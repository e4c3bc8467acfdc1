package io.newsfacts.index;

import io.newsfacts.model.ArticleFacts;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@link IndexUpdate} writes: the local Lucene index ({@link FactIndexWriter}) or a search
 * engine holding the same documents (SolrCloud, {@code io.newsfacts.solr}). A target replaces an
 * article's documents as one block, records finished input files, and answers the questions an
 * incremental run asks: what its last commit holds ({@link #committed}) and whether it holds an
 * article now ({@link #holds}).
 */
public interface IndexTarget extends Closeable {
  /**
   * Adds or replaces the article and all its facts.
   *
   * @param file absolute path of the input file the article came from, or null
   * @param stamp that file's {@link FileStamp}, or null
   */
  void write(ArticleFacts facts, String file, String stamp) throws IOException;

  /** Records that every article of {@code file} at {@code stamp} is written. */
  void markFileDone(String file, String stamp) throws IOException;

  /** Deletes what an older version of {@code file} left: its documents with another stamp. */
  void removeOtherVersions(String file, String stamp) throws IOException;

  /** True when the index as written so far (this run's deletions and additions included) holds article {@code id}. */
  boolean holds(String id) throws IOException;

  /**
   * Deletes every article read from {@code path} (a file, or any file under a directory) or whose
   * source is exactly {@code source}.
   *
   * @param path absolute, normalised path
   * @return the number of articles deleted
   */
  int remove(String path, String source) throws IOException;

  /** Makes everything written so far durable and visible to searches. */
  void commit() throws IOException;

  /** What the last commit holds, as the run starts: the caller closes it. */
  Committed committed() throws IOException;

  /** Commits and closes. */
  @Override
  void close() throws IOException;

  /** The paths of {@code files} that lie under {@code dir}. */
  static List<String> under(Collection<String> files, String dir) {
    String prefix = dir.endsWith("/") ? dir : dir + "/";
    List<String> out = new ArrayList<>();
    for (String f : files) {
      if (f.startsWith(prefix)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The input files recorded in a target's last commit: which are completely indexed at which
   * stamp, and which articles of a partly indexed file are already in.
   */
  interface Committed extends Closeable {
    /** The stamp of every file completely indexed, by file. */
    Map<String, String> stamps();

    /** The stamp at which {@code file} was completely indexed, or null. */
    default String stamp(String file) {
      return stamps().get(file);
    }

    /** Files completely indexed whose path is under {@code dir}. */
    default List<String> filesUnder(String dir) {
      return under(stamps().keySet(), dir);
    }

    /** Ids of the articles of {@code file} at {@code stamp} already committed (by an interrupted run). */
    Set<String> articleIds(String file, String stamp) throws IOException;

    /**
     * The id of a committed article whose cleaned text has {@code key} ({@link TextKey}), other than
     * {@code id} and not in {@code except}, or null.
     */
    String otherArticleWithText(String key, String id, Set<String> except) throws IOException;
  }
}
