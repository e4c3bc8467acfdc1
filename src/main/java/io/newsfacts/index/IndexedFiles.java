package io.newsfacts.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The input files recorded in the last commit of an index: which files are completely indexed at
 * which stamp, and which articles of a partly indexed file are already in. A snapshot: what this
 * run writes does not change it.
 */
final class IndexedFiles implements IndexTarget.Committed {
  private final DirectoryReader reader;
  private final Map<String, String> stamps = new HashMap<>();

  private IndexedFiles(DirectoryReader reader) throws IOException {
    this.reader = reader;
    if (reader == null) {
      return;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    TermQuery files = new TermQuery(new Term(IndexSchema.TYPE, "file"));
    int n = Math.max(1, searcher.count(files));
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(files, n).scoreDocs) {
      Document d = stored.document(sd.doc);
      stamps.put(d.get(IndexSchema.FILE), d.get(IndexSchema.STAMP));
    }
  }

  /** The committed state of the index at {@code dir} (empty when nothing is committed yet). */
  static IndexedFiles open(Path dir) throws IOException {
    try {
      return new IndexedFiles(DirectoryReader.open(FSDirectory.open(dir)));
    } catch (IndexNotFoundException e) {
      return new IndexedFiles(null);
    }
  }

  @Override
  public Map<String, String> stamps() {
    return stamps;
  }

  /** Ids of the articles of {@code file} at {@code stamp} already committed (by an interrupted run). */
  @Override
  public Set<String> articleIds(String file, String stamp) throws IOException {
    Set<String> ids = new HashSet<>();
    if (reader == null) {
      return ids;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.TYPE, "article")), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.FILE, file)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.STAMP, stamp)), Occur.FILTER)
        .build();
    int n = searcher.count(q);
    if (n == 0) {
      return ids;
    }
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
      ids.add(stored.document(sd.doc, Set.of(IndexSchema.ARTICLE_ID)).get(IndexSchema.ARTICLE_ID));
    }
    return ids;
  }

  @Override
  public String otherArticleWithText(String key, String id, Set<String> except) throws IOException {
    if (reader == null) {
      return null;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.TEXT_KEY, key)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexSchema.ARTICLE_ID, id)), Occur.MUST_NOT)
        .build();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(q, except.size() + 1).scoreDocs) {
      String other = stored.document(sd.doc, Set.of(IndexSchema.ARTICLE_ID)).get(IndexSchema.ARTICLE_ID);
      if (!except.contains(other)) {
        return other;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
