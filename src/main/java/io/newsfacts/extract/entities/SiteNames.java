package io.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news site named by its address: "au Point.fr", "selon Europe1.fr", "sur BFMTV.com". The tagger
 * stops before the dot; the name goes on over the domain ending, as the site writes it.
 */
final class SiteNames {
  /** A domain ending right after a name: the common generic and French-speaking ones. */
  private static final Pattern DOMAIN = Pattern.compile(
      "\\.(?:fr|com|net|org|info|tv|eu|be|ch|ca|io)(?![\\p{L}\\d\\-]|\\.[\\p{L}\\d])");

  private SiteNames() {}

  /** {@code all} with the mentions right before a domain ending made to end after it. */
  static List<Candidate> whole(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    Matcher m = DOMAIN.matcher(text);
    for (Candidate c : all) {
      int end = c.end();
      m.region(end, text.length());
      if (end < text.length() && text.charAt(end) == '.' && m.lookingAt()) {
        out.add(new Candidate(c.start(), c.nameStart(), m.end(), c.type(), c.origin(), c.key()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
