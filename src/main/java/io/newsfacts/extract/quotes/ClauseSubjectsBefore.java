package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The subject a French reader gives a subject pronoun ("», affirme-t-il", "elle a déclaré : «"):
 * the person who is the subject of the nearest clause before it, read from words alone (no parse).
 * A person is a clause's subject when nothing but the sentence's start, a comma, a conjunction or a
 * role phrase opening the sentence ("Le ministre de l'Intérieur X") comes before the name, and a
 * verb (a lower-case word that is no preposition, determiner or relative pronoun), a clitic or a
 * colon comes after it, past an apposition between commas ("X, maire de Y, a dit"). Names after a
 * verb (objects), after a preposition ("de X", "par X", "contre X"), after "que"/"qui"/"si"/"quand"
 * (inside a subordinate or relative clause) are spoken of, not subjects; so are names in quotes.
 */
final class ClauseSubjectsBefore {
  /** Sentences read back at most. */
  private static final int SENTENCES = 4;

  /** Words of a role phrase read back from a name ("le ministre de l'Intérieur X"). */
  private static final int ROLE_WORDS = 8;

  /** Words of an apposition between commas after a name ("X, maire de Y, a dit"). */
  private static final int APPOSITION_WORDS = 15;

  /** Conjunctions after which a new clause's subject comes ("mais X estime", "et Y répond"). */
  private static final String[] CONJUNCTIONS = {"et", "mais", "puis", "car", "donc", "or", "ensuite", "alors"};

  /** Words after a name that show it is no subject: prepositions, relatives, coordination. */
  private static final String[] NOT_VERBS = {"et", "ou", "ni", "qui", "que", "qu'", "dont", "«»", "comme", "lui-même",
      "elle-même"};

  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;
  private final IntPredicate notAntecedent;
  private final Background background;

  ClauseSubjectsBefore(QuotedText quoted, People people, RoleNouns roleNouns, IntPredicate notAntecedent,
      Background background) {
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.notAntecedent = notAntecedent;
    this.background = background;
  }

  /**
   * Who a pronoun of gender {@code gender} at {@code at} stands for by the subject rule, or null:
   * reading back sentence by sentence from {@code at} (not before {@code floor}, where the previous
   * speaker was named), the first sentence with a person, a role phrase or a subject pronoun as
   * the subject of its main clause decides: a person of a fitting gender; a pronoun or a role
   * phrase of the same gender sends the reading one sentence further back ("X écarte cette
   * possibilité. Il estime que ... «...», affirme-t-il"); anything else gives null (the older rules
   * decide), as does a sentence that names a person only as no subject. A sentence told as
   * background whose subject is not {@code followed}, the speaker the story follows ({@link
   * Background}), is read over: "«...», assure X. Y avait promis ... Interrogé, il explique".
   */
  Speaker before(int at, Character gender, int floor, String followed) {
    int end = at;
    int start = quoted.sentenceStart(at);
    String holder = null;
    List<String> roleWords = List.of();
    for (int n = 0; n < SENTENCES && end > floor; n++) {
      int from = Math.max(start, floor);
      List<Word> ws = quoted.words(from, end);
      Subject subject = mainSubject(ws, from, end);
      boolean recalled = subject != null && subject.person() != null && followed != null
          && background.recalledBesides(subject.person(), followed);
      if (recalled) {
        subject = null; // (and the person it names is no subject either)
      } else if (subject != null && subject.person() != null) {
        String name = people.canonical(subject.person());
        Character g = people.gender(name);
        if (g != null && !g.equals(gender) || holder != null && !holder.equals(name) && !holds(name, roleWords)) {
          return null;
        }
        return new Speaker(name, people.role(name), g, subject.person().start(), SpeakerResolver.PRONOUN);
      }
      if (subject != null && subject.role() != null) {
        // "X appelle l'UMP à la prudence. L'ancien ministre a estimé ... «...», a-t-il dit": a
        // role phrase as subject names the subject before it, unless the article gives that
        // role to someone else
        Character g = roleNouns.gender(String.join(" ", subject.role()), subject.article());
        if (g != null && !g.equals(gender)) {
          return null;
        }
        // "François Bayrou, président du MoDem ... Le président du Modem a accusé ... il a
        // déploré": a role phrase with its complement that one person holds is that person, not
        // the last "président" named ("au président Vladimir Poutine")
        String qualifiedHolder = holder == null && subject.qualified().size() > subject.role().size()
            ? people.withRole(subject.qualified(), at) : null;
        if (qualifiedHolder != null) {
          Character hg = people.gender(qualifiedHolder);
          return hg != null && !hg.equals(gender) ? null : new Speaker(qualifiedHolder,
              people.role(qualifiedHolder), hg, subject.at(), SpeakerResolver.PRONOUN);
        }
        if (holder == null) {
          holder = people.withRole(subject.role(), at);
          roleWords = subject.role();
        }
      } else if (subject != null) {
        if (!subject.pronoun().equals(gender == 'm' ? "il" : "elle")) {
          return null;
        }
      } else if (!recalled && !people.personsSince(from, end, notAntecedent).isEmpty()) {
        return null; // a person named there but as no subject: the older rules decide
      }
      if (start <= 0) {
        break;
      }
      end = start;
      int last = start - 1;
      while (last > 0 && Character.isWhitespace(quoted.text().charAt(last))) {
        last--; // a paragraph break is no sentence
      }
      start = quoted.sentenceStart(last);
    }
    return null;
  }

  /** Whether the article gives {@code name} a role holding the last of {@code words}, its noun. */
  private boolean holds(String name, List<String> words) {
    String role = people.role(name);
    return role != null && !words.isEmpty() && List.of(role.toLowerCase(Locale.ROOT).split("[\\s']+"))
        .contains(words.get(words.size() - 1));
  }

  /** A clause's subject: a person mention, a role phrase (its noun's words and article) or a pronoun. */
  private record Subject(int at, Entity person, List<String> role, String article, String pronoun,
      List<String> qualified) {}

  /** Words opening a subordinate clause put before the main one ("Alors que ..., X écarte"). */
  private static final String[] SUBORDINATE_OPENERS = {"alors", "quand", "lorsque", "lorsqu'", "si", "s'", "comme",
      "puisque", "puisqu'", "tandis", "bien", "même", "dès", "après", "avant", "parce", "pendant", "depuis"};

  /**
   * The subject of the main clause of {@code ws} (text [from, end)): the first clause subject (a
   * person, a role phrase or "il"/"elle"), the last one when the sentence opens with a
   * subordinate clause ("Alors qu'en interne, Y ..., X écarte"); null if none.
   */
  private Subject mainSubject(List<Word> ws, int from, int end) {
    List<Subject> found = new ArrayList<>();
    for (Entity e : people.personsSince(from, end, notAntecedent)) {
      int k0 = indexAt(ws, e.start());
      int k1 = indexAt(ws, e.end());
      if (k0 >= 0 && k1 >= 0 && opensClause(ws, k0) && verbFollows(ws, k1)) {
        found.add(new Subject(e.start(), e, null, null, null, null));
      }
    }
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (w.is("il", "elle") && opensClause(ws, k) && verbFollows(ws, k + 1)) {
        found.add(new Subject(w.start(), null, null, null, w.lower(), null));
      } else if (w.is("le", "la", "l'") && opensClause(ws, k)) {
        Subject role = rolePhrase(ws, k);
        if (role != null) {
          found.add(role);
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    found.sort(Comparator.comparingInt(Subject::at));
    boolean subordinateFirst = !ws.isEmpty() && ws.get(0).is(SUBORDINATE_OPENERS);
    return found.get(subordinateFirst ? found.size() - 1 : 0);
  }

  /**
   * The role phrase opened by the article at {@code k} when it is a clause's subject ("le délégué
   * général de La République en marche appelle"): no name inside it (the name is the subject then),
   * a verb after it and its complements; else null.
   */
  private Subject rolePhrase(List<Word> ws, int k) {
    int h = k + 1;
    while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
      h++;
    }
    int n = roleNouns.startsAt(ws, h);
    if (n == 0) {
      return null;
    }
    int m = h + n;
    while (m < ws.size() && m <= h + ROLE_WORDS) {
      Word w = ws.get(m);
      if (people.at(w.start()) != null) {
        return null;
      }
      if (FrenchWords.PREPOSITIONS.contains(w.lower()) || FrenchWords.DETERMINERS.contains(w.lower())) {
        m += 2;
      } else if (w.isCapitalised() || w.is("-")) {
        m++;
      } else {
        break;
      }
    }
    if (m < ws.size() && people.at(ws.get(m).start()) != null || !verbFollows(ws, m)) {
      return null;
    }
    List<String> noun = ws.subList(k + 1, h + n).stream().map(Word::lower).toList();
    List<String> qualified = ws.subList(k + 1, m).stream().filter(Word::isWord).map(Word::lower).toList();
    return new Subject(ws.get(k).start(), null, noun, ws.get(k).lower(), null, qualified);
  }

  /** The index of the first word starting at or after {@code at}, or -1. */
  private static int indexAt(List<Word> ws, int at) {
    for (int k = 0; k < ws.size(); k++) {
      if (ws.get(k).start() >= at) {
        return k;
      }
    }
    return ws.isEmpty() || at < ws.get(ws.size() - 1).end() ? -1 : ws.size();
  }

  /**
   * Whether the word at {@code k} opens a clause as its subject: at the start, after a comma or a
   * conjunction, or after a role phrase that does ("Le ministre de l'Intérieur X"); titles ("M.")
   * are read over.
   */
  private boolean opensClause(List<Word> ws, int k) {
    int j = k - 1;
    while (j >= 0 && (FrenchWords.TITLES.contains(ws.get(j).lower()) || ws.get(j).is("."))) {
      j--;
    }
    if (j < 0 || ws.get(j).is(",", ";", ":") || ws.get(j).is(CONJUNCTIONS)) {
      return true;
    }
    Word w = ws.get(j);
    if (w.is("que", "qu'") && ws.size() > 1 && ws.get(0).is("c'") && ws.get(1).is("est", "était")) {
      return true; // "C'est ainsi que X défend": a cleft sentence's subject
    }
    if (!w.isWord() || FrenchWords.PREPOSITIONS.contains(w.lower()) || w.is("que", "qu'", "qui", "si", "quand",
        "lorsque", "lorsqu'", "comme", "dont", "où") || isVerb(w)) {
      return false;
    }
    // "Le ministre de l'Intérieur X": a role phrase opening the clause, read back to its determiner
    for (int i = j; i >= 0 && i >= j - ROLE_WORDS; i--) {
      Word r = ws.get(i);
      if (!r.isWord() && !r.is("-") || isVerb(r)) {
        return false;
      }
      if (FrenchWords.DEFINITE.contains(r.lower()) || r.is("un", "une")) {
        int h = i + 1;
        while (h < j && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
          h++;
        }
        return roleNouns.startsAt(ws, h) > 0 && (i == 0 || ws.get(i - 1).is(",", ";") || ws.get(i - 1).is(CONJUNCTIONS));
      }
    }
    return false;
  }

  /**
   * The index of the first word at or after {@code k} past an apposition between commas ("X,
   * maire de Y, a dit") and parentheses ("X (PS) a dit"), or -1 when the comma at {@code k} opens
   * no apposition closed within {@link #APPOSITION_WORDS} words.
   */
  static int pastApposition(List<Word> ws, int k) {
    if (k < ws.size() && ws.get(k).is(",")) {
      int close = -1;
      for (int i = k + 1; i < ws.size() && i <= k + APPOSITION_WORDS; i++) {
        if (ws.get(i).is(",")) {
          close = i;
          break;
        }
        if (ws.get(i).is(".", ";", ":", "«»")) {
          break;
        }
      }
      if (close < 0) {
        return -1;
      }
      k = close + 1;
    }
    while (k < ws.size() && ws.get(k).is("(")) {
      while (k < ws.size() && !ws.get(k).is(")")) {
        k++;
      }
      k++;
    }
    return k;
  }

  /**
   * Whether a verb of the clause comes at {@code k}, past an apposition between commas ("X, maire
   * de Y, a dit"; "X, qui avait critiqué Y, affirme"): a singular auxiliary, a clitic, a colon or a
   * lower-case word that is no preposition, determiner, coordination or relative pronoun.
   */
  private static boolean verbFollows(List<Word> ws, int k) {
    if (k < 0) {
      return false;
    }
    k = pastApposition(ws, k);
    if (k < 0 || k >= ws.size()) {
      return false;
    }
    Word w = ws.get(k);
    if (w.is(":")) {
      return true;
    }
    if (!w.isWord() || w.isCapitalised() || w.is(NOT_VERBS) || FrenchWords.PLURAL_AUXILIARIES.contains(w.lower())) {
      return false;
    }
    return FrenchWords.CLITICS.contains(w.lower()) || !FrenchWords.PREPOSITIONS.contains(w.lower())
        && !FrenchWords.DETERMINERS.contains(w.lower());
  }

  private static boolean isVerb(Word w) {
    return FrenchWords.isFinite(w.lower());
  }
}
