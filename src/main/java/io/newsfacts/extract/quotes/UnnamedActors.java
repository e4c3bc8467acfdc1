package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Whether someone the article does not name takes the turn between two offsets: an indefinite
 * phrase of a person, a role or a source that opens a clause as the subject of a finite verb ("Mais
 * un proche du président, toujours cité par le quotidien, a sa petite théorie", "En coulisse un
 * député a eu cette réflexion", "une entreprise de location s'offre une pleine page"). An
 * indefinite phrase brings in someone new, never the previous speaker named again: the words after
 * it are no longer theirs. {@link OtherActors} reads the people the article names and the definite
 * phrases.
 */
final class UnnamedActors {
  /** Words a phrase may hold after its head before its verb ("un proche du président de la République"). */
  private static final int PHRASE_WORDS = 6;
  /** Words an apposition after the phrase may hold ("un proche, toujours cité par le quotidien,"). */
  private static final int APPOSITION = 8;
  /** Words of a frame with no comma before the subject ("En coulisse un député"). */
  private static final int FRAME_WORDS = 3;

  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final RoleNouns roleNouns;

  UnnamedActors(QuotedText quoted, VerbGroups verbs, RoleNouns roleNouns) {
    this.quoted = quoted;
    this.verbs = verbs;
    this.roleNouns = roleNouns;
  }

  /** Whether an indefinite phrase other than {@code previous} acts between offsets {@code from} and {@code at}, outside quotes. */
  boolean actsBetween(int from, int at, Speaker previous) {
    List<Word> ws = quoted.words(from, at);
    for (int k = 0; k + 1 < ws.size(); k++) {
      int end = indefiniteEnd(ws, k);
      if (end < 0) {
        continue;
      }
      String phrase = quoted.text().substring(ws.get(k).start(), ws.get(end - 1).end());
      if (previous != null && previous.name().toLowerCase(Locale.ROOT).equals(phrase.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (verbAfter(ws, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Mais un proche du président, toujours cité par le quotidien, a sa petite théorie : «": the
   * indefinite phrase that opens the clause a colon right before the quote closes, as the subject
   * of its verb; the phrase itself speaks, as the article names no one. Null otherwise.
   */
  Speaker colonSubject(List<Word> left) {
    int last = left.size() - 1;
    if (last < 2 || !left.get(last).is(":")) {
      return null;
    }
    for (int k = 0; k + 1 < last; k++) {
      int end = indefiniteEnd(left, k);
      if (end > 0 && end < last && verbAfter(left, end) && noColonBetween(left, end, last)) {
        Word w = left.get(k);
        String phrase = quoted.text().substring(w.start(), left.get(end - 1).end());
        return new Speaker(phrase, null, w.is("une") ? 'f' : 'm', w.start());
      }
    }
    return null;
  }

  /**
   * The index after the indefinite phrase ("un", "une" and a person, a role or a source) that word
   * {@code k} opens as the start of a clause outside quotes ({@link #opensClause}), or -1.
   */
  private int indefiniteEnd(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (!w.is("un", "une") || quoted.inQuote(w.start()) || !opensClause(w.start())) {
      return -1;
    }
    return phraseEnd(ws, k + 1);
  }

  private static boolean noColonBetween(List<Word> ws, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ws.get(k).is(":", "«»")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index after the phrase whose head (after role adjectives) is word {@code h} or the one
   * after it, when that head names a person, a role or a source; its complements up to the verb.
   * -1 otherwise ("un peu", "une fois", "un an après").
   */
  private int phraseEnd(List<Word> ws, int h) {
    while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
      h++;
    }
    if (h >= ws.size() || !ws.get(h).isWord() || ws.get(h).isCapitalised()) {
      return -1;
    }
    String head = ws.get(h).lower();
    int n = roleNouns.startsAt(ws, h);
    if (n == 0 && (PersonNouns.is(head) || HumanNouns.is(head) || SpeakerResolver.isSourceNoun(head))) {
      n = 1;
    }
    if (n == 0) {
      return -1;
    }
    int j = h + n;
    while (j < ws.size() && j - h <= PHRASE_WORDS && ws.get(j).isWord() && !verbs.isVerbAt(ws, j)
        && !FrenchWords.FINITE_VERBS.contains(ws.get(j).lower())
        && (!FrenchWords.CLITICS.contains(ws.get(j).lower()) || ws.get(j - 1).is("de", "à"))
        && !ws.get(j).is("qui", "que", "qu'", "dont", "où", "et", "ou", "s'", "se")) {
      j++;
    }
    return j;
  }

  /**
   * Whether a finite verb that tells an act follows word {@code k}: after an apposition between
   * commas with no finite verb in it, adverbs and clitics ("un proche, toujours cité par le
   * quotidien, a", "un député se demande"). Not a state nor a passive ("un homme a été tué").
   */
  private boolean verbAfter(List<Word> ws, int k) {
    if (k < ws.size() && ws.get(k).is(",")) {
      int close = -1;
      for (int m = k + 1; m < ws.size() && m <= k + APPOSITION + 1; m++) {
        Word w = ws.get(m);
        if (w.is(",")) {
          close = m;
          break;
        }
        if (!w.isWord() || w.is("qui", "que", "qu'", "dont") || FrenchWords.FINITE_VERBS.contains(w.lower())
            || VerbForms.thirdPerson(w.lower()) && !VerbGroups.isParticiple(w)) {
          return false;
        }
      }
      if (close < 0) {
        return false;
      }
      k = close + 1;
    }
    k = VerbAdverbs.after(ws, k);
    while (k < ws.size() && FrenchWords.CLITICS.contains(ws.get(k).lower())) {
      k++;
    }
    if (k >= ws.size() || !ws.get(k).isWord() || ws.get(k).isCapitalised() || quoted.inQuote(ws.get(k).start())) {
      return false;
    }
    Word v = ws.get(k);
    return !VerbGroups.isState(ws, k) && !VerbGroups.isParticiple(v)
        && (verbs.isVerbAt(ws, k) || FrenchWords.FINITE_VERBS.contains(v.lower()) || VerbForms.thirdPerson(v.lower()));
  }

  /**
   * Whether the phrase at offset {@code start} opens its clause: first in its sentence once the
   * frames are read over ({@link Frames#end}), after "mais", "et", a semicolon or a conjunction of
   * cause or time ("car", "puisque", "tandis que"), or after a short
   * frame with no comma and no verb that a preposition opens ("En coulisse un député").
   */
  private boolean opensClause(int start) {
    List<Word> all = quoted.words(quoted.sentenceStart(start), start);
    List<Word> ws = all.subList(Frames.end(all, verbs), all.size());
    if (ws.isEmpty()) {
      return true;
    }
    Word last = ws.get(ws.size() - 1);
    if (ws.size() == 1 && last.is("mais", "et", "puis") || last.is(";", "car", "puisque", "puisqu'", "lorsque", "lorsqu'")
        || last.is("que", "qu'") && ws.size() > 1 && ws.get(ws.size() - 2).is("tandis", "alors")) {
      return true; // a clause of its own: "puisqu'une entreprise s'offre une pleine page"
    }
    if (ws.size() > FRAME_WORDS || !FrenchWords.PREPOSITIONS.contains(ws.get(0).lower())) {
      return false;
    }
    for (Word w : ws) {
      if (!w.isWord() || verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower())) {
        return false;
      }
    }
    return true;
  }
}
