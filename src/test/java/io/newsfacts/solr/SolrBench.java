package io.newsfacts.solr;

import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.index.FactIndexWriter;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.index.IndexTarget;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ArticleSink;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.FactIndex;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.testing.Models;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Solr against the local index (bench/solr-bench.sh): N articles of a .jsonl extracted once (the
 * real models), then written into the local index and into a 2-shard, 2-replica collection of a
 * 2-node SolrCloud in this JVM, then the same mix of searches on both. Prints, for each, the
 * indexing rate (wall and this process's CPU: Solr's nodes run in it, so their work counts) and
 * search latency p50/p90/p99 over a warm pass. The machine is shared: wall times include waiting.
 *
 * <p>Usage: {@code SolrBench ARTICLES.jsonl N QUERIES WORKDIR}.
 */
public final class SolrBench {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SolrBench() {}

  public static void main(String[] args) throws Exception {
    Path jsonl = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int queries = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    Files.createDirectories(work);

    List<Article> articles = new ArrayList<>();
    new ArticleReader().read(jsonl.toString(), new ArticleSink() {
      @Override
      public void article(Article a) {
        if (articles.size() < n) {
          articles.add(a);
        }
      }

      @Override
      public void failure(String source, String reason) {}

      @Override
      public void warning(String source, String message) {}
    });
    Pipeline pipeline = Models.pipeline();
    long cpu0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    List<ArticleFacts> facts = new ArrayList<>();
    for (Article a : articles) {
      facts.add(pipeline.process(a));
    }
    int factCount = facts.stream().mapToInt(ArticleFacts::count).sum();
    System.out.printf(Locale.ROOT, "extracted %d articles, %d facts: %.1f ms CPU per article (models loaded before)%n",
        facts.size(), factCount, (OS.getProcessCpuTime() - cpu0) / 1e6 / facts.size());
    System.out.printf(Locale.ROOT, "  wall %.1f s%n", (System.nanoTime() - wall0) / 1e9);

    Path localDir = work.resolve("local");
    try (FactIndexWriter w = new FactIndexWriter(localDir, FactKinds.STANDARD)) {
      index("local Lucene index", w, facts);
    }
    MiniSolrCloudCluster cluster = SolrCluster.start(work.resolve("solr"), 2);
    try {
      StringBuilder urls = new StringBuilder();
      for (var jetty : cluster.getJettySolrRunners()) {
        urls.append(urls.length() == 0 ? "" : ",").append(jetty.getBaseUrl());
      }
      IndexSchema schema = new IndexSchema(FactKinds.STANDARD);
      try (SolrIndexTarget t = new SolrIndexTarget(
          SolrCollection.openOrCreate(urls.toString(), "bench", schema, 2, 2), schema)) {
        index("SolrCloud, 2 nodes, 2 shards x 2 replicas", t, facts);
      }
      List<SearchRequest> mix = mix(facts, queries);
      try (FactIndex local = new FactSearcher(localDir, FactKinds.STANDARD);
          FactIndex solr = new SolrSearcher(SolrCollection.open(urls.toString(), "bench"), FactKinds.STANDARD)) {
        search("local Lucene index", local, mix);
        search("SolrCloud", solr, mix);
      }
    } finally {
      cluster.shutdown();
    }
  }

  private static void index(String what, IndexTarget target, List<ArticleFacts> facts) throws Exception {
    long cpu0 = OS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    for (ArticleFacts f : facts) {
      target.write(f, "/bench/" + f.article().id(), "1:1");
    }
    target.commit();
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "index %-42s %d articles: %.1f s wall (%.0f articles/s), %.1f s CPU (%.2f ms CPU per article)%n",
        what, facts.size(), wall, facts.size() / wall, cpu, cpu * 1000 / facts.size());
  }

  /** A fixed mix: words of the articles' titles, entities, number and date ranges, some with facets. */
  private static List<SearchRequest> mix(List<ArticleFacts> facts, int count) {
    Random random = new Random(20);
    List<String> words = new ArrayList<>();
    for (ArticleFacts f : facts) {
      String title = f.article().title();
      if (title != null) {
        for (String w : title.split("[^\\p{L}]+")) {
          if (w.length() > 4) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    List<SearchRequest> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String w = words.isEmpty() ? "emploi" : words.get(random.nextInt(words.size()));
      out.add(switch (i % 5) {
        case 0 -> new SearchRequest(w, null, null, null, null, null, null, null, null, 20);
        case 1 -> new SearchRequest(null, null, null, w, null, null, null, null, null, 20);
        case 2 -> new SearchRequest(null, null, null, null, Math.pow(10, 1 + random.nextInt(5)), null, null, null, null, 20);
        case 3 -> new SearchRequest(w, "article", null, null, null, null, null, null, null, 20);
        default -> new SearchRequest(null, null, null, null, null, null, null, LocalDate.of(2024, 1 + random.nextInt(12), 1),
            null, 20);
      });
    }
    return out;
  }

  private static void search(String what, FactIndex index, List<SearchRequest> mix) throws Exception {
    FactSearcher.Options facets = new FactSearcher.Options(FactSearcher.Order.RELEVANCE, true, "[", "]");
    FactSearcher.Options plain = new FactSearcher.Options(FactSearcher.Order.RELEVANCE, false, "[", "]");
    for (SearchRequest r : mix) { // warm-up pass
      index.search(r, plain).matches().size();
    }
    long[] nanos = new long[mix.size()];
    long cpu0 = OS.getProcessCpuTime();
    for (int i = 0; i < mix.size(); i++) {
      long t0 = System.nanoTime();
      index.search(mix.get(i), i % 4 == 0 ? facets : plain).matches().size();
      nanos[i] = System.nanoTime() - t0;
    }
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e6 / mix.size();
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "search %-20s %d queries (1 in 4 with facets, highlighted, 20 hits): p50 %.1f ms, "
        + "p90 %.1f ms, p99 %.1f ms, max %.1f ms wall; %.1f ms CPU per query%n", what, mix.size(),
        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.9)] / 1e6,
        nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6, nanos[nanos.length - 1] / 1e6, cpu);
  }
}
