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
        boolean opened = ws.get(k).is(RELATIVES) || VerbGroups.isParticiple(ws.get(k));
        if (verb && !opened) {
          return start; // "X a dit, en riant, que": the clause began before this comma
        }
        start = i + 1;
        k = i + 1;
        verb = false;
      } else if (!w.isWord() && !w.is("-", "'")) {
        return start;
      } else if (verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower())) {
        verb = true;
      }
    }
    return start;
  }
}
