package io.newsfacts.cli;

import io.newsfacts.Pipeline;
import io.newsfacts.index.FactIndexWriter;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.ArticleFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts index}: extract and write every article and fact into the Lucene index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract facts from articles and add them to the search index.")
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (walked recursively) or - for standard input.")
  List<String> paths;

  @Mixin IndexOptions where;
  @Mixin ExtractOptions options;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Failures failures = new Failures(err);
    Progress progress = new Progress(err, options.quiet);
    int[] counts = new int[3]; // articles, facts, duplicates
    Set<String> seen = new HashSet<>();
    try (FactIndexWriter writer = new FactIndexWriter(where.dir())) {
      Pipeline pipeline = parent.pipeline();
      pipeline.run(new ArticleReader(), paths, options.threads, options.published, new Pipeline.ResultSink() {
        @Override
        public void facts(ArticleFacts facts) {
          try {
            String id = facts.article().id();
            if (!seen.add(id)) {
              counts[2]++;
              err.println("newsfacts: " + facts.article().source() + ": same article as one already indexed in this run (id "
                  + id + "); kept one copy");
              return;
            }
            writer.write(facts, null);
            counts[0]++;
            counts[1] += facts.entities().size() + facts.numbers().size() + facts.dates().size() + facts.quotes().size();
            if (counts[0] % 200 == 0) {
              writer.commit();
            }
            progress.step(counts[0]);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void failure(String source, String reason) {
          failures.report(source, reason);
        }
      });
    }
    progress.done(counts[0]);
    out.printf("indexed %d articles, %d facts into %s%s%n", counts[0], counts[1], where.dir(),
        counts[2] == 0 ? "" : " (" + counts[2] + " duplicates skipped)");
    out.flush();
    return failures.exitCode();
  }
}
