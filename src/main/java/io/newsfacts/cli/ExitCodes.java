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
}
