package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.List;

/**
 * Clauses an article tells as background, before the time of its story: a pluperfect main verb
 * ("Au cours de sa campagne, le candidat X avait promis ...", "X, bousculé par des opposants,
 * avait été sorti de la manifestation"). Their subject is recalled, not followed: a later "il
 * explique" in the present, or a quote with no cue, stays with the speaker the story follows
 * when that speaker is named at least as often.
 */
final class Background {
  /** Pluperfect auxiliaries, singular and plural. */
  private static final String[] PLUPERFECT = {"avait", "avaient"};

  /** Words a reflexive pluperfect takes ("s'était engagé"). */
  private static final String[] REFLEXIVE_PLUPERFECT = {"était", "étaient"};

  private final QuotedText quoted;
  private final People people;

  Background(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * Whether person mention {@code e} is the subject of a pluperfect in a sentence told as
   * background while the story follows {@code followed}, someone else named at least as often in
   * the article, in a sentence that quotes no one ("X avait estimé que «...»" reports words, it
   * tells no background). (A pronoun that goes with a pluperfect itself, "«...», avait-il écrit", may well
   * stand for the one recalled: see {@link #pluperfectPronoun}.)
   */
  boolean recalledBesides(Entity e, String followed) {
    String name = people.canonical(e);
    return !name.equals(followed) && pluperfectAfter(e) && !quotes(e)
        && people.mentions(followed) >= people.mentions(name);
  }

  /** Whether the sentence of mention {@code e} holds a quote. */
  private boolean quotes(Entity e) {
    int from = quoted.sentenceStart(e.start());
    return quoted.words(from, quoted.sentenceEnd(e.end())).stream().anyMatch(w -> w.is("«»"));
  }

  /**
   * Whether the first verb after mention {@code e} in its sentence, past an apposition between
   * commas, a parenthesis, the negation and clitics, is a pluperfect auxiliary ("X avait promis",
   * "X, ancien ministre, n'avait pas dit", "X s'était engagé").
   */
  boolean pluperfectAfter(Entity e) {
    List<Word> ws = quoted.words(e.end(), quoted.sentenceEnd(e.end()));
    int k = ClauseSubjectsBefore.pastApposition(ws, 0);
    if (k < 0) {
      return false;
    }
    boolean reflexive = false;
    while (k < ws.size() && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      reflexive |= ws.get(k).is("s'", "se");
      k++;
    }
    return k < ws.size() && (ws.get(k).is(PLUPERFECT) || reflexive && ws.get(k).is(REFLEXIVE_PLUPERFECT));
  }

  /** Characters read on either side of a pronoun's offset for the pronoun and its verb. */
  private static final int PRONOUN_REACH = 40;

  /**
   * Whether the subject pronoun nearest offset {@code at} (the pronoun itself, or the quote it
   * follows or opens) goes with a pluperfect: "avait-il écrit", "l'avait-elle dit", "il avait dit",
   * "il ne l'avait pas dit".
   */
  boolean pluperfectPronoun(int at) {
    int length = quoted.text().length();
    List<Word> ws = quoted.words(Math.max(0, at - PRONOUN_REACH), Math.min(length, at + PRONOUN_REACH));
    int best = -1;
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      boolean pronoun = w.is("il", "elle") || w.lower().endsWith("-il") || w.lower().endsWith("-elle");
      if (pronoun && !quoted.inQuote(w.start())
          && (best < 0 || Math.abs(w.start() - at) < Math.abs(ws.get(best).start() - at))) {
        best = k;
      }
    }
    if (best < 0) {
      return false;
    }
    Word w = ws.get(best);
    if (!w.is("il", "elle")) {
      String verb = w.lower().substring(w.lower().lastIndexOf('\'') + 1);
      for (String aux : PLUPERFECT) {
        if (verb.startsWith(aux + "-")) {
          return true;
        }
      }
      return false;
    }
    int k = best + 1;
    while (k < ws.size() && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      k++;
    }
    return k < ws.size() && ws.get(k).is(PLUPERFECT);
  }
}
