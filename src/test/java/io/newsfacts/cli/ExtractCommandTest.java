package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = """
      Publié par Anne Girard - Le Matin du Sud le 3 mars 2021

      Le conseil municipal de Marseille a voté jeudi un budget de 1,5 milliard d'euros. \
      «Nous avons fait le choix de l'école et du logement avant tout le reste», a déclaré le maire, Benoît Payan.

      Plus de 200 000 habitants sont concernés par le plan de rénovation des écoles.
      """;

  @Test
  void jsonlFollowsTheContractAndOffsetsIndexTheText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("marseille.txt");
    Files.writeString(file, ARTICLE);
    Cli r = Cli.run("extract", file.toString(), "--format", "jsonl", "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode a = JSON.readTree(lines.get(0));
    for (String field : List.of("id", "source", "title", "author", "publisher", "published", "language",
        "text", "entities", "numbers", "dates", "quotes")) {
      assertTrue(a.has(field), "missing field " + field);
    }
    assertEquals("2021-03-03", a.get("published").asText());
    assertEquals("Anne Girard", a.get("author").asText());
    assertEquals("fr", a.get("language").asText());
    String text = a.get("text").asText();
    for (String kind : List.of("entities", "numbers", "dates", "quotes")) {
      for (JsonNode fact : a.get(kind)) {
        assertEquals(fact.get("text").asText(),
            text.substring(fact.get("start").asInt(), fact.get("end").asInt()), kind + " offsets");
      }
    }
    assertTrue(a.get("numbers").toString().contains("200000"), a.get("numbers").toString());
    JsonNode quote = a.get("quotes").get(0);
    assertTrue(quote.get("text").asText().startsWith("Nous avons fait le choix"));
    assertEquals("direct", quote.get("kind").asText());
  }

  @Test
  void badInputsAreNamedAndTheOthersStillProcessed(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("a-good.txt");
    Files.writeString(good, ARTICLE);
    Path empty = Files.createFile(dir.resolve("b-empty.txt"));
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    Path binary = Files.write(dir.resolve("c-noise.bin"), noise);
    Path missing = dir.resolve("d-missing.txt");
    Cli r = Cli.run("extract", dir.toString(), missing.toString(), "--format", "jsonl", "--quiet");
    assertEquals(1, r.exitCode());
    assertEquals(1, r.out().lines().count(), "the good article is still written");
    List<String> errors = r.err().lines().toList();
    assertEquals(3, errors.size(), r.err());
    assertTrue(errors.get(0).startsWith("newsfacts: " + empty + ": "), errors.get(0));
    assertTrue(errors.get(1).startsWith("newsfacts: " + binary + ": "), errors.get(1));
    assertEquals("newsfacts: " + missing + ": no such file or directory", errors.get(2));
  }

  @Test
  void standardInputIsAnArticle() throws Exception {
    var saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
      Cli r = Cli.run("extract", "-", "--format", "jsonl", "--quiet");
      assertEquals(0, r.exitCode(), r.err());
      assertEquals("-", JSON.readTree(r.out().lines().findFirst().orElseThrow()).get("source").asText());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, Cli.run("extract").exitCode(), "no input at all");
    assertEquals(2, Cli.run("extract", "x.txt", "--format", "xml").exitCode(), "bad format");
    assertEquals(2, Cli.run("extract", "x.txt", "--published", "16/11/2016").exitCode(), "bad date");
    assertEquals(2, Cli.run("frobnicate").exitCode(), "unknown command");
    Cli help = Cli.run("extract", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--format"));
  }

  @Test
  void publishedFlagAnchorsArticlesWithoutADate(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("undated.txt");
    Files.writeString(file, "Le 9 novembre, le site du ministère a reçu plus de 14 000 visites en une journée.");
    Cli r = Cli.run("extract", file.toString(), "--format", "jsonl", "--published", "2016-11-16", "--quiet");
    JsonNode a = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertEquals("2016-11-16", a.get("published").asText());
    assertEquals("2016-11-09", a.get("dates").get(0).get("value").asText());
  }
}
