package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * The noun half of the clause chunker: the noun phrase after an inverted verb ("a indiqué le
 * porte-parole du MIDI, Jonathan Lavallée"), the one ending before a verb ("le président de
 * l'UMP a annoncé"), and whether a subject and its verb agree in number. Phrases are [start, end)
 * offsets into the text; the entity mentions of {@link People} are read as one word each.
 */
final class NounPhrases {
  /** The most words a noun phrase spans. */
  static final int MAX_WORDS = 12;

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;

  NounPhrases(QuotedText quoted, People people, VerbGroups verbs) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.verbs = verbs;
  }

  boolean startsNounPhrase(List<Word> ws, int i) {
    return npAfter(ws, i) != null;
  }

  /**
   * The subject noun phrase after an inverted verb, skipping adverbs and prepositional phrases
   * ("écrit dans un communiqué Sébastien Chenu"): [start, end) offsets, or null.
   */
  int[] npAfter(List<Word> ws, int from) {
    boolean inPhrase = false;
    for (int m = from; m < ws.size() && m - from <= MAX_WORDS; m++) {
      Word w = ws.get(m);
      if (!w.isWord() || FrenchWords.CLAUSE_OPENERS.contains(w.lower())) {
        return null; // "a indiqué que les prix ...": what follows "que" is the reported clause
      }
      Entity e = people.at(w.start());
      if (e != null && m > from && e.start() < w.start()) {
        inPhrase = false; // "a rappelé sur France 2 la ministre": the rest of a name the preposition took
        continue;
      }
      // after the first word, "des"/"du" complete a noun ("aux présidents des deux assemblées")
      boolean partitive = m > from && w.is("des", "du");
      if (!inPhrase && w.is("ce", "cette") && m + 1 < ws.size() && FrenchWords.TIME_NOUNS.contains(ws.get(m + 1).lower())) {
        m++; // "fustigeait ce matin un élu LaREM": a time, not the subject
        continue;
      }
      if (!inPhrase && !partitive && (e != null || FrenchWords.DETERMINERS.contains(w.lower()))) {
        return npFrom(ws, m);
      }
      if (FrenchWords.PREPOSITIONS.contains(w.lower()) || w.is("auprès")) {
        inPhrase = true;
      } else if (!FrenchWords.DETERMINERS.contains(w.lower()) && !FrenchWords.TITLES.contains(w.lower())) {
        inPhrase = false;
      }
    }
    return null;
  }

  /** A noun phrase read rightwards from word {@code m}, with an apposed name (", Jonathan X"). */
  private int[] npFrom(List<Word> ws, int m) {
    int end = entityEnd(ws, m);
    boolean source = false;
    for (int k = end + 1; k < ws.size() && k - m <= MAX_WORDS; k++) {
      Word w = ws.get(k);
      source |= ws.get(k - 1).is("source", "sources");
      if (w.is(",")) {
        Entity e = k + 1 < ws.size() ? people.at(ws.get(k + 1).start()) : null;
        if (e == null) {
          e = apposedHolder(ws, k + 1);
        }
        if (e != null && e.type() == EntityType.PERSON) {
          return new int[] {ws.get(m).start(), e.end()};
        }
        break;
      }
      if (!w.isWord() || verbs.isVerbAt(ws, k) && !w.isCapitalised()) {
        break;
      }
      if (FrenchWords.NP_STOPS.contains(w.lower()) && !(source && w.is("à", "au", "proche"))) {
        Entity placed = placedHolder(ws, m, k);
        if (placed != null) {
          return new int[] {ws.get(m).start(), placed.end()};
        }
        break;
      }
      k = entityEnd(ws, k);
      end = k;
    }
    return new int[] {ws.get(m).start(), ws.get(end).end()};
  }

  /** Words of the place or body a role is held in, between the role and its holder's name. */
  private static final int PLACE_WORDS = 5;

  /**
   * "l'ancien ambassadeur d'Israël en France, Elie Barnavi": the person named after a comma that
   * ends the place complement (a preposition at word {@code k}: "en", "à", "au", "aux", "dans",
   * "chez") of the role opening at word {@code m}, when that name ends the clause; null otherwise,
   * and when the complement names a person, holds a verb, or the phrase opens with no role noun
   * ("a dit la procureure à Paul, Marie ..." is spoken to, not apposed).
   */
  private Entity placedHolder(List<Word> ws, int m, int k) {
    if (!ws.get(k).is("en", "à", "au", "aux", "dans", "chez") || !FrenchWords.DEFINITE.contains(ws.get(m).lower())
        || ROLES.startsAt(ws, m + 1) == 0 && ROLES.startsAt(ws, m + 2) == 0) {
      return null;
    }
    for (int j = k + 1; j < ws.size() && j - k <= PLACE_WORDS; j++) {
      Word w = ws.get(j);
      if (w.is(",")) {
        Entity e = j > k + 1 && j + 1 < ws.size() ? people.at(ws.get(j + 1).start()) : null;
        if (e == null || e.type() != EntityType.PERSON || e.start() != ws.get(j + 1).start()) {
          return null;
        }
        int after = entityEnd(ws, j + 1) + 1;
        return after >= ws.size() || ws.get(after).is(",", ".", ";", "!", "?", "…", ")") ? e : null;
      }
      Entity other = people.at(w.start());
      if (!w.isWord() || other != null && other.type() == EntityType.PERSON
          || verbs.isVerbAt(ws, j) && !w.isCapitalised() || FrenchWords.CLAUSE_OPENERS.contains(w.lower())
          || w.is("et", "ou", "qui", "que", "qu'", "dont", "où")) {
        return null;
      }
    }
    return null;
  }

  /** Role nouns, to read an apposed role before a name. */
  private static final RoleNouns ROLES = new RoleNouns();
  /** Words of an apposed role before its holder's name ("le sénateur républicain"). */
  private static final int APPOSED_ROLE_WORDS = 5;

  /**
   * "le président de cette commission, le sénateur républicain Richard Burr": the person named
   * after a definite role apposed from word {@code k} on, or null.
   */
  private Entity apposedHolder(List<Word> ws, int k) {
    if (k + 1 >= ws.size() || !ws.get(k).is("le", "la", "l'") || ROLES.startsAt(ws, k + 1) == 0) {
      return null;
    }
    for (int j = k + 1 + ROLES.startsAt(ws, k + 1); j < ws.size() && j - k <= APPOSED_ROLE_WORDS; j++) {
      Entity e = people.at(ws.get(j).start());
      if (e != null && e.type() == EntityType.PERSON) {
        return e;
      }
      if (!ws.get(j).isWord() || verbs.isVerbAt(ws, j) && !ws.get(j).isCapitalised()) {
        return null;
      }
    }
    return null;
  }

  /** The index of the last word of the entity starting at word {@code k}, or {@code k}. */
  private int entityEnd(List<Word> ws, int k) {
    Entity e = people.at(ws.get(k).start());
    if (e == null) {
      return k;
    }
    int j = k;
    while (j + 1 < ws.size() && ws.get(j + 1).start() < e.end()) {
      j++;
    }
    return j;
  }

  /**
   * Whether subject text[np[0], np[1]) and the verb group starting at word {@code v} can agree in
   * number: "l'Allemagne, qui estiment" cannot, so the plural verb has some other subject.
   */
  boolean agrees(List<Word> ws, int v, int[] np) {
    Boolean verb = VerbGroups.verbIsPlural(ws, v);
    Boolean subject = phraseIsPlural(np[0], np[1]);
    if (verb == null || subject == null || verb.equals(subject)) {
      return true;
    }
    // "Paris et Berlin ont affirmé": the phrase read leftwards is only the last conjunct
    List<Word> before = Word.scan(text, Math.max(0, np[0] - 8), np[0]);
    return !before.isEmpty() && before.get(before.size() - 1).is("et", "ou");
  }

  /** The number of a subject noun phrase from its determiner: true plural, false singular, null unknown. */
  private Boolean phraseIsPlural(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    if (ws.isEmpty()) {
      return null;
    }
    Word first = ws.get(0);
    if (FrenchWords.PLURAL_DETERMINERS.contains(first.lower()) || Character.isDigit(first.text().charAt(0))
        || first.is("ils", "elles")) {
      return true;
    }
    if (FrenchWords.SINGULAR_DETERMINERS.contains(first.lower())) {
      // "la moitié des commerçants redoutent": the verb agrees with the complement
      return ws.size() > 1 && FrenchWords.QUANTITY_NOUNS.contains(ws.get(1).lower()) ? null : false;
    }
    if (first.is("il", "elle")) {
      return false;
    }
    Entity e = people.at(first.start());
    return e != null && e.end() >= ws.get(ws.size() - 1).end() ? false : null;
  }

  /** A noun phrase read leftwards from word {@code k} (inclusive): [start, end) offsets or null. */
  int[] npEndingAt(List<Word> ws, int k) {
    if (k < 0 || !ws.get(k).isWord() || FrenchWords.NP_STOPS.contains(ws.get(k).lower())) {
      return null; // "dans ce pays où se poursuit": a noun phrase does not end with "où"
    }
    int start = k;
    int j = k;
    Entity e = people.at(ws.get(k).start());
    if (e != null) {
      while (j - 1 >= 0 && ws.get(j - 1).end() > e.start()) {
        j--;
      }
      start = j;
      while (start - 1 >= 0 && FrenchWords.TITLES.contains(ws.get(start - 1).lower())) {
        start--;
      }
      j = start;
    } else if (FrenchWords.SUBJECT_PRONOUNS.contains(ws.get(k).lower())) {
      return new int[] {ws.get(k).start(), ws.get(k).end()};
    }
    boolean hasDeterminer = FrenchWords.DETERMINERS.contains(ws.get(start).lower());
    for (int i = j - 1; i >= 0 && k - i <= MAX_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord() || verbs.isVerb(w)) {
        break;
      }
      boolean de = w.is("de", "du", "des", "d'");
      if (!de && FrenchWords.NP_STOPS.contains(w.lower())) {
        break;
      }
      Entity other = people.at(w.start());
      if (other != null && other.type() == EntityType.PERSON) {
        break;
      }
      if (FrenchWords.DETERMINERS.contains(w.lower())) {
        start = i;
        hasDeterminer = true;
        if (i > 0 && ws.get(i - 1).is("de", "du", "des", "d'", "à")) {
          continue;
        }
        if (w.is("des", "du") && i > 0 && (isPlainWord(ws.get(i - 1)) || capitalisedNoun(ws, i - 1))) {
          continue; // "de défense des droits": after a noun "des" is "de les", the phrase goes on
        }
        break;
      }
    }
    if (!hasDeterminer && e == null) {
      return null;
    }
    return new int[] {ws.get(start).start(), ws.get(k).end()};
  }

  /**
   * Whether word {@code m} is a common noun written with a capital, as the press writes offices
   * ("la Présidente du Front national", "le Ministre de l'Intérieur"): right after a determiner
   * and in no name.
   */
  private boolean capitalisedNoun(List<Word> ws, int m) {
    return m > 0 && ws.get(m).isCapitalised() && people.at(ws.get(m).start()) == null
        && FrenchWords.DETERMINERS.contains(ws.get(m - 1).lower());
  }

  /** A lower-case word that can be a noun inside a noun phrase (not a verb, a preposition or a stop). */
  private boolean isPlainWord(Word w) {
    String l = w.lower();
    return w.isWord() && !w.isCapitalised() && !verbs.isVerb(w) && !FrenchWords.NP_STOPS.contains(l)
        && !FrenchWords.PREPOSITIONS.contains(l) && !FrenchWords.DETERMINERS.contains(l)
        && !FrenchWords.CLITICS.contains(l) && !FrenchWords.SUBJECT_PRONOUNS.contains(l);
  }
}
