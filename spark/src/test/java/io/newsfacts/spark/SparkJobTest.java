package io.newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in {@code local[2]} against {@code newsfacts extract --format jsonl} on the same inputs:
 * the part files concatenated are the CLI's output byte for byte, the failures are the CLI's lines,
 * and the exit codes agree. Both share this JVM's one pipeline ({@link Workers}).
 */
class SparkJobTest {
  private static final Path ROOT = Path.of(System.getProperty("newsfacts.root", ".."));
  private static final Path BENCH = ROOT.resolve("../shared/bench/fresada_regular_news_5000.jsonl");

  @TempDir Path tmp;

  /** Exit code, stdout and stderr of one command. */
  private record Run(int code, String out, String err) {
    /** The contract's message lines ({@code newsfacts: PATH: reason}), without progress or summary. */
    List<String> messages() {
      return err.lines().filter(l -> l.startsWith("newsfacts: ")).toList();
    }
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err), () -> Workers.get().pipeline())
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** DIR/part-* in name order, concatenated, as the README says to. */
  private static String parts(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        sb.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return sb.toString();
  }

  /** Runs both on {@code inputs}, checks they agree and returns the number of part files written. */
  private long assertSameAsCli(List<String> inputs, String... sparkOptions) throws IOException {
    Path dir = tmp.resolve("facts");
    List<String> cliArgs = new ArrayList<>(List.of("extract", "--format", "jsonl", "-q"));
    cliArgs.addAll(inputs);
    Run expected = cli(cliArgs.toArray(String[]::new));
    List<String> sparkArgs = new ArrayList<>(List.of("--master", "local[2]", "--output", dir.toString()));
    sparkArgs.addAll(List.of(sparkOptions));
    sparkArgs.addAll(inputs);
    Run actual = spark(sparkArgs.toArray(String[]::new));

    assertTrue(expected.out().lines().count() >= 10, "the CLI found too few articles:\n" + expected.err());
    assertEquals(expected.messages(), actual.messages());
    assertEquals(expected.out(), parts(dir));
    assertEquals(expected.code(), actual.code(), actual.err());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
    }
  }

  @Test
  void aFolderOfArticleFilesGivesTheCliFacts() throws IOException {
    // corpus/ holds .txt, .html, .pdf, .docx and a .jsonl; a missing path fails both the same way
    assertSameAsCli(List.of(ROOT.resolve("corpus").toString(), tmp.resolve("missing.txt").toString()));
  }

  @Test
  void aJsonLinesStreamSplitOverManyTasksGivesTheCliFacts() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(BENCH), "../shared/bench is not there");
    List<String> lines;
    try (Stream<String> all = Files.lines(BENCH, StandardCharsets.UTF_8)) {
      lines = new ArrayList<>(all.limit(20).toList());
    }
    lines.add(3, "");                           // blank: skipped, still counted in the line numbers
    lines.add(7, "{\"title\": \"sans texte\"}"); // #8: no text
    lines.add(12, "pas du JSON");               // #13: not JSON
    Path stream = tmp.resolve("articles.jsonl");
    Files.write(stream, lines, StandardCharsets.UTF_8);
    // about 4 KB a task: the 70 KB of articles are cut into many splits, most lines across a split's end
    long parts = assertSameAsCli(
        List.of(stream.toString(), ROOT.resolve("corpus/2024-03-12-budget-velo-lyon.txt").toString()),
        "--split-kb", "4");
    assertTrue(parts >= 10, parts + " part files");
  }

  @Test
  void whatTheJobCannotDoIsAUsageError() throws IOException {
    Path exists = Files.createDirectory(tmp.resolve("exists"));
    Run stdin = spark("--output", tmp.resolve("a").toString(), "-");
    assertEquals(2, stdin.code());
    assertEquals(List.of("newsfacts: -: the Spark job does not read standard input; save the stream to a .jsonl file"),
        stdin.messages());
    Run again = spark("--output", exists.toString(), ROOT.resolve("corpus").toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("the output folder exists already"), again.err());
    Run solr = spark("--output", tmp.resolve("b").toString(), "--solr", "http://127.0.0.1:8983/solr",
        ROOT.resolve("corpus").toString());
    assertEquals(2, solr.code());
    assertTrue(solr.err().contains("not supported yet"), solr.err());
    assertEquals(2, spark(ROOT.resolve("corpus").toString()).code()); // no --output
    Run master = spark("--master", "nowhere", "--output", tmp.resolve("c").toString(), ROOT.resolve("corpus").toString());
    assertEquals(2, master.code());
    assertEquals(List.of("newsfacts: cannot start Spark: Could not parse Master URL: 'nowhere'"), master.messages());
  }
}
