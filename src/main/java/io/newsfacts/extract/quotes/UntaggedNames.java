package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's name closing a role phrase that the entity recogniser missed: "le premier secrétaire
 * du PS Harlem Désir", "la dirigeante du Rassemblement national Marine Le Pen" (where "Marine" was
 * read into the party's name). The phrase names the person, so no other holder of the role is to
 * be looked for. Split from {@link RolePhrases}.
 */
final class UntaggedNames {
  private UntaggedNames() {}

  /** Given names (models/entities/lexicons/first-names.txt), lower case. */
  private static final Set<String> FIRST_NAMES = Lexicon.lines("entities/lexicons/first-names.txt").stream()
      .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  /** Lower-case words inside family names ("de", "von"): models/entities/surname-particles.txt. */
  private static final Set<String> PARTICLES = Set.copyOf(Lexicon.lines("entities/surname-particles.txt"));

  /** Names of parties and their short forms (models/entities/parties.txt), lower case: "front national". */
  private static final Set<String> PARTIES = Lexicon.lines("entities/parties.txt").stream()
      .flatMap(line -> java.util.Arrays.stream(line.split("\\|")))
      .map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  /** Words a name apposed to a role has at most ("Jean-Marie Le Pen", "Nathalie Kosciusko-Morizet"). */
  private static final int MAX_WORDS = 4;

  /**
   * The name closing role phrase {@code ws} (role noun at {@code head}) when the entity recogniser
   * left it untagged, else null. The capitalised words ending the phrase are a name from the first
   * given name among them on ("du PS Marine Le Pen", "du Front national Marine Le Pen"); with no
   * given name, only when they follow a body the recogniser tagged or a lower-case qualifier ("du
   * PS Harlem Désir", "du Parti socialiste Harlem Désir"), never a preposition ("le président du
   * Front National" names a party). At least two words, and none a person's mention (those are
   * read as names already).
   */
  static String trailing(String text, List<Word> ws, int head, People people) {
    int last = ws.size() - 1;
    while (last > head && !ws.get(last).isWord()) {
      last--;
    }
    int first = last + 1;
    while (first - 1 > head && (ws.get(first - 1).isCapitalised() && ws.get(first - 1).isWord()
        || PARTICLES.contains(ws.get(first - 1).lower()) && first - 2 > head && ws.get(first - 2).isCapitalised())) {
      first--;
    }
    if (first > last) {
      return null;
    }
    for (int i = first; i <= last; i++) {
      Entity e = people.at(ws.get(i).start());
      if (e != null && e.type() == EntityType.PERSON) {
        return null;
      }
    }
    int given = -1;
    for (int i = first; i <= last && given < 0; i++) {
      if (FIRST_NAMES.contains(ws.get(i).lower())) {
        given = i;
      }
    }
    if (given < 0) {
      // a body the recogniser tagged opens the run: the name starts after it ("du PS Harlem Désir")
      Entity body = people.at(ws.get(first).start());
      while (body != null && body.start() >= ws.get(first).start() && first <= last) {
        int end = body.end();
        while (first <= last && ws.get(first).start() < end) {
          first++;
        }
        body = first <= last ? people.at(ws.get(first).start()) : null;
      }
      Word before = ws.get(first - 1);
      boolean qualified = before.isWord() && !before.isCapitalised() && !FrenchWords.PREPOSITIONS.contains(before.lower())
          && !FrenchWords.DETERMINERS.contains(before.lower()) && !before.isElision() && !before.is("de", "du", "des", "et");
      boolean afterBody = people.at(before.start()) != null && first - 1 > head;
      if (!qualified && !afterBody) {
        return null;
      }
      given = first;
    }
    if (last - given + 1 < 2 || last - given + 1 > MAX_WORDS || PARTICLES.contains(ws.get(given).lower())) {
      return null;
    }
    for (int i = given; i <= last; i++) {
      String w = ws.get(i).text();
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        return null; // an acronym: a body's name ("Front national FN"), no person's
      }
    }
    for (int i = given; i <= last; i++) {
      if (people.at(ws.get(i).start()) != null && people.at(ws.get(i).start()).start() >= ws.get(given).start()) {
        return null; // a body or a place tagged inside the run: no name
      }
    }
    String name = text.substring(ws.get(given).start(), ws.get(last).end());
    return PARTIES.contains(name.toLowerCase(Locale.ROOT)) ? null : name;
  }
}
