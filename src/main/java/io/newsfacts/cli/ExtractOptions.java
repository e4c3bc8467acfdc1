package io.newsfacts.cli;

import io.newsfacts.ingest.ArticleReader;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that run the extraction pipeline. */
final class ExtractOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Anchor date for relative dates when an article has no publication date of its own.")
  LocalDate published;

  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed in parallel (default: the number of cores).")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
    }
    threads = n;
  }

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (errors are still printed).")
  boolean quiet;

  @Option(names = "--follow-links",
      description = "Follow symbolic links met inside the given folders (default: each is named on stderr and "
          + "left out; links given as PATH are always read).")
  boolean followLinks;

  @Option(names = "--stdin-format", paramLabel = "FORMAT",
      description = "What - (standard input) holds: jsonl (one article per line, as a .jsonl file), text (one "
          + "document of any format) or auto: jsonl when the first line is a JSON object (default: auto).")
  ArticleReader.StdinFormat stdinFormat = ArticleReader.StdinFormat.AUTO;

  ArticleReader.Options reading() {
    return new ArticleReader.Options(followLinks, stdinFormat, ArticleReader.Options.DEFAULT.timeBudget());
  }

  ArticleReader reader() {
    return new ArticleReader(reading());
  }
}
