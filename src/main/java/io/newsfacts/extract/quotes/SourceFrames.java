package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * "Pour X, ...", "Selon X, ...", "D'après X, ...": a frame that gives the view of X, whose words
 * the quotes of the sentence are. Split from {@link ClauseSpeakers}.
 */
final class SourceFrames {
  private final QuotedText quoted;
  private final People people;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final PronounFrames pronouns;
  private final RelativeFrames relatives;

  SourceFrames(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.pronouns = new PronounFrames(reading);
    this.relatives = new RelativeFrames(reading);
  }

  /**
   * The source a frame of the quote's sentence ({@code ws}, the words before the quote at {@code
   * at}) names ({@link #named}), else the one a "selon lui" inside it stands for ({@link
   * PronounFrames}: "dont le rôle est selon lui «").
   */
  Speaker of(List<Word> ws, int at, Speaker previous) {
    Speaker s = relatives.of(ws, at, previous); // ", selon qui X a «": the antecedent's words, not X's
    if (s != null) {
      return s;
    }
    s = named(ws, at, previous);
    return s != null ? s : pronouns.of(ws, at, previous);
  }

  /**
   * "Pour X, ...", "Selon X, ...", "D'après X, ..." at the start of the sentence ({@code ws}, the
   * words before the quote), or ", selon X" anywhere; a parenthesis inside the frame is read over
   * ("Pour l'auteur de la résolution X (PS), ..."). A name that opens the clause after the frame's
   * comma is the clause's subject, spoken of, never the frame's holder ("Pour le président de DLR,
   * X s'est «trompé»": not X's words): a role phrase resolved to them stands for someone else the
   * article ties to it (the previous speaker, who was just named: {@link SpeakerResolver#roleHolderBut}),
   * else stays the phrase.
   */
  private Speaker named(List<Word> ws, int at, Speaker previous) {
    Speaker topic = topic(ws, at);
    if (topic != null) {
      return topic;
    }
    int k = 0;
    while (k < ws.size() && ws.get(k).is("mais", "et", "or", "ainsi", "donc", "enfin")) {
      k++;
    }
    for (; k < ws.size(); k++) {
      if (ws.get(k).is("pour", "selon", "d'après")) {
        int end = frameEnd(ws, k + 1);
        if (end < ws.size() && ws.get(end).is(",") && end > k + 1) {
          int last = end - 1;
          while (last > k + 1 && !ws.get(last).isWord()) {
            last--; // ("X (PS)": the parenthesis closes the phrase, not a word of it)
          }
          int from = ws.get(k + 1).start();
          int to = ws.get(last).end();
          if (end == k + 2 && ws.get(k).is("selon", "d'après")) {
            // "..., a indiqué une source proche de l'enquête. Selon elle, «...»": the source
            String source = EarlierSources.forPronoun(quoted, ws.get(k + 1).lower(), ws.get(k).start());
            if (source != null) {
              return new Speaker(source, null, null, at, SpeakerResolver.COREFERENCE);
            }
          }
          Speaker s = ws.get(k).is("pour") && infinitive(ws, k + 1) ? null
              : resolver.resolve(from, to, at, PronounFrames.lone(ws, k) ? previous : null, true);
          if (s != null && previous != null && s.name().equals(resolver.phrase(from, to))) {
            // a description the article left unnamed here: "..., présidente de la Ligue. Selon la
            // spécialiste, «...»" stands for the speaker just named ({@link Variations})
            Speaker varied = resolver.resolve(from, to, at, previous, true);
            s = varied != null ? varied : s;
          }
          if (s != null && subjectAfter(ws, end, s)) {
            Speaker other = resolver.roles().roleHolderBut(from, to, at, previous, s.name());
            return other != null ? other : new Speaker(resolver.phrase(from, to), null, null, from);
          }
          if (s != null) {
            return s;
          }
        }
      }
      if (k == 0 || !ws.get(k).is("selon")) {
        break; // "pour" frames only at the start; "selon" anywhere
      }
    }
    for (int j = 1; j < ws.size(); j++) {
      if (ws.get(j).is("selon") && ws.get(j - 1).is(",")) {
        int[] np = phrases.npAfter(ws, j + 1);
        if (np != null) {
          return resolver.resolve(np[0], np[1], at, null, true);
        }
      }
    }
    return null;
  }

  /**
   * "Quant à X, «...»", "Quant à X, qui ne se représente pas mais ..., «...»": a topic frame whose
   * comma the quote follows at once, with nothing between but a relative clause on X, makes the
   * quote the clause said of X: X's words. A name or a role the frame names (resolved strictly),
   * else null.
   */
  private Speaker topic(List<Word> ws, int at) {
    int k = 0;
    while (k < ws.size() && ws.get(k).is("mais", "et", "or", "enfin")) {
      k++;
    }
    if (k + 2 >= ws.size() || !ws.get(k).is("quant") || !ws.get(k + 1).is("à", "au", "aux")
        || !ws.get(ws.size() - 1).is(",")) {
      return null;
    }
    int from = ws.get(k + 1).is("à") ? k + 2 : k + 1;
    int end = frameEnd(ws, from);
    if (end >= ws.size() || !ws.get(end).is(",") || end == from) {
      return null;
    }
    if (end != ws.size() - 1 && (end + 1 >= ws.size() || !ws.get(end + 1).is("qui", "dont", "que", "qu'"))) {
      return null; // "Quant à X, il estime que": a clause of its own, read by the verb rules
    }
    for (int i = end + 1; i < ws.size() - 1; i++) {
      if (ws.get(i).is(",")) {
        return null; // "Quant à X, qui ..., le ministre estime que ... «": the relative ended, a clause followed
      }
    }
    int last = end - 1;
    while (last > from && !ws.get(last).isWord()) {
      last--;
    }
    int start = ws.get(from).is("au", "aux") ? ws.get(from + 1).start() : ws.get(from).start();
    if (from + 1 > last && ws.get(from).is("au", "aux")) {
      return null;
    }
    return resolver.resolve(start, ws.get(last).end(), at, null, true);
  }

  /** "Pour ce faire,", "pour ce dire,": a demonstrative and an infinitive at word {@code i}, an aim, no one's view. */
  private static boolean infinitive(List<Word> ws, int i) {
    return i + 1 < ws.size() && ws.get(i).is("ce") && Word.infinitiveEnding(ws.get(i + 1).lower());
  }

  /** The index of the first word after the frame's words from {@code from}: a parenthesis of words is read over. */
  private static int frameEnd(List<Word> ws, int from) {
    int end = from;
    while (end < ws.size()) {
      if (ws.get(end).isWord()) {
        end++;
      } else if (ws.get(end).is("(") && end > from) {
        int close = end + 1;
        while (close < ws.size() && ws.get(close).isWord()) {
          close++;
        }
        if (close >= ws.size() || !ws.get(close).is(")")) {
          return end;
        }
        end = close + 1;
      } else {
        return end;
      }
    }
    return end;
  }

  /**
   * Whether the speaker {@code s} the frame's words were resolved to is the person named right after
   * the frame's comma (index {@code comma}) as the subject of the clause: the name is followed by a
   * word, not by a comma or a stop ("Pour le président, X s'est trompé"; not "Pour le président, X,
   * ..." where X may be the apposed holder).
   */
  private boolean subjectAfter(List<Word> ws, int comma, Speaker s) {
    if (comma + 1 >= ws.size()) {
      return false;
    }
    Entity e = people.at(ws.get(comma + 1).start());
    if (e == null || e.type() != EntityType.PERSON || !people.canonical(e).equals(s.name())) {
      return false;
    }
    List<Word> after = Word.scan(quoted.text(), e.end(), Math.min(quoted.text().length(), e.end() + 20));
    return !after.isEmpty() && after.get(0).isWord();
  }
}
