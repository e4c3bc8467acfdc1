package io.newsfacts.cli;

import io.newsfacts.FactKinds;
import io.newsfacts.Pipeline;
import io.newsfacts.testing.HandText;
import io.newsfacts.testing.Models;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;

/** Runs the command line in-process with the JVM's shared pipeline and captures its output. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    return run(Models::pipeline, args);
  }

  /** With the real extractors on hand-made annotation (no models): for tests of input handling. */
  static Cli fast(String... args) {
    return run(() -> new Pipeline(HandText::of, FactKinds.STANDARD), args);
  }

  private static Cli run(Supplier<Pipeline> pipelines, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), pipelines).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
