package io.newsfacts.cli;

import io.newsfacts.model.FactKindList;
import io.newsfacts.search.FactIndex;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.solr.SolrCollection;
import io.newsfacts.solr.SolrSearcher;
import java.io.IOException;
import picocli.CommandLine.Option;

/** A SolrCloud collection as the index instead of the local directory: --solr URL [--collection NAME]. */
final class SolrOptions {
  @Option(names = "--solr", paramLabel = "URL",
      description = "Use the SolrCloud at URL (http://HOST:PORT/solr; several nodes comma-separated) instead of the "
          + "local index.")
  String url;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "The SolrCloud collection, with --solr (default: " + SolrCollection.DEFAULT_NAME + ").")
  String collection;

  boolean solr() {
    return url != null;
  }

  String collection() {
    return collection == null ? SolrCollection.DEFAULT_NAME : collection;
  }

  /** A usage error in how the index is named, or null: --collection without --solr, --index with it. */
  String misuse(IndexOptions where) {
    if (collection != null && url == null) {
      return "--collection needs --solr URL";
    }
    if (url != null && where.index != null) {
      return "give --index DIR or --solr URL, not both";
    }
    if (url != null && url.isBlank()) {
      return "--solr needs a URL like http://localhost:8983/solr";
    }
    return null;
  }

  /** Where searches go: the collection, or the local index. */
  String where(IndexOptions where) {
    return solr() ? url + " (collection " + collection() + ")" : where.dir().toString();
  }

  /** The index to search: the Solr collection (which must exist) or the local directory. */
  FactIndex open(IndexOptions where, FactKindList kinds) throws IOException {
    if (solr()) {
      return new SolrSearcher(SolrCollection.open(url, collection()), kinds);
    }
    return new FactSearcher(where.dir(), kinds);
  }
}
