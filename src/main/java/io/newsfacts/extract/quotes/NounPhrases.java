package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

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
      if (w.is("«»") && k > m + 1 && ws.get(k - 1).isWord() && !ws.get(k - 1).isCapitalised()
          && quotedName(w)) {
        end = k; // "les responsables de la liste «Lyon citoyenne et solidaire»": the name is the phrase's
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
        // (a participle after the phrase's noun: "une mise en demeure" is a noun of its own)
        int complement = k > m + 2 ? participleComplement(ws, m, k) : -1;
        if (complement > 0) {
          end = complement; // "un expert intervenu sur l'incident": the participle's complement says who
        }
        break;
      }
      k = entityEnd(ws, k);
      end = k;
    }
    return new int[] {ws.get(m).start(), ws.get(end).end()};
  }

  /** The most words of a name quoted after a noun. */
  private static final int QUOTED_NAME_WORDS = 6;

  /**
   * Whether quoted words {@code quote} (one word of {@link QuotedText#words}) are a short name
   * after the noun it names ("la liste «Lyon citoyenne et solidaire»"): a capital first, only
   * words, no quotation.
   */
  private boolean quotedName(Word quote) {
    List<Word> inside = Word.scan(text, quote.start(), quote.end());
    List<Word> words = inside.stream().filter(Word::isWord).toList();
    return !words.isEmpty() && words.size() <= QUOTED_NAME_WORDS && words.get(0).isCapitalised()
        && inside.stream().noneMatch(x -> x.is(",", ".", ";", ":", "!", "?", "…", "(", ")"));
  }

  /** Determiners of an unnamed source ("un expert", "des documents", "plusieurs élus"). */
  private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "plusieurs", "certains", "certaines",
      "quelques");
  /** Prepositions that open a participle's complement ("intervenu sur l'incident", "publié par le site"). */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("sur", "dans", "par", "à", "au", "aux", "en",
      "pour", "chez", "auprès", "avec");
  /** The most words of a participle's complement. */
  private static final int COMPLEMENT_WORDS = 6;

  /**
   * "un expert intervenu sur l'incident", "un document publié sur le site TMZ": the index of the
   * last word of the complement that preposition {@code k} opens after a past participle ending an
   * unnamed source's phrase (opening at word {@code m} with an indefinite determiner): a
   * reduced relative clause, which tells which source it is. The complement ends at a comma, a
   * stop, another preposition or a verb; -1 when there is none.
   */
  private int participleComplement(List<Word> ws, int m, int k) {
    if (!INDEFINITE.contains(ws.get(m).lower()) || !COMPLEMENT_PREPOSITIONS.contains(ws.get(k).lower())
        || !VerbForms.participle(ws.get(k - 1).lower())) {
      return -1;
    }
    int last = -1;
    for (int j = k + 1; j < ws.size() && j - k <= COMPLEMENT_WORDS; j++) {
      Word w = ws.get(j);
      boolean de = w.is("de", "du", "des", "d'");
      if (!w.isWord() || !de && FrenchWords.NP_STOPS.contains(w.lower())
          || verbs.isVerbAt(ws, j) && !w.isCapitalised()) {
        break;
      }
      j = entityEnd(ws, j);
      if (!de && !FrenchWords.DETERMINERS.contains(w.lower())) {
        last = j; // (a phrase ends with no article nor "de")
      }
    }
    return last;
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
