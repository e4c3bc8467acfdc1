package io.newsfacts.solr;

import io.newsfacts.index.IndexSchema;
import io.newsfacts.index.IndexTarget;
import io.newsfacts.model.ArticleFacts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;

/**
 * Writes articles into a SolrCloud collection as {@link io.newsfacts.index.IndexUpdate} asks, with
 * the documents of the local index ({@link IndexSchema#documents}): each article one block
 * (replaced whole when written again, see {@link SolrConfigset}), input files recorded as file
 * documents. Additions are sent in batches, and always before a deletion, a question or a
 * commit, so Solr sees them in the order they were made. A killed run loses at most what it had
 * not committed; Solr's update log keeps what it acknowledged, and a block written again
 * replaces itself, so the next run leaves every article once.
 */
public final class SolrIndexTarget implements IndexTarget {
  /** Articles (blocks) sent to Solr per request. */
  private static final int BATCH = 50;
  /** Id prefix of file documents. */
  static final String FILE_ID = "file:";
  /** Id infix of fact documents: article id, this, number. */
  static final String FACT_ID = "#fact";

  private final SolrCollection solr;
  private final IndexSchema schema;
  private final List<SolrInputDocument> pending = new ArrayList<>();

  public SolrIndexTarget(SolrCollection solr, IndexSchema schema) {
    this.solr = solr;
    this.schema = schema;
  }

  @Override
  public void write(ArticleFacts facts, String file, String stamp) throws IOException {
    String id = facts.article().id();
    List<Map<String, List<Object>>> docs = schema.documents(facts, file, stamp);
    SolrInputDocument article = solrDocument(docs.get(0), id);
    for (int i = 1; i < docs.size(); i++) {
      article.addChildDocument(solrDocument(docs.get(i), id + FACT_ID + i));
    }
    pending.add(article);
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  private static SolrInputDocument solrDocument(Map<String, List<Object>> fields, String id) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", id);
    fields.forEach((name, values) -> {
      for (Object v : values) {
        d.addField(name, v);
      }
    });
    return d;
  }

  @Override
  public void markFileDone(String file, String stamp) throws IOException {
    SolrInputDocument d = new SolrInputDocument();
    d.setField("id", FILE_ID + file);
    d.setField(IndexSchema.TYPE, IndexSchema.FILE_TYPE);
    d.setField(IndexSchema.FILE, file);
    d.setField(IndexSchema.STAMP, stamp);
    pending.add(d);
  }

  @Override
  public void removeOtherVersions(String file, String stamp) throws IOException {
    flush();
    UpdateRequest r = new UpdateRequest();
    r.deleteByQuery("+" + term(IndexSchema.FILE, file) + " -" + term(IndexSchema.STAMP, stamp));
    solr.update(r);
  }

  @Override
  public boolean holds(String id) throws IOException {
    flush();
    SolrDocument d = solr.call("read from", () -> solr.client().getById(solr.name(), id));
    return d != null && IndexSchema.ARTICLE_TYPE.equals(d.getFirstValue(IndexSchema.TYPE));
  }

  @Override
  public int remove(String path, String source) throws IOException {
    commit();
    String dir = path.endsWith("/") ? path : path + "/";
    String which = "(" + term(IndexSchema.FILE, path) + " " + IndexSchema.FILE + ":" + ClientUtils.escapeQueryChars(dir)
        + "* " + term(IndexSchema.SOURCE, source) + ")";
    SolrQuery count = new SolrQuery(which).addFilterQuery(term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)).setRows(0);
    long n = solr.query(count).getResults().getNumFound();
    UpdateRequest r = new UpdateRequest();
    r.deleteByQuery(which);
    solr.update(r);
    return (int) n;
  }

  @Override
  public void commit() throws IOException {
    flush();
    solr.call("commit to", () -> solr.client().commit(solr.name(), true, true));
  }

  private void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    UpdateRequest r = new UpdateRequest();
    r.add(pending);
    solr.update(r);
    pending.clear();
  }

  @Override
  public Committed committed() throws IOException {
    Map<String, String> stamps = new HashMap<>();
    String cursor = "*";
    while (true) {
      SolrQuery q = new SolrQuery(term(IndexSchema.TYPE, IndexSchema.FILE_TYPE))
          .setFields("id", IndexSchema.FILE, IndexSchema.STAMP).setRows(1000).setSort("id", SolrQuery.ORDER.asc);
      q.set("cursorMark", cursor);
      var response = solr.query(q);
      for (SolrDocument d : response.getResults()) {
        stamps.put((String) d.getFirstValue(IndexSchema.FILE), (String) d.getFirstValue(IndexSchema.STAMP));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    return new Committed() {
      @Override
      public Map<String, String> stamps() {
        return stamps;
      }

      @Override
      public Set<String> articleIds(String file, String stamp) throws IOException {
        Set<String> ids = new HashSet<>();
        String cursor = "*";
        while (true) {
          SolrQuery q = new SolrQuery("*:*").addFilterQuery(term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE),
              term(IndexSchema.FILE, file), term(IndexSchema.STAMP, stamp))
              .setFields(IndexSchema.ARTICLE_ID).setRows(1000).setSort("id", SolrQuery.ORDER.asc);
          q.set("cursorMark", cursor);
          var response = solr.query(q);
          for (SolrDocument d : response.getResults()) {
            ids.add((String) d.getFirstValue(IndexSchema.ARTICLE_ID));
          }
          String next = response.getNextCursorMark();
          if (next == null || next.equals(cursor)) {
            return ids;
          }
          cursor = next;
        }
      }

      @Override
      public String otherArticleWithText(String key, String id, Set<String> except) throws IOException {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE),
            term(IndexSchema.TEXT_KEY, key), "-" + term(IndexSchema.ARTICLE_ID, id))
            .setFields(IndexSchema.ARTICLE_ID).setRows(except.size() + 1);
        SolrDocumentList docs = solr.query(q).getResults();
        for (SolrDocument d : docs) {
          String other = (String) d.getFirstValue(IndexSchema.ARTICLE_ID);
          if (!except.contains(other)) {
            return other;
          }
        }
        return null;
      }

      @Override
      public void close() {}
    };
  }

  /** {@code field:"value"}, the value quoted: one exact term of a keyword field. */
  static String term(String field, String value) {
    return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public void close() throws IOException {
    try {
      commit();
    } finally {
      solr.close();
    }
  }
}
