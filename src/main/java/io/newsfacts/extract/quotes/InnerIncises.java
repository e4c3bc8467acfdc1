package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;

/**
 * The reporting incise the writer left inside the quote marks: "« C'est une histoire ordinaire,
 * confie le chantre du Made in France, pour nous, ça a été un moment difficile »", "« ... des
 * thématiques, explique l'universitaire à BFMTV.com. Pour eux, ... »". The marks hold the
 * speaker's words on both sides of a clause that is not theirs: a comma, a reporting verb of the
 * list inverted ({@link VerbGroups#verbAt}), its subject (a name, a role, a source or people the
 * article does not name, {@link PersonNouns}), then a comma
 * or a stop and more of the quote. {@link SpeakerFinder} asks it once the cues around the marks
 * found no one.
 */
final class InnerIncises {
  /** Words the incise spans from its comma to the comma or stop that closes it. */
  private static final int INCISE_WORDS = 14;

  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  InnerIncises(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /** The subject of the first incise inside quote {@code q} that names a speaker, else null. */
  Speaker of(Marked q, Speaker previous) {
    List<Word> ws = quoted.words(q.open() + 1, q.close());
    for (int k = 1; k + 1 < ws.size(); k++) {
      if (!ws.get(k - 1).is(",") || !ws.get(k).isWord() || ws.get(k).isCapitalised()) {
        continue;
      }
      VerbGroup vg = verbs.verbAt(ws, k);
      if (vg == null || vg.pronoun() != null || !verbs.isFinite(ws, vg) || ws.get(vg.last()).lower().endsWith("ant")) {
        continue;
      }
      Speaker s = subject(ws, vg, previous, q.open());
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * The name, role or source right after verb group {@code vg} (past a medium it spoke to: "à
   * BFMTV.com"), when a comma or a stop closes it and the quote goes on after; null otherwise
   * ("..., dit le proverbe, ..." names no one; "..., confie X." ends the quote).
   */
  private Speaker subject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    if (np == null) {
      return null;
    }
    int close = -1;
    for (int j = vg.last() + 1; j < ws.size() && j - vg.last() <= INCISE_WORDS; j++) {
      Word w = ws.get(j);
      if (w.start() >= np[1] && w.is(",", ".", ";")) {
        close = j;
        break;
      }
      if (w.start() >= np[1] && !w.isWord()) {
        return null;
      }
    }
    if (close < 0 || close + 1 >= ws.size() || !ws.get(close + 1).isWord()) {
      return null; // the incise must stand inside the words, which go on after it
    }
    Speaker s = resolver.resolve(np[0], np[1], at, previous, true);
    if (s == null && PersonNouns.heads(Subjects.wordsOf(ws, np))) {
      // "..., a raconté une manifestante à Metronews. ...": someone the article does not name
      return new Speaker(resolver.phrase(np[0], np[1]), null, null, np[0]);
    }
    // a name, a role or a source, or words the resolver keeps as they are ("le seul député de
    // Paris"); not a description it can only guess a holder for ("l'universitaire")
    return s != null && (s.how() == null || resolver.namesSpeaker(np[0], np[1])) ? s : null;
  }
}
