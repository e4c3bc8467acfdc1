package io.newsfacts.cli;

import io.newsfacts.index.IndexProblems;
import io.newsfacts.lexicon.Topics;
import io.newsfacts.model.Labels;
import io.newsfacts.model.Topic;
import io.newsfacts.search.FactIndex;
import io.newsfacts.solr.SolrCollection;
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
        "  newsfacts stats --solr http://localhost:8983/solr",
        ExitCodes.HELP})
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main parent;
  @Mixin IndexOptions where;
  @Mixin SolrOptions engine;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String misuse = engine.misuse(where);
    if (misuse != null) {
      Failures.line(spec.commandLine().getErr(), null, misuse);
      return ExitCodes.USAGE;
    }
    String place = engine.where(where);
    try (FactIndex searcher = engine.open(where, parent.kinds())) {
      IndexStats s = searcher.stats();
      out.printf("index      %s%n", Visible.of(searcher.where()));
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
      if (s.bytes() < 0) {
        out.printf("size       not asked of Solr (see its admin UI)%n");
      } else {
        out.printf("size       %s bytes (%.1f MB%s)%n", Labels.grouped(s.bytes()), s.bytes() / 1048576.0,
            s.articles() == 0 ? "" : String.format(", %.1f KB per article", s.bytes() / 1024.0 / s.articles()));
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IndexProblems.NoIndex e) {
      Failures.line(spec.commandLine().getErr(), place, e.getMessage());
      return e.beingBuilt() ? ExitCodes.FAILED : ExitCodes.USAGE;
    } catch (SolrCollection.Missing | IllegalArgumentException e) {
      Failures.line(spec.commandLine().getErr(), null, e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      Failures.line(spec.commandLine().getErr(), engine.solr() ? null : place, e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
