package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * The frames that open a French sentence before its subject, each closed by a comma: a date or a
 * place ("Le 18 mars dernier, sur la place de la République, X a dit"), an adverb ("D'ailleurs,"),
 * an apposed description or participle ("Victime du terrorisme, X", "Invitée de France Inter,
 * X"), a relative clause put first ("Cette force, qu'elle a toujours mise au service des autres,").
 */
final class Frames {
  private Frames() {}

  /** Words opening a relative clause: a frame they open may hold a verb. */
  private static final String[] RELATIVES = {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle"};

  /**
   * The index of the first word after the frames that open {@code ws} (0 when none): each frame
   * is a run of words up to a comma with no verb in it, or one that a participle or a relative
   * pronoun opens.
   */
  static int end(List<Word> ws, VerbGroups verbs) {
    int start = 0;
    while (start < ws.size() && ws.get(start).is("mais", "et", "or", "ainsi", "donc", "enfin", "puis")) {
      start++;
    }
    int k = start;
    boolean verb = false;
    for (int i = start; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.is(",")) {
        if (i == k) {
          return start;
        }
        // a participle opens a frame even with the capital of the sentence ("Interrogée sur ...,")
        // so does a subordinate clause: "S'il assure épargner beaucoup, X précise", "Quand on lui
        // demande ..., X répond", "Alors que la Chine ..., X a déclaré"
        boolean opened = ws.get(k).is(RELATIVES) || VerbGroups.isParticiple(ws.get(k))
            || k == 0 && capitalParticiple(ws.get(k).lower()) && !(k + 1 < ws.size() && ws.get(k + 1).isCapitalised())
            || subordinate(ws, k); // ("Marie Dupont a regardé la salle," is a name, not a participle)
        if (verb && !opened) {
          return start; // "X a dit, en riant, que": the clause began before this comma
        }
        start = i + 1;
        k = i + 1;
        verb = false;
      } else if (!w.isWord() && !w.is("-", "'") && !(w.text().equals("«»") && i > k)) {
        return start; // (a quoted title inside a frame is one of its words: "Dans sa stratégie «France 2020»,")
      } else if (!w.text().equals("A") && (verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower()))
          && !(i > k && FrenchWords.DETERMINERS.contains(ws.get(i - 1).lower()))) {
        // (a capital "A" is the preposition "À" written without its accent: "A Paris, X a dit"; a
        // verb's form after a determiner is a noun: "Dans un communiqué, X")
        verb = true;
      }
    }
    return start;
  }

  /** Words that open a subordinate clause by themselves. */
  private static final String[] SUBORDINATORS = {"si", "s'", "s’", "quand", "lorsque", "lorsqu'", "lorsqu’", "puisque",
      "puisqu'", "puisqu’", "comme"};

  /** Whether word {@code k} opens a subordinate clause: "si", "quand", "alors que", "même si", "bien que". */
  private static boolean subordinate(List<Word> ws, int k) {
    Word w = ws.get(k);
    if (w.is(SUBORDINATORS)) {
      return true;
    }
    return k + 1 < ws.size() && (w.is("alors", "tandis", "bien") && ws.get(k + 1).is("que", "qu'", "qu’")
        || w.is("même") && ws.get(k + 1).is("si", "s'", "s’"));
  }

  /** Endings of a past participle that no adverb or date opening a sentence has ("Depuis", "Aujourd'hui", "Samedi"). */
  private static final String[] PARTICIPLE = {"é", "ée", "és", "ées", "ie", "ies", "u", "ue", "us", "ues"};

  /** "Interrogée", "Invité", "Élu": a participle opening the sentence with its capital. */
  private static boolean capitalParticiple(String lower) {
    if (FrenchWords.PREPOSITIONS.contains(lower)) {
      return false; // "Malgré tout ce qu'ils ont enduré, X, Y et Z ont conservé": a clause already
    }
    for (String ending : PARTICIPLE) {
      if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
