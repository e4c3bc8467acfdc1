package io.newsfacts.cli;

import io.newsfacts.testing.Models;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with the JVM's shared pipeline and captures its output. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Models::pipeline)
        .execute(args);
    return new Cli(code, out.toString(), err.toString());
  }
}
