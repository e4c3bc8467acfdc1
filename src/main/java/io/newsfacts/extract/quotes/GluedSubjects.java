package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.Set;

/**
 * The subject written right before the marks of a quote that opens with its reporting verb: "Le
 * maire Paul Durand « regrette que ... »", "car il « juge que ... »". The writer quotes the
 * person's words from their verb on, so the subject outside the marks is the speaker.
 */
final class GluedSubjects {
  /** Words after which a subject may open its clause. */
  private static final Set<String> OPENERS = Set.of(",", ";", "car", "mais", "et", "donc", "or", "puis");

  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  GluedSubjects(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /**
   * The speaker of quote {@code q} whose sentence reads {@code left} before its marks, or null when
   * the quote does not open with a finite reporting verb or no subject naming someone stands right
   * before it.
   */
  Speaker of(Marked q, List<Word> left, Speaker previous) {
    if (left.isEmpty() || !opensWithReportingVerb(q)) {
      return null;
    }
    int last = left.size() - 1;
    Word w = left.get(last);
    if (w.is("il", "elle") && opensClause(left, last)) {
      return resolver.pronoun(w.lower(), w.start(), previous);
    }
    int[] np = phrases.npEndingAt(left, last);
    if (np == null || !resolver.namesSpeaker(np[0], np[1])) {
      return null;
    }
    int first = last;
    while (first > 0 && left.get(first - 1).start() >= np[0]) {
      first--;
    }
    return opensClause(left, first) ? resolver.resolve(np[0], np[1], q.open(), previous, true) : null;
  }

  /**
   * Whether the words inside the marks open with a finite reporting verb in lower case, clitics
   * aside ("« regrette que", "« ne regrette pas"). Any other verb makes the subject before the
   * marks what the quoted words speak of: "Édouard Philippe « en est conscient »" is someone's
   * view of him.
   */
  private boolean opensWithReportingVerb(Marked q) {
    // the rules read a quote as one word: its own words are scanned from the text
    List<Word> inside = Word.scan(quoted.text(), q.open(), Math.min(q.close(), q.open() + 80));
    int k = 0;
    while (k < inside.size() && !inside.get(k).isWord()) {
      k++;
    }
    while (k < inside.size() && FrenchWords.CLITICS.contains(inside.get(k).lower())) {
      k++;
    }
    if (k >= inside.size() || inside.get(k).isCapitalised()) {
      return false;
    }
    VerbGroup vg = verbs.verbAt(inside, k);
    // "elle « fait parler les morts »": a causative is what she is said to do, not her words
    return vg != null && verbs.isFinite(inside, vg) && !VerbGroups.FAIRE.contains(inside.get(vg.first()).lower());
  }

  /** Whether word {@code k} opens its clause: the sentence's first word, or after a comma or conjunction. */
  private static boolean opensClause(List<Word> ws, int k) {
    return k == 0 || OPENERS.contains(ws.get(k - 1).lower());
  }
}
