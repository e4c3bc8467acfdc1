package io.newsfacts.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that a spreadsheet or CSV export left quoted: a whole line between straight quotes whose
 * own quotes are doubled ({@code "Poutine réfute les accusations du ""Canard Enchaîné"""}) is the
 * line {@code Poutine réfute les accusations du "Canard Enchaîné"}. Without this the outer quotes
 * read as a quotation of the whole headline. A quoted line without doubled quotes inside is left
 * alone: it may be a real quotation set on its own line.
 */
final class CsvQuotedLines {
  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^\"((?:[^\"\\n]|\"\")*\"\"(?:[^\"\\n]|\"\")*)\"[ \\t]*$");

  private CsvQuotedLines() {}

  static String unescape(String text) {
    if (text == null || text.indexOf("\"\"") < 0) {
      return text;
    }
    Matcher m = QUOTED_LINE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace("\"\"", "\"")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
