package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.search.SearchCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfacts search}, {@code stats} and {@code index --remove} as a user runs them. */
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;
  Path index;

  record Run(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  @BeforeEach
  void corpus() throws Exception {
    index = tmp.resolve("index");
    SearchCorpus.write(index);
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  void jsonlHitsHaveTheContractFieldsInOrder() throws Exception {
    Run r = search("--speaker", "Lavallée", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, r.lines().size());
    JsonNode hit = JSON.readTree(r.lines().get(0));
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = hit.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertEquals(List.of("type", "score", "articleId", "source", "title", "published", "text", "sentence",
        "kind", "speaker", "speakerRole", "start", "end", "speakerEvidence"), fields);
    assertEquals("quote", hit.get("type").asText());
    assertEquals("a2", hit.get("articleId").asText());
    assertEquals("2016-10-05", hit.get("published").asText());
    assertEquals("Nous avons vu beaucoup de visites", hit.get("text").asText());
    assertEquals("«Nous avons vu beaucoup de visites», a dit Jonathan Lavallée.", hit.get("sentence").asText());
    assertEquals("Jonathan Lavallée", hit.get("speaker").asText());
    String article = SearchCorpus.A2.replaceAll("\\[PER ([^\\]]+)\\]", "$1");
    assertEquals(hit.get("text").asText(), article.substring(hit.get("start").asInt(), hit.get("end").asInt()));
  }

  @Test
  void numberHitsCarryTheirValues() throws Exception {
    Run r = search("--min", "10000", "--unit", "visites", "--from", "2016-11-01", "--to", "2016-11-30", "--format", "jsonl");
    assertEquals(1, r.lines().size(), r.out());
    JsonNode hit = JSON.readTree(r.lines().get(0));
    assertEquals(200000, hit.get("low").asInt());
    assertTrue(hit.get("high").isNull());
    assertEquals("atLeast", hit.get("qualifier").asText());
    assertEquals("2016-11", hit.get("date").asText());
  }

  @Test
  void articlesListTheirFactCounts() throws Exception {
    Run r = search("--type", "article", "--unit", "visites", "--sort", "date", "--format", "jsonl");
    assertEquals(2, r.lines().size(), r.out());
    JsonNode newest = JSON.readTree(r.lines().get(0));
    assertEquals("a1", newest.get("articleId").asText());
    assertEquals("{\"entities\":5,\"numbers\":2,\"dates\":1,\"quotes\":1}", newest.get("counts").toString());
    assertEquals("a2", JSON.readTree(r.lines().get(1)).get("articleId").asText());
    Run table = search("--type", "article", "chômage");
    assertTrue(table.out().contains("1 entities, 3 numbers, 1 dates, 0 quotes"), table.out());
    assertTrue(table.out().contains("[chômage]"), table.out());
  }

  @Test
  void tableHighlightsMatchingWords() {
    Run r = search("visites", "--type", "number");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("2 hits\n"), r.out());
    assertTrue(r.out().contains("plus de 200 000 [visites]"), r.out());
    assertTrue(r.out().contains("5 000 [visites]"), r.out());
    assertEquals("no hits\n", search("introuvable").out());
  }

  @Test
  void facetsComeLastInBothFormats() throws Exception {
    Run r = search("--type", "quote", "--facets", "--format", "jsonl");
    List<String> lines = r.lines();
    assertEquals(3, lines.size(), r.out());
    JsonNode facets = JSON.readTree(lines.get(2));
    assertEquals("facets", facets.get("type").asText());
    assertEquals(2, facets.get("total").asInt());
    assertEquals(1, facets.get("facets").get("speaker").get("Jonathan Lavallée").asInt());
    assertEquals(2, facets.get("facets").get("type").get("quote").asInt());
    Run table = search("--type", "quote", "--facets");
    assertTrue(table.out().contains("speaker  Jean-Sébastien Boudreault 1 · Jonathan Lavallée 1"), table.out());
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() {
    Run bad = search("visites AND (");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("newsfacts: bad query syntax"), bad.err());
    assertEquals(1, bad.err().split("\n").length, bad.err());
    Run range = search("--min", "10", "--max", "5");
    assertEquals(2, range.code());
    Run missing = run("search", "--index", tmp.resolve("none").toString(), "x");
    assertEquals(2, missing.code());
    assertEquals("newsfacts: " + tmp.resolve("none") + ": " + io.newsfacts.index.IndexProblems.NO_INDEX + "\n",
        missing.err());
    Run stats = run("stats", "--index", tmp.resolve("none").toString());
    assertEquals(2, stats.code());
    assertFalse(stats.err().contains("Exception"), stats.err());
    assertEquals(2, run("index", "--index", index.toString()).code(), "nothing to index");
  }

  @Test
  void statsCountsArticlesAndFactsByKind() {
    Run r = run("stats", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("articles   3\n"), r.out());
    assertTrue(r.out().contains("facts      19\n"), r.out());
    assertTrue(r.out().contains("  entities 8\n  numbers  6\n  dates    3\n  quotes   2\n"), r.out());
  }

  @Test
  void removeTakesAnArticleOut() {
    Run r = run("index", "--index", index.toString(), "--remove", "/corpus/a3.txt");
    assertEquals(0, r.code(), r.err());
    assertEquals("removed 1 articles of /corpus/a3.txt\n", r.out());
    assertEquals("no hits\n", search("chômage").out());
    assertTrue(run("stats", "--index", index.toString()).out().contains("articles   2\n"));
  }
}
