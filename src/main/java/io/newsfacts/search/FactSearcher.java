package io.newsfacts.search;

import io.newsfacts.index.Analyzers;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** Answers {@link SearchRequest}s from an index written by {@code FactIndexWriter}. */
public final class FactSearcher implements Closeable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer french = Analyzers.french();
  private final Analyzer names = Analyzers.names();

  /**
   * Opens the index at {@code dir}.
   *
   * @throws IOException with a message naming the directory when there is no readable index
   */
  public FactSearcher(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index (run `newsfacts index PATH...` first)");
    }
    try {
      this.reader = DirectoryReader.open(FSDirectory.open(dir));
    } catch (IndexNotFoundException e) {
      throw new IOException("no index (run `newsfacts index PATH...` first)", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException("corrupt or unreadable index (" + e.getMessage() + "); delete it and re-index", e);
    }
    this.searcher = new IndexSearcher(reader);
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public Query toQuery(SearchRequest r) throws BadQueryException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (r.query() != null && !r.query().isBlank()) {
      MultiFieldQueryParser parser = new MultiFieldQueryParser(
          new String[] {IndexSchema.TEXT, IndexSchema.SENTENCE}, french, Map.of(IndexSchema.TEXT, 2f, IndexSchema.SENTENCE, 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        b.add(parser.parse(r.query()), Occur.MUST);
      } catch (ParseException | RuntimeException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
        throw new BadQueryException("bad query syntax: " + m, e);
      }
      any = true;
    }
    String type = r.type();
    if (type == null && r.speaker() != null) {
      type = "quote";
    }
    if (type == null && (r.min() != null || r.max() != null || r.unit() != null)) {
      type = "number";
    }
    if (type != null) {
      b.add(new TermQuery(new Term(IndexSchema.TYPE, type)), Occur.FILTER);
      any = true;
    }
    any |= allTerms(b, IndexSchema.SPEAKER, r.speaker(), names);
    any |= allTerms(b, IndexSchema.ENTITIES, r.entity(), names);
    any |= allTerms(b, IndexSchema.UNIT, r.unit(), french);
    if (r.min() != null) {
      b.add(DoublePoint.newRangeQuery(IndexSchema.LOW, r.min(), Double.POSITIVE_INFINITY), Occur.FILTER);
      any = true;
    }
    if (r.max() != null) {
      b.add(DoublePoint.newRangeQuery(IndexSchema.HIGH, Double.NEGATIVE_INFINITY, r.max()), Occur.FILTER);
      any = true;
    }
    if (r.from() != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.WHEN_START, r.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
      any = true;
    }
    if (r.to() != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.WHEN_END, Long.MIN_VALUE, r.to().toEpochDay()), Occur.FILTER);
      any = true;
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (r.query() == null || r.query().isBlank()) {
      b.add(new MatchAllDocsQuery(), Occur.SHOULD);
    }
    return b.build();
  }

  /** Adds one required term per analysed word of {@code value}; false if value is empty. */
  private static boolean allTerms(BooleanQuery.Builder b, String field, String value, Analyzer analyzer) {
    if (value == null || value.isBlank()) {
      return false;
    }
    List<String> terms = analyze(analyzer, field, value);
    if (terms.isEmpty()) {
      b.add(new TermQuery(new Term(field, "\u0000nothing")), Occur.FILTER);
      return true;
    }
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), Occur.FILTER);
    }
    return true;
  }

  static List<String> analyze(Analyzer analyzer, String field, String value) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public List<Hit> search(SearchRequest r) throws BadQueryException, IOException {
    Query q = toQuery(r);
    TopDocs top = searcher.search(q, r.limit());
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      String type = d.get(IndexSchema.TYPE);
      String text = d.get(IndexSchema.TEXT);
      hits.add(new Hit(type, sd.score, d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.SOURCE),
          d.get(IndexSchema.TITLE), d.get(IndexSchema.PUBLISHED), text,
          "article".equals(type) ? null : d.get(IndexSchema.SENTENCE), d.get(IndexSchema.FACT)));
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
