package io.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.json.FactsJson;
import io.newsfacts.model.Article;
import io.newsfacts.testing.Models;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole-article golden files: {@code src/test/resources/golden/<case>.txt} beside
 * {@code <case>.facts.json}, the pretty-printed extract output. A change in any extractor shows
 * up here as a diff to review. Regenerate with {@code mvn test -Dtest=GoldenFilesTest
 * -Dgolden.regenerate=true} and review the diff before committing.
 */
class GoldenFilesTest {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

  @TestFactory
  List<DynamicTest> everyCaseMatchesItsFacts() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(inputs.isEmpty(), "no golden cases in " + DIR);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path input : inputs) {
      Path expected = Path.of(input.toString().replaceAll("\\.txt$", ".facts.json"));
      tests.add(DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input, expected)));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> everyFactsFileHasItsCase() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path facts : files.filter(p -> p.toString().endsWith(".facts.json")).sorted().toList()) {
        Path input = Path.of(facts.toString().replaceAll("\\.facts\\.json$", ".txt"));
        tests.add(DynamicTest.dynamicTest(facts.getFileName().toString(),
            () -> assertTrue(Files.exists(input), "unmatched golden file " + facts + ": no " + input)));
      }
    }
    return tests;
  }

  private static void check(Path input, Path expected) throws IOException {
    List<String> failures = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(List.of(input.toString()), failures);
    assertEquals(List.of(), failures);
    Article a = articles.get(0);
    // the source path differs between machines: name the case instead
    a = new Article(a.id(), input.getFileName().toString(), a.title(), a.author(), a.publisher(),
        a.published(), a.language(), a.text());
    String actual = FactsJson.pretty(Models.pipeline().process(a)) + "\n";
    if (REGENERATE || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      assertTrue(REGENERATE, "wrote missing golden file " + expected + ": review and commit it");
      return;
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
        "facts changed for " + input + " (regenerate with -Dgolden.regenerate=true and review the diff)");
  }
}
