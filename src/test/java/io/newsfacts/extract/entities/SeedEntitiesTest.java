package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.Article;
import io.newsfacts.model.Entity;
import io.newsfacts.testing.Models;
import io.newsfacts.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the seed article against its gold file (../shared/seed). */
class SeedEntitiesTest {
  private static final String SEED = "seed/dreuz-2016-11-16-effet-trump";

  @Test
  void seedHasNoForbiddenEntityAndFindsTheGoldOnes() throws Exception {
    Path text = SharedData.require(SEED + ".txt");
    JsonNode gold = new ObjectMapper().readTree(SharedData.require(SEED + ".gold.json").toFile());
    List<String> failures = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(List.of(text.toString()), failures);
    assertEquals(List.of(), failures);
    List<Entity> entities = Models.pipeline().process(articles.get(0)).entities();

    Set<String> predicted = new HashSet<>();
    for (Entity e : entities) {
      predicted.add(EntityLexicon.fold(e.canonical()));
    }
    for (JsonNode forbidden : gold.get("entities_forbidden")) {
      assertTrue(!predicted.contains(EntityLexicon.fold(forbidden.asText())),
          "forbidden entity " + forbidden.asText());
    }
    int found = 0;
    for (JsonNode g : gold.get("entities")) {
      Set<String> names = new HashSet<>();
      names.add(EntityLexicon.fold(g.get("canonical").asText()));
      g.get("aliases").forEach(a -> names.add(EntityLexicon.fold(a.asText())));
      if (predicted.stream().anyMatch(names::contains)) {
        found++;
      }
    }
    int expected = gold.get("entities").size();
    assertTrue(found >= expected * 0.9, found + " of " + expected + " gold entities found");
    assertTrue(predicted.size() <= expected + 2, "too many entities: " + predicted);
  }
}
