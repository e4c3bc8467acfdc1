package io.newsfacts.extract.quotes;

/**
 * Teaser lines: a line opened by a mark that cites another article of the site by its title
 * (">> Primaire: «L'UMP n'apprend pas la démocratie»", "→ Titre"). The words quoted there are that
 * article's title: the speaker of the paragraph before does not reach them, and the paragraph
 * introduces no one for them. (Labelled links, "À lire : «...»", are {@link LinkLines}.)
 */
final class TeaserLines {
  /** Marks that open a teaser line. */
  private static final String[] MARKS = {">>", "»»", "→"};

  private TeaserLines() {}

  /** Whether offset {@code at} of {@code text} is on a line opened by a teaser mark. */
  static boolean on(String text, int at) {
    int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    while (start < at && Word.isSpace(text.charAt(start))) {
      start++;
    }
    for (String mark : MARKS) {
      if (text.startsWith(mark, start)) {
        return true;
      }
    }
    return false;
  }
}
