package io.newsfacts.search;

import io.newsfacts.index.Analyzers;
import io.newsfacts.index.EntityLinks;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link SearchRequest} for an engine that holds the same documents as the local index (Solr):
 * the very query {@link FactSearcher} runs ({@link Queries}), written out clause by clause in
 * Lucene's syntax over analysed terms ({@link LuceneSyntax}), with the two joins left for the
 * engine to run; and the hits it returns highlighted here, by the local highlighter over their
 * stored text, so that highlights are the local index's to the character.
 */
public final class RemoteQuery {
  /**
   * What an engine runs for one request.
   *
   * @param query the scored part ({@code *:*} when there is no free text)
   * @param filters unscored filters, each in Lucene syntax
   * @param articlesHaving each a query on fact documents: keep the documents of the articles that have a match
   * @param topics keep the documents of the articles about each of these
   */
  public record Plan(String query, List<String> filters, List<String> articlesHaving, List<TopicTerms> topics) {}

  /**
   * An article is about a topic when its text or title ({@code text} or {@code sentence} of its
   * article document) holds at least {@code min} of {@code phrases}, each a phrase of analysed words
   * separated by spaces.
   */
  public record TopicTerms(String name, List<String> phrases, int min) {}

  private final Queries queries;
  private final Analyzer french = Analyzers.french();

  public RemoteQuery(FactKindList kinds) {
    this.queries = new Queries(new IndexSchema(kinds));
  }

  public IndexSchema schema() {
    return queries.schema();
  }

  /**
   * The link terms of the engine's index ({@link EntityLinks#FIELD}) that start with a prefix and
   * belong to a live article: the engine lists them (a facet with a prefix), the query uses them.
   */
  @FunctionalInterface
  public interface LinkTerms {
    List<String> startingWith(String prefix) throws IOException;
  }

  /**
   * The plan of {@code r}, reading the acronym links of the engine's index through {@code links};
   * bad free text or a filter the engine cannot run is a {@link BadQueryException}.
   */
  public Plan plan(SearchRequest r, LinkTerms links) throws BadQueryException, IOException {
    Query q = queries.toQuery(r, marking(links));
    List<String> scored = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    List<String> having = new ArrayList<>();
    List<TopicTerms> topics = new ArrayList<>();
    for (BooleanClause c : ((BooleanQuery) q).clauses()) {
      if (c.getQuery() instanceof Join j) {
        if (j.topic != null) {
          topics.add(topic(j.topic));
        } else {
          having.add(LuceneSyntax.of(j.facts));
        }
      } else if (c.getOccur() == BooleanClause.Occur.FILTER) {
        filters.add(LuceneSyntax.of(c.getQuery()));
      } else if (c.getOccur() == BooleanClause.Occur.MUST) {
        scored.add("+" + LuceneSyntax.of(c.getQuery()));
      } else {
        throw new BadQueryException("this query is not supported on Solr: " + c, null);
      }
    }
    return new Plan(scored.isEmpty() ? "*:*" : String.join(" ", scored), filters, having, topics);
  }

  /** The filter of documents of type {@code type}. */
  public static String typeIs(String type) {
    return IndexSchema.TYPE + ":" + LuceneSyntax.quoted(type);
  }

  /** The terms of {@code topic} analysed as the index analyses French text (what {@link TopicFilter} searches). */
  public TopicTerms topic(Topic topic) {
    QueryBuilder words = new QueryBuilder(french);
    List<String> phrases = new ArrayList<>();
    for (String term : topic.terms()) {
      Query q = words.createPhraseQuery(IndexSchema.TEXT, term);
      if (q instanceof TermQuery t) {
        phrases.add(t.getTerm().text());
      } else if (q instanceof PhraseQuery p) {
        List<String> w = new ArrayList<>();
        for (var t : p.getTerms()) {
          w.add(t.text());
        }
        phrases.add(String.join(" ", w));
      }
    }
    return new TopicTerms(topic.name(), phrases, Math.min(topic.minTerms(), Math.max(1, phrases.size())));
  }

  /**
   * The hits as matches, their text and sentence highlighted as the local index highlights them
   * (when {@code o} asks): the hits' stored text is indexed in memory and given to the same highlighter.
   */
  public List<FactSearcher.Match> matches(SearchRequest r, FactSearcher.Options o, List<Hit> hits, List<String> labels)
      throws BadQueryException, IOException {
    if (o.highlightStart() == null || hits.isEmpty()) {
      return FactSearcher.unmarked(hits, labels);
    }
    ByteBuffersDirectory memory = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(memory, new IndexWriterConfig(queries.fields()))) {
      for (Hit h : hits) {
        Document d = new Document();
        d.add(new TextField(IndexSchema.TEXT, Objects.requireNonNullElse(h.text(), ""), Field.Store.YES));
        if (h.sentence() != null) {
          d.add(new TextField(IndexSchema.SENTENCE, h.sentence(), Field.Store.YES));
        }
        w.addDocument(d);
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(memory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ScoreDoc[] docs = new ScoreDoc[hits.size()];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = new ScoreDoc(i, hits.get(i).score());
      }
      TopDocs top = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
      return FactSearcher.marked(searcher, top, queries, r, o, hits, labels);
    }
  }

  /** Marks the joins for the engine instead of running them; reads the linked names through {@code links}. */
  private static Queries.Joins marking(LinkTerms links) {
    return new Queries.Joins() {
      @Override
      public Query articlesOf(Query facts) {
        return new Join(facts, null);
      }

      @Override
      public Query topic(Topic topic) {
        return new Join(null, topic);
      }

      @Override
      public List<String> linkedNames(String name) throws IOException {
        String prefix = EntityLinks.prefix(name);
        List<String> out = new ArrayList<>();
        if (!prefix.isEmpty()) {
          for (String term : links.startingWith(prefix)) {
            out.add(term.substring(prefix.length()));
          }
        }
        return out;
      }
    };
  }

  /** A join left for the engine: the articles having a fact of {@code facts}, or about {@code topic}. */
  private static final class Join extends Query {
    final Query facts;
    final Topic topic;

    Join(Query facts, Topic topic) {
      this.facts = facts;
      this.topic = topic;
    }

    @Override
    public String toString(String field) {
      return topic != null ? "topic(" + topic.name() + ")" : "articlesOf(" + facts + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Join j && Objects.equals(facts, j.facts) && Objects.equals(topic, j.topic);
    }

    @Override
    public int hashCode() {
      return Objects.hash(facts, topic);
    }
  }
}
