package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.QuoteMarks.Marked;

/**
 * Whether a quote names the one it is given to: people seldom speak of themselves by name, so a
 * speaker the rules inferred whose surname the quote holds is dropped ({@link SpeakerFinder}),
 * unless the name in the quote is a namesake's. Split from {@link SpeakerFinder}.
 */
final class OwnNames {
  private final QuotedText quoted;
  private final People people;

  OwnNames(QuotedText quoted, People people) {
    this.quoted = quoted;
    this.people = people;
  }

  /**
   * Whether the surname of {@code name} in quote {@code q} may belong to another person only: a
   * person's name ending with it that is not {@code name} ("Jean-Marie Le Pen", but also "le
   * Chanoine Macron"), and no mention of {@code name} itself: then no other holder is sought.
   */
  boolean namesNamesake(Marked q, String name) {
    String surname = " " + name.substring(name.lastIndexOf(' ') + 1);
    boolean other = false;
    for (Word w : quoted.words(q.start(), q.end())) {
      Entity e = people.at(w.start());
      if (e != null && e.type() == EntityType.PERSON && e.start() == w.start()) {
        String c = people.canonical(e);
        if (c.equals(name)) {
          return false;
        }
        other |= c.endsWith(surname);
      }
    }
    return other;
  }

  /** Whether the words of quote {@code q} hold the surname of {@code name} ("Sarkozy" for "Nicolas Sarkozy"). */
  boolean namedIn(Marked q, String name) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
      return false; // a phrase ("le porte-parole"), not a name
    }
    for (Word w : quoted.words(q.start(), q.end())) {
      if (w.text().equals(surname) && !namesake(people.at(w.start()), name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e} is another person of the same family name as {@code name}, known by a given
   * name of their own ("Jean-Marie Le Pen" in the words of "Marine Le Pen"); "le Chanoine Macron"
   * is no given name, and may be the speaker's own name.
   */
  private boolean namesake(Entity e, String name) {
    if (e == null || e.type() != EntityType.PERSON) {
      return false;
    }
    String c = people.canonical(e);
    String given = c.split("[ \\-]")[0].toLowerCase(java.util.Locale.ROOT);
    return !c.equals(name) && !name.startsWith(c.split(" ")[0] + " ") && people.isFirstName(given);
  }
}
