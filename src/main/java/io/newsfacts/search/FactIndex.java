package io.newsfacts.search;

import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import java.io.Closeable;
import java.io.IOException;

/**
 * An index that answers searches with the same results whatever holds it: the local Lucene index
 * ({@link FactSearcher}) or SolrCloud ({@code io.newsfacts.solr.SolrSearcher}).
 */
public interface FactIndex extends Closeable {
  /** Hits of {@code r}, counted, ordered and highlighted as {@code o} asks. */
  FactSearcher.Result search(SearchRequest r, FactSearcher.Options o) throws BadQueryException, IOException;

  /** The articles of {@code topic} in the index (stats). */
  long articlesAbout(Topic topic) throws IOException;

  /** What the index holds. */
  IndexStats stats() throws IOException;

  /** Where the index is, for messages and stats: a directory or a Solr collection's URL. */
  String where();
}
