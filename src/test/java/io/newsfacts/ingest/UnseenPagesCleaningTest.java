package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.model.Article;
import io.newsfacts.testing.Report;
import io.newsfacts.testing.SharedData;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Main text of generated news pages ({@link NewsPages}): real articles of the shared benchmark text
 * in ten site families, checked as the extraction benchmarks check (snippets to keep, snippets
 * that must not appear). Prints the figures for the tuned and the held-out families, beside
 * readability4j alone on the same pages; {@code -Dpages.verbose=true} lists the misses of the
 * tuned families (never of the held-out ones) and {@code -Dpages.dump=DIR} writes the pages out.
 */
class UnseenPagesCleaningTest {
  private static final int PER_FAMILY = 8;
  @TempDir Path dir;

  @Test
  void generatedPagesKeepTheArticleAndDropTheFurniture() throws IOException {
    Path bench = SharedData.require("bench/fresada_regular_news_5000.jsonl");
    List<NewsPages.Story> stories = stories(bench);
    List<NewsPages.Story> articles = stories.subList(0, 100);
    List<NewsPages.Story> teasers = stories.subList(100, stories.size());
    NewsPages gen = new NewsPages(16, teasers);
    List<NewsPages.Page> pages = new ArrayList<>();
    List<String> families = new ArrayList<>(NewsPages.TUNE);
    families.addAll(NewsPages.HELD_OUT);
    int next = 0;
    for (String family : families) {
      for (int i = 0; i < PER_FAMILY; i++) {
        pages.add(gen.page(family, articles.get(next++ % articles.size())));
      }
    }
    String dump = System.getProperty("pages.dump");
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Path out = (dump == null ? dir : Files.createDirectories(Path.of(dump)))
          .resolve(String.format("%03d-%s.html", i, pages.get(i).family()));
      Files.writeString(out, pages.get(i).html());
      paths.add(out.toString());
    }
    Recorder r = new Recorder();
    long t0 = System.nanoTime();
    new ArticleReader(new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(60)).read(paths, r);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(List.of(), r.failures);
    boolean verbose = Boolean.getBoolean("pages.verbose");
    Map<String, int[]> ours = new LinkedHashMap<>();
    Map<String, int[]> alone = new LinkedHashMap<>();
    int paragraphs = 0;
    int kept = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      NewsPages.Page page = pages.get(i);
      Article a = r.articles.get(i);
      String set = NewsPages.HELD_OUT.contains(page.family()) ? "held-out" : "tuned";
      List<String> wrong = check(a.text(), page);
      add(ours, set, wrong.size(), page);
      add(alone, set, check(readabilityAlone(page.html()), page).size(), page);
      String text = SnippetChecks.norm(a.text());
      NewsPages.Story story = articles.get(i % articles.size());
      for (String p : story.paragraphs()) {
        if (!NewsPages.isProse(p)) {
          continue;
        }
        paragraphs++;
        if (text.contains(SnippetChecks.norm(p))) {
          kept++;
        } else if (verbose && set.equals("tuned")) {
          misses.add(String.format("%03d-%s paragraph lost: %s", i, page.family(), p));
        }
      }
      if (verbose && set.equals("tuned")) {
        int n = i;
        wrong.forEach(w -> misses.add(String.format("%03d-%s %s", n, page.family(), w)));
      }
    }
    Report.printf("generated pages (%d, %d ms, %.1f ms a page):%n", pages.size(), ms, (double) ms / pages.size());
    for (String set : ours.keySet()) {
      int[] o = ours.get(set);
      int[] b = alone.get(set);
      Report.printf("  %s families: newsfacts %d/%d (%.1f %%), readability4j alone %d/%d (%.1f %%)%n",
          set, o[0], o[1], 100.0 * o[0] / o[1], b[0], b[1], 100.0 * b[0] / b[1]);
    }
    Report.printf("  article paragraphs of prose kept whole: %d/%d%n", kept, paragraphs);
    misses.forEach(m -> Report.printf("  %s%n", m));
    for (int[] o : ours.values()) {
      assertTrue(o[0] >= 0.98 * o[1], o[0] + "/" + o[1]);
    }
    assertTrue(kept >= 0.995 * paragraphs, kept + "/" + paragraphs + " paragraphs kept");
  }

  private static void add(Map<String, int[]> counts, String set, int wrong, NewsPages.Page page) {
    int[] c = counts.computeIfAbsent(set, k -> new int[2]);
    int n = page.keep().size() + page.drop().size();
    c[0] += n - wrong;
    c[1] += n;
  }

  private static List<String> check(String text, NewsPages.Page page) {
    String t = SnippetChecks.norm(text);
    List<String> wrong = new ArrayList<>();
    for (String k : page.keep()) {
      if (!t.contains(SnippetChecks.norm(k))) {
        wrong.add("lost " + k);
      }
    }
    for (String d : page.drop()) {
      if (t.contains(SnippetChecks.norm(d))) {
        wrong.add("kept " + d);
      }
    }
    return wrong;
  }

  static String readabilityAlone(String html) {
    var content = new Readability4J("", html).parse().getArticleContent();
    return content == null ? "" : HtmlMainText.blocks(content);
  }

  /** Benchmark articles of four to thirty paragraphs, one in every seventeen, in file order. */
  static List<NewsPages.Story> stories(Path bench) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<NewsPages.Story> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(bench, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = in.readLine()) != null; ) {
        if (n++ % 17 != 0) {
          continue;
        }
        JsonNode a = json.readTree(line);
        List<String> paragraphs = Arrays.stream(a.get("text").asText().split("\n"))
            .map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (paragraphs.size() >= 4 && paragraphs.size() <= 30 && NewsPages.isProse(paragraphs.get(0))
            && paragraphs.stream().filter(NewsPages::isProse).count() >= 3) {
          out.add(new NewsPages.Story(a.get("title").asText().strip(), paragraphs));
        }
      }
    }
    return out;
  }
}
