package io.newsfacts.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the extraction pipeline. */
final class ExtractOptions {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Anchor date for relative dates when an article has no publication date of its own.")
  LocalDate published;

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles processed in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (errors are still printed).")
  boolean quiet;
}
