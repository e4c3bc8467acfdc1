package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.Folding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker of a quote an embedded tweet signs with a handle right after its closing mark, on
 * the same line (« «...» @GTabard #remaniement @BFMTV »): the person the handle names. A
 * broadcaster's tweets quote their guests this way; the words are the handle's, never the
 * speaker of the quote before nor the person the paragraph is about. The handle is read as the
 * person of the article whose surname it holds ("@GTabard": Guillaume Tabard), else kept as it is.
 */
final class TweetHandles {
  /** A handle right after the closing mark, then only hashtags, handles or a link before the line ends. */
  private static final Pattern SIGNED = Pattern.compile(
      "\\G[ \\t]*@(\\w{2,30})(?:[ \\t]+(?:[#@]\\w+|pic\\.twitter\\.com/\\S+|https?://\\S+))*[ \\t]*(?:\\n|$)");
  /** The shortest surname read inside a handle. */
  private static final int SURNAME_LENGTH = 4;

  private final QuotedText quoted;
  private final People people;

  TweetHandles(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /** The speaker a handle after the quote closing at offset {@code close} names, or null when none stands there. */
  Speaker of(int close) {
    Matcher m = SIGNED.matcher(quoted.text());
    if (close > quoted.text().length() || !m.find(close) || m.start() != close) {
      return null;
    }
    String handle = m.group(1);
    String folded = fold(handle);
    String found = null;
    for (Entity e : people.mentionsSince(0, quoted.text().length())) {
      String name = people.canonical(e);
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      if (e.type() == EntityType.PERSON && name.contains(" ") && surname.length() >= SURNAME_LENGTH
          && folded.contains(fold(surname))) {
        if (found != null && !found.equals(name)) {
          found = null; // two people the handle may name: keep the handle
          break;
        }
        found = name;
      }
    }
    int at = m.start(1) - 1;
    return found != null ? new Speaker(found, people.role(found), people.gender(found), at)
        : new Speaker("@" + handle, null, null, at);
  }

  /** Lower case, no accents, letters only: "Bouchet-Petersen" and "BouchetPetersen" agree. */
  private static String fold(String s) {
    return Folding.fold(s).replaceAll("[^a-z0-9]", "");
  }
}
