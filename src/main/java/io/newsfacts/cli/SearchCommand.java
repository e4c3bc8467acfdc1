package io.newsfacts.cli;

import io.newsfacts.FactKinds;
import io.newsfacts.model.Hit;
import io.newsfacts.index.IndexProblems;
import io.newsfacts.lexicon.Topics;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import io.newsfacts.search.BadQueryException;
import io.newsfacts.search.FactIndex;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.solr.SolrCollection;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts search}: facts (or articles) matching a query and filters, best or newest first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search indexed facts. QUERY is French free text (Lucene syntax accepted).",
        "Filters combine: every one given must match."},
    footer = {"%nExamples:",
        "  newsfacts search visas --topic immigration",
        "  newsfacts search --speaker Berthier --format jsonl",
        "  newsfacts search --min 1000 --unit \"demandes d'asile\" --from 2024 --to 2025-06",
        "  newsfacts search \"titre de séjour\" --type article --facets",
        "  newsfacts search 'entityType:PERSON' --type entity --format csv > people.csv",
        ExitCodes.HELP})
final class SearchCommand implements Callable<Integer> {
  /** The values of --type for help and completion: the standard fact kinds and article. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>(FactKinds.STANDARD.names());
      names.add(Hit.ARTICLE);
      return names.iterator();
    }
  }

  enum Format { table, jsonl, csv }

  enum Order { relevance, date }

  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Free text; several words are all required.")
  List<String> query;

  @Mixin IndexOptions where;

  @Mixin SolrOptions engine;

  @Option(names = "--type", paramLabel = "TYPE", completionCandidates = TypeNames.class,
      description = "${COMPLETION-CANDIDATES} (article: articles with their fact counts).")
  String type;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Quotes whose speaker (name, alias or role) matches.")
  String speaker;

  @Option(names = "--entity", paramLabel = "NAME", description = "Facts whose sentence mentions this entity (name or alias).")
  String entity;

  @Option(names = "--min", paramLabel = "N", description = "Numbers whose value (or whole range) is at least N.")
  Double min;

  @Option(names = "--max", paramLabel = "N", description = "Numbers whose value (or whole range) is at most N.")
  Double max;

  @Option(names = "--unit", paramLabel = "WORD", description = "Numbers counting this noun.")
  String unit;

  @Option(names = "--from", paramLabel = "DATE", converter = DateSpanConverter.class,
      description = "Facts whose date (else the article's publication date) is on or after this day, or the "
          + "first day of this month or year (YYYY, YYYY-MM or YYYY-MM-DD).")
  DateSpan from;

  @Option(names = "--to", paramLabel = "DATE", converter = DateSpanConverter.class,
      description = "Facts whose date (else the article's publication date) is on or before this day, or the "
          + "last day of this month or year (YYYY, YYYY-MM or YYYY-MM-DD).")
  DateSpan to;

  /** Reads --from and --to. */
  static final class DateSpanConverter implements picocli.CommandLine.ITypeConverter<DateSpan> {
    @Override
    public DateSpan convert(String value) {
      return DateSpan.parse(value);
    }
  }

  @Option(names = "--topic", paramLabel = "NAME", completionCandidates = TopicNames.class,
      description = "Only facts (or articles) of the articles about this topic: ${COMPLETION-CANDIDATES} (term "
          + "lists in models/topics/).")
  String topic;

  /** The topics' names, for help and completion. */
  static final class TopicNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Topics.all().stream().map(Topic::name).iterator();
    }
  }

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date (newest first) (default: ${DEFAULT-VALUE}).")
  Order sort = Order.relevance;

  @Option(names = "--facets",
      description = "Also count the hits by type, entity, speaker, unit and month (jsonl: one last line of type \"facets\").")
  boolean facets;

  @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, jsonl or csv (one row per hit) (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String misuse = engine.misuse(where);
    if (misuse != null) {
      Failures.line(err, null, misuse);
      return ExitCodes.USAGE;
    }
    Topic about = null;
    if (topic != null) {
      about = Topics.named(topic);
      if (about == null) {
        Failures.line(err, null, "unknown topic '" + topic + "' (topics: "
            + String.join(", ", Topics.all().stream().map(Topic::name).toList()) + "; term lists in models/topics/)");
        return ExitCodes.USAGE;
      }
    }
    SearchRequest request;
    try {
      request = new SearchRequest(query == null || query.isEmpty() ? null : String.join(" ", query),
          blankToNull(type), blankToNull(speaker), blankToNull(entity), min, max, blankToNull(unit),
          from == null ? null : from.first(), to == null ? null : to.last(), limit, about);
    } catch (IllegalArgumentException e) {
      Failures.line(err, null, e.getMessage());
      return ExitCodes.USAGE;
    }
    boolean terminal = System.console() != null;
    FactSearcher.Options options = new FactSearcher.Options(
        sort == Order.date ? FactSearcher.Order.DATE : FactSearcher.Order.RELEVANCE, facets,
        format == Format.table ? (terminal ? SearchOutput.MARK_START : "[") : null,
        format == Format.table ? (terminal ? SearchOutput.MARK_END : "]") : null);
    String place = engine.where(where);
    try (FactIndex searcher = engine.open(where, parent.kinds())) {
      FactSearcher.Result result = searcher.search(request, options);
      if (format == Format.jsonl) {
        SearchOutput.jsonl(out, result, facets);
      } else if (format == Format.csv) {
        SearchOutput.csv(out, result, parent.kinds());
      } else {
        SearchOutput.table(out, result, facets, options.highlightStart(), parent.kinds());
      }
      out.flush();
      return ExitCodes.OK;
    } catch (BadQueryException e) {
      Failures.line(err, null, e.getMessage());
      return ExitCodes.USAGE;
    } catch (IndexProblems.NoIndex e) {
      Failures.line(err, place, e.getMessage());
      return e.beingBuilt() ? ExitCodes.FAILED : ExitCodes.USAGE;
    } catch (SolrCollection.Missing e) {
      Failures.line(err, null, e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      Failures.line(err, null, e.getMessage());
      return ExitCodes.USAGE;
    } catch (IOException e) {
      // a corrupt or unreadable index, Solr not answering: the command was right (exit 1, not 2)
      Failures.line(err, solrOrNull(place), e.getMessage());
      return ExitCodes.FAILED;
    } catch (java.io.UncheckedIOException e) {
      Failures.line(err, place, "cannot read the index (" + e.getCause().getMessage() + ")");
      return ExitCodes.FAILED;
    }
  }

  /** The place to name before a message: the directory; Solr's messages name the URL themselves. */
  private String solrOrNull(String place) {
    return engine.solr() ? null : place;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
