package io.newsfacts.extract.dates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a story says its own "today", which then anchors the deictic words after it ("hier", "ce
 * matin", "la semaine dernière") in place of the publication date: a live page's dated heading
 * ("Lundi 6 mai", "Lundi 6 mai 2019, 11h49" alone on its line), "ce lundi 6 mai" or "ce 23 juillet"
 * (a demonstrative before a full date: the writer's own day), and a dateline ("PARIS, 6 mai (AFP) -").
 */
final class StoryNow {
  /** What a heading line may hold besides its dates. */
  private static final String HEADING_SIGNS = " \t\u00a0\u202f,.;:-–—|()/";
  private static final Pattern THIS_FULL_DATE = Pattern.compile(
      "(?i)(?:ce|aujourd['’]hui)[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)?(?:1er|\\d{1,2})[\\s\\u00a0]+\\p{L}+.*", Pattern.DOTALL);
  /** A dateline's place: capitals then a comma, maybe "le", right before the date. */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("^[\\s\\u00a0]*\\p{Lu}[\\p{Lu}\\p{L}'’ -]{1,40},[\\s\\u00a0]*(?:le[\\s\\u00a0]+)?$");
  /** After a dateline's date: maybe an agency in brackets, then a dash. */
  private static final Pattern DATELINE_AFTER = Pattern.compile("^[\\s\\u00a0]*(?:\\([^)\\n]{1,30}\\)[\\s\\u00a0]*)?[-–—]");

  private StoryNow() {}

  /** Whether mention {@code i} of {@code text} is where the story says its today. */
  static boolean says(String text, List<Mention> mentions, int i) {
    Mention m = mentions.get(i);
    String written = text.substring(m.start(), m.end());
    if (THIS_FULL_DATE.matcher(written).matches()) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', m.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    String before = text.substring(lineStart, m.start());
    if (DATELINE_BEFORE.matcher(before).matches() && DATELINE_AFTER.matcher(text.substring(m.end(), lineEnd)).lookingAt()) {
      return true;
    }
    // a heading: the line holds only dates (this one first) and signs
    if (!onlySigns(before)) {
      return false;
    }
    int at = m.end();
    for (int k = i + 1; k < mentions.size() && mentions.get(k).start() < lineEnd; k++) {
      if (!onlySigns(text.substring(at, mentions.get(k).start()))) {
        return false;
      }
      at = mentions.get(k).end();
    }
    return at <= lineEnd && onlySigns(text.substring(at, lineEnd));
  }

  private static boolean onlySigns(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (HEADING_SIGNS.indexOf(s.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }
}
