package io.newsfacts.hashtags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.cli.Main;
import io.newsfacts.model.FactKindList;
import io.newsfacts.testing.HandText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kind defined in a test, registered by one line, goes everywhere the standard kinds go: extract
 * JSON (under its plural, after the standard kinds), the table, the index, {@code search --type},
 * its keyword field and facet in queries, and {@code stats}. Runs on hand-made annotation (no models).
 */
class HashtagKindTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "La mairie de Brest lance ce lundi la campagne #VéloBrest pour que les habitants "
      + "laissent leur voiture au garage. Plus de 200 vélos sont prêts dans les quartiers de la ville, selon la "
      + "mairie, et les pistes cyclables seront ouvertes tout le mois de mars. #mobilité";

  /** The one registration line. */
  static final FactKindList KINDS = FactKinds.STANDARD.plus(Hashtags.KIND);

  @TempDir static Path tmp;
  static Path article;
  static Path index;
  static Pipeline pipeline;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void setUp() throws Exception {
    article = Files.writeString(tmp.resolve("campagne.txt"), TEXT);
    index = tmp.resolve("index");
    pipeline = new Pipeline(HandText::of, KINDS);
    Run indexed = run("index", article.toString(), "--index", index.toString(), "--quiet");
    assertEquals(new Run(0, "indexed 1 articles, " + facts() + " facts into " + index + "\n", ""), indexed);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), KINDS, () -> pipeline)
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static int facts() throws Exception {
    JsonNode a = extracted();
    int n = 0;
    for (String plural : List.of("entities", "numbers", "dates", "quotes", "hashtags")) {
      n += a.get(plural).size();
    }
    return n;
  }

  static JsonNode extracted() throws Exception {
    Run r = run("extract", article.toString(), "--format", "jsonl", "--quiet");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return JSON.readTree(r.out());
  }

  static List<JsonNode> hits(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--format", "jsonl"));
    all.addAll(List.of(args));
    Run r = run(all.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isEmpty()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void extractWritesTheKindUnderItsPluralAfterTheStandardKinds() throws Exception {
    JsonNode a = extracted();
    List<String> fields = new ArrayList<>();
    a.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "source", "title", "author", "publisher", "published", "language", "text",
        "entities", "numbers", "dates", "quotes", "hashtags"), fields);
    JsonNode tags = a.get("hashtags");
    assertEquals(2, tags.size());
    assertEquals("{\"text\":\"#VéloBrest\",\"tag\":\"VéloBrest\",\"start\":" + TEXT.indexOf("#VéloBrest")
        + ",\"end\":" + (TEXT.indexOf("#VéloBrest") + 10) + "}", tags.get(0).toString());
    assertEquals("mobilité", tags.get(1).get("tag").asText());
    assertTrue(a.get("numbers").size() > 0, "the standard kinds still run: " + a.get("numbers"));
  }

  @Test
  void theTableHasASectionForTheKind() {
    Run r = run("extract", article.toString(), "--quiet");
    assertEquals("", r.err());
    assertTrue(r.out().contains("   QUOTES (0)\n   HASHTAGS (2)\n     #VéloBrest\n     #mobilité\n"), r.out());
  }

  @Test
  void searchByTypeFindsTheKindWithItsOwnFields() throws Exception {
    List<JsonNode> found = hits("--type", "hashtag");
    assertEquals(2, found.size());
    for (JsonNode h : found) {
      assertEquals("hashtag", h.get("type").asText());
      assertTrue(h.get("sentence").asText().contains(h.get("text").asText()), h.toString());
      assertEquals(h.get("text").asText(), "#" + h.get("tag").asText());
    }
    List<JsonNode> exact = hits("tag:VéloBrest");
    assertEquals(1, exact.size(), "the kind's keyword field can be queried");
    assertEquals("#VéloBrest", exact.get(0).get("text").asText());
    assertTrue(hits("campagne").stream().anyMatch(h -> h.get("type").asText().equals("hashtag")),
        "a search without --type includes the new kind");
  }

  @Test
  void searchTablesStatsAndFacetsKnowTheKind() throws Exception {
    Run table = run("search", "mobilité", "--type", "hashtag", "--index", index.toString());
    assertTrue(table.out().contains("hashtag #mobilité"), table.out());
    Run articles = run("search", "--type", "article", "--index", index.toString());
    assertTrue(articles.out().contains(" 0 quotes, 2 hashtags"), articles.out());
    Run stats = run("stats", "--index", index.toString());
    assertTrue(stats.out().contains("  quotes   0\n  hashtags 2\n"), stats.out());
    List<JsonNode> facets = hits("--type", "hashtag", "--facets");
    JsonNode counts = facets.get(facets.size() - 1).get("facets");
    List<String> dims = new ArrayList<>();
    counts.fieldNames().forEachRemaining(dims::add);
    assertEquals(List.of("type", "topic", "entity", "speaker", "tag", "unit", "month"), dims);
    assertEquals(2, counts.get("tag").size());
    assertEquals(1, counts.get("tag").get("vélobrest").asInt());
    assertEquals(1, counts.get("tag").get("mobilité").asInt());
    assertEquals(2, counts.get("type").get("hashtag").asInt());
  }
}
