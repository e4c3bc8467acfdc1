package io.newsfacts.cli;

import io.newsfacts.Pipeline;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.index.IndexUpdate;
import io.newsfacts.solr.SolrCollection;
import io.newsfacts.solr.SolrIndexTarget;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.ArticleFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts index}: extract and write every article and fact into the Lucene index,
 * incrementally (unchanged files are skipped), or remove files from it.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract facts from articles and add them to the search index.",
        "Files indexed before and unchanged since (same modification time and size) are skipped; "
            + "a run that was interrupted is resumed."},
    footer = {"%nExamples:",
        "  newsfacts index corpus                       # writes ./newsfacts-index",
        "  newsfacts index articles.jsonl --index idx   # one article a line; copies kept once",
        "  newsfacts index --remove corpus/old.txt",
        "  newsfacts index corpus --solr http://localhost:8983/solr --shards 2 --replicas 2",
        ExitCodes.HELP})
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Files, directories (walked recursively) or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--remove", paramLabel = "PATH",
      description = "Remove the articles read from PATH (a file or directory, or an article's source) from the index.")
  List<String> remove = new ArrayList<>();

  @Option(names = "--commit-every", paramLabel = "N", hidden = true,
      description = "Commit after every N articles (default: ${DEFAULT-VALUE}).")
  int commitEvery = 100;

  @Option(names = "--shards", paramLabel = "N",
      description = "With --solr, when the collection is created: its number of shards (default: 1).")
  Integer shards;

  @Option(names = "--replicas", paramLabel = "N",
      description = "With --solr, when the collection is created: replicas of each shard (default: 1).")
  Integer replicas;

  @Mixin IndexOptions where;
  @Mixin SolrOptions engine;
  @Mixin ExtractOptions options;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (paths.isEmpty() && remove.isEmpty()) {
      err.println("newsfacts: nothing to index: give files or directories (or --remove PATH)");
      return ExitCodes.USAGE;
    }
    if (commitEvery < 1) {
      err.println("newsfacts: --commit-every must be at least 1");
      return ExitCodes.USAGE;
    }
    String misuse = engine.misuse(where);
    if (misuse == null && !engine.solr() && (shards != null || replicas != null)) {
      misuse = "--shards and --replicas need --solr URL";
    }
    if (misuse == null && (shards != null && shards < 1 || replicas != null && replicas < 1)) {
      misuse = "--shards and --replicas must be at least 1";
    }
    if (misuse != null) {
      Failures.line(err, null, misuse);
      return ExitCodes.USAGE;
    }
    String place = engine.where(where);
    Progress progress = new Progress(err, options.quiet).expecting(paths, options.followLinks);
    Failures failures = new Failures(err).around(progress);
    ArticleReader reader = options.reader();
    IndexUpdate.InputReader input = IndexUpdate.InputReader.of(reader::read, reader::files);
    IndexUpdate.Summary summary;
    try (IndexUpdate update = open()) {
      for (String p : remove) {
        out.printf("removed %d articles of %s%n", update.remove(p), Visible.of(p));
      }
      if (!paths.isEmpty() && !update.upToDate(input, paths)) {
        index(update, input, failures, progress);
      }
      summary = update.summary();
    } catch (IllegalArgumentException e) {
      Failures.line(err, null, e.getMessage()); // a malformed --solr URL or --collection name
      return ExitCodes.USAGE;
    } catch (IOException e) {
      // another writer, a corrupt index, Solr not answering: the command was right, the index is not (exit 1, not 2)
      Failures.line(err, engine.solr() ? null : place, e.getMessage());
      return ExitCodes.FAILED;
    } catch (UncheckedIOException e) {
      Failures.line(err, engine.solr() ? null : place, (engine.solr() ? "" : "cannot write the index (")
          + e.getCause().getMessage() + (engine.solr() ? "" : ")"));
      return ExitCodes.FAILED;
    }
    progress.done(summary.articles());
    if (!paths.isEmpty()) {
      out.printf("indexed %d articles, %d facts into %s%s%n", summary.articles(), summary.facts(),
          Visible.of(place),
          details(summary));
    }
    out.flush();
    return failures.exitCode();
  }

  /** The run: into the local index, or into the Solr collection (created when missing). */
  private IndexUpdate open() throws IOException {
    if (!engine.solr()) {
      return new IndexUpdate(where.dir(), commitEvery, parent.kinds());
    }
    IndexSchema schema = new IndexSchema(parent.kinds());
    SolrCollection solr = SolrCollection.openOrCreate(engine.url, engine.collection(), schema,
        shards == null ? 1 : shards, replicas == null ? 1 : replicas);
    return new IndexUpdate(new SolrIndexTarget(solr, schema), commitEvery);
  }

  private void index(IndexUpdate update, IndexUpdate.InputReader input, Failures failures, Progress progress) {
    Pipeline pipeline = parent.pipeline();
    pipeline.run(articles -> update.read(input, paths, articles), options.threads, options.published,
        new Pipeline.ResultSink() {
          @Override
          public void facts(ArticleFacts facts) {
            try {
              IndexUpdate.Copy copy = update.write(facts);
              if (copy != null) {
                progress.clear();
                String own = facts.article().id();
                Failures.line(spec.commandLine().getErr(), facts.article().source(), "same article as one already "
                    + (copy.earlierRun() ? "in the index" : "indexed in this run") + " ("
                    + (copy.id().equals(own) ? "id " + own : "same text as id " + copy.id() + ", this one's id " + own)
                    + "); kept one copy");
              }
              progress.step(update.summary().articles());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public void failure(String source, String reason) {
            try {
              update.failed();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            failures.report(source, reason);
          }

          @Override
          public void warning(String source, String message) {
            failures.warn(source, message);
          }
        });
  }

  private static String details(IndexUpdate.Summary s) {
    List<String> parts = new ArrayList<>();
    if (s.unchangedFiles() > 0) {
      parts.add(s.unchangedFiles() + " unchanged files skipped");
    }
    if (s.resumedArticles() > 0) {
      parts.add(s.resumedArticles() + " articles already indexed by an interrupted run");
    }
    if (s.duplicates() > 0) {
      parts.add(s.duplicates() + " duplicates skipped");
    }
    if (s.removedArticles() > 0) {
      parts.add(s.removedArticles() + " articles removed");
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
