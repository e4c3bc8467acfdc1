package io.newsfacts.extract.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dates of social-media posts an article embeds: the signature line a post keeps when pasted
 * into a page ("— France Inter (@franceinter) April 23, 2018").
 */
final class EmbeddedPosts {
  /** A signature: a dash, the author's name, the handle in brackets, then the date (this mention). */
  private static final Pattern SIGNATURE = Pattern.compile("[—–-][^\\n]{0,80}\\(@\\w{1,30}\\)[\\s\\u00a0]*$");

  private EmbeddedPosts() {}

  /** The latest full day among the posts' signatures, or null when the text embeds none. */
  static LocalDate latestDay(String text, List<Mention> mentions) {
    LocalDate latest = null;
    for (Mention m : mentions) {
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      if (!SIGNATURE.matcher(text.substring(lineStart, m.start())).find()) {
        continue;
      }
      LocalDate d = Timeline.dayOf(m.meaning().resolve(new Timeline(null)));
      if (d != null && !Timeline.unknownYear(d.getYear()) && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return latest;
  }
}
