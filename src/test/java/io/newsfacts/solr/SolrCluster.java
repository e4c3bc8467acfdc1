package io.newsfacts.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud of N nodes (default 2) on this machine, from the Solr jars of the test classpath,
 * outside any test: for the acceptance check and the benchmark (bench/solr-cluster.sh). Prints the
 * nodes' URLs, then runs until killed.
 *
 * <p>Usage: {@code SolrCluster DIR [NODES]}.
 */
public final class SolrCluster {
  private SolrCluster() {}

  public static MiniSolrCloudCluster start(Path dir, int nodes) throws Exception {
    Files.createDirectories(dir);
    return new MiniSolrCloudCluster.Builder(nodes, dir).build();
  }

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MiniSolrCloudCluster cluster = start(Path.of(args[0]), nodes);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        System.err.println("shutdown: " + e);
      }
    }));
    StringBuilder urls = new StringBuilder();
    for (var jetty : cluster.getJettySolrRunners()) {
      urls.append(urls.length() == 0 ? "" : ",").append(jetty.getBaseUrl());
    }
    System.out.println("SolrCloud of " + nodes + " nodes: " + urls);
    System.out.println("  newsfacts index corpus --solr " + urls + " --shards 2 --replicas 2");
    System.out.flush();
    Thread.currentThread().join();
  }
}
