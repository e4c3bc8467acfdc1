package io.newsfacts.cli;

import io.newsfacts.index.IndexProblems;
import io.newsfacts.lexicon.Topics;
import io.newsfacts.model.Labels;
import io.newsfacts.model.Topic;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.search.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Articles, facts by kind, input files and size of the index.",
    footer = {"%nExamples:",
        "  newsfacts stats",
        "  newsfacts stats --index /data/newsfacts-index",
        ExitCodes.HELP})
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main parent;
  @Mixin IndexOptions where;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (FactSearcher searcher = new FactSearcher(where.dir(), parent.kinds())) {
      IndexStats s = IndexStats.of(searcher, where.dir());
      out.printf("index      %s%n", Visible.of(where.dir().toString()));
      out.printf("articles   %s%n", Labels.grouped(s.articles()));
      out.printf("facts      %s%n", Labels.grouped(s.totalFacts()));
      for (Map.Entry<String, Long> e : s.facts().entrySet()) {
        out.printf("  %-8s %s%n", e.getKey(), Labels.grouped(e.getValue()));
      }
      out.printf("topics     (articles about each, models/topics/)%n");
      for (Topic t : Topics.all()) {
        out.printf("  %-12s %s%n", t.name(), Labels.grouped(searcher.articlesAbout(t)));
      }
      out.printf("files      %s%n", Labels.grouped(s.files()));
      out.printf("size       %s bytes (%.1f MB%s)%n", Labels.grouped(s.bytes()), s.bytes() / 1048576.0,
          s.articles() == 0 ? "" : String.format(", %.1f KB per article", s.bytes() / 1024.0 / s.articles()));
      out.flush();
      return ExitCodes.OK;
    } catch (IndexProblems.NoIndex e) {
      Failures.line(spec.commandLine().getErr(), where.dir().toString(), e.getMessage());
      return e.beingBuilt() ? ExitCodes.FAILED : ExitCodes.USAGE;
    } catch (IOException e) {
      Failures.line(spec.commandLine().getErr(), where.dir().toString(), e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
