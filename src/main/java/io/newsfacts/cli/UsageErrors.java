package io.newsfacts.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * Usage errors in words: a mistyped command or flag gets the nearest names picocli knows ("did you
 * mean"), a bad value is one line that says what was given and what is expected.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String message(CommandLine.ParameterException ex) {
    String m = ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (u.isUnknownOption()) {
        m = "unknown option '" + first + "'";
      } else if (u.getCommandLine().getSubcommands().containsKey("extract")) {
        m = "unknown command '" + first + "'";
      }
      if (!suggestions.isEmpty()) {
        m += ": did you mean " + String.join(" or ", suggestions.stream().limit(3).map(s -> "'" + s + "'").toList())
            + "?";
      }
    }
    return m;
  }

  /** A value that could not be read: its message already says what is expected, in one line. */
  static boolean saysWhatIsExpected(CommandLine.ParameterException ex) {
    return ex.getMessage() != null && ex.getMessage().startsWith("Invalid value for")
        && ex.getMessage().contains("expected");
  }
}
