package io.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no name runs over, whatever made the candidate: a line break (a heading, a list item or a
 * byline ends there: "Parti de la gauche européenne\nAge: 40 ans") and a link ("Paris Match
 * https://t.co/...", "En marche au Touquet pic.twitter.com/..."). A candidate is cut before it;
 * one left with no capital is dropped ("centre\nBruno Le Maire": the name noun of a heading and
 * the name on the next line are no one name).
 */
final class SpanBreaks {
  /** A line break, or the space before a link. */
  private static final Pattern BREAK =
      Pattern.compile("\\s*[\\n\\r\\u2028\\u2029]|\\s+(?:https?://|pic\\.twitter\\.com/|www\\.)");

  private SpanBreaks() {}

  /** {@code all}, each candidate cut before the first break inside it, those left without a capital dropped. */
  static List<Candidate> cut(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    Matcher m = BREAK.matcher(text);
    for (Candidate c : all) {
      m.region(c.nameStart(), c.end());
      if (!m.find()) {
        out.add(c);
        continue;
      }
      int end = m.start();
      while (end > c.nameStart() && !Character.isLetterOrDigit(text.charAt(end - 1))
          && ")»\"”'’".indexOf(text.charAt(end - 1)) < 0) {
        end--;
      }
      if (text.substring(c.nameStart(), end).chars().anyMatch(Character::isUpperCase)) {
        out.add(new Candidate(c.start(), c.nameStart(), end, c.type(), c.origin(), c.key()));
      }
    }
    return out;
  }
}
