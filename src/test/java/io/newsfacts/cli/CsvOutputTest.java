package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.search.SearchCorpus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format csv} of extract and search, and {@code export}: one header, one row per fact or hit. */
class CsvOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  static List<CSVRecord> rows(String csv) throws IOException {
    try (CSVParser p = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  static List<String> header(String csv) throws IOException {
    try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get())) {
      return p.getHeaderNames();
    }
  }

  @Test
  void extractWritesOneRowPerFactWithTheArticleRepeated() throws IOException {
    Path a = tmp.resolve("a.txt");
    Files.writeString(a, "Le 3 mars 2024, la préfecture a reçu 12 000 demandes, soit 40 % de plus qu'en 2023.\n");
    Path b = tmp.resolve("b, bis.txt");
    Files.writeString(b, "Rien à signaler ici, vraiment rien.\n");
    Cli json = Cli.fast("extract", a.toString(), b.toString(), "--format", "jsonl", "--quiet");
    Cli csv = Cli.fast("extract", a.toString(), b.toString(), "--format", "csv", "--quiet");
    assertEquals(0, csv.exitCode(), csv.err());
    List<String> header = header(csv.out());
    assertEquals(List.of("articleId", "source", "title", "author", "publisher", "published", "language", "type",
        "text", "factType"), header.subList(0, 10));
    assertTrue(header.containsAll(List.of("value", "low", "high", "unit", "speaker", "canonical")), header.toString());
    List<CSVRecord> rows = rows(csv.out());
    List<String> expected = new ArrayList<>();
    String[] lines = json.out().split("\n");
    for (String line : lines) {
      JsonNode article = JSON.readTree(line);
      int facts = 0;
      for (String plural : List.of("entities", "numbers", "dates", "quotes")) {
        for (JsonNode f : article.get(plural)) {
          facts++;
          expected.add(article.get("id").asText() + " " + plural + " " + f.get("text").asText() + " "
              + (f.has("type") ? f.get("type").asText() : "") + " " + f.get("start").asInt());
        }
      }
      if (facts == 0) {
        expected.add(article.get("id").asText() + " none");
      }
    }
    List<String> got = new ArrayList<>();
    for (CSVRecord r : rows) {
      assertEquals(a.toString().equals(r.get("source")) ? JSON.readTree(lines[0]).get("id").asText()
          : JSON.readTree(lines[1]).get("id").asText(), r.get("articleId"), "article columns on every row");
      got.add(r.get("type").isEmpty() ? r.get("articleId") + " none"
          : r.get("articleId") + " " + plural(r.get("type")) + " " + r.get("text") + " " + r.get("factType") + " "
              + r.get("start"));
    }
    assertEquals(expected, got);
    CSVRecord number = rows.stream().filter(r -> r.get("type").equals("number") && r.get("value").equals("12000"))
        .findFirst().orElseThrow(() -> new AssertionError(csv.out()));
    assertEquals("12000", number.get("low"), "whole numbers without .0, as in JSON");
    assertTrue(csv.out().contains(",\"" + b + "\","), "a value with a comma is quoted whole");
  }

  private static String plural(String type) {
    return switch (type) {
      case "entity" -> "entities";
      default -> type + "s";
    };
  }

  @Test
  void searchWritesOneRowPerHitWithTheFactsOwnType() throws IOException {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    Cli csv = Cli.fast("search", "--index", index.toString(), "--type", "entity", "--format", "csv");
    Cli json = Cli.fast("search", "--index", index.toString(), "--type", "entity", "--format", "jsonl");
    assertEquals(0, csv.exitCode(), csv.err());
    List<String> header = header(csv.out());
    assertEquals(List.of("type", "score", "articleId", "source", "title", "published", "text", "sentence",
        "factType"), header.subList(0, 9));
    List<CSVRecord> rows = rows(csv.out());
    String[] hits = json.out().split("\n");
    assertEquals(hits.length, rows.size());
    for (int i = 0; i < hits.length; i++) {
      JsonNode hit = JSON.readTree(hits[i]);
      assertEquals("entity", rows.get(i).get("type"));
      assertEquals(hit.get("factType").asText(), rows.get(i).get("factType"));
      assertEquals(hit.get("canonical").asText(), rows.get(i).get("canonical"));
      assertEquals(hit.get("sentence").asText(), rows.get(i).get("sentence"));
    }
    assertTrue(rows.stream().anyMatch(r -> r.get("factType").equals("PERSON")), csv.out());
  }

  @Test
  void hitsKeepTheFactsOwnTypeBesideTheHitType() throws IOException {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    for (String type : List.of("entity", "date")) {
      Cli json = Cli.fast("search", "--index", index.toString(), "--type", type, "--format", "jsonl");
      assertTrue(json.out().lines().count() > 0, type);
      for (String line : json.out().split("\n")) {
        JsonNode hit = JSON.readTree(line);
        assertEquals(type, hit.get("type").asText(), "the contract's type stays the hit type");
        assertTrue(hit.get("factType").asText().matches("PERSON|ORGANIZATION|LOCATION|MISC|DATE|TIME|DURATION|SET"),
            line);
      }
    }
  }

  @Test
  void exportStreamsEveryFactOfTheIndex() throws IOException {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    long facts = SearchCorpus.articles().stream().mapToLong(f -> f.count()).sum();
    Cli all = Cli.fast("export", "--index", index.toString());
    assertEquals(0, all.exitCode(), all.err());
    assertEquals(facts, all.out().lines().count());
    Cli csv = Cli.fast("export", "--index", index.toString(), "--format", "csv");
    assertEquals(facts, rows(csv.out()).size());
    long entities = SearchCorpus.articles().stream().mapToLong(f -> f.facts(io.newsfacts.model.Entity.class).size()).sum();
    Cli some = Cli.fast("export", "--index", index.toString(), "--type", "entity", "--format", "csv");
    assertEquals(entities, rows(some.out()).size());
    assertTrue(rows(some.out()).stream().allMatch(r -> r.get("type").equals("entity")));
    Cli two = Cli.fast("export", "--index", index.toString(), "--type", "entity,quote");
    assertTrue(two.out().lines().allMatch(l -> l.startsWith("{\"type\":\"entity\"") || l.startsWith("{\"type\":\"quote\"")));
    Cli bad = Cli.fast("export", "--index", index.toString(), "--type", "entitty");
    assertEquals(2, bad.exitCode());
    assertEquals("newsfacts: unknown type 'entitty' (types: entity, number, date, quote)\n", bad.err());
  }
}
