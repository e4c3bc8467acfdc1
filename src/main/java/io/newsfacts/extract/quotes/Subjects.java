package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * The subject of a reporting verb group found with the chunker: after the verb when inverted
 * ("», a dit X", "explique-t-il"), else before it ("X a déclaré", "X, qui a dit", "Le président
 * de l'UMP, X, a annoncé"), resolved by {@link SpeakerResolver}.
 */
final class Subjects {
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  Subjects(People people, VerbGroups verbs, NounPhrases phrases, SpeakerResolver resolver) {
    this.people = people;
    this.verbs = verbs;
    this.phrases = phrases;
    this.resolver = resolver;
  }

  /** The subject of an inverted reporting verb: its pronoun suffix or the noun phrase after it. */
  Speaker invertedSubject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null) {
      if (vg.pronoun().equals("on")) {
        return impersonal(ws, vg.last() + 1, previous, at);
      }
      return resolver.pronoun(vg.pronoun(), at, previous);
    }
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np == null ? null : resolver.resolve(np[0], np[1], at, previous, false);
  }

  /**
   * The source of an impersonal "on": "a-t-on insisté de même source", "a-t-on appris auprès de
   * l'entourage du président", "dit-on à Matignon", "explique-t-on chez Renault"; else the previous
   * speaker when that was an unnamed source too ("une source diplomatique"): "on" never stands for
   * a person the article names, whose words would be "poursuit-il".
   */
  private Speaker impersonal(List<Word> ws, int from, Speaker previous, int at) {
    for (int k = from; k < ws.size() && ws.get(k).isWord(); k++) {
      if (ws.get(k).is("même") && k + 1 < ws.size() && ws.get(k + 1).is("source")) {
        return previous;
      }
      int start = sourceAfter(ws, k);
      if (start >= 0) {
        int[] np = phrases.npAfter(ws, start);
        if (np != null) {
          return resolver.resolve(np[0], np[1], at, previous, false);
        }
      }
    }
    boolean unnamed = previous != null && Character.isLowerCase(previous.name().charAt(0));
    return unnamed && at - previous.at() <= Speaker.CARRY ? previous : null;
  }

  /** Where the source named after an impersonal verb starts ("auprès de X", "à X", "chez X"), or -1. */
  private static int sourceAfter(List<Word> ws, int k) {
    if (ws.get(k).is("auprès") && k + 1 < ws.size() && ws.get(k + 1).is("de", "du", "des", "d'")) {
      return ws.get(k + 1).is("de", "d'") ? k + 2 : k + 1;
    }
    if (ws.get(k).is("à", "au", "aux", "chez", "dans") && k + 1 < ws.size()) {
      return ws.get(k).is("à", "chez", "dans") ? k + 1 : k;
    }
    return -1;
  }

  /** The subject of the last reporting verb of {@code clause}. */
  Speaker lastVerbSubject(List<Word> clause, Speaker previous, int at) {
    for (int k = clause.size() - 1; k >= 0; k--) {
      VerbGroup vg = verbs.verbEndingAt(clause, k);
      if (vg != null) {
        Speaker s = subjectOf(clause, vg, previous, at);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  /**
   * The subject of a verb group: after it when inverted (", a dit X"), else before it. A present
   * participle has none of its own: "a dénoncé le comportement des Pays-Bas rappelant «" is not
   * the behaviour's words.
   */
  Speaker subjectOf(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null || (vg.first() > 0 && ws.get(vg.first() - 1).is(",") && namesSpeakerAfter(ws, vg))) {
      return invertedSubject(ws, vg, previous, at);
    }
    if (vg.first() == vg.last() && (ws.get(vg.last()).lower().endsWith("ant") || firstGroupParticiple(ws.get(vg.last())))) {
      return null; // "une mobilisation générale résumée par le roi :": a participle alone has no speaker for subject
    }
    return subjectBefore(ws, vg.first(), previous, at);
  }

  /**
   * Whether the noun phrase after verb group {@code vg} names a speaker, so that ", a dénoncé X"
   * is inverted: "X, avait dénoncé un peu plus tôt sur BFMTV «" has its subject before the verb.
   */
  private boolean namesSpeakerAfter(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np != null && resolver.namesSpeaker(np[0], np[1]);
  }

  /**
   * Whether the noun phrase starting at text offset {@code start} follows a preposition: "l'actuel
   * soutien d'Emmanuel Macron a estimé", "passé par Sciences-Po, ... a dit": a complement of the
   * subject or of a frame, not the subject; the chunker did not find the whole subject, and a
   * wrong speaker is worse than none.
   */
  /** "résumée", "cités": a past participle of a verb in -er, never a present tense ("dit" may be either). */
  private static boolean firstGroupParticiple(Word w) {
    String l = w.lower();
    return l.endsWith("é") || l.endsWith("ée") || l.endsWith("és") || l.endsWith("ées");
  }

  /** The index of the word of {@code ws} starting at text offset {@code start} (0 if none). */
  private static int indexAt(List<Word> ws, int start) {
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).start() == start) {
        return i;
      }
    }
    return 0;
  }

  /**
   * "ils estiment que «", "elles dénoncent «": the words of several people. The previous speaker
   * when that was a group too ("Selon les quatre ministres, «...». Ils jugent que «"), else no
   * one: never the one person who spoke before.
   */
  private static Speaker plural(Speaker previous, int at) {
    if (previous != null && at - previous.at() <= Speaker.CARRY && isGroup(previous.name())) {
      return previous.via(SpeakerResolver.PRONOUN);
    }
    return Speaker.UNNAMED;
  }

  /** A speaker that names several people: a plural phrase ("les élus", "des militants") or names joined by "et". */
  static boolean isGroup(String name) {
    String l = name.toLowerCase(java.util.Locale.ROOT);
    return l.startsWith("les ") || l.startsWith("des ") || l.startsWith("ces ") || l.startsWith("leurs ")
        || l.startsWith("plusieurs ") || l.contains(" et ");
  }

  private static boolean afterPreposition(List<Word> ws, int start) {
    int i = indexAt(ws, start);
    return i > 0 && FrenchWords.PREPOSITIONS.contains(ws.get(i - 1).lower());
  }

  /**
   * "l'ancien eurodéputé écologiste et actuel soutien d'Emmanuel Macron a estimé": the name after
   * preposition {@code p} completes a subject that starts with a definite role phrase further left;
   * that phrase stands for the person the article gave the role or named just before, never for
   * the name that completes it. Null when no such phrase or no such person.
   */
  private Speaker describedBefore(List<Word> ws, int p, Speaker previous, int at) {
    for (int i = p - 1; i >= 0 && p - i <= NounPhrases.MAX_WORDS; i--) {
      Word w = ws.get(i);
      if (!w.isWord() || verbs.isVerb(w) && !w.isCapitalised() || people.at(w.start()) != null) {
        return null;
      }
      if (w.is("le", "la", "l'")) {
        return resolver.roleHolder(w.start(), ws.get(p).start(), at, previous);
      }
    }
    return null;
  }

  /**
   * The index of the "dont" or "qui" opening a relative clause that holds word {@code i} and a
   * verb of its own before it, with no comma between ("X dont le parti porte ... que l'AKP"), or
   * -1: the words before the verb are the relative's, the verb after them the antecedent's.
   */
  private int relativeOpening(List<Word> ws, int i) {
    boolean verb = false;
    for (int j = i - 1; j >= 0; j--) {
      Word w = ws.get(j);
      if (!w.isWord() && !w.is("'", "-")) {
        return -1;
      }
      if (w.is("dont", "qui")) {
        return verb ? j : -1;
      }
      verb |= verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower());
    }
    return -1;
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
    if (w.is("ils", "elles")) {
      return plural(previous, w.start());
    }
    if (FrenchWords.SUBJECT_PRONOUNS.contains(w.lower())) {
      return w.is("on") ? null : resolver.pronoun(w.lower(), ws.get(k).start(), previous);
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
        int[] before = phrases.npEndingAt(ws, p - 1);
        String role = before == null ? null : resolver.roleOf(before[0], before[1]);
        return resolver.person(e, role);
      }
      k = p - 1;
    }
    if (k < 0) {
      return null;
    }
    int[] np = phrases.npEndingAt(ws, k);
    int r = np == null || relative ? -1 : relativeOpening(ws, indexAt(ws, np[0]));
    if (r >= 0) {
      // "X dont le parti porte les mêmes références que l'AKP a écrit": the relative's words are
      // not the subject; its antecedent, a person's name, is, or no one
      Entity e = r > 0 ? people.at(ws.get(r - 1).start()) : null;
      boolean named = e != null && e.type() == EntityType.PERSON && e.end() == ws.get(r - 1).end();
      return named ? resolver.person(e, null) : null;
    }
    if (np != null && !relative && afterPreposition(ws, np[0])) {
      return describedBefore(ws, indexAt(ws, np[0]) - 1, previous, at);
    }
    if (np == null || !phrases.agrees(ws, v, np)) {
      return null;
    }
    // the words before "qui" may end with a complement: "l'ombre au tableau d'une soirée, qui a
    // confirmé que" does not make the evening a speaker
    boolean names = resolver.namesSpeaker(np[0], np[1]);
    if (relative && !names) {
      return null;
    }
    Speaker s = resolver.resolve(np[0], np[1], at, previous, false);
    if (s != null && !names && s.how() == null && FrenchWords.DEFINITE.contains(ws.get(indexAt(ws, np[0])).lower())
        && s.name().equals(resolver.phrase(np[0], np[1]))) {
      return null; // "La loi précise que «": a definite thing, no person, organisation or source
    }
    return s;
  }
}
