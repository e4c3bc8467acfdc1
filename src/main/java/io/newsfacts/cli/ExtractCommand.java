package io.newsfacts.cli;

import io.newsfacts.Pipeline;
import io.newsfacts.model.ArticleFacts;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts extract}: facts of each article, as JSON lines, JSON or a table. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract entities, numbers, dates and quotes from French articles.",
    footer = {"%nExamples:",
        "  newsfacts extract corpus/2024-03-12-budget-velo-lyon.txt              # a table",
        "  newsfacts extract corpus --format jsonl > facts.jsonl                  # one article a line",
        "  newsfacts extract corpus --format csv -o facts.csv                     # one fact a row",
        "  scraper | newsfacts extract - --format jsonl                           # a .jsonl stream on stdin",
        ExitCodes.HELP})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main parent;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files, directories (walked recursively) or - for standard input.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json, table or csv (one row per fact) (default: ${DEFAULT-VALUE}).")
  FactsWriter.Format format = FactsWriter.Format.table;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Mixin ExtractOptions options;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out;
    try {
      out = output == null ? spec.commandLine().getOut()
          : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
    } catch (IOException e) {
      Failures.line(err, output.toString(), "cannot write the output file (" + ioReason(e) + ")");
      return ExitCodes.FAILED;
    }
    Pipeline pipeline = parent.pipeline();
    Progress progress = new Progress(err, options.quiet).expecting(paths, options.followLinks);
    Failures failures = new Failures(err).around(progress);
    FactsWriter writer = new FactsWriter(out, format, parent.kinds());
    pipeline.run(options.reader(), paths, options.threads, options.published, new Pipeline.ResultSink() {
      @Override
      public void facts(ArticleFacts facts) {
        writer.write(facts);
        progress.step(writer.count());
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
    progress.done(writer.count());
    if (output != null) {
      out.close();
    }
    if (output != null && out.checkError()) { // a full disk must not leave a short file unsaid
      Failures.line(err, output.toString(), "writing the output file failed (disk full?)");
      return ExitCodes.FAILED;
    }
    return failures.exitCode();
  }

  /** A file-system error as a few words, without Java's class names. */
  static String ioReason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
