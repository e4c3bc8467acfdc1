package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsfacts.json.ArticleLine;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.testing.HandText;
import io.newsfacts.testing.Models;
import io.newsfacts.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Words per second of {@link DateExtractor} alone on the benchmark news (../shared/bench), the
 * text already annotated: must be at least ten times HeidelTime's ~2,400 words/s. A benchmark,
 * not a unit test: runs only with {@code NEWSFACTS_BENCH} set (see bench/dates-throughput.sh).
 */
class DateExtractorThroughputTest {
  private static final double HEIDELTIME_WORDS_PER_SECOND = 2_400;
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 6, 12);

  @Test
  void dateExtractionIsTenTimesFasterThanHeidelTime() throws IOException {
    assumeTrue(System.getenv("NEWSFACTS_BENCH") != null, "set NEWSFACTS_BENCH to run the benchmark");
    Path jsonl = SharedData.require("bench/fresada_regular_news_5000.jsonl");
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          texts.add(ArticleLine.parse(line).text());
        }
      }
    }
    DateExtractor extractor = new DateExtractor();
    int tagged = Integer.parseInt(System.getenv().getOrDefault("NEWSFACTS_BENCH_TAGGED", "300"));

    // 1. CoreNLP-annotated text (tokens with part-of-speech tags, as in the pipeline)
    List<AnnotatedText> withTags = new ArrayList<>();
    for (String t : texts.subList(0, Math.min(tagged, texts.size()))) {
      withTags.add(Models.annotator().annotate(t));
    }
    double taggedRate = rate(extractor, withTags, 3);
    // 2. all 5,000 articles, tokens without tags (the tense falls back on word endings)
    List<AnnotatedText> plain = texts.stream().map(HandText::of).toList();
    double plainRate = rate(extractor, plain, 1);

    System.out.printf(Locale.ROOT, "DateExtractor on %d CoreNLP-annotated articles: %,.0f words/s (%.0fx HeidelTime)%n",
        withTags.size(), taggedRate, taggedRate / HEIDELTIME_WORDS_PER_SECOND);
    System.out.printf(Locale.ROOT, "DateExtractor on %d untagged articles: %,.0f words/s (%.0fx HeidelTime)%n",
        plain.size(), plainRate, plainRate / HEIDELTIME_WORDS_PER_SECOND);
    assertTrue(taggedRate >= 10 * HEIDELTIME_WORDS_PER_SECOND, "too slow: " + taggedRate + " words/s");
  }

  /** Words per second over {@code rounds} passes, after one warm-up pass. */
  private static double rate(DateExtractor extractor, List<AnnotatedText> docs, int rounds) {
    long words = 0;
    for (AnnotatedText d : docs) {
      words += d.text().split("\\s+").length;
    }
    int sink = 0;
    for (AnnotatedText d : docs) {
      sink += extractor.extract(d, PUBLISHED).size();
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (AnnotatedText d : docs) {
        sink += extractor.extract(d, PUBLISHED).size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(sink > 0, "no date found at all");
    return words * rounds / seconds;
  }
}
