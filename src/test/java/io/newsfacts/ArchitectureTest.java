package io.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each library stays behind its one package (STYLE.md). */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/newsfacts");

  /** import prefix -> the packages allowed to use it. */
  private static final Map<String, List<String>> OWNERS = Map.of(
      "edu.stanford.", List.of("nlp"),
      "org.apache.tika.", List.of("ingest"),
      "org.jsoup.", List.of("ingest"),
      "net.dankito.", List.of("ingest"),
      "org.apache.lucene.", List.of("index", "search"),
      "picocli.", List.of("cli"),
      "com.fasterxml.jackson.", List.of("json"),
      "com.ibm.icu.", List.of("extract/numbers"));

  @Test
  void librariesAreImportedOnlyByTheirOwnPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f.getParent()).toString().replace('\\', '/');
        for (String line : Files.readAllLines(f)) {
          if (!line.startsWith("import ")) {
            continue;
          }
          for (var owner : OWNERS.entrySet()) {
            if (line.contains(" " + owner.getKey()) && owner.getValue().stream().noneMatch(pkg::startsWith)) {
              violations.add(f + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
