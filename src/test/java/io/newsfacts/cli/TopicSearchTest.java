package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.FactKinds;
import io.newsfacts.lexicon.Topics;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --topic, the topic facet and stats over a term list of models/topics/. */
class TopicSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;
  Path index;

  @BeforeEach
  void corpus() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    // about immigration: plural and accented forms of three terms of the list
    Files.writeString(dir.resolve("asile.txt"), "La préfecture a délivré 1 200 titres de séjour en 2024. "
        + "Les demandeurs d'asile attendent toujours, et les réfugiés aussi.\n");
    // one term only, twice: a word said in passing does not make the topic
    Files.writeString(dir.resolve("cyclisme.txt"), "Le peloton a passé la frontière à 14 heures. "
        + "Après la frontière, 40 coureurs ont abandonné.\n");
    Files.writeString(dir.resolve("budget.txt"), "Le conseil municipal a voté un budget de 3 millions d'euros.\n");
    index = tmp.resolve("index");
    Cli r = Cli.fast("index", dir.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
  }

  private Set<String> sources(Cli r) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String line : r.out().split("\n")) {
      JsonNode hit = JSON.readTree(line);
      if (!hit.get("type").asText().equals("facets")) {
        out.add(Path.of(hit.get("source").asText()).getFileName().toString());
      }
    }
    return out;
  }

  @Test
  void aTopicKeepsTheArticlesHoldingTwoTermsOfItsList() throws IOException {
    Cli articles = Cli.fast("search", "--type", "article", "--topic", "immigration", "--index", index.toString(),
        "--format", "jsonl");
    assertEquals(0, articles.exitCode(), articles.err());
    assertEquals(Set.of("asile.txt"), sources(articles));
    Cli facts = Cli.fast("search", "--topic", "Immigration", "--index", index.toString(), "--format", "jsonl");
    assertEquals(Set.of("asile.txt"), sources(facts), "facts go with their article");
    Cli all = Cli.fast("search", "--index", index.toString(), "--format", "jsonl", "--limit", "100");
    assertEquals(Set.of("asile.txt", "budget.txt", "cyclisme.txt"), sources(all));
  }

  @Test
  void theListIsWhatDecides() throws Exception {
    Topic sport = new Topic("sport", List.of("peloton", "coureur", "maillot jaune"), Topics.MIN_TERMS);
    try (FactSearcher searcher = new FactSearcher(index, FactKinds.STANDARD)) {
      List<Hit> hits = searcher.search(new SearchRequest(null, "article", null, null, null, null, null, null, null, 10,
          sport));
      assertEquals(1, hits.size());
      assertTrue(hits.get(0).source().endsWith("cyclisme.txt"), "'coureurs' is 'coureur' once stemmed");
      assertEquals(1, searcher.articlesAbout(sport));
      Topic oneWord = new Topic("frontieres", List.of("frontières"), 1);
      assertEquals(1, searcher.articlesAbout(oneWord), "a list of one word with minTerms 1");
    }
  }

  @Test
  void facetsAndStatsCountTheTopics() throws IOException {
    Cli facets = Cli.fast("search", "--index", index.toString(), "--facets", "--format", "jsonl", "--limit", "1");
    String last = facets.out().lines().reduce((a, b) -> b).orElseThrow();
    JsonNode topic = JSON.readTree(last).get("facets").get("topic");
    Cli inTopic = Cli.fast("search", "--index", index.toString(), "--topic", "immigration", "--format", "jsonl",
        "--limit", "1000");
    assertEquals(inTopic.out().lines().count(), topic.get("immigration").asLong(), last);
    List<String> dims = new java.util.ArrayList<>();
    JSON.readTree(last).get("facets").fieldNames().forEachRemaining(dims::add);
    assertEquals("topic", dims.get(1), "the topic facet comes after the type");
    Cli stats = Cli.fast("stats", "--index", index.toString());
    assertTrue(stats.out().contains("  immigration  1\n"), stats.out());
  }

  @Test
  void anUnknownTopicNamesTheTopicsThereAre() {
    Cli r = Cli.fast("search", "--topic", "immigraton", "--index", index.toString());
    assertEquals(2, r.exitCode());
    assertEquals("newsfacts: unknown topic 'immigraton' (topics: immigration; term lists in models/topics/)\n", r.err());
  }
}
