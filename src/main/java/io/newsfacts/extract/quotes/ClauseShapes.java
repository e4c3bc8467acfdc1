package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * Shapes of the clause a colon closes that tell its subject from the noun phrase ending it: the
 * narrative infinitive ("Et X de dénoncer la gestion de Y :", the subject right after "Et") and a
 * noun phrase that is the object of the clause's verb ("X a critiqué Y :", Y is spoken of). Read
 * by {@link ClauseSpeakers#colon}.
 */
final class ClauseShapes {
  /** Words of the subject of a narrative infinitive ("Et le ministre de l'Intérieur d'ajouter"). */
  private static final int SUBJECT_WORDS = 8;
  /** Endings of French infinitives ("ajouter", "réagir", "conclure", "prévenir", "pouvoir"). */
  private static final String[] INFINITIVE = {"er", "ir", "re", "oir"};
  /** Words before a verb that make it inverted or a relative's ("comme le souligne X", "que dénonce X"). */
  private static final Set<String> NO_SUBJECT = Set.of("comme", "que", "qu'", "ainsi", "ce", "c'", "où", "dont");

  private ClauseShapes() {}

  /**
   * "Et Manuel Valls d'éreinter le programme du candidat PS :", "Et le ministre d'ajouter :": a
   * clause opening with "Et", a noun phrase and "de"/"d'" before an infinitive tells, in the
   * narrative infinitive, that this phrase speaks; the index of the "de" ending it (the subject is
   * words 1 to that index), or -1.
   */
  static int narrativeSubjectEnd(List<Word> clause) {
    if (clause.size() < 4 || !clause.get(0).is("et")) {
      return -1;
    }
    for (int k = 2; k + 1 < clause.size() && k <= SUBJECT_WORDS; k++) {
      Word w = clause.get(k);
      if (!w.isWord()) {
        return -1;
      }
      if (w.is("de", "d'") && infinitive(clause.get(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean infinitive(Word w) {
    if (!w.isWord() || w.isCapitalised()) {
      return false;
    }
    for (String ending : INFINITIVE) {
      if (w.lower().endsWith(ending) && w.lower().length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word of {@code clause} at text offset {@code start} opens the object (or a complement) of the clause's
   * verb, not its subject: a finite verb stands before it with words before that verb that may be
   * its subject ("Dimanche, François Hollande a critiqué Arnaud Montebourg :", "le ministre a eu
   * ce mot pour X :"); not an inverted subject ("comme le souligne X :", "a déclaré X :" with
   * nothing before), the one a causative makes act ("a fait réagir X :") nor the complement of a
   * noun ("a suscité la colère de X :": the noun may be X's speech).
   */
  static boolean objectOfVerb(List<Word> clause, int start, VerbGroups verbs) {
    int n = 0;
    while (n < clause.size() && clause.get(n).start() != start) {
      n++;
    }
    if (n < 2 || clause.get(n - 1).is("de", "d'", "du", "des")
        || infinitive(clause.get(n - 1)) && clause.get(n - 2).is("fait", "faire", "laisse", "laissé")) {
      return false; // "a suscité la colère de X :", "a fait réagir X :": X may speak
    }
    for (int v = 1; v < n; v++) {
      if (verbs.isVerbAt(clause, v) && FrenchWords.AUXILIARIES.contains(clause.get(v).lower())
          || verbs.tagged(clause.get(v))) {
        return hasSubject(clause, v);
      }
    }
    return false;
  }

  /** Whether the words before verb {@code v} may hold its subject: a name, a noun phrase or a subject pronoun. */
  private static boolean hasSubject(List<Word> clause, int v) {
    Word before = clause.get(v - 1);
    if (!before.isWord() || FrenchWords.CLITICS.contains(before.lower()) && !before.is("nous", "vous")
        || NO_SUBJECT.contains(before.lower())) {
      return false;
    }
    for (int k = 0; k < v; k++) {
      Word w = clause.get(k);
      if (NO_SUBJECT.contains(w.lower())) {
        return false;
      }
      if (w.isWord() && (w.isCapitalised() || FrenchWords.DETERMINERS.contains(w.lower())
          || FrenchWords.SUBJECT_PRONOUNS.contains(w.lower()))) {
        return true;
      }
    }
    return false;
  }
}
