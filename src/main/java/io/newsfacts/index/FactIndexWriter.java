package io.newsfacts.index;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.FactKindList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes articles and their facts to a Lucene index. Each article's documents are replaced as one
 * block ({@link IndexWriter#updateDocuments}), so re-indexing an article never duplicates it, and
 * a commit makes everything written so far durable: an index left by a killed run opens at its
 * last commit and holds every committed article exactly once. Only one writer may hold an index;
 * any number of {@code FactSearcher}s may read it meanwhile (they see the last commit).
 */
public final class FactIndexWriter implements IndexTarget {
  /** Keyword on file documents only: the file's absolute path (the key of its stamp). */
  static final String FILE_KEY = "fileKey";

  private final Path dir;
  private final IndexSchema schema;
  private final IndexWriter writer;

  /**
   * Opens (or creates) the index at {@code dir}, for facts of {@code kinds}.
   *
   * @throws IOException with a sentence for the user when another process is writing the index or
   *     the index cannot be read
   */
  public FactIndexWriter(Path dir, FactKindList kinds) throws IOException {
    this.dir = dir;
    this.schema = new IndexSchema(kinds);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField(schema));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    try {
      Files.createDirectories(dir);
      this.writer = new IndexWriter(FSDirectory.open(dir), config);
    } catch (LockObtainFailedException e) {
      throw new IOException("another `newsfacts index` is writing this index; wait for it to finish", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException(IndexProblems.describe(e), e);
    }
  }

  /**
   * Adds or replaces the article and all its facts.
   *
   * @param file absolute path of the input file the article came from, or null
   * @param stamp that file's {@link FileStamp}, or null
   */
  @Override
  public void write(ArticleFacts facts, String file, String stamp) throws IOException {
    writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, facts.article().id()),
        FactDocuments.of(schema, facts, file, stamp));
  }

  /** Records that every article of {@code file} at {@code stamp} is written. */
  @Override
  public void markFileDone(String file, String stamp) throws IOException {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.FILE_TYPE, Field.Store.YES));
    d.add(new StringField(FILE_KEY, file, Field.Store.NO));
    d.add(new StringField(IndexSchema.FILE, file, Field.Store.YES));
    d.add(new StringField(IndexSchema.STAMP, stamp, Field.Store.YES));
    writer.updateDocument(new Term(FILE_KEY, file), d);
  }

  /** Deletes what an older version of {@code file} left: its documents with another stamp. */
  @Override
  public void removeOtherVersions(String file, String stamp) throws IOException {
    writer.deleteDocuments(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.FILE, file)), Occur.MUST)
        .add(new TermQuery(new Term(IndexSchema.STAMP, stamp)), Occur.MUST_NOT)
        .build());
  }

  /** True when the index as written so far (this run's deletions and additions included) holds article {@code id}. */
  @Override
  public boolean holds(String id) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)), Occur.FILTER)
          .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, id)), Occur.FILTER)
          .build()) > 0;
    }
  }

  /**
   * Deletes every article read from {@code path} (a file, or any file under a directory) or whose
   * source is exactly {@code source}.
   *
   * @param path absolute, normalised path
   * @return the number of articles deleted
   */
  @Override
  public int remove(String path, String source) throws IOException {
    Query which = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.FILE, path)), Occur.SHOULD)
        .add(new PrefixQuery(new Term(IndexSchema.FILE, path.endsWith("/") ? path : path + "/")), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexSchema.SOURCE, source)), Occur.SHOULD)
        .build();
    int articles;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      articles = new IndexSearcher(reader).count(new BooleanQuery.Builder()
          .add(which, Occur.MUST)
          .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)), Occur.FILTER)
          .build());
    }
    writer.deleteDocuments(which);
    return articles;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
  }

  /** The last commit, read now: a snapshot that this writer's later commits do not change. */
  @Override
  public IndexTarget.Committed committed() throws IOException {
    try {
      return IndexedFiles.open(dir);
    } catch (IOException | RuntimeException e) {
      throw new IOException(IndexProblems.describe(e), e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.commit();
    writer.close();
  }
}
