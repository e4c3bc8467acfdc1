package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A family noun completed by a person ("la nièce de Marine Le Pen", "le fils de X") that stands for
 * the person an article is about: the one its title names, whom the article names often, of the
 * noun's gender, never the person of the complement, when no one else of that gender is named
 * nearer.
 */
final class KinDescriptions {
  /** models/quotes/kin-nouns.txt: a family noun and the gender it gives its holder. */
  private static final Map<String, Character> KIN = Lexicon.pairs("quotes/kin-nouns.txt").stream()
      .collect(Collectors.toUnmodifiableMap(kv -> kv[0], kv -> kv[1].charAt(0)));

  /** How many times the article must name the person of its title. */
  private static final int MAIN_MENTIONS = 3;

  private final QuotedText quoted;
  private final People people;

  KinDescriptions(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * The person a definite family noun of words {@code ws} (head {@code head}, at offset {@code
   * start}) completed by {@code complement} stands for: the one person the article's title (its
   * first line) names, named at least {@link #MAIN_MENTIONS} times, not {@code complement}, of a
   * known gender that is the noun's, when no other person of that gender is named, outside quotes,
   * in the paragraph before the phrase. Null otherwise.
   */
  Speaker titlePerson(List<Word> ws, int head, int start, String complement) {
    if (head < 0 || !FrenchWords.DEFINITE.contains(ws.get(0).lower()) || !KIN.containsKey(ws.get(head).lower())) {
      return null;
    }
    Character gender = KIN.get(ws.get(head).lower());
    String text = quoted.text();
    int titleEnd = text.indexOf('\n');
    if (titleEnd < 0 || titleEnd >= start) {
      return null;
    }
    String main = null;
    for (Entity e : people.personsSince(0, titleEnd, i -> false)) {
      String name = people.canonical(e);
      if (main != null && !main.equals(name)) {
        return null; // a title of two people is about neither alone
      }
      main = name;
    }
    if (main == null || main.equals(complement) || people.mentions(main) < MAIN_MENTIONS
        || !gender.equals(people.gender(main))) {
      return null;
    }
    for (Entity e : people.personsSince(quoted.paragraphStart(start), start, quoted::inQuote)) {
      String name = people.canonical(e);
      if (!name.equals(main) && !name.equals(complement) && !Character.valueOf(gender == 'f' ? 'm' : 'f')
          .equals(people.gender(name))) {
        return null; // someone nearer may be the relative
      }
    }
    return new Speaker(main, people.role(main), gender, start, SpeakerResolver.COREFERENCE);
  }
}
