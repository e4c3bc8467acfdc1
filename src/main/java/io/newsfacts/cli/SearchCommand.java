package io.newsfacts.cli;

import io.newsfacts.json.FactsJson;
import io.newsfacts.model.Hit;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts search}: facts matching a query and filters, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search indexed facts. QUERY is French free text (Lucene syntax accepted).")
final class SearchCommand implements Callable<Integer> {
  enum Type { entity, number, quote, date, article }

  enum Format { table, jsonl }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Free text; several words are all required.")
  List<String> query;

  @Mixin IndexOptions where;

  @Option(names = "--type", paramLabel = "TYPE", description = "entity, number, quote, date or article.")
  Type type;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Quotes whose speaker (name, alias or role) matches.")
  String speaker;

  @Option(names = "--entity", paramLabel = "NAME", description = "Facts whose sentence mentions this entity.")
  String entity;

  @Option(names = "--min", paramLabel = "N", description = "Numbers whose value (or range) is at least N.")
  Double min;

  @Option(names = "--max", paramLabel = "N", description = "Numbers whose value (or range) is at most N.")
  Double max;

  @Option(names = "--unit", paramLabel = "WORD", description = "Numbers counting this noun.")
  String unit;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Facts dated on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Facts dated on or before this day.")
  LocalDate to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request;
    try {
      request = new SearchRequest(query == null || query.isEmpty() ? null : String.join(" ", query),
          type == null ? null : type.name(), speaker, entity, min, max, unit, from, to, limit);
    } catch (IllegalArgumentException e) {
      err.println("newsfacts: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (FactSearcher searcher = new FactSearcher(where.dir())) {
      List<Hit> hits = searcher.search(request);
      int rank = 0;
      for (Hit h : hits) {
        if (format == Format.jsonl) {
          out.println(FactsJson.hit(h));
        } else {
          Tables.hit(out, ++rank, h);
        }
      }
      if (format == Format.table && hits.isEmpty()) {
        out.println("no hits");
      }
      out.flush();
      return ExitCodes.OK;
    } catch (BadQueryException e) {
      err.println("newsfacts: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("newsfacts: " + where.dir() + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
