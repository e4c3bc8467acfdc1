package io.newsfacts.cli;

import io.newsfacts.csv.HitsCsv;
import io.newsfacts.index.IndexProblems;
import io.newsfacts.json.FactsJson;
import io.newsfacts.search.FactExport;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts export}: every fact of an index, streamed as JSON lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write every fact of the index, in index order (an article's facts together), as search "
        + "hits: JSON lines or CSV rows. No query, no limit."},
    footer = {"%nExamples:",
        "  newsfacts export > facts.jsonl",
        "  newsfacts export --format csv --type quote > quotes.csv",
        "  newsfacts export --type entity,number --index idx",
        ExitCodes.HELP})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Mixin IndexOptions where;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      completionCandidates = ExportCommand.FactTypes.class,
      description = "Only facts of these kinds: ${COMPLETION-CANDIDATES} (repeat or separate with commas; default: all).")
  List<String> types = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.jsonl;

  /** The fact kinds' names, for help and completion. */
  static final class FactTypes implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return io.newsfacts.FactKinds.STANDARD.names().iterator();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (FactSearcher searcher = new FactSearcher(where.dir(), parent.kinds())) {
      HitsCsv csv = format == Format.csv ? new HitsCsv(out, parent.kinds()) : null;
      FactExport.each(searcher, types, (hit, label) -> {
        if (csv != null) {
          csv.write(hit, FactsJson.fields(hit), label);
        } else {
          out.println(FactsJson.hit(hit));
        }
      });
      if (csv != null) {
        csv.flush();
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      Failures.line(err, null, e.getMessage());
      return ExitCodes.USAGE;
    } catch (IndexProblems.NoIndex e) {
      Failures.line(err, where.dir().toString(), e.getMessage());
      return e.beingBuilt() ? ExitCodes.FAILED : ExitCodes.USAGE;
    } catch (IOException e) {
      Failures.line(err, where.dir().toString(), e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
