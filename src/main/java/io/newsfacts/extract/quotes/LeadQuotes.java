package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;

/**
 * A quote that opens its paragraph as a sentence of its own, the stop put after the closing mark:
 * "«Je suis solide, je suis endurante». Au micro de BFMTV, X a réaffirmé son intention de ...",
 * "«Le communautarisme, c'est ...». Sur BFMTV ce mardi, X s'en est pris à Y.". The paragraph opens
 * on the words and goes on with the act of the person who said them, as when the stop stands
 * inside the marks ({@link ParagraphSpeakers#announcedAfter}, which reads the next sentence: its
 * subject, after the frames that open it, with any verb but a state or a passive). Only a quote
 * opening its paragraph, with no quote in the paragraph before: further on, or after a paragraph of
 * quotes, the words before it have their speaker to carry ("«...», précise-t-il. / «En revanche,
 * ...». X pourrait donc décider" goes on with the one who precised).
 */
final class LeadQuotes {
  private final QuotedText quoted;
  private final ParagraphSpeakers paragraph;

  LeadQuotes(QuotedText quoted, ParagraphSpeakers paragraph) {
    this.quoted = quoted;
    this.paragraph = paragraph;
  }

  /** The person the sentence after quote {@code q} tells of, when {@code q} opens its paragraph and a stop follows its closing mark; else null. */
  Speaker of(Marked q) {
    String text = quoted.text();
    if (!paragraph.opensParagraph(q.open()) || quotesBefore(text, q.open())) {
      return null;
    }
    int i = q.close();
    while (i < text.length() && Word.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    if (i >= text.length() || ".!?…".indexOf(text.charAt(i)) < 0) {
      return null; // no stop after the marks: the sentence goes on, or it ended inside them
    }
    while (i < text.length() && ".!?…".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return paragraph.announcedAfter(i, true);
  }

  /** Whether the last paragraph with words before offset {@code open} (which opens its own) holds a quotation mark. */
  private static boolean quotesBefore(String text, int open) {
    int end = text.lastIndexOf('\n', Math.max(0, open - 1));
    while (end > 0 && text.substring(text.lastIndexOf('\n', end - 1) + 1, end).isBlank()) {
      end = text.lastIndexOf('\n', end - 1);
    }
    if (end <= 0) {
      return false; // the article opens on the quote
    }
    String before = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    return before.chars().anyMatch(c -> "«»\"“”".indexOf(c) >= 0);
  }
}
