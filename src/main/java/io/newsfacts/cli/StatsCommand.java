package io.newsfacts.cli;

import io.newsfacts.search.FactSearcher;
import io.newsfacts.search.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsfacts stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Articles and facts in the index, and its size.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions where;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (FactSearcher searcher = new FactSearcher(where.dir())) {
      for (Map.Entry<String, Long> e : IndexStats.of(searcher, where.dir()).entrySet()) {
        out.printf("%-10s %d%n", e.getKey(), e.getValue());
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("newsfacts: " + where.dir() + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
