package io.newsfacts.text;

import java.util.List;

/**
 * A paragraph that opens with a straight quotation mark the writer never closes on its line:
 * someone's words running to the paragraph's end ("\"Est-ce que cet attentat déjoué est un
 * élément qui peut jouer ? Je ne crois pas."), perhaps on over the next paragraphs, which open
 * with no mark, up to the one whose odd straight mark closes them ("... à Nice\"."); a closing
 * curly mark on the opening paragraph closes them there.
 *
 * <p>The article's first line is its title (CSV-wrapped titles start with a straight mark): no
 * quote opens there.
 */
final class UnclosedParagraphs {
  /** Paragraphs read after the opening one for the closing mark. */
  static final int MAX_CONTINUED = 5;

  private UnclosedParagraphs() {}

  /**
   * Where the words opened at {@code open} close (just after the closing mark, or {@code eol}
   * when the opening paragraph holds them all), with their pieces added to {@code pieces}; -1 when
   * the mark does not open its paragraph or stands on the first line.
   *
   * @param pieceStart where the words after the opening mark start
   * @param eol the offset of the newline ending the opening paragraph
   */
  static int close(String text, int open, int pieceStart, int eol, List<int[]> pieces) {
    int lineStart = text.lastIndexOf('\n', open - 1) + 1;
    if (lineStart == 0 || !text.substring(lineStart, open).isBlank()) {
      return -1;
    }
    int curly = curlyClose(text, pieceStart, eol);
    QuoteMarks.addPiece(text, pieceStart, curly >= 0 ? curly : eol, pieces);
    if (pieces.isEmpty()) {
      return -1;
    }
    if (curly >= 0) {
      return curly + 1;
    }
    int from = eol + 1;
    for (int p = 0; p < MAX_CONTINUED && from < text.length(); p++) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      String line = text.substring(from, end).strip();
      if (line.isEmpty() || "«“\"—–->".indexOf(line.charAt(0)) >= 0) {
        return eol; // a paragraph of its own: the words stopped with the first one
      }
      int closing = closingMark(text, from, end);
      if (closing >= 0) {
        for (int ls = eol + 1; ls < from; ls = text.indexOf('\n', ls) + 1) {
          QuoteMarks.addPiece(text, ls, text.indexOf('\n', ls), pieces);
        }
        QuoteMarks.addPiece(text, from, closing, pieces);
        return closing + 1;
      }
      from = end + 1;
    }
    return eol;
  }

  /**
   * The last closing curly mark of [from, end) when no opening curly mark comes before it: the
   * writer closed the straight mark with a curly one ("\"Pas plus que le rejet de ceux qui viennent
   * d'ailleurs”, ajoute-t-il."); -1 if none.
   */
  private static int curlyClose(String text, int from, int end) {
    int close = text.lastIndexOf('”', end - 1);
    return close >= from && text.lastIndexOf('“', close) < from ? close : -1;
  }

  /**
   * The last straight mark of the line [from, end) when the line holds an odd number of them and
   * that mark follows a word or a punctuation mark (a closing mark), else -1.
   */
  private static int closingMark(String text, int from, int end) {
    int count = 0;
    int last = -1;
    for (int i = from; i < end; i++) {
      if (text.charAt(i) == '"') {
        count++;
        last = i;
      }
    }
    return count % 2 == 1 && last > from && !QuoteMarks.isSpace(text.charAt(last - 1)) ? last : -1;
  }
}
