package io.newsfacts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the index lives: --index, else $NEWSFACTS_INDEX, else ./newsfacts-index. */
final class IndexOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $NEWSFACTS_INDEX or ./newsfacts-index).")
  Path index;

  Path dir() {
    if (index != null) {
      return index;
    }
    String env = System.getenv("NEWSFACTS_INDEX");
    return Path.of(env == null || env.isBlank() ? "newsfacts-index" : env);
  }
}
