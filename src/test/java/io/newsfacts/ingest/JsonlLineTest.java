package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ArticleReader#readJsonlLine}, one line at a time (as the Spark job reads a stream split
 * across tasks), gives what reading the whole file gives: articles, failures and warnings.
 */
class JsonlLineTest {
  @TempDir Path tmp;

  @Test
  void lineByLineIsTheWholeFile() throws IOException {
    byte[] bad = "{\"text\": \"Le maire de Lyon a annonc\u00e9 500 v\u00e9los.\"}".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 5] = (byte) 0xE9; // Latin-1 é: invalid UTF-8, read as U+FFFD with a warning
    List<byte[]> lines = new java.util.ArrayList<>();
    for (String l : new String[] {
        "\ufeff{\"text\": \"La mairie de Lyon a vot\u00e9 un budget de 12 millions d'euros.\", \"published\": \"2024-03-12\"}",
        "",
        "{\"title\": \"sans texte\"}",
        "pas du JSON",
        "(the line with a bad byte)",
        "{\"text\": \"Selon le pr\u00e9fet, 300 personnes ont \u00e9t\u00e9 \u00e9vacu\u00e9es.\", \"id\": \"a-7\", \"source\": \"afp\"}\r",
        "{\"text\": \"date\", \"published\": \"12/03/2024\"}"}) {
      lines.add(l.startsWith("(") ? bad : l.getBytes(StandardCharsets.UTF_8));
    }
    Path file = tmp.resolve("d\u00e9p\u00eaches.jsonl");
    try (var out = Files.newOutputStream(file)) {
      for (byte[] l : lines) {
        out.write(l);
        out.write('\n');
      }
    }
    ArticleReader reader = new ArticleReader();
    Recorder whole = new Recorder();
    reader.read(List.of(file.toString()), whole);

    Recorder byLine = new Recorder();
    List<byte[]> split = splitLines(Files.readAllBytes(file));
    for (int i = 0; i < split.size(); i++) {
      reader.readJsonlLine(split.get(i), i + 1, file.toString(), byLine);
    }

    assertEquals(3, whole.articles.size(), whole.failures.toString());
    assertEquals(3, whole.failures.size(), whole.failures.toString());
    assertEquals(whole.articles, byLine.articles);
    assertEquals(whole.failures, byLine.failures);
    assertEquals(whole.warnings, byLine.warnings);
    assertEquals(List.of(file + "#3: no \"text\" string field"), byLine.failures.subList(0, 1));
    assertEquals("a-7", byLine.articles.get(2).id());
    assertEquals(true, byLine.warnings.stream().anyMatch(w -> w.startsWith(file + "#5: invalid UTF-8")),
        byLine.warnings.toString());
  }

  private static List<byte[]> splitLines(byte[] bytes) {
    List<byte[]> out = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        out.add(Arrays.copyOfRange(bytes, from, i));
        from = i + 1;
      }
    }
    return out;
  }
}
