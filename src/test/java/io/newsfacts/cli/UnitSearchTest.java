package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsfacts index} then {@code search --unit}: the unit is the counted noun phrase, and the
 * phrase or its head finds the figure.
 */
class UnitSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = """
      Asile : un record en 2023

      Un peu plus de 100.000 demandes d'asile ont été déposées en France l'an dernier, selon l'Ofpra.
      Les préfectures ont délivré 3 000 visas étudiants.
      """;

  @Test
  void thePhraseAndItsHeadBothFindTheFigure(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("asile.txt");
    Files.writeString(file, ARTICLE);
    Path index = dir.resolve("index");
    Cli indexed = Cli.run("index", "--index", index.toString(), file.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());

    for (String unit : List.of("demandes d'asile", "demandes", "demande")) {
      Cli r = Cli.run("search", "--index", index.toString(), "--unit", unit, "--format", "jsonl");
      assertEquals(0, r.exitCode(), r.err());
      List<String> hits = r.out().lines().toList();
      assertEquals(1, hits.size(), unit + ": " + r.out());
      JsonNode hit = JSON.readTree(hits.get(0));
      assertTrue(hit.get("text").asText().startsWith("Un peu plus de 100.000 demandes d'asile"), hit.toString());
      assertEquals(100000, hit.get("low").asInt());
      assertEquals("atLeast", hit.get("qualifier").asText());
    }
    Cli other = Cli.run("search", "--index", index.toString(), "--unit", "demandes de visa", "--format", "jsonl");
    assertEquals("", other.out(), "a phrase counts only what it names");
  }

  @Test
  void extractGivesThePhraseAndItsHead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("asile.txt");
    Files.writeString(file, ARTICLE);
    Cli r = Cli.run("extract", file.toString(), "--format", "jsonl", "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode numbers = JSON.readTree(r.out().lines().findFirst().orElseThrow()).get("numbers");
    JsonNode first = numbers.get(0);
    assertEquals("demandes d'asile", first.get("unit").asText(), numbers.toString());
    assertEquals("demandes", first.get("unitHead").asText());
    assertEquals(100000, first.get("value").asInt());
  }
}
