package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * The reporting clause before a quote in its sentence: a reporting verb a few words before it
 * ("X a dénoncé «"), one opening the "que" clause the quote ends ("X a indiqué samedi que ...
 * «"), an inverted one earlier on (", a souligné X, mais «"); and whether that verb's subject
 * names no one ("on affirme que «"), so that the words are not the previous speaker's.
 */
final class ClausesBefore {
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Subjects subjects;
  private final ClauseSpeakers clauses;
  private final LaterClauses later;
  private final DistantSubjects distant;
  private final QuotedText quoted;

  ClausesBefore(ArticleReading reading, Subjects subjects, ClauseSpeakers clauses, LaterClauses later) {
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.subjects = subjects;
    this.clauses = clauses;
    this.later = later;
    this.distant = new DistantSubjects(reading, clauses);
    this.quoted = reading.quoted();
  }

  /** "X a dénoncé dans la soirée «", "X parle de «": a reporting verb a few words before. */
  Speaker verbBefore(List<Word> ws, Speaker previous, int at) {
    if (!ws.isEmpty() && ws.get(ws.size() - 1).is("comme")) {
      Speaker s = clauses.agent(ws.subList(0, ws.size() - 1));
      if (s != null) {
        return s;
      }
    }
    for (int k = ws.size() - 1; k >= 0 && ws.size() - 1 - k <= SpeakerFinder.VERB_GAP; k--) {
      Word w = ws.get(k);
      if (!w.isWord() && !w.is(",")) {
        return null;
      }
      VerbGroup vg = verbs.verbEndingAt(ws, k);
      if (vg != null && clauses.detachedParticiple(ws, vg)) {
        return clauses.participleSubject(ws, vg, previous, at); // ", affirmant que ce pays en «": no subject of its own
      }
      if (vg != null && vg.pronoun() == null) {
        Speaker d = distant.coordinated(ws, vg, previous, at); // "X m'a souri et m'a dit «"
        if (d == null && distant.afterObject(ws, vg)) {
          // "Une amie à qui j'annonçais la nouvelle m'a dit «": the noun before the verb is an object
          return distant.antecedent(ws, vg, previous, at);
        }
        if (d != null) {
          return ClauseSpeakers.CLAUSE_SUBJECT.equals(d.how()) ? d.via(null) : d; // (the verb reports: its evidence)
        }
      }
      if (vg != null) {
        Speaker s = subjects.subjectOf(ws, vg, previous, at);
        return s != null ? s : clauses.participleSubject(ws, vg, previous, at);
      }
    }
    return null;
  }

  /**
   * "De son côté, Franceinfo explique que malgré le démantèlement du camp en octobre, «": the
   * quote ends a clause that a reporting verb opens with "que" ({@link VerbGroups#verbOpeningThat}:
   * "a indiqué samedi que"), further back than {@link #verbBefore} reads; its subject says the
   * words, not the previous speaker.
   */
  Speaker thatClause(List<Word> ws, Speaker previous, int at) {
    for (int k = ws.size() - 2; k >= 0; k--) {
      if (!ws.get(k + 1).is("que", "qu'")) {
        continue;
      }
      VerbGroup vg = verbs.verbOpeningThat(ws, k); // ("a jugé, lundi, que", "a indiqué samedi à l'AFP que")
      if (vg != null) {
        if (!verbs.isFinite(ws, vg)) {
          return clauses.participleSubject(ws, vg, previous, at); // "..., notant que «"
        }
        return !verbs.isNegated(ws, vg) ? subjects.subjectOf(ws, vg, previous, at) : null;
      }
    }
    return null;
  }

  /** Words a "faire dire à X que" may hold between "à" and the person ("au patron de FO X"). */
  private static final int MADE_TO_SAY_WORDS = 6;

  /**
   * "Ce qui a fait dire au patron de FO X que Y avait «...»", "ce qui fera écrire à X que «": the
   * person a causative reporting verb gives the words to, the "que" clause holding the quote; they
   * say them, whoever the subject ("ce qui", an event) is. Null otherwise.
   */
  Speaker madeToSay(List<Word> ws) {
    for (int k = 0; k + 3 < ws.size(); k++) {
      VerbGroup vg = VerbGroups.FAIRE.contains(ws.get(k).lower()) ? verbs.verbEndingAt(ws, k + 1) : null;
      if (vg == null || !ws.get(k + 2).is("à", "au", "aux")) {
        continue;
      }
      for (int j = k + 3; j < ws.size() && j - k - 3 <= MADE_TO_SAY_WORDS; j++) {
        Word w = ws.get(j);
        if (w.is("que", "qu'")) {
          Entity e = j > k + 3 ? people.at(ws.get(j - 1).start()) : null;
          return e != null && e.type() == EntityType.PERSON && e.end() == ws.get(j - 1).end()
              ? resolver.person(e, null) : null;
        }
        if (!w.isWord() && !w.is("-") || verbs.isVerb(w)) {
          break;
        }
      }
    }
    return null;
  }

  /** ", a souligné une source à l'UMP, mais «": an inverted reporting clause earlier on. */
  Speaker leftIncise(List<Word> ws, Speaker previous, int at) {
    for (int k = ws.size() - 1; k > 0; k--) {
      // "comme le disait X, «", "comme l'a dit X, «": the clitic stands for the quote
      boolean comme = k >= 2 && ws.get(k - 1).is("le", "l'")
          && (ws.get(k - 2).is("comme") || k >= 3 && ws.get(k - 2).is("que") && ws.get(k - 3).is("ainsi"));
      if (!ws.get(k - 1).is(",") && !comme) {
        continue;
      }
      VerbGroup vg = verbs.verbAt(ws, k);
      Speaker far = comme && vg != null && vg.pronoun() == null ? later.farSubject(ws, vg, true, at) : null;
      if (far != null) {
        return far; // "Comme le dit si justement X, «"
      }
      // "comme le disait X": the clitic makes it an inversion whatever X is; else X must name someone
      if (vg != null && vg.pronoun() == null && !comme && closesApposition(ws, k - 1)) {
        // "X, porte-parole du parti, avait appelé les parlementaires à ... «": no incise, X's clause
        return invertedNames(ws, vg) ? subjects.subjectBefore(ws, vg, previous, at) : null;
      }
      boolean inverted = vg != null && (comme ? phrases.startsNounPhrase(ws, vg.last() + 1) : invertedNames(ws, vg));
      if (vg != null && (vg.pronoun() != null || inverted)) {
        if (comme && !closesBeforeQuote(ws, vg)) {
          continue; // "X, comme le rappelait Le Parisien il y a des mois, laissait tomber : «" is X's
        }
        Speaker s = subjects.invertedSubject(ws, vg, previous, at);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * Whether verb group {@code vg}, set off by a comma before it, is inverted with a subject after
   * it that names a speaker ("», a souligné une source à l'UMP, mais «"): a finite verb and a
   * name, a role or a source. "X, a salué ces arrestations" and ", parlant des premiers effets"
   * have their object after the verb, not their subject.
   */
  private boolean invertedNames(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np != null && verbs.isFinite(ws, vg) && resolver.namesSpeaker(np[0], np[1]);
  }

  /**
   * Whether the comma at word {@code c} closes an apposition to the noun phrase that opens the
   * sentence, with no verb before it: "X, porte-parole du parti, avait appelé les parlementaires
   * à" has its subject before the verb, whose noun phrase after it is its object; an inverted
   * incise (", a souligné X") follows a clause or a quote, never the subject alone.
   */
  private boolean closesApposition(List<Word> ws, int c) {
    int open = -1;
    for (int i = 0; i < c; i++) {
      Word w = ws.get(i);
      if (verbs.isVerb(w) || !w.isWord() && !w.is(",", "-", "'") || quoted.inQuote(w.start())) {
        return false;
      }
      if (open < 0 && w.is(",")) {
        open = i;
      }
    }
    int[] np = open > 0 ? phrases.npEndingAt(ws, open - 1) : null;
    return np != null && np[0] == ws.get(0).start();
  }

  /** Whether the subject after verb group {@code vg} runs to the comma that ends the words before the quote. */
  private boolean closesBeforeQuote(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    int last = ws.size() - 1;
    if (last >= 2 && ws.get(last).is("que", "qu'") && ws.get(last - 1).is(",")) {
      last--; // "L'inquiétude, comme l'a écrit mon père, que «"
    }
    return np != null && last >= 1 && ws.get(last).is(",") && np[1] == ws.get(last - 1).end();
  }


  /** Words an unnamed subject may hold before its reporting verb ("un autre élu de la majorité"). */
  private static final int UNNAMED_WORDS = 6;
  /** Words a relative clause between a subject and its verb may hold. */
  private static final int RELATIVE_WORDS = 10;

  /**
   * Whether the reporting verb that governs the quote, just before it or before the "que" of its
   * clause, has a subject other than {@code previous} that no rule resolved: "on affirme que «",
   * "un autre élu répond : «", "certains rétorquent que «", "notre ancien président disait que
   * «", "les citoyens souhaitent «", "l'appellation agace le Maestro qui dit : «". The sentence's own
   * cue names its speaker: the words are not the previous speaker's, and a wrong speaker is worse
   * than none. A role noun the previous speaker holds ("le ministre" after the minister) and an
   * anaphor ("ce dernier") may stand for them and do not count.
   */
  boolean otherReporter(List<Word> ws, Speaker previous) {
    for (int k = ws.size() - 1; k >= 0; k--) {
      int a = VerbAdverbs.after(ws, k + 1); // "on affirme surtout que"
      boolean that = a < ws.size() && ws.get(a).is("que", "qu'");
      boolean close = ws.size() - 1 - k <= SpeakerFinder.VERB_GAP;
      if (!that && !close) {
        continue;
      }
      VerbGroup vg = verbs.verbEndingAt(ws, k);
      if (vg == null || vg.pronoun() != null || !verbs.isFinite(ws, vg) || verbs.isNegated(ws, vg)) {
        continue;
      }
      int j = vg.first() - 1;
      while (j >= 0 && FrenchWords.CLITICS.contains(ws.get(j).lower())) {
        j--;
      }
      if (j >= 0 && ws.get(j).is("on")) {
        return true;
      }
      if (j >= 0 && ws.get(j).is("qui")) {
        int c = j > 0 && ws.get(j - 1).is(",") ? j - 2 : j - 1;
        return definiteSubject(ws, c, previous, true); // "le Maestro qui dit : «"
      }
      j = overAside(ws, j);
      for (int c = j - 1; c >= 0 && j - c <= RELATIVE_WORDS; c--) {
        if (ws.get(c).is(",")) {
          if (ws.get(c + 1).is("dont", "qui")) {
            j = c - 1; // "un autre élu, dont le nom n'est pas cité, indique que": the relative read over
          }
          break;
        }
      }
      for (int i = j; i >= 0 && j - i < UNNAMED_WORDS; i--) {
        Word w = ws.get(i);
        if (!w.isWord() || verbs.isVerb(w) || w.isCapitalised() && i > 0) {
          break; // a clause, a punctuation or a name before the verb
        }
        if (w.is("un", "une", "certains", "certaines", "plusieurs", "d'autres")
            && (i == 0 || !ws.get(i - 1).isWord() || ws.get(i - 1).is("mais", "et", "or"))) {
          return true;
        }
      }
      return definiteSubject(ws, j, previous, false);
    }
    return false;
  }

  /** Word {@code j} closing a parenthesis ("un co-auteur du travail (en fait un avis) expliquait"): the word before it opens. */
  private static int overAside(List<Word> ws, int j) {
    if (j < 0 || !ws.get(j).is(")")) {
      return j;
    }
    for (int c = j - 1; c >= 0 && j - c <= RELATIVE_WORDS + 2; c--) {
      if (ws.get(c).is("(")) {
        return c - 1;
      }
    }
    return j;
  }

  /**
   * Whether the words ending at word {@code j} are a noun phrase opening its clause with a definite
   * or possessive determiner ("Dans une tribune, notre ancien président", "les citoyens"), or any
   * noun phrase when it is a relative's antecedent ({@code antecedent}: "l'appellation agace le
   * Maestro qui"), that names someone who may speak other than {@code previous}: neither an anaphor
   * nor a role noun of theirs, nor their name.
   */
  private boolean definiteSubject(List<Word> ws, int j, Speaker previous, boolean antecedent) {
    for (int i = j; i >= 0 && j - i < UNNAMED_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord() || verbs.isVerb(w) || FrenchWords.PREPOSITIONS.contains(w.lower()) && i < j) {
        return false; // a clause, a punctuation or a complement before the verb
      }
      boolean determiner = FrenchWords.SINGULAR_DETERMINERS.contains(w.lower())
          || FrenchWords.PLURAL_DETERMINERS.contains(w.lower()) && !w.is("des");
      if (!determiner) {
        if (w.isCapitalised() && i > 0 && !antecedent) {
          return false; // a name: a person the rules would have resolved, or a place
        }
        continue;
      }
      boolean opens = antecedent || i == 0 || ws.get(i - 1).is(",", "mais", "et", "or");
      if (!opens || i == j) {
        return false;
      }
      List<Word> np = ws.subList(i, j + 1);
      // someone who may speak: a person, a role, a source, people ("les citoyens"), or a title a
      // relative's antecedent bears ("le Maestro qui dit"); not a thing ("la soutenabilité exige
      // de «": the previous speaker's text may say what it requires)
      boolean speaker = resolver.namesSpeaker(np.get(1).start(), np.get(np.size() - 1).end()) // ("notre" aside)
          || PersonNouns.heads(np) || antecedent && np.get(np.size() - 1).isCapitalised();
      // ("ce dernier" may be the previous speaker)
      return speaker && !AnaphoricDescriptions.isListed(Word.lowerPhrase(np)) && !standsFor(np, previous);
    }
    return false;
  }

  /** Whether a word of noun phrase {@code np} is in the name or the role of {@code previous}. */
  private static boolean standsFor(List<Word> np, Speaker previous) {
    if (previous == null) {
      return false;
    }
    String known = (previous.name() + " " + (previous.role() == null ? "" : previous.role())).toLowerCase(Locale.ROOT);
    for (Word w : np) {
      if (w.lower().length() > 3 && !FrenchWords.DETERMINERS.contains(w.lower()) && known.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }
}
