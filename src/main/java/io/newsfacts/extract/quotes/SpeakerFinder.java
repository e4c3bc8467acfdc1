package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds who said a quote from the words around it: the reporting clause after the quote ("», a
 * indiqué le porte-parole du MIDI, Jonathan Lavallée"), the clause before it ("X a déclaré : «",
 * "Pour X, «"), and resolves what that clause names — a person, a role introduced earlier ("le
 * porte-parole"), a pronoun ("explique-t-il"), or an unnamed source kept as the article words it.
 */
final class SpeakerFinder {
  /** Words allowed between a colon and the quote it introduces ("rien de moins que"). */
  private static final int COLON_GAP = 5;
  /** Words allowed between a reporting verb and the quote it governs ("a dénoncé dans la soirée"). */
  private static final int VERB_GAP = 6;
  private static final int MAX_NP_WORDS = 12;
  /** Adverbs allowed between an auxiliary and its participle ("a aussi indiqué"). */
  private static final int MAX_ADVERBS = 3;
  /**
   * The last word of a verb group from {@link #verbAt} is at most this many words after its first:
   * "se", the auxiliary, the adverbs, the participle.
   */
  static final int MAX_GROUP = MAX_ADVERBS + 2;
  /** The previous speaker carries over to later words at most this far. */
  static final int CARRY = 1500;

  /** Heads of noun phrases that can speak without a name: "une source", "l'entourage", "le tribunal". */
  private static final Set<String> SOURCE_NOUNS = Set.copyOf(Lexicon.lines("quotes/source-nouns.txt"));

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final ReportingVerbs verbs;
  private final RoleNouns roleNouns;
  /** Offsets of the words the tagger found to be finite verbs (empty when there are no tags). */
  private final BitSet finiteVerbs;

  SpeakerFinder(QuotedText quoted, People people, ReportingVerbs verbs, RoleNouns roleNouns, BitSet finiteVerbs) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.finiteVerbs = finiteVerbs;
    this.people = people;
    this.verbs = verbs;
    this.roleNouns = roleNouns;
  }

  record Attribution(Speaker speaker, Cue cue) {}

  /** A verb group in a word list: words [first, last], with its inverted subject pronoun if any. */
  record VerbGroup(int first, int last, String pronoun) {}

  /** The speaker of quote {@code q}, given the speaker of the previous quote (or null). */
  Attribution attribute(Marked q, Speaker previous) {
    int sentenceStart = quoted.sentenceStart(q.open());
    int sentenceEnd = quoted.sentenceEnd(q.close());
    List<Word> right = quoted.words(q.close(), sentenceEnd);
    List<Word> left = quoted.words(sentenceStart, q.open());

    Speaker s = after(right, 0, previous, q.close());
    if (s != null) {
      return new Attribution(s, Cue.AFTER);
    }
    s = colon(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.COLON);
    }
    s = verbBefore(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.BEFORE);
    }
    s = leftIncise(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.LEFT_INCISE);
    }
    s = frame(left, q.open());
    if (s != null) {
      return new Attribution(s, Cue.FRAME);
    }
    s = endIncise(right, previous, q.close());
    if (s != null) {
      return new Attribution(s, Cue.END_INCISE);
    }
    if (previous != null && previous.at() >= sentenceStart && previous.at() < q.open()) {
      return new Attribution(previous, Cue.SAME_SENTENCE);
    }
    if (previous != null && q.open() - previous.at() <= CARRY) {
      return new Attribution(previous, Cue.FLOATING);
    }
    return new Attribution(null, Cue.NONE);
  }

  // ---- cues ---------------------------------------------------------------------------------

  /** "», a indiqué X", "», explique-t-il", "», selon X" starting at word {@code i}. */
  Speaker after(List<Word> ws, int i, Speaker previous, int at) {
    while (i < ws.size() && ws.get(i).is(",", "!", "?", "…", ")")) {
      i++;
    }
    if (i >= ws.size()) {
      return null;
    }
    if (ws.get(i).is("selon", "d'après")) {
      int[] np = npAfter(ws, i + 1);
      return np == null ? null : resolve(np[0], np[1], at, previous, false);
    }
    VerbGroup vg = verbAt(ws, i);
    if (vg == null) {
      return null;
    }
    return invertedSubject(ws, vg, previous, at);
  }

  /**
   * The speaker of a reporting clause that closes a paraphrase ("..., explique le porte-parole."):
   * an inverted pronoun, a name, a role or a source, never just any noun phrase ("maintient son
   * rassemblement" names nobody).
   */
  Speaker closingSpeaker(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null) {
      return invertedSubject(ws, vg, previous, at);
    }
    int[] np = npAfter(ws, vg.last() + 1);
    return np == null || !namesSpeaker(np[0], np[1]) ? null : resolve(np[0], np[1], at, null, true);
  }

  /**
   * "Selon X, le chef de l'équipe, ...": the index of the comma closing a role apposed at word
   * {@code from}, or -1 when no role stands there.
   */
  int apposedRoleEnd(List<Word> ws, int from) {
    int h = from;
    if (h < ws.size() && FrenchWords.DEFINITE.contains(ws.get(h).lower())) {
      h++;
    }
    while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
      h++;
    }
    if (roleNouns.startsAt(ws, h) == 0) {
      return -1;
    }
    for (int m = h + 1; m < ws.size() && m - h <= MAX_NP_WORDS; m++) {
      Word w = ws.get(m);
      if (w.is(",")) {
        return m;
      }
      if (!w.isWord() || FrenchWords.FINITE_VERBS.contains(w.lower()) || finiteVerbs.get(w.start())) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a noun phrase's head is a name, a role ("le porte-parole") or a source ("une source"). */
  private boolean namesSpeaker(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    while (head >= 0 && head < ws.size() - 1 && FrenchWords.TITLES.contains(ws.get(head).lower())) {
      head++;
    }
    if (head < 0) {
      return false;
    }
    Word h = ws.get(head);
    Entity e = people.at(h.start());
    if (e != null) {
      return e.type() != EntityType.MISC;
    }
    String noun = h.lower();
    String singular = noun.endsWith("s") || noun.endsWith("x") ? noun.substring(0, noun.length() - 1) : noun;
    return roleNouns.startsAt(ws, head) > 0 || roleNouns.contains(singular) || SOURCE_NOUNS.contains(noun);
  }

  /** The subject of an inverted reporting verb: its pronoun suffix or the noun phrase after it. */
  private Speaker invertedSubject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null) {
      if (vg.pronoun().equals("on")) {
        return impersonal(ws, vg.last() + 1, previous, at);
      }
      return pronoun(vg.pronoun(), at, previous);
    }
    int[] np = npAfter(ws, vg.last() + 1);
    return np == null ? null : resolve(np[0], np[1], at, previous, false);
  }

  /** "a-t-on insisté de même source", "a-t-on appris auprès de l'entourage du président". */
  private Speaker impersonal(List<Word> ws, int from, Speaker previous, int at) {
    for (int k = from; k < ws.size() && ws.get(k).isWord(); k++) {
      if (ws.get(k).is("même") && k + 1 < ws.size() && ws.get(k + 1).is("source")) {
        return previous;
      }
      if (ws.get(k).is("auprès") && k + 1 < ws.size() && ws.get(k + 1).is("de", "du", "des", "d'")) {
        int start = ws.get(k + 1).is("de", "d'") ? k + 2 : k + 1;
        int[] np = npAfter(ws, start);
        if (np != null) {
          return resolve(np[0], np[1], at, previous, false);
        }
      }
    }
    return previous != null && at - previous.at() <= CARRY ? previous : null;
  }

  /** "X explique : «", "Barnier : «", "...son ambition : rien de moins que «". */
  private Speaker colon(List<Word> ws, Speaker previous, int at) {
    int c = -1;
    for (int k = ws.size() - 1; k >= 0 && ws.size() - 1 - k <= COLON_GAP; k--) {
      if (ws.get(k).is(":")) {
        c = k;
        break;
      }
      if (!ws.get(k).isWord()) {
        return null;
      }
    }
    if (c <= 0) {
      return null;
    }
    List<Word> clause = ws.subList(0, c);
    int last = clause.size() - 1;
    if (!isVerb(clause.get(last))) {
      int[] np = npEndingAt(clause, last);
      if (np != null) {
        Speaker s = resolve(np[0], np[1], at, previous, true);
        if (s != null) {
          return s;
        }
      }
    }
    Speaker s = lastVerbSubject(clause, previous, at);
    if (s != null) {
      return s;
    }
    for (int k = last; k >= 0; k--) {
      Entity e = people.at(clause.get(k).start());
      if (e != null && e.type() == EntityType.PERSON && !quoted.inQuote(e.start())) {
        return person(e, null);
      }
    }
    return null;
  }

  /** "X a dénoncé dans la soirée «", "X parle de «": a reporting verb a few words before. */
  private Speaker verbBefore(List<Word> ws, Speaker previous, int at) {
    for (int k = ws.size() - 1; k >= 0 && ws.size() - 1 - k <= VERB_GAP; k--) {
      Word w = ws.get(k);
      if (!w.isWord() && !w.is(",")) {
        return null;
      }
      VerbGroup vg = verbEndingAt(ws, k);
      if (vg != null) {
        return subjectOf(ws, vg, previous, at);
      }
    }
    return null;
  }

  /** ", a souligné une source à l'UMP, mais «": an inverted reporting clause earlier on. */
  private Speaker leftIncise(List<Word> ws, Speaker previous, int at) {
    for (int k = ws.size() - 1; k > 0; k--) {
      if (!ws.get(k - 1).is(",")) {
        continue;
      }
      VerbGroup vg = verbAt(ws, k);
      if (vg != null && (vg.pronoun() != null || startsNounPhrase(ws, vg.last() + 1))) {
        Speaker s = invertedSubject(ws, vg, previous, at);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** "Pour X, ...", "Selon X, ...", "D'après X, ..." at the start of the sentence. */
  private Speaker frame(List<Word> ws, int at) {
    int k = 0;
    while (k < ws.size() && ws.get(k).is("mais", "et", "or", "ainsi", "donc", "enfin")) {
      k++;
    }
    for (; k < ws.size(); k++) {
      if (ws.get(k).is("pour", "selon", "d'après")) {
        int end = k + 1;
        while (end < ws.size() && ws.get(end).isWord()) {
          end++;
        }
        if (end < ws.size() && ws.get(end).is(",") && end > k + 1) {
          Speaker s = resolve(ws.get(k + 1).start(), ws.get(end - 1).end(), at, null, true);
          if (s != null) {
            return s;
          }
        }
      }
      if (k == 0 || !ws.get(k).is("selon")) {
        break; // "pour" frames only at the start; "selon" anywhere
      }
    }
    for (int j = 1; j < ws.size(); j++) {
      if (ws.get(j).is("selon") && ws.get(j - 1).is(",")) {
        int[] np = npAfter(ws, j + 1);
        if (np != null) {
          return resolve(np[0], np[1], at, null, true);
        }
      }
    }
    return null;
  }

  /** "« ... » entre Paris et Bordeaux, a souligné Rachel Picard.": an inverted clause later on. */
  private Speaker endIncise(List<Word> ws, Speaker previous, int at) {
    for (int k = 1; k < ws.size(); k++) {
      if (ws.get(k - 1).is(",")) {
        VerbGroup vg = verbAt(ws, k);
        if (vg != null && (vg.pronoun() != null || startsNounPhrase(ws, vg.last() + 1))) {
          Speaker s = invertedSubject(ws, vg, previous, at);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /** The subject of the last reporting verb of {@code clause}. */
  private Speaker lastVerbSubject(List<Word> clause, Speaker previous, int at) {
    for (int k = clause.size() - 1; k >= 0; k--) {
      VerbGroup vg = verbEndingAt(clause, k);
      if (vg != null) {
        Speaker s = subjectOf(clause, vg, previous, at);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /** The subject of a verb group: after it when inverted (", a dit X"), else before it. */
  Speaker subjectOf(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null || (vg.first() > 0 && ws.get(vg.first() - 1).is(",")
        && startsNounPhrase(ws, vg.last() + 1))) {
      return invertedSubject(ws, vg, previous, at);
    }
    return subjectBefore(ws, vg.first(), previous, at);
  }

  // ---- verbs --------------------------------------------------------------------------------

  private boolean isVerb(Word w) {
    String base = ReportingVerbs.splitInverted(w.lower())[0];
    return verbs.isForm(base) || FrenchWords.AUXILIARIES.contains(base) || finiteVerbs.get(w.start());
  }

  /** A reporting verb group starting at word {@code i}: "explique", "a indiqué", "s'est exclamé". */
  VerbGroup verbAt(List<Word> ws, int i) {
    int j = i;
    if (j < ws.size() && ws.get(j).is("s'", "se")) {
      j++;
    }
    if (j >= ws.size() || !ws.get(j).isWord() || ws.get(j).isCapitalised() && j > 0) {
      return null;
    }
    // "s'est exclamé" reports speech, "se poursuit" and "se décrivait" do not
    boolean reflexive = j > i;
    String[] split = ReportingVerbs.splitInverted(ws.get(j).lower());
    if (FrenchWords.AUXILIARIES.contains(split[0])) {
      int k = j + 1;
      while (k < ws.size() && k - j <= MAX_ADVERBS && FrenchWords.ADVERBS.contains(ws.get(k).lower())) {
        k++;
      }
      if (k < ws.size() && verbs.isForm(ws.get(k).lower()) && (!reflexive || verbs.isPronominal(ws.get(k).lower()))) {
        return new VerbGroup(i, k, split[1]);
      }
      return null;
    }
    if (verbs.isForm(split[0]) && (split[1] != null || !isInfinitive(split[0]))
        && (!reflexive || verbs.isPronominal(split[0]))) {
      return new VerbGroup(i, j, split[1]);
    }
    return null;
  }

  /** The reporting verb group whose main verb is word {@code k}, or null. */
  VerbGroup verbEndingAt(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (!w.isWord() || !verbs.isForm(ReportingVerbs.splitInverted(w.lower())[0])) {
      return null;
    }
    int first = k;
    int j = k - 1;
    while (j >= 0 && FrenchWords.ADVERBS.contains(ws.get(j).lower()) && k - j <= 3) {
      j--;
    }
    if (j >= 0 && FrenchWords.AUXILIARIES.contains(ReportingVerbs.splitInverted(ws.get(j).lower())[0])) {
      first = j;
      if (first > 0 && ws.get(first - 1).is("s'")) {
        first--;
      }
    } else if (k > 0 && ws.get(k - 1).is("s'", "se")) {
      first = k - 1;
    }
    VerbGroup vg = verbAt(ws, first);
    return vg != null && vg.last() == k ? vg : null;
  }

  /** The word of a verb group that carries tense and person: the auxiliary or the verb itself. */
  private static Word finiteWord(List<Word> ws, VerbGroup vg) {
    int j = vg.first();
    return ws.get(j).is("s'", "se") && j < vg.last() ? ws.get(j + 1) : ws.get(j);
  }

  /**
   * Whether a verb group is conjugated, so that it has a subject of its own: not a present
   * participle ("en regrettant que", "suggérant la pureté") nor a bare past participle.
   */
  boolean isFinite(List<Word> ws, VerbGroup vg) {
    String w = ReportingVerbs.splitInverted(finiteWord(ws, vg).lower())[0];
    if (FrenchWords.AUXILIARIES.contains(w)) {
      return true;
    }
    return !(w.endsWith("ant") || w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées"));
  }

  /** "ne réagissant qu'à", "n'a jamais dit que": a negated verb reports no words. */
  boolean isNegated(List<Word> ws, VerbGroup vg) {
    for (int j = vg.first() - 1; j >= 0 && FrenchWords.CLITICS.contains(ws.get(j).lower()); j--) {
      if (ws.get(j).is("ne", "n'")) {
        return true;
      }
    }
    return vg.first() > 0 && ws.get(vg.first() - 1).is("pas", "jamais", "guère", "point", "rien", "plus");
  }

  /** Whether the verb group is a reporting verb that can close a paraphrase ("..., explique X."). */
  boolean isIncise(List<Word> ws, VerbGroup vg) {
    return verbs.isIncise(ReportingVerbs.splitInverted(ws.get(vg.last()).lower())[0]) && isFinite(ws, vg);
  }

  /**
   * Whether words [from, to) make a clause: a conjugated verb outside relative clauses and
   * brackets. "Le collectif, qui avait réuni 8 000 manifestants en octobre," is a noun phrase.
   */
  boolean isClause(List<Word> ws, int from, int to) {
    boolean relative = false;
    int brackets = 0;
    for (int i = from; i < to; i++) {
      Word w = ws.get(i);
      if (w.is("(")) {
        brackets++;
      } else if (w.is(")")) {
        brackets = Math.max(0, brackets - 1);
      } else if (w.is("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où")) {
        relative = true;
      } else if (w.is(",", "–", "—", ";", ":")) {
        relative = false;
      } else if (!relative && brackets == 0 && (finiteVerbs.get(w.start())
          || FrenchWords.FINITE_VERBS.contains(w.lower()) || isFiniteReportingForm(w.lower()))) {
        return true;
      }
    }
    return false;
  }

  /** "s’amuse", "affirme": a reporting verb form that is neither a participle nor an infinitive. */
  private boolean isFiniteReportingForm(String w) {
    return verbs.isForm(w) && !isInfinitive(w) && !w.endsWith("ant") && !w.endsWith("é") && !w.endsWith("ée")
        && !w.endsWith("és") && !w.endsWith("ées");
  }

  private static boolean isInfinitive(String w) {
    return w.endsWith("er") || w.endsWith("ir") || w.endsWith("re");
  }

  // ---- noun phrases -------------------------------------------------------------------------

  private boolean startsNounPhrase(List<Word> ws, int i) {
    return npAfter(ws, i) != null;
  }

  /**
   * The subject noun phrase after an inverted verb, skipping adverbs and prepositional phrases
   * ("écrit dans un communiqué Sébastien Chenu"): [start, end) offsets, or null.
   */
  int[] npAfter(List<Word> ws, int from) {
    boolean inPhrase = false;
    for (int m = from; m < ws.size() && m - from <= MAX_NP_WORDS; m++) {
      Word w = ws.get(m);
      if (!w.isWord() || FrenchWords.CLAUSE_OPENERS.contains(w.lower())) {
        return null; // "a indiqué que les prix ...": what follows "que" is the reported clause
      }
      Entity e = people.at(w.start());
      // after the first word, "des"/"du" complete a noun ("aux présidents des deux assemblées")
      boolean partitive = m > from && w.is("des", "du");
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
    for (int k = end + 1; k < ws.size() && k - m <= MAX_NP_WORDS; k++) {
      Word w = ws.get(k);
      source |= ws.get(k - 1).is("source", "sources");
      if (w.is(",")) {
        Entity e = k + 1 < ws.size() ? people.at(ws.get(k + 1).start()) : null;
        if (e != null && e.type() == EntityType.PERSON) {
          return new int[] {ws.get(m).start(), e.end()};
        }
        break;
      }
      if (!w.isWord() || isVerb(w) && !w.isCapitalised()) {
        break;
      }
      if (FrenchWords.NP_STOPS.contains(w.lower()) && !(source && w.is("à", "au", "proche"))) {
        break;
      }
      k = entityEnd(ws, k);
      end = k;
    }
    return new int[] {ws.get(m).start(), ws.get(end).end()};
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

  /** The subject before verb group start {@code v}: a pronoun, "X, qui", a name, a noun phrase. */
  private Speaker subjectBefore(List<Word> ws, int v, Speaker previous, int at) {
    int k = v - 1;
    while (k >= 0 && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Word w = ws.get(k);
    if (FrenchWords.SUBJECT_PRONOUNS.contains(w.lower())) {
      return w.is("on") ? null : pronoun(w.lower(), ws.get(k).start(), previous);
    }
    boolean relative = w.is("qui");
    if (relative) {
      k--;
      if (k >= 0 && ws.get(k).is(",")) {
        k--;
      }
    } else if (w.is(",")) {
      int p = k - 1;
      while (p >= 0 && !ws.get(p).is(",") && (ws.get(p).isWord() || ws.get(p).is("-"))) {
        p--;
      }
      if (p < 0 || !ws.get(p).is(",")) {
        return null;
      }
      Entity e = people.at(ws.get(p + 1).start());
      if (e != null && e.type() == EntityType.PERSON && e.end() >= ws.get(k - 1).end()) {
        // "Le président de l'UMP, Jean-François Copé, a annoncé": the name in commas is the subject
        int[] before = npEndingAt(ws, p - 1);
        String role = before == null ? null : roleOf(before[0], before[1]);
        return person(e, role);
      }
      k = p - 1;
    }
    if (k < 0) {
      return null;
    }
    int[] np = npEndingAt(ws, k);
    if (np == null || !agrees(ws, v, np)) {
      return null;
    }
    // the words before "qui" may end with a complement: "l'ombre au tableau d'une soirée, qui a
    // confirmé que" does not make the evening a speaker
    return relative && !namesSpeaker(np[0], np[1]) ? null : resolve(np[0], np[1], at, previous, false);
  }

  /**
   * Whether subject text[np[0], np[1]) and the verb group starting at word {@code v} can agree in
   * number: "l'Allemagne, qui estiment" cannot, so the plural verb has some other subject.
   */
  private boolean agrees(List<Word> ws, int v, int[] np) {
    Boolean verb = verbIsPlural(ws, v);
    Boolean subject = phraseIsPlural(np[0], np[1]);
    if (verb == null || subject == null || verb.equals(subject)) {
      return true;
    }
    // "Paris et Berlin ont affirmé": the phrase read leftwards is only the last conjunct
    List<Word> before = Word.scan(text, Math.max(0, np[0] - 8), np[0]);
    return !before.isEmpty() && before.get(before.size() - 1).is("et", "ou");
  }

  /** The number of the verb group starting at word {@code v}: true plural, false singular, null unknown. */
  private static Boolean verbIsPlural(List<Word> ws, int v) {
    int j = v < ws.size() - 1 && ws.get(v).is("s'", "se") ? v + 1 : v;
    String w = ReportingVerbs.splitInverted(ws.get(j).lower())[0];
    if (FrenchWords.PLURAL_AUXILIARIES.contains(w)) {
      return true;
    }
    if (FrenchWords.AUXILIARIES.contains(w)) {
      return false;
    }
    if (w.endsWith("ant") || w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")) {
      return null;
    }
    // third person plural: "estiment", "disaient", "dirent", "diront"; not "soutient", "craint", "dément"
    return w.endsWith("nt") && !w.endsWith("int") && !w.endsWith("tient") && !w.endsWith("vient")
        && !w.equals("dément");
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
    for (int i = j - 1; i >= 0 && k - i <= MAX_NP_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord() || isVerb(w)) {
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
        if (w.is("des", "du") && i > 0 && isPlainWord(ws.get(i - 1))) {
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

  /** A lower-case word that can be a noun inside a noun phrase (not a verb, a preposition or a stop). */
  private boolean isPlainWord(Word w) {
    String l = w.lower();
    return w.isWord() && !w.isCapitalised() && !isVerb(w) && !FrenchWords.NP_STOPS.contains(l)
        && !FrenchWords.PREPOSITIONS.contains(l) && !FrenchWords.DETERMINERS.contains(l)
        && !FrenchWords.CLITICS.contains(l) && !FrenchWords.SUBJECT_PRONOUNS.contains(l);
  }

  // ---- resolution ---------------------------------------------------------------------------

  /**
   * Who the noun phrase text[start, end) names. {@code strict}: keep article words as the speaker
   * only when they look like a source ("une source", "l'entourage de X"), not any noun phrase.
   */
  Speaker resolve(int start, int end, int at, Speaker previous, boolean strict) {
    List<Word> ws = quoted.words(start, end);
    if (ws.isEmpty()) {
      return null;
    }
    if (ws.size() == 1 && ws.get(0).is("lui", "eux")) {
      return pronoun(ws.get(0).is("lui") ? "il" : "ils", start, previous);
    }
    if (ws.size() == 1 && FrenchWords.SUBJECT_PRONOUNS.contains(ws.get(0).lower())) {
      return ws.get(0).is("on") ? null : pronoun(ws.get(0).lower(), start, previous);
    }
    Entity firstPerson = null;
    Entity firstOther = null;
    int personIndex = -1;
    for (int i = 0; i < ws.size(); i++) {
      Entity e = people.at(ws.get(i).start());
      if (e == null) {
        continue;
      }
      if (e.type() == EntityType.PERSON && firstPerson == null) {
        firstPerson = e;
        personIndex = i;
      } else if (e.type() != EntityType.PERSON && e.type() != EntityType.MISC && firstOther == null) {
        firstOther = e;
      }
    }
    int head = headIndex(ws);
    String phrase = text.substring(start, end).strip();
    if (firstPerson != null) {
      int before = personIndex - 1;
      while (before >= 0 && FrenchWords.TITLES.contains(ws.get(before).lower())) {
        before--;
      }
      boolean complement = before >= 0 && ws.get(before).is("de", "du", "des", "d'");
      if (!complement) {
        String role = before >= head && head >= 0 ? roleOf(ws.get(head).start(), ws.get(before).end()) : null;
        return person(firstPerson, role);
      }
      // "la garde rapprochée de Pierre Moscovici": the person is not the speaker
      return new Speaker(phrase, null, genderOf(ws), start);
    }
    if (head >= 0 && roleNouns.startsAt(ws, head) > 0) {
      return role(ws, head, start, end, at, previous);
    }
    if (firstOther != null && (head < 0 || people.at(ws.get(head).start()) == firstOther)) {
      return new Speaker(people.canonical(firstOther), null, null, start);
    }
    if (isElliptic(ws)) {
      String noun = pluralBefore(start);
      return new Speaker(noun == null ? phrase : phrase + " " + noun, null, genderOf(ws), start);
    }
    boolean sourceLike = head >= 0 && SOURCE_NOUNS.contains(ws.get(head).lower());
    if (head >= 0 && FrenchWords.DETERMINERS.contains(ws.get(0).lower())
        && (sourceLike || firstOther != null || !strict && ws.size() >= 2)) {
      return new Speaker(phrase, null, genderOf(ws), start);
    }
    return null;
  }

  /** A role phrase ("le porte-parole", "le ministre de l'Intérieur") resolved to a person. */
  private Speaker role(List<Word> ws, int head, int start, int end, int at, Speaker previous) {
    List<String> content = new ArrayList<>();
    for (int i = head; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.isWord() && !w.is("de", "du", "des", "d'", "l'", "la", "le", "les", "à", "au", "aux")) {
        content.add(w.lower());
      }
    }
    String roleText = text.substring(ws.get(head).start(), end).strip();
    String who = people.withRole(content, at);
    if (who != null) {
      return new Speaker(who, people.role(who), people.gender(who), start);
    }
    Character gender = genderOf(ws);
    if (FrenchWords.DEFINITE.contains(ws.get(0).lower())) {
      // "le ministre de l'Intérieur", never introduced by name: the last person of the paragraph
      // who may hold it ("X avait convié l'actrice Y. La députée ...": X, not the actress)
      for (Entity e : people.personsSince(quoted.paragraphStart(at), at, quoted::inQuote)) {
        if (isComplement(e)) {
          continue; // "la condamnation de X": X holds no role of the sentence
        }
        String name = people.canonical(e);
        if (fitsRole(name, gender, content.get(0))) {
          return new Speaker(name, roleText, people.gender(name), start);
        }
      }
      if (previous != null && at - previous.at() <= CARRY && fitsRole(previous.name(), gender, content.get(0))
          && previous.fits(gender)) {
        return new Speaker(previous.name(), roleText, previous.gender(), start);
      }
    }
    return new Speaker(text.substring(start, end).strip(), null, gender, start);
  }

  /** Whether a mention completes a noun ("la condamnation de X", "le discours d'Y"). */
  private boolean isComplement(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 12), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return i >= 0 && before.get(i).is("de", "d'", "du", "des");
  }

  /** Whether a person of unknown or other role may be the one a role phrase with {@code head} names. */
  private boolean fitsRole(String name, Character gender, String head) {
    String known = people.role(name);
    Character g = people.gender(name);
    boolean fitsGender = gender == null || g == null || gender.equals(g);
    return fitsGender && (known == null || known.toLowerCase(Locale.ROOT).startsWith(head));
  }

  private Speaker person(Entity e, String role) {
    String name = people.canonical(e);
    return new Speaker(name, role != null ? role : people.role(name), people.gender(name), e.start());
  }

  /** "il" / "elle": the previous speaker if no other fitting person came up since, else the last one. */
  Speaker pronoun(String pronoun, int at, Speaker previous) {
    if (!pronoun.equals("il") && !pronoun.equals("elle")) {
      return null;
    }
    Character gender = pronoun.equals("il") ? 'm' : 'f';
    Entity last = people.lastPerson(at, gender, quoted::inQuote);
    if (previous != null && previous.fits(gender) && at - previous.at() <= CARRY
        && (last == null || last.start() <= previous.at() || people.canonical(last).equals(previous.name()))) {
      return previous;
    }
    return last == null ? null : person(last, null);
  }

  /** The index of the head noun: the first word after determiners and role adjectives. */
  private int headIndex(List<Word> ws) {
    int i = 0;
    while (i < ws.size() && (FrenchWords.DETERMINERS.contains(ws.get(i).lower())
        || FrenchWords.ROLE_ADJECTIVES.contains(ws.get(i).lower()) || ws.get(i).is("de", "d'"))) {
      i++;
    }
    return i < ws.size() ? i : -1;
  }

  /** The role words of text[start, end) when they start with a role noun, else null. */
  private String roleOf(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    int h = headIndex(ws);
    if (h < 0 || roleNouns.startsAt(ws, h) == 0) {
      return null;
    }
    int last = ws.size() - 1;
    while (last > h && !ws.get(last).isWord()) {
      last--;
    }
    return text.substring(ws.get(h).start(), ws.get(last).end());
  }

  private static Character genderOf(List<Word> ws) {
    String d = ws.get(0).lower();
    if (d.equals("une") || d.equals("la") || d.equals("cette") || d.equals("sa")) {
      return 'f';
    }
    if (d.equals("un") || d.equals("le") || d.equals("ce") || d.equals("cet") || d.equals("son")) {
      return 'm';
    }
    return null;
  }

  private static boolean isElliptic(List<Word> ws) {
    return ws.size() == 2 && ws.get(0).is("un", "une") && ws.get(1).is("autre");
  }

  /** "plusieurs députés ... Un autre": the noun of the last plural group, made singular. */
  private String pluralBefore(int at) {
    List<Word> ws = quoted.words(Math.max(0, at - 600), at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      Word n = ws.get(i + 1);
      if (ws.get(i).is("plusieurs", "certains", "certaines", "deux", "trois", "quelques", "d'autres", "des")
          && n.isWord() && !n.isCapitalised() && (n.lower().endsWith("s") || n.lower().endsWith("x"))) {
        return n.lower().substring(0, n.lower().length() - 1);
      }
    }
    return null;
  }
}
