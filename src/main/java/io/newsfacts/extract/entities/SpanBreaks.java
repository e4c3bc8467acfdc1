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
 * the name on the next line are no one name). Nor does a name run over "et" and common nouns
 * ("du Parlement et des citoyens": "Parlement").
 */
final class SpanBreaks {
  /** A line break, or the space before a link. */
  private static final Pattern BREAK =
      Pattern.compile("\\s*[\\n\\r\\u2028\\u2029]|\\s+(?:https?://|pic\\.twitter\\.com/|www\\.)");

  private SpanBreaks() {}

  /** " et " and a determiner before a lower-case word: a coordination of common nouns. */
  private static final Pattern AND_COMMON =
      Pattern.compile(" (?:et|ou) (?:des|du|de la|de l'|de l’|d'|d’|de|les|la|le|l'|l’) ?\\p{Ll}");

  /** {@code all}, each candidate cut before the first break inside it, those left without a capital dropped. */
  static List<Candidate> cut(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    Matcher m = BREAK.matcher(text);
    Matcher and = AND_COMMON.matcher(text);
    for (Candidate c : all) {
      m.region(c.nameStart(), c.end());
      boolean broken = m.find();
      and.region(c.nameStart(), c.end());
      if (!broken && and.find() && allCapitalised(text.substring(c.nameStart(), and.start()))) {
        // "Parlement et des citoyens", "Medef et la droite": a name, then common nouns joined to it
        out.add(new Candidate(c.start(), c.nameStart(), and.start(), c.type(), c.origin(), c.key()));
        continue;
      }
      if (!broken) {
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

  /** Whether every word of {@code words} opens with a capital ("Parlement", "Front national" is not). */
  private static boolean allCapitalised(String words) {
    for (String w : words.strip().split("[\\s\u00a0]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return !words.isBlank();
  }
}
