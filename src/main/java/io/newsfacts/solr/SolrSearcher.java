package io.newsfacts.solr;

import io.newsfacts.index.EntityLinks;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.lexicon.Topics;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactIndex;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.search.IndexStats;
import io.newsfacts.search.RemoteQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * Answers searches from a SolrCloud collection written by {@link SolrIndexTarget}: the same query
 * as the local index ({@link RemoteQuery}: the free text and the filters as Lucene syntax over
 * analysed terms, {@code --type article}'s and {@code --topic}'s joins as Solr joins on {@code
 * articleId}), the same facets (Solr field facets, the topics as facet queries) and the same
 * highlights (made here). Relevance comes from the whole collection's statistics ({@code
 * ExactStatsCache}); hits with equal scores may come in another order than locally.
 */
public final class SolrSearcher implements FactIndex {
  /** Facet values listed per dimension, as locally. */
  private static final int FACET_TOP = 10;
  /** Hits fetched per request. */
  private static final int PAGE = 500;
  private static final String[] FIELDS = {IndexSchema.TYPE, IndexSchema.ARTICLE_ID, IndexSchema.SOURCE,
      IndexSchema.TITLE, IndexSchema.PUBLISHED, IndexSchema.TEXT, IndexSchema.SENTENCE, IndexSchema.LABEL,
      IndexSchema.FACT, "score"};

  private final SolrCollection solr;
  private final RemoteQuery remote;
  private List<Topic> topics;

  /** Searches {@code solr}, which holds facts of {@code kinds}; closes it when closed. */
  public SolrSearcher(SolrCollection solr, FactKindList kinds) {
    this.solr = solr;
    this.remote = new RemoteQuery(kinds);
  }

  @Override
  public String where() {
    return solr.where();
  }

  @Override
  public FactSearcher.Result search(SearchRequest r, FactSearcher.Options o) throws BadQueryException, IOException {
    RemoteQuery.Plan plan = remote.plan(r, this::linkTerms);
    SolrQuery q = query(plan);
    if (o.order() == FactSearcher.Order.DATE) {
      q.addSort(IndexSchema.WHEN_SORT, SolrQuery.ORDER.desc).addSort("score", SolrQuery.ORDER.desc);
    }
    q.setFields(FIELDS);
    Map<String, List<FactSearcher.FacetCount>> facets = Map.of();
    if (o.facets()) {
      q.setFacet(true).setFacetLimit(FACET_TOP).setFacetMinCount(1).setFacetSort("count");
      for (String dim : remote.schema().facets()) {
        q.addFacetField("{!key=" + dim + "}" + IndexSchema.facetField(dim));
      }
      List<Topic> all = topics();
      for (int i = 0; i < all.size(); i++) {
        String p = "facetTopic" + i;
        topicFilter(q, p, remote.topic(all.get(i)));
        q.addFacetQuery("{!join key=topic" + i + " from=" + IndexSchema.ARTICLE_ID + " to=" + IndexSchema.ARTICLE_ID
            + " v=$" + p + "}");
      }
    }
    List<FactSearcher.Match> matches = new ArrayList<>();
    q.setStart(0).setRows(Math.min(PAGE, r.limit()));
    QueryResponse first = solr.query(q);
    long total = first.getResults().getNumFound();
    if (o.facets()) {
      facets = facets(first);
    }
    QueryResponse page = first;
    q.setFacet(false);
    int wanted = (int) Math.min(r.limit(), total);
    boolean scored = !plan.query().equals("*:*"); // locally, filters alone score 0
    while (true) {
      List<Hit> hits = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (SolrDocument d : page.getResults()) {
        hits.add(hit(d, scored));
        labels.add(string(d, IndexSchema.LABEL));
      }
      matches.addAll(remote.matches(r, o, hits, labels));
      if (hits.isEmpty() || matches.size() >= wanted) {
        break;
      }
      q.setStart(matches.size()).setRows(Math.min(PAGE, wanted - matches.size()));
      page = solr.query(q);
    }
    return new FactSearcher.Result(total, true, matches, facets);
  }

  /**
   * The acronym-link terms starting with {@code prefix} that some document holds: a facet only
   * counts live documents, so a replaced or removed article's links are gone with it.
   */
  private List<String> linkTerms(String prefix) throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1)
        .setFacetPrefix(prefix).addFacetField(EntityLinks.FIELD);
    List<String> out = new ArrayList<>();
    FacetField terms = solr.query(q).getFacetField(EntityLinks.FIELD);
    if (terms != null) {
      for (FacetField.Count c : terms.getValues()) {
        out.add(c.getName());
      }
    }
    return out;
  }

  /** The query of {@code plan}: its free text scored, everything else as filters. */
  private static SolrQuery query(RemoteQuery.Plan plan) {
    SolrQuery q = new SolrQuery(plan.query());
    q.set("q.op", "OR");
    for (String f : plan.filters()) {
      q.addFilterQuery(f);
    }
    for (int i = 0; i < plan.articlesHaving().size(); i++) {
      String p = "having" + i;
      q.set(p, plan.articlesHaving().get(i));
      q.addFilterQuery(join(p));
    }
    for (int i = 0; i < plan.topics().size(); i++) {
      String p = "topic" + i;
      topicFilter(q, p, plan.topics().get(i));
      q.addFilterQuery(join(p));
    }
    return q;
  }

  /** Every document of the articles that parameter {@code p}'s query matches. */
  private static String join(String p) {
    return "{!join from=" + IndexSchema.ARTICLE_ID + " to=" + IndexSchema.ARTICLE_ID + " v=$" + p + "}";
  }

  /**
   * Sets parameter {@code p} to the query of the article documents about {@code t}: at least
   * {@code t.min()} of its phrases in the text or title (edismax's mm over the analysed phrases).
   */
  private static void topicFilter(SolrQuery q, String p, RemoteQuery.TopicTerms t) {
    StringBuilder phrases = new StringBuilder();
    for (String phrase : t.phrases()) {
      phrases.append(" \"").append(phrase.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    q.set(p, "{!bool filter=$" + p + "a must=$" + p + "b}");
    q.set(p + "a", SolrIndexTarget.term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE));
    q.set(p + "b", "{!edismax qf='" + IndexSchema.TEXT + " " + IndexSchema.SENTENCE + "' mm=" + t.min()
        + " q.op=OR v=$" + p + "q}");
    q.set(p + "q", phrases.toString().strip());
  }

  private Map<String, List<FactSearcher.FacetCount>> facets(QueryResponse response) {
    Map<String, List<FactSearcher.FacetCount>> out = new LinkedHashMap<>();
    for (String dim : remote.schema().facets()) {
      List<FactSearcher.FacetCount> values = new ArrayList<>();
      FacetField f = response.getFacetField(dim);
      if (f != null && f.getValues() != null) {
        for (FacetField.Count c : f.getValues()) {
          values.add(new FactSearcher.FacetCount(c.getName(), c.getCount()));
        }
      }
      out.put(dim, values);
      if (dim.equals(IndexSchema.FACET_TYPE)) {
        List<FactSearcher.FacetCount> counts = new ArrayList<>();
        List<Topic> all = topics();
        Map<String, Integer> byKey = response.getFacetQuery();
        for (int i = 0; i < all.size(); i++) {
          Integer n = byKey == null ? null : byKey.get("topic" + i);
          if (n != null && n > 0) {
            counts.add(new FactSearcher.FacetCount(all.get(i).name(), n));
          }
        }
        counts.sort((a, c) -> Long.compare(c.count(), a.count()));
        out.put(FactSearcher.TOPIC_FACET, counts);
      }
    }
    return out;
  }

  private List<Topic> topics() {
    if (topics == null) {
      topics = Topics.all();
    }
    return topics;
  }

  private static Hit hit(SolrDocument d, boolean scored) {
    String type = string(d, IndexSchema.TYPE);
    Object score = d.getFirstValue("score");
    return new Hit(type, scored && score instanceof Number n ? n.floatValue() : 0f, string(d, IndexSchema.ARTICLE_ID),
        string(d, IndexSchema.SOURCE), string(d, IndexSchema.TITLE), string(d, IndexSchema.PUBLISHED),
        string(d, IndexSchema.TEXT), IndexSchema.ARTICLE_TYPE.equals(type) ? null : string(d, IndexSchema.SENTENCE),
        string(d, IndexSchema.FACT));
  }

  private static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  @Override
  public long articlesAbout(Topic topic) throws IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    topicFilter(q, "topic", remote.topic(topic));
    q.addFilterQuery("{!query v=$topic}");
    return solr.query(q).getResults().getNumFound();
  }

  /** Articles, facts by kind and files; the size on disk is not asked of Solr (-1). */
  @Override
  public IndexStats stats() throws IOException {
    Map<String, Long> facts = new LinkedHashMap<>();
    for (FactKind<?> kind : remote.schema().kinds()) {
      facts.put(kind.plural(), count(kind.name()));
    }
    return new IndexStats(count(IndexSchema.ARTICLE_TYPE), facts, count(IndexSchema.FILE_TYPE), -1);
  }

  private long count(String type) throws IOException {
    return solr.query(new SolrQuery("*:*").addFilterQuery(SolrIndexTarget.term(IndexSchema.TYPE, type)).setRows(0))
        .getResults().getNumFound();
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
