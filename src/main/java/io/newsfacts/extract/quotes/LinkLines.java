package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that cite another article by its title ("À lire : Marine Le Pen: «...»", "Lire aussi
 * «...»", "VIDEO. «...»"), opened by a label of {@code models/quotes/link-labels.txt}. The words
 * quoted on such a line are a link's title: no one of the article says them there, and the speaker
 * of the paragraph before does not reach them.
 */
final class LinkLines {
  /** models/quotes/link-labels.txt, each matched at the start of a line. */
  private static final List<Pattern> LABELS = Lexicon.lines("quotes/link-labels.txt").stream()
      .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

  private LinkLines() {}

  /** Whether offset {@code at} of {@code text} is on a line opened by a link label. */
  static boolean on(String text, int at) {
    int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    while (start < at && Word.isSpace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    CharSequence line = text.subSequence(start, end < 0 ? text.length() : end);
    for (Pattern p : LABELS) {
      if (p.matcher(line).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
