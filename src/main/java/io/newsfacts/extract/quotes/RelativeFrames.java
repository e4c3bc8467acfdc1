package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * ", selon qui X a «...»", ", pour qui «...»": a frame whose source is a relative pronoun. The
 * source is the antecedent of "qui", the phrase right before the comma ("les propos de Karim
 * Benzema, selon qui Didier Deschamps a «cédé»": Benzema's words), never the subject of the
 * clause the frame opens, who is spoken of. An antecedent that names no speaker gives no one.
 */
final class RelativeFrames {
  private final People people;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  RelativeFrames(ArticleReading reading) {
    this.people = reading.people();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /**
   * The antecedent of a ", selon qui" / ", pour qui" / ", d'après qui" frame in the words before
   * the quote at {@code at} ({@code ws}), with no comma after the frame; {@link Speaker#UNNAMED}
   * when the antecedent names no one; null when no such frame stands there.
   */
  Speaker of(List<Word> ws, int at, Speaker previous) {
    int r = ws.size() - 1;
    while (r >= 3 && !(ws.get(r).is("qui") && ws.get(r - 1).is("selon", "pour", "d'après") && ws.get(r - 2).is(","))) {
      if (ws.get(r).is(",", ":")) {
        return null; // the frame's clause ended: another one holds the quote
      }
      r--;
    }
    if (r < 3) {
      return null;
    }
    Word last = ws.get(r - 3);
    Entity e = people.at(last.start());
    Speaker s = null;
    if (e != null && e.type() == EntityType.PERSON) {
      s = resolver.resolve(e.start(), e.end(), at, previous, true);
    } else {
      int[] np = phrases.npEndingAt(ws, r - 3);
      if (np != null && resolver.namesSpeaker(np[0], np[1])) {
        s = resolver.resolve(np[0], np[1], at, previous, true);
      }
    }
    return s != null ? s : Speaker.UNNAMED;
  }
}
