package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.List;

/**
 * Where a person mention stands among the relative clauses of its sentence: inside one ("qui avait
 * adressé un reproche à X"), or inside one set between commas ("l'opposant, qui compte défier X en
 * 2018, a passé la nuit"). A name there is spoken of, not the subject a later pronoun takes up.
 */
final class RelativeMentions {
  private final QuotedText quoted;

  RelativeMentions(QuotedText quoted) {
    this.quoted = quoted;
  }

  /**
   * Whether a mention stands inside a relative clause of its sentence ("l'ex-ministre, qui avait
   * adressé un reproche à X, affiche"): a relative pronoun before it, with no comma between.
   */
  boolean inRelativeClause(Entity e) {
    List<Word> before = quoted.words(quoted.sentenceStart(e.start()), e.start());
    for (int i = before.size() - 1; i >= 0; i--) {
      Word w = before.get(i);
      if (w.is(",") || !w.isWord() && !w.is("-")) {
        return false;
      }
      if (w.is("qui", "dont", "lequel", "laquelle", "auquel", "duquel")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a mention stands inside a relative clause set between commas in the middle of its
   * sentence ("l'opposant, qui compte défier X en 2018, a passé la nuit"): a comma before the
   * relative pronoun and another after the mention, before the sentence ends. Not a relative
   * ending the sentence ("des propos qui agacent X :"), whose person the next words may answer.
   */
  boolean inAppositiveRelative(Entity e) {
    List<Word> before = quoted.words(quoted.sentenceStart(e.start()), e.start());
    int r = before.size() - 1;
    while (r >= 0 && !before.get(r).is(",") && !before.get(r).is("qui", "dont")) {
      r--;
    }
    if (r < 1 || !before.get(r).is("qui", "dont") || !before.get(r - 1).is(",")) {
      return false;
    }
    return quoted.words(e.end(), quoted.sentenceEnd(e.end())).stream().anyMatch(w -> w.is(","));
  }
}
