package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command's --help ends with examples and the exit codes; the completion script knows every command. */
class HelpTest {
  @Test
  void eachHelpEndsWithExamplesAndTheExitCodes() {
    for (List<String> args : List.of(List.of("--help"), List.of("extract", "--help"), List.of("index", "--help"),
        List.of("search", "--help"), List.of("stats", "--help"), List.of("export", "--help"))) {
      Cli r = Cli.fast(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), args + r.err());
      String help = r.out();
      int examples = help.indexOf("\nExamples:\n");
      int codes = help.indexOf("\nExit codes:\n");
      assertTrue(examples > 0 && codes > examples, args + "\n" + help);
      String command = args.size() > 1 ? args.get(0) : "";
      assertTrue(help.substring(examples).contains("newsfacts " + command), args + "\n" + help);
      assertTrue(help.strip().endsWith("2  usage error: bad flag or value, bad query, no input, no index"),
          help);
      for (String line : help.split("\n")) {
        assertTrue(line.length() <= 80, "help lines stay readable: " + line);
      }
    }
  }

  @Test
  void theCompletionScriptKnowsEveryCommandAndOption() {
    Cli r = Cli.fast("generate-completion");
    assertEquals(0, r.exitCode(), r.err());
    String script = r.out();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 40));
    for (String word : List.of("extract", "index", "search", "stats", "export", "--topic", "--format", "--from",
        "--speaker", "immigration", "csv", "jsonl")) {
      assertTrue(script.contains(word), word);
    }
    assertFalse(Cli.fast("--help").out().contains("generate-completion  "), "a hidden command, named in the examples");
  }
}
