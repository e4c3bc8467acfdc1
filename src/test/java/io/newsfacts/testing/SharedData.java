package io.newsfacts.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's evaluation data in {@code ../shared} (beside the clone in CI, absent in a user's
 * clone). Tests that use it call {@link #require} and are skipped when it is missing.
 */
public final class SharedData {
  private SharedData() {}

  public static final Path ROOT = Path.of("..", "shared");

  /** The path under ../shared, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path p = ROOT.resolve(relative);
    assumeTrue(Files.exists(p), "../shared/" + relative + " not present: skipped");
    return p;
  }
}
