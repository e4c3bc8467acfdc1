package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.function.IntFunction;

/**
 * The speaker a quote with no cue of its own takes from a later quote of its paragraph that names
 * its speaker: "Le téléphone «n'a été neutralisé que le 4 octobre», lorsque ... «En l'occurrence
 * l'obligation n'a pas été respectée», a souligné X." A paragraph that goes on with a person's
 * words and ends on the cue naming that person gives them the words before too, when no one else
 * is named on the way: no other person outside the quotes from the quote's own sentence to the
 * cue's quote, no body acting ({@link OtherActors#bodyActsBetween}).
 */
final class NextQuotes {
  private final QuotedText quoted;
  private final People people;
  private final SpeakerResolver resolver;
  private final OtherActors actors;

  NextQuotes(ArticleReading reading, OtherActors actors) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.resolver = reading.resolver();
    this.actors = actors;
  }

  /**
   * The speaker of the first later quote of the paragraph of {@code q} whose words after its
   * closing mark name a person ({@code named}: the speaker a named cue after the offset gives,
   * {@link Speaker#UNNAMED} for a pronoun's cue, or null), or null when none does, when a heading, a dialogue line or another person stands
   * between, or when the quote's words name that person.
   */
  Speaker of(Marked q, IntFunction<Speaker> named) {
    String text = quoted.text();
    int line = text.indexOf('\n', q.close());
    int end = line < 0 ? text.length() : line;
    int from = quoted.sentenceStart(q.open());
    for (Word w : quoted.words(q.close(), end)) {
      if (!w.is("«»") || w.end() >= end) {
        continue;
      }
      Speaker s = named.apply(w.end());
      if (s == Speaker.UNNAMED) {
        return null; // "», a-t-il ajouté": a pronoun's, whoever it stands for
      }
      if (s == null) {
        continue;
      }
      if (s.name().contains(" ") && text.substring(q.open(), q.close()).contains(s.name())
          || othersNamed(from, w.start(), s) || actors.bodyActsBetween(from, w.start(), s)) {
        return null;
      }
      return s;
    }
    return null;
  }

  /** Whether a person other than {@code s} is named outside the quotes between {@code from} and {@code to}. */
  private boolean othersNamed(int from, int to, Speaker s) {
    for (Entity e : people.mentionsSince(from, to)) {
      if (e.type() == EntityType.PERSON && !quoted.inQuote(e.start()) && !resolver.person(e, null).name().equals(s.name())) {
        return true;
      }
    }
    return false;
  }
}
