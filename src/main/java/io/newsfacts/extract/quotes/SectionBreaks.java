package io.newsfacts.extract.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a new section of the article starts between a speaker and a quote with no cue of its
 * own, so that the quote does not continue that speaker: a heading line ("Un questionnaire du FN
 * pour lancer la campagne"), or a line that is one short quote alone with no final stop
 * ("«Une mobilisation sociale est toujours imprévisible»", the words of a sub-heading). While the
 * article has quoted one voice only (an interview, a speech told under several headings), its
 * sections go on with that voice, unless a colon introduces the quote ("Parmi les questions
 * soumises aux électeurs : «"): words a colon's sentence gives to no one named are another's; or
 * the quote opens its paragraph: a section's words standing alone may be anyone's (a signature
 * line after them, "—Dr. X", names their speaker).
 */
final class SectionBreaks {
  /** Opening and closing quotation marks a quote heading may use. */
  private static final String OPENING = "«\"“";
  private static final String CLOSING = "»\"”";

  private final String text;
  /** The names of the speakers the article's quotes were given so far. */
  private final Set<String> voices = new HashSet<>();

  SectionBreaks(String text) {
    this.text = text;
  }

  /** Records the speaker a quote of the article was given, in the order of the quotes. */
  void heard(Speaker s) {
    voices.add(s.name());
  }

  /** Whether a section starts between offsets {@code from} (the speaker) and {@code to} (the quote). */
  boolean between(int from, int to) {
    boolean heading = ParagraphSpeakers.headingBetween(text, from, to); // a line of words, no quote
    if (!heading && !quoteHeadingBetween(from, to) && !opensHeading(from, to)) {
      return false;
    }
    // after a heading of words, a quote opening its line may be anyone's (a quote heading repeats
    // the voice's words and leads on to them)
    return voices.size() != 1 || colonBefore(to) || heading && ParagraphSpeakers.opensLine(text, to);
  }

  /** Whether the last mark before offset {@code at}, spaces and line breaks read over, is a colon. */
  private boolean colonBefore(int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':';
  }

  /** Whether the quote at offset {@code to} is a quote heading on a line of its own after offset {@code from}. */
  private boolean opensHeading(int from, int to) {
    int start = text.lastIndexOf('\n', to - 1) + 1;
    int end = text.indexOf('\n', to);
    return start > from && text.substring(start, to).isBlank()
        && quoteLine(text.substring(start, end < 0 ? text.length() : end).strip());
  }

  /** Whether a line strictly between the lines of offsets {@code from} and {@code to} is a quote heading. */
  private boolean quoteHeadingBetween(int from, int to) {
    int line = text.indexOf('\n', from);
    while (line >= 0 && line < to) {
      int next = text.indexOf('\n', line + 1);
      if (next < 0 || next >= to) {
        return false; // the quote's own line
      }
      if (quoteLine(text.substring(line + 1, next).strip())) {
        return true;
      }
      line = next;
    }
    return false;
  }

  /** Whether line {@code s} is one short quote alone whose words end on no stop. */
  static boolean quoteLine(String s) {
    if (s.length() < 3 || s.length() > ParagraphSpeakers.HEADING_LENGTH || OPENING.indexOf(s.charAt(0)) < 0
        || CLOSING.indexOf(s.charAt(s.length() - 1)) < 0) {
      return false;
    }
    String inner = s.substring(1, s.length() - 1).strip();
    for (int i = 0; i < inner.length(); i++) {
      if (CLOSING.indexOf(inner.charAt(i)) >= 0 || inner.charAt(i) == '«') {
        return false; // two quotes on the line, or a quote within: no heading of one quote
      }
    }
    return !inner.isEmpty() && ".!?…,;:".indexOf(inner.charAt(inner.length() - 1)) < 0;
  }
}
