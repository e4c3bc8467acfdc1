package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus: about a dozen articles in the formats users have, most on immigration; and
 * the README's quick start and examples, run on it as written (with the real models).
 */
class SampleCorpusTest {
  @TempDir Path tmp;

  @Test
  void aDozenArticlesInEveryFormatMostAboutImmigration() throws IOException {
    Set<String> formats = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      files.filter(Files::isRegularFile).forEach(f -> {
        String n = f.getFileName().toString();
        formats.add(n.substring(n.lastIndexOf('.') + 1));
      });
    }
    assertTrue(formats.containsAll(Set.of("txt", "html", "pdf", "docx", "jsonl")), formats.toString());
    Path index = tmp.resolve("index");
    Cli indexed = Cli.fast("index", "corpus", "--index", index.toString(), "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    assertEquals("", indexed.err(), "every sample reads cleanly");
    int articles = Integer.parseInt(indexed.out().replaceAll("(?s)^indexed (\\d+) articles.*", "$1"));
    assertTrue(articles >= 12, indexed.out());
    Cli about = Cli.fast("search", "--type", "article", "--topic", "immigration", "--index", index.toString(),
        "--format", "jsonl", "--limit", "100");
    long immigration = about.out().lines().count();
    assertTrue(immigration * 2 > articles, immigration + " of " + articles + " about immigration");
  }

  @Test
  void theReadmeExamplesRunOnTheSampleCorpus() throws IOException {
    Path index = tmp.resolve("index");
    List<List<String>> examples = readmeCommands();
    assertTrue(examples.size() >= 10, examples.toString());
    Cli indexed = Cli.run("index", "corpus", "--index", index.toString(), "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    for (List<String> args : examples) {
      List<String> run = new ArrayList<>(args);
      if (run.get(0).equals("index")) {
        continue; // done above, into the test's own index
      }
      if (run.get(0).equals("serve")) {
        continue; // runs until stopped: WebServerTest and BrowserTest serve an index
      }
      if (List.of("search", "stats", "export").contains(run.get(0))) {
        run.addAll(List.of("--index", index.toString()));
      }
      int o = run.indexOf("-o");
      if (o >= 0) {
        run.set(o + 1, tmp.resolve(run.get(o + 1)).toString());
      }
      Cli r = Cli.run(run.toArray(String[]::new));
      assertEquals(0, r.exitCode(), args + ": " + r.err());
      assertFalse(o < 0 && r.out().isBlank(), args + " prints something");
      assertFalse(r.out().startsWith("no hits"), args + " finds something in the sample corpus");
    }
  }

  /** The {@code ./newsfacts} commands of the README's quick start (split at &&), without redirections or pipes. */
  static List<List<String>> readmeCommands() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String start = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## How it works"));
    List<List<String>> out = new ArrayList<>();
    for (String line : start.split("\n")) {
      for (String command : line.split("&&")) {
        command = command.strip();
        if (!command.startsWith("./newsfacts ") || command.contains("<(")) {
          continue;
        }
        command = command.replaceFirst("\\s+#.*$", "").replaceFirst("\\s*>\\s*\\S+$", "");
        List<String> args = words(command.substring("./newsfacts ".length()));
        if (!args.contains("-")) {
          out.add(args);
        }
      }
    }
    return out;
  }

  /** Shell words: spaces separate, single and double quotes group. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : s.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (any || w.length() > 0) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
      }
    }
    if (any || w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
