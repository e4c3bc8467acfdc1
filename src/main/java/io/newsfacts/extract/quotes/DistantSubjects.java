package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * The subject of a reporting verb that other words part from it, read before the nearest noun
 * phrase is taken for it: the first verb phrase of a coordination ("Une autre maman m'a souri et
 * m'a dit «": the clause's subject), a relative clause after the subject ("Une amie à qui
 * j'annonçais la nouvelle m'a dit «", "La femme qui passait m'a lancé «": its antecedent, not the
 * relative's object). A noun phrase right after a conjugated verb is that verb's object and never
 * the subject of the next one ("... que j'attendais mon troisième enfant m'avait dit"): when no
 * antecedent opens the sentence, no subject is read (a wrong speaker is worse than none).
 */
final class DistantSubjects {
  /** Relative pronouns that open a relative clause after its antecedent. */
  private static final String[] RELATIVES = {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels",
      "lesquelles", "auquel", "auxquels", "auxquelles", "duquel"};

  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final ClauseSpeakers clauses;

  DistantSubjects(ArticleReading reading, ClauseSpeakers clauses) {
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.clauses = clauses;
  }

  /** The word before verb group {@code vg} past its clitics ("m'a dit", "ne lui a pas dit"), or -1. */
  private static int beforeClitics(List<Word> ws, VerbGroup vg) {
    int j = vg.first() - 1;
    while (j >= 0 && FrenchWords.CLITICS.contains(ws.get(j).lower())) {
      j--;
    }
    return j;
  }

  /**
   * The subject of the first verb phrase when verb group {@code vg} is coordinated to it by "et"
   * or "puis" ("Une autre maman m'a souri et m'a dit «", "X me regarde, inquiet, et répète «"),
   * read as {@link OpeningSubjects#clauseOrPeopleSubject}; null when {@code vg} is not so
   * coordinated or the first phrase has no subject that speaks.
   */
  Speaker coordinated(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    int j = beforeClitics(ws, vg);
    if (j < 1 || !ws.get(j).is("et", "puis")) {
      return null;
    }
    int end = ws.get(j - 1).is(",") ? j - 1 : j;
    List<Word> first = ws.subList(0, end);
    boolean conjugated = false;
    for (int k = 0; k < first.size(); k++) {
      Word w = first.get(k);
      if (w.is("que", "qu'", ";", ":") || w.text().equals("«»")) {
        return null; // a clause inside the first phrase: whose subject the "et" shares is unclear
      }
      conjugated |= finite(first, k);
    }
    return conjugated ? clauses.clauseOrPeopleSubject(first, previous, at) : null;
  }

  /**
   * Whether the words right before verb group {@code vg} (past its clitics) end with a conjugated
   * verb, or with a noun phrase right after one, its object: "que j'attendais mon troisième enfant
   * m'avait dit", "qui passait m'a lancé". Such words are no subject of {@code vg}.
   */
  boolean afterObject(List<Word> ws, VerbGroup vg) {
    int j = beforeClitics(ws, vg);
    if (j < 1 || !ws.get(j).isWord()) {
      return false;
    }
    if (finite(ws, j)) {
      return true;
    }
    int[] np = phrases.npEndingAt(ws, j);
    int i = np == null ? -1 : Word.indexAt(ws, np[0]);
    if (i < 1) {
      return false;
    }
    Word before = ws.get(i - 1);
    return finite(ws, i - 1) || i >= 2 && VerbGroups.isParticiple(before)
        && FrenchWords.AUXILIARIES.contains(ws.get(i - 2).lower());
  }

  /**
   * When {@link #afterObject} holds: the antecedent of a relative clause that opens the sentence
   * (frames aside) and runs to the words before {@code vg}, "Une amie à qui j'annonçais que
   * j'attendais mon troisième enfant m'avait dit", resolved, or the phrase of people the article
   * does not name; null otherwise.
   */
  Speaker antecedent(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    int start = Frames.end(ws, verbs);
    int j = beforeClitics(ws, vg);
    for (int r = start + 1; r < j; r++) {
      Word w = ws.get(r);
      if (!w.isWord() || finite(ws, r)) {
        return null; // a verb or a mark before any relative pronoun: the subject is no plain antecedent
      }
      if (!w.is(RELATIVES)) {
        continue;
      }
      int a = r;
      if (w.is("qui", "lequel", "laquelle", "lesquels", "lesquelles") && FrenchWords.PREPOSITIONS.contains(ws.get(r - 1).lower())) {
        a = r - 1; // "une amie à qui", "le collègue avec lequel"
      }
      int[] np = a > start ? phrases.npEndingAt(ws, a - 1) : null;
      if (np == null || np[0] != ws.get(start).start() || !conjugatedBetween(ws, r + 1, j + 1)
          || !phrases.agrees(ws, vg.first(), np)) {
        return null;
      }
      if (resolver.namesSpeaker(np[0], np[1])) {
        return resolver.resolve(np[0], np[1], at, previous, false);
      }
      return PersonNouns.heads(ws.subList(start, a)) ? new Speaker(resolver.phrase(np[0], np[1]), null, null, np[0]) : null;
    }
    return null;
  }

  /** Whether a conjugated verb stands among words [from, to): the relative clause has a verb of its own. */
  private boolean conjugatedBetween(List<Word> ws, int from, int to) {
    for (int k = from; k < to && k < ws.size(); k++) {
      if (finite(ws, k)) {
        return true;
      }
    }
    return false;
  }

  /** Subject pronouns, and the relative "qui", that a conjugated verb follows (clitics between): "j'attendais", "qui passait". */
  private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("je", "j'", "tu", "il", "elle", "on", "nous",
      "vous", "ils", "elles", "qui");

  /**
   * Whether word {@code k} is a conjugated verb: tagged so, an auxiliary, a form the word lists know
   * as finite, or a lower-case word that a subject pronoun or "qui" precedes, clitics between ("que
   * j'attendais", "qui lui passait"; the tagger takes imperfects in "-ais", "-ait" for participles).
   */
  private boolean finite(List<Word> ws, int k) {
    Word w = ws.get(k);
    String l = w.lower();
    if (verbs.tagged(w) || FrenchWords.isFinite(l)) {
      return true;
    }
    if (!w.isWord() || w.isCapitalised() || FrenchWords.DETERMINERS.contains(l) || FrenchWords.PREPOSITIONS.contains(l)
        || FrenchWords.CLITICS.contains(l) || BEFORE_VERB.contains(l)) {
      return false;
    }
    for (int j = k - 1; j >= 0; j--) {
      String p = ws.get(j).lower();
      if (BEFORE_VERB.contains(p)) {
        return true;
      }
      if (!FrenchWords.CLITICS.contains(p)) {
        return false;
      }
    }
    return false;
  }

  /** The index of the word starting at text offset {@code start}, or -1. */
}
