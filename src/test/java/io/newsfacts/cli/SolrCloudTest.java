package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.testing.HandText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * SolrCloud as the index (issue 20), on a real 2-node SolrCloud in this JVM (MiniSolrCloudCluster):
 * corpus/ indexed into the local index and into a 2-shard, 2-replica collection through the
 * command line, then the same searches on both give the same hits, facets and highlights;
 * re-indexing changes nothing; a killed run is completed by the next; a node can stop; a bad URL
 * is one line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static MiniSolrCloudCluster cluster;
  static String url;
  static String local;

  @BeforeAll
  static void startAndIndex() throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("solr")).build();
    url = cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
    local = tmp.resolve("local").toString();
    Cli a = Cli.run("index", "corpus", "--index", local, "--quiet");
    assertEquals(0, a.exitCode(), a.err());
    Cli b = Cli.run("index", "corpus", "--solr", url, "--shards", "2", "--replicas", "2", "--quiet");
    assertEquals(0, b.exitCode(), b.err());
    assertEquals(a.out().replace(local, "X"), b.out().replace(url + " (collection newsfacts)", "X"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /** The JSON lines of a search, score left out, in order. */
  private static List<String> jsonl(String... args) throws Exception {
    Cli c = Cli.run(args);
    assertEquals(0, c.exitCode(), String.join(" ", args) + ": " + c.err());
    List<String> out = new ArrayList<>();
    for (String line : c.out().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      if (n instanceof ObjectNode o) {
        o.remove("score");
      }
      out.add(n.toString());
    }
    return out;
  }

  private static String[] with(String[] search, String... more) {
    String[] all = Arrays.copyOf(search, search.length + more.length);
    System.arraycopy(more, 0, all, search.length, more.length);
    return all;
  }

  /** Runs {@code search} on both indexes; the hits (as sets: equal scores may come in another order) and facets agree. */
  private static List<String> sameOnBoth(String... search) throws Exception {
    String[] base = with(new String[] {"search"}, search);
    List<String> here = jsonl(with(base, "--index", local, "--format", "jsonl", "--limit", "1000"));
    List<String> there = jsonl(with(base, "--solr", url, "--format", "jsonl", "--limit", "1000"));
    assertSameList(here.stream().sorted().toList(), there.stream().sorted().toList(), String.join(" ", search));
    if (!here.isEmpty() && here.get(here.size() - 1).startsWith("{\"type\":\"facets\"")) {
      assertEquals(here.get(here.size() - 1), there.get(there.size() - 1), "facets of " + String.join(" ", search));
    }
    return here;
  }

  /** The most frequent value of a facet over the local index's hits of {@code search}. */
  private static String topFacet(String dim, String... search) throws Exception {
    List<String> lines = jsonl(with(with(new String[] {"search"}, search), "--index", local, "--format", "jsonl",
        "--facets", "--limit", "1"));
    Iterator<String> names = JSON.readTree(lines.get(lines.size() - 1)).get("facets").get(dim).fieldNames();
    assertTrue(names.hasNext(), "the corpus has " + dim + " values");
    return names.next();
  }

  @Test
  @Order(1)
  void theSameSearchesGiveTheSameHitsAndFacets() throws Exception {
    String speaker = topFacet("speaker", "--type", "quote");
    String entity = topFacet("entity");
    String unit = topFacet("unit", "--type", "number");
    String topic = topFacet("topic", "--type", "article");
    assertFalse(sameOnBoth("--speaker", speaker).isEmpty(), "speaker " + speaker);
    assertFalse(sameOnBoth("--entity", entity).isEmpty(), "entity " + entity);
    assertFalse(sameOnBoth("--min", "100", "--max", "100000").isEmpty(), "number range");
    assertFalse(sameOnBoth("--unit", unit, "--min", "1").isEmpty(), "unit " + unit);
    assertFalse(sameOnBoth("emploi").isEmpty(), "text");
    sameOnBoth("\"titre de séjour\" OR vélo*");
    sameOnBoth("santé -hôpital");
    sameOnBoth("entityType:PERSON", "--type", "entity");
    sameOnBoth("numberKind:percent");
    assertFalse(sameOnBoth("--from", "2024-01", "--to", "2024-12").isEmpty(), "date range");
    assertFalse(sameOnBoth("--facets").isEmpty(), "facets");
    sameOnBoth("emploi", "--facets", "--type", "number");
    assertFalse(sameOnBoth("--type", "article", "--facets").isEmpty(), "articles");
    sameOnBoth("--type", "article", "--speaker", speaker);
    sameOnBoth("--type", "article", "--min", "1000", "--entity", entity);
    assertFalse(sameOnBoth("--topic", topic).isEmpty(), "topic " + topic);
    sameOnBoth("--topic", topic, "--type", "article", "--facets");
    assertEquals(jsonl("search", "--index", local, "--sort", "date", "--format", "jsonl", "--limit", "1000").size(),
        jsonl("search", "--solr", url, "--sort", "date", "--format", "jsonl", "--limit", "1000").size());
  }

  /** Equal lists; else the first difference, not two whole lists. */
  private static void assertSameList(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + ": hit " + i + " of " + expected.size() + " and " + actual.size());
    }
    assertEquals(expected.size(), actual.size(), what + ": number of hits");
  }

  /** The table's hits, rank and score left out, sorted: highlights included. */
  private static List<String> tableHits(Cli c) {
    List<String> hits = new ArrayList<>();
    StringBuilder hit = null;
    for (String line : c.out().replaceAll("  \\(score [0-9.]+\\)", "").split("\n")) {
      Matcher m = Pattern.compile("^ *\\d+\\. (.*)$").matcher(line);
      if (m.matches()) {
        if (hit != null) {
          hits.add(hit.toString());
        }
        hit = new StringBuilder(m.group(1));
      } else if (hit != null) {
        hit.append('\n').append(line);
      }
    }
    if (hit != null) {
      hits.add(hit.toString());
    }
    return hits.stream().sorted().toList();
  }

  @Test
  @Order(2)
  void highlightsAreTheSame() {
    for (String[] search : List.of(new String[] {"emploi"}, new String[] {"--entity", "Québec"},
        new String[] {"français", "--type", "article"})) {
      Cli here = Cli.run(with(with(new String[] {"search"}, search), "--index", local, "--limit", "1000"));
      Cli there = Cli.run(with(with(new String[] {"search"}, search), "--solr", url, "--limit", "1000"));
      assertEquals(0, there.exitCode(), there.err());
      assertSameList(tableHits(here), tableHits(there), String.join(" ", search));
    }
    assertTrue(Cli.run("search", "emploi", "--solr", url).out().contains("[emploi]"), "highlighted");
  }

  @Test
  @Order(3)
  void reindexingChangesNothingAndStatsAgree() throws Exception {
    Cli again = Cli.run("index", "corpus", "--solr", url, "--quiet");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().startsWith("indexed 0 articles, 0 facts"), again.out());
    assertTrue(again.out().contains("unchanged files skipped"), again.out());
    Cli here = Cli.run("stats", "--index", local);
    Cli there = Cli.run("stats", "--solr", url);
    assertEquals(0, there.exitCode(), there.err());
    assertEquals(counts(here.out()), counts(there.out()));
  }

  /** The stats lines that count (index and size aside). */
  private static List<String> counts(String stats) {
    return Arrays.stream(stats.split("\n")).filter(l -> !l.startsWith("index") && !l.startsWith("size")).toList();
  }

  @Test
  @Order(4)
  void aKilledRunIsCompletedByTheNext() throws Exception {
    int n = 120;
    Path jsonl = tmp.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < n; i++) {
      lines.append("{\"id\":\"art").append(i).append("\",\"text\":\"Le portail a reçu ").append(1000 + i)
          .append(" visites en novembre.\"}\n");
    }
    Files.writeString(jsonl, lines);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        SolrCloudTest.class.getName(), url, jsonl.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long committed = 0;
    try (CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(List.of(url)).build()) {
      while (committed < 20 && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(100);
        committed = count(client, "type:article");
      }
      child.destroyForcibly(); // SIGKILL: no final commit
      child.waitFor(10, TimeUnit.SECONDS);
      client.commit("killed"); // what Solr acknowledged before the kill becomes visible
      long afterKill = count(client, "type:article");
      assertTrue(afterKill >= 20 && afterKill < n, "killed halfway: " + afterKill + " articles; child log: "
          + Files.readString(tmp.resolve("child.log")));

      Cli rerun = Cli.fast("index", jsonl.toString(), "--solr", url, "--collection", "killed", "--quiet");
      assertEquals(0, rerun.exitCode(), rerun.err());
      assertEquals(n, count(client, "type:article"));
      assertEquals(n, count(client, "type:number"), "one number per article, once");
      assertEquals(1, count(client, "type:file"));
      Cli again = Cli.fast("index", jsonl.toString(), "--solr", url, "--collection", "killed", "--quiet");
      assertTrue(again.out().startsWith("indexed 0 articles"), again.out());
    }
  }

  private static long count(CloudHttp2SolrClient client, String q) throws Exception {
    try {
      return client.query("killed", new SolrQuery(q).setRows(0)).getResults().getNumFound();
    } catch (Exception e) {
      return 0; // the collection is not created yet
    }
  }

  /** The killed child: indexes args[1] into collection "killed" at args[0], slowly, committing every 5 articles. */
  public static void main(String[] args) {
    Pipeline slow = new Pipeline(text -> {
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return HandText.of(text);
    }, FactKinds.STANDARD);
    System.exit(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(System.err, true), () -> slow)
        .execute("index", args[1], "--solr", args[0], "--collection", "killed", "--commit-every", "5", "--threads", "1"));
  }

  @Test
  @Order(5)
  void acronymsAndFullNamesAreLinkedAcrossArticlesOnSolrToo() throws Exception {
    Path dir = tmp.resolve("links");
    Files.createDirectories(dir);
    Path both = dir.resolve("both.txt");
    Files.writeString(both, "Le Front national (FN) a tenu un meeting à Lyon. Le FN veut gagner.");
    Files.writeString(dir.resolve("acronym.txt"), "Le FN a perdu une élection municipale dans le Nord.");
    Files.writeString(dir.resolve("full.txt"), "Le Front national a présenté un candidat aux élections.");
    Files.writeString(dir.resolve("neither.txt"), "Le Parti socialiste a présenté un candidat aux élections.");
    String here = tmp.resolve("local-links").toString();
    indexBoth(dir, here);
    List<String> all = List.of("acronym.txt", "both.txt", "full.txt");
    assertEquals(all, linkedArticles("FN", "--index", here));
    assertEquals(all, linkedArticles("Front national", "--solr", url, "--collection", "links"));
    assertEquals(all, linkedArticles("FN", "--solr", url, "--collection", "links"));

    // the only article that links the names changes: on Solr too, the link goes with its old version
    Files.writeString(both, "Le Front national a tenu un meeting à Lyon.");
    Files.setLastModifiedTime(both, FileTime.fromMillis(Files.getLastModifiedTime(both).toMillis() + 5000));
    indexBoth(dir, here);
    assertEquals(List.of("acronym.txt"), linkedArticles("FN", "--index", here));
    assertEquals(List.of("acronym.txt"), linkedArticles("FN", "--solr", url, "--collection", "links"));
  }

  private static void indexBoth(Path dir, String here) {
    Cli a = Cli.run("index", dir.toString(), "--index", here, "--quiet");
    assertEquals(0, a.exitCode(), a.err());
    Cli b = Cli.run("index", dir.toString(), "--solr", url, "--collection", "links", "--quiet");
    assertEquals(0, b.exitCode(), b.err());
  }

  /** File names of the articles {@code --entity name --type article} finds on an index, sorted. */
  private static List<String> linkedArticles(String name, String... index) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : jsonl(with(new String[] {"search", "--entity", name, "--type", "article", "--format", "jsonl"},
        index))) {
      out.add(Path.of(JSON.readTree(line).get("source").asText()).getFileName().toString());
    }
    return out.stream().sorted().toList();
  }

  @Test
  @Order(6)
  void aBadUrlIsOneLine() {
    for (String[] args : List.of(new String[] {"search", "emploi", "--solr", "http://127.0.0.1:1/solr"},
        new String[] {"stats", "--solr", "http://127.0.0.1:1/solr"},
        new String[] {"index", "corpus", "--solr", "http://127.0.0.1:1/solr"})) {
      Cli c = Cli.fast(args);
      assertEquals(1, c.exitCode(), c.err());
      assertEquals(1, c.err().strip().lines().count(), c.err());
      assertTrue(c.err().startsWith("newsfacts: cannot reach Solr at http://127.0.0.1:1/solr"), c.err());
    }
    Cli notUrl = Cli.fast("search", "emploi", "--solr", "localhost:8983");
    assertEquals(2, notUrl.exitCode(), notUrl.err());
    assertEquals(1, notUrl.err().strip().lines().count(), notUrl.err());
    Cli noCollection = Cli.fast("search", "emploi", "--solr", url, "--collection", "nothing");
    assertEquals(2, noCollection.exitCode(), noCollection.err());
    assertTrue(noCollection.err().contains("no collection 'nothing'"), noCollection.err());
  }

  @Test
  @Order(7)
  void searchAnswersWithOneNodeDown() throws Exception {
    List<String> before = sameOnBoth("emploi", "--facets");
    JettySolrRunner second = cluster.getJettySolrRunners().get(1);
    cluster.stopJettySolrRunner(second);
    cluster.waitForJettyToStop(second);
    List<String> after = jsonl("search", "emploi", "--facets", "--solr", url, "--format", "jsonl", "--limit", "1000");
    assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList());
  }
}
