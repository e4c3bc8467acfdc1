package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker a person's name in parentheses right after a quote's closing mark gives it: "on
 * appelle à «garder la tête froide» (X) tout en soulignant qu'«il reste 90 minutes» (Y)", "a
 * «roulé» (dixit X) les services". The parentheses hold the name alone, perhaps after "dixit":
 * the writer signs the words with their speaker, whatever the sentence around them says.
 */
final class SignedQuotes {
  /** Spaces, an opening parenthesis and perhaps "dixit" right after the closing mark. */
  private static final Pattern OPENING = Pattern.compile("\\G[ \\t\\u00a0]*\\((?:dixit[ \\t\\u00a0]+)?");

  private final QuotedText quoted;
  private final People people;
  private final SpeakerResolver resolver;

  SignedQuotes(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.resolver = reading.resolver();
  }

  /** The person named alone in parentheses right after the quote closing at {@code close}, or null. */
  Speaker of(int close) {
    String text = quoted.text();
    Matcher m = OPENING.matcher(text);
    if (close >= text.length() || !m.find(close) || m.start() != close) {
      return null;
    }
    Entity e = people.at(m.end());
    if (e == null || e.type() != EntityType.PERSON || e.start() != m.end()) {
      return null;
    }
    int end = e.end();
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00a0')) {
      end++;
    }
    return end < text.length() && text.charAt(end) == ')' ? resolver.person(e, null).at(e.start()) : null;
  }
}
