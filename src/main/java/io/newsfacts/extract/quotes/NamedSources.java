package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Demonyms;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * Names the entity step typed MISC that still name a source when they make the whole subject of a
 * reporting verb: a pollster, a publication, a report ("YouGov relève que «", "selon Libération").
 * Split from {@link SpeakerResolver}, which keeps MISC names (events, works, nationalities) out otherwise.
 */
final class NamedSources {
  private NamedSources() {}

  /**
   * Whether MISC entity {@code e} is the whole noun phrase {@code ws} (an article before it at
   * most) and no nationality or inhabitants ("les Français estiment que «": people asked, not a
   * source), and a verb or an incise's comma comes right after it ("YouGov relève", "a expliqué
   * X, émue,"): never a heading before a colon ("Affaire X : Y moque «") nor a sentence's last word
   * ("..., détaille le site X."). Then the phrase names a body as an organisation's name does.
   */
  static boolean isSource(Entity e, List<Word> ws, QuotedText quoted) {
    if (e == null || e.type() != EntityType.MISC || ws.isEmpty()) {
      return false;
    }
    List<Word> after = quoted.words(e.end(), Math.min(quoted.text().length(), e.end() + 30));
    if (after.isEmpty() || !after.get(0).is(",") && !(after.get(0).isWord() && !after.get(0).isCapitalised())) {
      return false;
    }
    int i = ws.get(0).is("le", "la", "l'", "l’", "les") ? 1 : 0;
    if (i >= ws.size() || ws.get(i).start() != e.start() || ws.get(ws.size() - 1).end() != e.end()) {
      return false;
    }
    for (int k = i; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (!w.isCapitalised() && w.isWord() && k == i || Demonyms.base(w.text()) != null) {
        return false;
      }
    }
    return true;
  }
}
