package io.newsfacts.cli;

/** The exit codes of CONTRACT.md. */
final class ExitCodes {
  private ExitCodes() {}

  /** Every input processed. */
  static final int OK = 0;
  /** Some inputs failed (named on stderr); the others were processed. */
  static final int FAILED = 1;
  /** Bad flag, bad query syntax, no input. */
  static final int USAGE = 2;

  /** The end of every command's --help (picocli help text: %n is a line break). */
  static final String HELP = "%nExit codes:%n"
      + "  0  every input processed%n"
      + "  1  some inputs failed (each named on stderr: newsfacts: PATH: reason),%n"
      + "     or the index could not be written or read (locked, corrupt, full disk)%n"
      + "  2  usage error: bad flag or value, bad query, no input, no index";
}
