package io.newsfacts.search;

import io.newsfacts.index.EntityLinks;
import io.newsfacts.index.IndexProblems;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Answers {@link SearchRequest}s from an index written by {@code FactIndexWriter}: facts (or, with
 * type {@code article}, articles) matching the free text and every filter, best first or newest
 * first, with the matching words highlighted and, on request, facet counts over all hits. Opens
 * the index's last commit, so it can be used while another process indexes. The fact kinds it is
 * given say which types and fields exist; {@code --speaker} (quotes) and {@code --min/--max/--unit}
 * (numbers) are the filters of one kind each.
 */
public final class FactSearcher implements FactIndex {
  /** Facet values listed per dimension. */
  private static final int FACET_TOP = 10;
  /**
   * Words of free text a query may have: each is searched in two fields, and Lucene refuses a
   * query of more than 1,024 clauses; this limit keeps every query of that many words under it.
   */
  public static final int MAX_QUERY_WORDS = 300;
  /** Hits highlighted at a time: output starts at once and its cost grows with the hits, no faster. */
  private static final int BATCH = 500;

  /** The facet of the topics (models/topics), counted at search time. */
  public static final String TOPIC_FACET = "topic";

  /** Result order. */
  public enum Order { RELEVANCE, DATE }

  /**
   * How to answer.
   *
   * @param highlightStart text put before each matching word, or null for no highlighting
   */
  public record Options(Order order, boolean facets, String highlightStart, String highlightEnd) {
    public Options {
      if (order == null) {
        order = Order.RELEVANCE;
      }
      if ((highlightStart == null) != (highlightEnd == null)) {
        throw new IllegalArgumentException("highlight start and end go together");
      }
    }

    public static Options plain() {
      return new Options(Order.RELEVANCE, false, null, null);
    }
  }

  /**
   * One hit, a one-line summary of it, and its text and sentence with the matching words
   * highlighted (or as stored).
   */
  public record Match(Hit hit, String label, String text, String sentence) {}

  /** One facet value and how many hits have it. */
  public record FacetCount(String label, long count) {}

  /**
   * @param total number of hits ({@code totalExact} false: at least that many)
   * @param facets per dimension (type, entity, speaker, unit, month), the most frequent values
   */
  public record Result(long total, boolean totalExact, List<Match> matches, Map<String, List<FacetCount>> facets) {}

  private final IndexSchema schema;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Queries queries;
  /** Joins run here, on this index. */
  private final Queries.Joins joins = new Queries.Joins() {
    @Override
    public Query articlesOf(Query facts) throws IOException {
      return FactSearcher.this.articlesOf(facts);
    }

    @Override
    public Query topic(Topic topic) throws IOException {
      return topicFilter.documents(searcher, topic);
    }

    @Override
    public List<String> linkedNames(String name) throws IOException {
      return EntityLinks.linked(searcher, name);
    }
  };
  private final Path dir;
  private SortedSetDocValuesReaderState facetState;
  private final TopicFilter topicFilter = new TopicFilter();
  /** The topics the topic facet counts (models/topics), read at the first facet count. */
  private List<Topic> topics;

  /**
   * Opens the index at {@code dir}, holding facts of {@code kinds}.
   *
   * @throws IOException with a sentence for the user when there is no index or it is unreadable
   */
  public FactSearcher(Path dir, FactKindList kinds) throws IOException {
    this.schema = new IndexSchema(kinds);
    this.queries = new Queries(schema);
    this.dir = dir;
    if (!Files.isDirectory(dir)) {
      throw IndexProblems.noIndex(dir, null);
    }
    try {
      this.reader = DirectoryReader.open(FSDirectory.open(dir));
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      throw IndexProblems.noIndex(dir, e);
    } catch (IOException | RuntimeException e) {
      throw new IOException(IndexProblems.describe(e), e);
    }
    this.searcher = new IndexSearcher(reader);
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public IndexSchema schema() {
    return schema;
  }

  /** The facts of {@code r}, best first, without highlighting or facets. */
  public List<Hit> search(SearchRequest r) throws BadQueryException, IOException {
    List<Hit> hits = new ArrayList<>();
    for (Match m : search(r, Options.plain()).matches()) {
      hits.add(m.hit());
    }
    return hits;
  }

  @Override
  public Result search(SearchRequest r, Options o) throws BadQueryException, IOException {
    try {
      return run(r, o);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("query too broad: '" + Queries.echo(r.query()) + "' expands to more than "
          + IndexSearcher.getMaxClauseCount() + " terms; use fewer wildcards", e);
    }
  }

  private Result run(SearchRequest r, Options o) throws BadQueryException, IOException {
    Query q = toQuery(r);
    Sort sort = o.order() == Order.DATE ? new Sort(byDate(), SortField.FIELD_SCORE) : null;
    TopDocs top;
    Map<String, List<FacetCount>> facets = Map.of();
    long total;
    boolean exact;
    if (o.facets()) {
      FacetsCollectorManager.FacetsResult fr = sort == null
          ? FacetsCollectorManager.search(searcher, q, r.limit(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, q, r.limit(), sort, true, new FacetsCollectorManager());
      top = fr.topDocs();
      facets = withTopics(facets(fr.facetsCollector()), q);
      total = 0;
      for (FacetsCollector.MatchingDocs m : fr.facetsCollector().getMatchingDocs()) {
        total += m.totalHits;
      }
      exact = true;
    } else {
      top = sort == null ? searcher.search(q, r.limit()) : searcher.search(q, r.limit(), sort, true);
      total = top.totalHits.value;
      exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
    }
    TopDocs all = top;
    List<Match> matches = new Batches<>(all.scoreDocs.length, BATCH, (from, to) -> {
      try {
        return matches(new TopDocs(all.totalHits, java.util.Arrays.copyOfRange(all.scoreDocs, from, to)), r, o);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (BadQueryException e) {
        throw new IllegalStateException("the query parsed once already", e);
      }
    });
    return new Result(total, exact, matches, facets);
  }

  private static SortField byDate() {
    SortField f = new SortField(IndexSchema.WHEN_SORT, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  private List<Match> matches(TopDocs top, SearchRequest r, Options o) throws BadQueryException, IOException {
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    List<String> labels = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      labels.add(d.get(IndexSchema.LABEL));
      hits.add(StoredHits.of(d, sd.score));
    }
    if (o.highlightStart() == null || hits.isEmpty()) {
      return unmarked(hits, labels);
    }
    return marked(searcher, top, queries, r, o, hits, labels);
  }

  /** {@code hits} with their labels, text and sentence as stored. */
  static List<Match> unmarked(List<Hit> hits, List<String> labels) {
    List<Match> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(new Match(hits.get(i), labels.get(i), hits.get(i).text(), hits.get(i).sentence()));
    }
    return out;
  }

  /**
   * {@code hits} with the words of {@code r} marked in their text and sentence (snippets of the
   * text for articles); {@code top} holds the hits' documents in {@code searcher}, in the same order.
   */
  static List<Match> marked(IndexSearcher searcher, TopDocs top, Queries queries, SearchRequest r, Options o,
      List<Hit> hits, List<String> labels) throws BadQueryException, IOException {
    Highlights marked = new Highlights(searcher, queries.fields(), o.highlightStart(), o.highlightEnd());
    Query words = queries.highlightQuery(r);
    boolean articles = IndexSchema.ARTICLE_TYPE.equals(r.type());
    String[] texts = articles ? marked.snippets(IndexSchema.TEXT, words, top) : marked.whole(IndexSchema.TEXT, words, top);
    String[] sentences = articles ? new String[hits.size()] : marked.whole(IndexSchema.SENTENCE, words, top);
    List<Match> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      out.add(new Match(h, labels.get(i), texts[i] == null ? h.text() : texts[i],
          sentences[i] == null ? h.sentence() : sentences[i]));
    }
    return out;
  }


  /** The facets with, after {@code type}, the hits of {@code q} in the articles about each topic. */
  private Map<String, List<FacetCount>> withTopics(Map<String, List<FacetCount>> facets, Query q) throws IOException {
    if (topics == null) {
      topics = io.newsfacts.lexicon.Topics.all();
    }
    List<FacetCount> counts = new ArrayList<>();
    for (Topic t : topics) {
      long n = searcher.count(new BooleanQuery.Builder().add(q, Occur.FILTER)
          .add(topicFilter.documents(searcher, t), Occur.FILTER).build());
      if (n > 0) {
        counts.add(new FacetCount(t.name(), n));
      }
    }
    counts.sort((a, c) -> Long.compare(c.count(), a.count()));
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    facets.forEach((dim, values) -> {
      out.put(dim, values);
      if (dim.equals(IndexSchema.FACET_TYPE)) {
        out.put(TOPIC_FACET, counts);
      }
    });
    return out;
  }

  @Override
  public IndexStats stats() throws IOException {
    return IndexStats.of(this, dir);
  }

  @Override
  public String where() {
    return dir.toString();
  }

  /** The articles of {@code topic} in the index (stats). */
  @Override
  public long articlesAbout(Topic topic) throws IOException {
    return searcher.count(topicFilter.articles(topic));
  }

  /** The Lucene query for {@code r}; bad free-text syntax becomes a {@link BadQueryException}. */
  public Query toQuery(SearchRequest r) throws BadQueryException, IOException {
    return queries.toQuery(r, joins);
  }

  /** Matches the documents of the articles that have a fact matching {@code facts}. */
  private Query articlesOf(Query facts) throws IOException {
    Set<BytesRef> ids = searcher.search(facts, new ArticleIdsCollector.Manager());
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no fact matches");
    }
    return new TermInSetQuery(IndexSchema.ARTICLE_ID, ids);
  }


  private Map<String, List<FacetCount>> facets(FacetsCollector collected) throws IOException {
    SortedSetDocValuesReaderState facetState = facetState();
    Facets counts = new SortedSetDocValuesFacetCounts(facetState, collected);
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Set<String> dims = new HashSet<>();
    facetState.getDims().forEach(dims::add);
    for (String dim : schema.facets()) {
      List<FacetCount> values = new ArrayList<>();
      FacetResult top = dims.contains(dim) ? counts.getTopChildren(FACET_TOP, dim) : null;
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /**
   * Hits of {@code r} per month ({@code YYYY-MM} of the fact's date, else the article's publication
   * date), every month that has any, in calendar order: the data of a chart over time.
   */
  public Map<String, Long> months(SearchRequest r) throws BadQueryException, IOException {
    Query q = toQuery(r);
    FacetsCollector collected = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager())
        .facetsCollector();
    Map<String, Long> out = new java.util.TreeMap<>();
    boolean anyMonth = false;
    for (String dim : facetState().getDims()) {
      anyMonth |= dim.equals(IndexSchema.FACET_MONTH);
    }
    if (!anyMonth) {
      return out;
    }
    FacetResult all = new SortedSetDocValuesFacetCounts(facetState(), collected).getAllChildren(IndexSchema.FACET_MONTH);
    if (all != null) {
      for (LabelAndValue lv : all.labelValues) {
        out.put(lv.label, lv.value.longValue());
      }
    }
    return out;
  }

  /**
   * The stored documents of one article, in index order: the article itself first (its text in
   * {@code text}, counts in {@code factJson}), then its facts kind by kind. Empty when the index has
   * no article with that id.
   */
  public List<Match> article(String articleId) throws IOException {
    Query q = new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId));
    int n = searcher.count(q);
    if (n == 0) {
      return List.of();
    }
    ScoreDoc[] docs = searcher.search(q, n, Sort.INDEXORDER).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Match> out = new ArrayList<>(docs.length);
    for (ScoreDoc sd : docs) {
      Document d = stored.document(sd.doc);
      String type = d.get(IndexSchema.TYPE);
      if (IndexSchema.FILE_TYPE.equals(type)) {
        continue;
      }
      Hit h = new Hit(type, 0f, d.get(IndexSchema.ARTICLE_ID), d.get(IndexSchema.SOURCE), d.get(IndexSchema.TITLE),
          d.get(IndexSchema.PUBLISHED), d.get(IndexSchema.TEXT),
          IndexSchema.ARTICLE_TYPE.equals(type) ? null : d.get(IndexSchema.SENTENCE), d.get(IndexSchema.FACT));
      Match m = new Match(h, d.get(IndexSchema.LABEL), h.text(), h.sentence());
      if (h.isArticle()) {
        out.add(0, m);
      } else {
        out.add(m);
      }
    }
    return out.isEmpty() || !out.get(0).hit().isArticle() ? List.of() : out;
  }

  /** Reads what facet counting needs now rather than on the first search that asks for facets. */
  public void warm() throws IOException {
    facetState();
  }

  private synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (facetState == null) {
      facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
    }
    return facetState;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
