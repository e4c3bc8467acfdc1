package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * A quote that is the object of a relative clause right after it: "«...» : voilà ce qu'a déclaré
 * X", "«...», c'est ce qu'ont lu les habitants sur les tracts". A reporting verb there gives its
 * subject; any other verb (heard, read, seen) says who met the words, not who said them, so the
 * quote gets no speaker rather than the one carried from before.
 */
final class RelativeAfter {
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Subjects subjects;

  RelativeAfter(ArticleReading reading, Subjects subjects) {
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.subjects = subjects;
  }

  /**
   * The speaker the relative clause that opens {@code right} (the words of the quote's sentence
   * after its marks) gives, {@link Speaker#UNNAMED} when its verb reports no words, or null when no such
   * clause stands there.
   */
  Speaker of(List<Word> right, Speaker previous, int at) {
    int i = clauseStart(right);
    if (i < 0) {
      return null;
    }
    VerbGroup vg = verbs.verbAt(right, i); // "ce qu'a déclaré X", "ce qu'ont affirmé les élus"
    if (vg != null) {
      int[] np = vg.pronoun() == null ? phrases.npAfter(right, vg.last() + 1) : null;
      if (np != null && !resolver.namesSpeaker(np[0], np[1])) {
        return Speaker.UNNAMED; // "c'est ce que dit le texte": no one who speaks
      }
      Speaker s = subjects.invertedSubject(right, vg, previous, at);
      return s == null ? Speaker.UNNAMED : s;
    }
    int verb = firstVerb(right, i);
    if (verb > i && (vg = verbs.verbAt(right, verb)) != null) { // "ce que le ministre a déclaré", "ce qu'il a dit"
      if (right.get(i).is("il", "elle") && verb == i + 1) {
        Speaker s = resolver.pronoun(right.get(i).lower(), at, previous);
        return s == null ? Speaker.UNNAMED : s;
      }
      int[] np = phrases.npAfter(right, i);
      Speaker s = np == null ? null : resolver.resolve(np[0], np[1], at, previous, true);
      return s == null ? Speaker.UNNAMED : s;
    }
    return Speaker.UNNAMED;
  }

  /** The index of the word after "voilà ce que", "c'est ce que" opening {@code right}, or -1. */
  private static int clauseStart(List<Word> right) {
    int i = 0;
    if (right.size() < 5 || !right.get(i++).is(":", ",")) {
      return -1;
    }
    if (right.get(i).is("voilà", "voici")) {
      i++;
    } else if (right.get(i).is("c'") && right.get(i + 1).is("est", "était")) {
      i += 2;
    } else {
      return -1;
    }
    if (i + 2 >= right.size() || !right.get(i).is("ce") || !right.get(i + 1).is("qu'", "que")) {
      return -1;
    }
    return i + 2;
  }

  /** The first word at or after {@code from} where a verb group of the reporting list starts, within a few words. */
  private int firstVerb(List<Word> right, int from) {
    for (int k = from; k < right.size() && k < from + 6 && right.get(k).isWord(); k++) {
      if (verbs.isVerb(right.get(k)) || FrenchWords.AUXILIARIES.contains(right.get(k).lower())) {
        return k;
      }
    }
    return -1;
  }
}
