package io.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each library stays behind its one package, and the project's own packages depend on each other
 * only downwards (STYLE.md): imports and fully qualified names in code both count.
 */
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
      "org.apache.commons.csv.", List.of("csv"),
      "com.ibm.icu.", List.of("extract/numbers"),
      "org.apache.solr.", List.of("solr"));

  /** A project class named in code: io.newsfacts, then its package's lower-case segments. */
  private static final Pattern PROJECT_NAME = Pattern.compile("\\bio\\.newsfacts((?:\\.[a-z][a-z0-9]*)*)(?:\\.[A-Z*]|;)");

  @Test
  void librariesAreImportedOnlyByTheirOwnPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path f : sources()) {
      String pkg = packageOf(f);
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
    assertEquals(List.of(), violations);
  }

  @Test
  void modelDependsOnNothingOfTheProject() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("model") && !to.equals("model")));
  }

  @Test
  void noExtractorPackageUsesAnother() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.startsWith("extract/") && to.startsWith("extract/")
        && !to.equals(from)));
  }

  @Test
  void extractorsUseOnlyTheModelTheLexiconAndTheSharedTextView() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.startsWith("extract/") && !to.equals(from)
        && !to.equals("model") && !to.equals("lexicon") && !to.equals("text")));
  }

  @Test
  void theSharedTextViewUsesOnlyTheModelAndTheLexicon() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("text") && !to.equals("text")
        && !to.equals("model") && !to.equals("lexicon")));
  }

  @Test
  void onlyTheCommandsUseTheSolrPackage() throws IOException {
    assertEquals(List.of(), violations((from, to) -> to.equals("solr") && !from.equals("solr") && !from.equals("cli")));
  }

  @Test
  void theSolrPackageWritesAndSearchesThroughTheIndexAndSearchCode() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("solr") && (to.startsWith("extract") || to.equals("ingest")
        || to.equals("nlp") || to.equals("cli") || to.equals("web"))));
  }

  @Test
  void theIndexDoesNotRead() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("index") && to.equals("ingest")));
  }

  @Test
  void commandsDoNotUseExtractors() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("cli") && to.startsWith("extract")));
  }

  @Test
  void theWebApplicationReadsOnlyThroughTheSearchCode() throws IOException {
    assertEquals(List.of(), violations((from, to) -> from.equals("web") && (to.startsWith("extract") || to.equals("ingest")
        || to.equals("nlp") || to.equals("index") || to.equals("cli"))));
  }

  /** A forbidden dependency from one package (path below io/newsfacts, "" for the root) to another. */
  private interface Rule {
    boolean forbids(String from, String to);
  }

  /** "File: package" for each project package a file names that {@code rule} forbids it. */
  private static List<String> violations(Rule rule) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : sources()) {
      String from = packageOf(f);
      for (String to : projectPackagesNamed(f)) {
        if (rule.forbids(from, to)) {
          out.add(f + " uses " + (to.isEmpty() ? "io.newsfacts" : to));
        }
      }
    }
    return out;
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return MAIN.relativize(file.getParent()).toString().replace('\\', '/');
  }

  /** The project packages {@code file} imports or names in its code (comments and its own package line aside). */
  private static Set<String> projectPackagesNamed(Path file) throws IOException {
    String code = Files.readString(file)
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\n]*", " ")
        .replaceFirst("(?m)^package [^;]+;", " ");
    Set<String> out = new TreeSet<>();
    Matcher m = PROJECT_NAME.matcher(code);
    while (m.find()) {
      out.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1).replace('.', '/'));
    }
    return out;
  }
}
