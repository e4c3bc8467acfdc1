package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * A person set as the source of what follows by a frame ("Pour X, ...", "..., pour X, que",
 * "selon X", "d'après X") between the previous speaker and a quote with no cue of its own: "«...»,
 * confie-t-on à BFMTV. Mais pour X, la réponse est simple. «J'ai été autorisé ...»", "Pour la
 * députée PS Y «le paquet neutre est moche»". The quote is that person's, not the previous
 * speaker's: carrying the turn over the frame gives the words to someone who did not say them.
 */
final class FramedSources {
  /** Words a frame's noun phrase may hold before its name ("pour la députée PS de Gironde X"). */
  private static final int FRAME_WORDS = 8;
  /** Words that may come before a sentence-opening "pour" ("Mais pour X,", "Enfin, pour X,"). */
  private static final String[] LEADS = {"mais", "et", "or", "enfin", "ainsi", "toujours", "quant", ","};

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;
  private final RoleNouns roleNouns;

  FramedSources(ArticleReading reading, RoleNouns roleNouns) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
    this.roleNouns = roleNouns;
  }

  /**
   * The person the last source frame between offsets {@code from} and {@code at} names, outside
   * quotes, when it is not {@code previous}; null when there is no such frame. The frame's person
   * must close its phrase: a comma or a quote right after the name ("pour X, la réponse", "Pour
   * la députée Y «"), so that "une victoire pour X aux élections" frames nothing. "pour" frames
   * only at the head of a sentence or between commas; "selon", "d'après" anywhere.
   */
  Speaker between(int from, int at, Speaker previous) {
    List<Word> ws = quoted.words(from, at);
    Speaker found = null;
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (!w.is("pour", "selon", "d'après") || quoted.inQuote(w.start())
          || w.is("pour") && !opensFrame(w)) {
        continue;
      }
      Entity e = framed(ws, k, at);
      if (e == null) {
        continue;
      }
      Speaker s = resolver.person(e, null);
      if (previous == null || !s.name().equals(previous.name())) {
        found = s;
      } else {
        found = null; // the previous speaker framed again: the turn stays theirs
      }
    }
    return found;
  }

  /** Whether "pour" at word {@code w} opens a frame: first in its sentence (after "Mais", "Enfin,"), or after a comma. */
  private boolean opensFrame(Word w) {
    List<Word> lead = quoted.words(quoted.sentenceStart(w.start()), w.start());
    if (!lead.isEmpty() && lead.get(lead.size() - 1).is(",")) {
      return true;
    }
    return lead.stream().allMatch(l -> l.is(LEADS));
  }

  /**
   * The person named by the noun phrase after the frame word at index {@code k}: the first person
   * mention within {@link #FRAME_WORDS} words, with no verb (a role noun is none), quote or punctuation before it, and a
   * comma or a quote right after it (the quote at offset {@code at} too). Null otherwise.
   */
  private Entity framed(List<Word> ws, int k, int at) {
    for (int j = k + 1; j < ws.size() && j - k <= FRAME_WORDS; j++) {
      Word w = ws.get(j);
      Entity e = people.at(w.start());
      if (e != null && e.start() == w.start()) {
        if (e.type() != EntityType.PERSON) {
          return null;
        }
        int after = j + 1;
        while (after < ws.size() && ws.get(after).end() <= e.end()) {
          after++;
        }
        // (the quote at hand is not among the words: a name right before it closes the frame too)
        boolean closed = after < ws.size() ? ws.get(after).is(",", "«»") : quoted.text().substring(e.end(), at).isBlank();
        return closed ? e : null;
      }
      boolean role = roleNouns.startsAt(ws, j) > 0; // "pour la députée X": a role, not a participle
      if (!w.isWord() || w.is("«»") || !role && verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower())
          || w.is("qui", "que", "qu'", "dont")) {
        return null;
      }
    }
    return null;
  }
}
