package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * A subject pronoun opening a temporal clause set right after a person's name ("soulevées par
 * Claude Bartolone et par Manuel Valls quand il rappelle que «...»", "X, lorsqu'elle affirme
 * «...»"): the clause tells what that person does as they are named, so the pronoun takes up that
 * name, whatever the sentence's subject or the previous speaker.
 */
final class SubordinatePronouns {
  /** Conjunctions opening a clause of time that hangs on the words just before it. */
  private static final String[] TIME_CONJUNCTIONS = {"quand", "lorsque", "lorsqu'"};

  private final QuotedText quoted;
  private final People people;

  SubordinatePronouns(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * The person mention right before the conjunction that the pronoun at {@code at} follows, when
   * the article gives that person no gender other than {@code gender}; else null.
   */
  Entity named(int at, Character gender) {
    List<Word> ws = Word.scan(quoted.text(), Math.max(0, at - 20), at);
    int i = ws.size() - 1;
    if (i < 0 || !ws.get(i).is(TIME_CONJUNCTIONS)) {
      return null;
    }
    i--;
    if (i >= 0 && ws.get(i).is(",")) {
      i--;
    }
    if (i < 0 || !ws.get(i).isWord()) {
      return null;
    }
    Entity e = people.at(ws.get(i).start());
    if (e == null || e.type() != EntityType.PERSON || quoted.inQuote(e.start()) != quoted.inQuote(at)) {
      return null;
    }
    Character g = people.gender(people.canonical(e));
    return g == null || g.equals(gender) ? e : null;
  }
}
