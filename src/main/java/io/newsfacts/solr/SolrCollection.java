package io.newsfacts.solr;

import io.newsfacts.index.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * One collection of a SolrCloud cluster, reached over HTTP from one or more node URLs: the
 * client newsfacts talks through, and every failure turned into an {@link IOException} whose
 * message is one sentence naming the URL.
 */
public final class SolrCollection implements Closeable {
  /** The collection's name when none is given. */
  public static final String DEFAULT_NAME = "newsfacts";
  private static final int CONNECT_MILLIS = 10_000;
  private static final int READY_MILLIS = 60_000;

  private final String urls;
  private final String name;
  private final CloudHttp2SolrClient client;

  /** A collection that does not exist: the cluster answered, the collection is not there. */
  public static final class Missing extends IOException {
    private static final long serialVersionUID = 1L;

    Missing(String message) {
      super(message);
    }
  }

  private SolrCollection(String urls, String name, CloudHttp2SolrClient client) {
    this.urls = urls;
    this.name = name;
    this.client = client;
  }

  /**
   * The existing collection {@code name} of the cluster at {@code urls} (comma-separated node URLs
   * such as {@code http://localhost:8983/solr}).
   *
   * @throws Missing when the cluster has no such collection
   * @throws IOException when the URL is wrong or the cluster does not answer
   */
  public static SolrCollection open(String urls, String name) throws IOException {
    SolrCollection c = connect(urls, name);
    try {
      if (!c.collections().contains(name)) {
        throw new Missing("no collection '" + name + "' in the SolrCloud at " + urls
            + ": make one with `newsfacts index PATH... --solr " + urls + (DEFAULT_NAME.equals(name) ? "" : " --collection " + name) + "`");
      }
      return c;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /**
   * The collection {@code name}, created when missing: the configset written from {@code schema}
   * is uploaded under the collection's name, then the collection is created with {@code shards}
   * shards of {@code replicas} replicas each and waited for.
   */
  public static SolrCollection openOrCreate(String urls, String name, IndexSchema schema, int shards, int replicas)
      throws IOException {
    SolrCollection c = connect(urls, name);
    try {
      if (!c.collections().contains(name)) {
        c.create(schema, shards, replicas);
      }
      return c;
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private static SolrCollection connect(String urls, String name) throws IOException {
    List<String> nodes = new ArrayList<>();
    for (String u : urls.split(",")) {
      String url = u.strip().replaceAll("/+$", "");
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--solr: not a URL: '" + url + "' (like http://localhost:8983/solr)");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("--solr: not an http URL: '" + url + "' (like http://localhost:8983/solr)");
      }
      nodes.add(url);
    }
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("--collection: not a collection name: '" + name + "' (letters, digits, . _ -)");
    }
    CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(nodes)
        .withInternalClientBuilder(new Http2SolrClient.Builder().connectionTimeout(CONNECT_MILLIS))
        .withDefaultCollection(name)
        .build();
    return new SolrCollection(String.join(",", nodes), name, client);
  }

  private List<String> collections() throws IOException {
    return call("reach", () -> CollectionAdminRequest.listCollections(client));
  }

  private void create(IndexSchema schema, int shards, int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1");
    }
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
        .setConfigSetName(name)
        .setOverwrite(true)
        .setUploadStream(new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(schema), name + ".zip", "application/zip"));
    call("upload the configset to", () -> upload.process(client));
    call("create the collection at", () -> CollectionAdminRequest.createCollection(name, name, shards, replicas).process(client));
    long deadline = System.currentTimeMillis() + READY_MILLIS;
    while (true) {
      try {
        client.query(new SolrQuery("*:*").setRows(0));
        return;
      } catch (SolrServerException | IOException | SolrException e) {
        if (System.currentTimeMillis() > deadline) {
          throw new IOException("collection '" + name + "' created at " + urls + " but not ready after "
              + READY_MILLIS / 1000 + " s (" + reason(e) + ")", e);
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", ie);
        }
      }
    }
  }

  public String name() {
    return name;
  }

  /** The node URLs and collection, for messages: {@code http://host:8983/solr (collection newsfacts)}. */
  public String where() {
    return urls + " (collection " + name + ")";
  }

  /** A request to the collection. */
  interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  /**
   * Runs {@code call}; any failure becomes an IOException "cannot WHAT Solr at URL (reason)".
   *
   * @param what a verb phrase: "reach", "search", "write to"
   */
  <T> T call(String what, Call<T> call) throws IOException {
    try {
      return call.run();
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new IOException("cannot " + what + " Solr at " + where() + " (" + reason(e) + ")", e);
    }
  }

  QueryResponse query(SolrQuery q) throws IOException {
    return call("search", () -> client.query(q, SolrRequest.METHOD.POST));
  }

  UpdateResponse update(UpdateRequest r) throws IOException {
    return call("write to", () -> r.process(client));
  }

  SolrClient client() {
    return client;
  }

  /** What went wrong, on one line: no server at the address, an unknown host, else the deepest cause's message. */
  static String reason(Throwable e) {
    for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
      if (c instanceof java.net.ConnectException) {
        return "nothing answers at that address: " + c.getMessage();
      }
      if (c instanceof java.net.UnknownHostException) {
        return "unknown host " + c.getMessage();
      }
    }
    for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
      if (c.getMessage() != null && c.getMessage().startsWith("Failed fetching live_nodes")) {
        return "no SolrCloud node answers there: check the URL (http://HOST:PORT/solr) and that Solr runs in cloud mode";
      }
    }
    Throwable t = e;
    String m = null;
    while (t != null) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        m = t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    m = m.strip().split("\n")[0];
    return m.length() > 200 ? m.substring(0, 199) + "…" : m;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
