package io.newsfacts.cli;

import io.newsfacts.Pipeline;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.nlp.PlainCoreNlp;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts baseline}: the extract JSON that plain CoreNLP alone gives on the same articles
 * (same reader, cleaned text, ids and sources as {@code extract}), so that {@code score.py} can
 * measure the peer exactly as it measures us. Used by {@code bench/quality.sh}.
 */
@Command(name = "baseline", hidden = true, mixinStandardHelpOptions = true,
    description = "Entities, numbers and quotes from plain CoreNLP (no dates), as extract's JSON.")
final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (walked recursively) or - for standard input.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json or table (default: ${DEFAULT-VALUE}).")
  FactsWriter.Format format = FactsWriter.Format.jsonl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Failures failures = new Failures(spec.commandLine().getErr());
    Pipeline baseline = Pipeline.baseline(new PlainCoreNlp());
    FactsWriter writer = new FactsWriter(out, format, baseline.kinds());
    baseline.run(new ArticleReader(), paths, 1, null, new Pipeline.ResultSink() {
      @Override
      public void facts(ArticleFacts facts) {
        writer.write(facts);
      }

      @Override
      public void failure(String source, String reason) {
        failures.report(source, reason);
      }

      @Override
      public void warning(String source, String message) {
        failures.warn(source, message);
      }
    });
    writer.finish();
    return failures.exitCode();
  }
}
