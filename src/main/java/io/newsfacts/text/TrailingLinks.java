package io.newsfacts.text;

/**
 * The links to other articles that end a page, each on a line of its own that opens with "&gt;&gt;"
 * ("&gt;&gt; Cahuzac: \"Hollande et Ayrault étaient-ils au courant?\"", "&gt;&gt; Tous nos articles sur
 * Jérôme Cahuzac"): titles of other articles. Neither their names nor their quotes are this
 * article's; the names they share with the article keep their mentions in its body.
 */
public final class TrailingLinks {
  private static final String MARK = ">>";

  private TrailingLinks() {}

  /**
   * Where the links that end {@code text} start: the first of the last lines of the text that all
   * open with "&gt;&gt;" (blank lines between them aside), or the text's length when its last line
   * is no such link.
   */
  public static int start(String text) {
    int start = text.length();
    int end = text.length();
    while (end > 0) {
      int lineStart = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(lineStart, end).strip();
      if (line.startsWith(MARK)) {
        start = lineStart;
      } else if (!line.isEmpty()) {
        break;
      }
      end = lineStart - 1;
    }
    return start;
  }
}
