package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * The description a pronoun incise takes up when {@link Antecedents} found no person for it:
 * "L'ancien député européen veut «...», a-t-il expliqué", "Le Premier ministre a écarté l'idée.
 * «...», a-t-il dit". The subject of the clause before the quote (in the quote's sentence when a
 * verb stands there, else the sentence before, not across a heading) is a definite phrase whose
 * noun can speak (a role or a source, {@link SpeakerResolver#namesSpeaker}), of the pronoun's
 * gender, followed by its verb; the pronoun says what the phrase says, and the phrase is resolved
 * as if the incise named it ("», a expliqué l'ancien député européen"): the person the article
 * gives that role, else the phrase. A phrase whose gender the article does not show ("l'Autorité")
 * is left to no one: a wrong speaker is worse than none.
 */
final class DescribedSubjects {
  /** Words of an apposition between commas read over between the subject and its verb. */
  private static final int APPOSITION_WORDS = 12;

  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final RoleNouns roleNouns;

  DescribedSubjects(ArticleReading reading, RoleNouns roleNouns) {
    this.quoted = reading.quoted();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.roleNouns = roleNouns;
  }

  /** Who the incise pronoun {@code pronoun} ("il", "elle") after the quote opening at {@code open} stands for, or null. */
  Speaker of(String pronoun, int open, Speaker previous) {
    Character gender = PersonGenders.ofPronoun(pronoun);
    if (gender == null) {
      return null;
    }
    int start = quoted.sentenceStart(open);
    List<Word> ws = quoted.words(start, open);
    if (ws.stream().noneMatch(this::isVerb)) {
      int before = quoted.previousSentenceStart(open);
      if (before >= start || ParagraphSpeakers.headingBetween(quoted.text(), before, open)) {
        return null;
      }
      ws = quoted.words(before, start);
    }
    int s = Frames.end(ws, verbs);
    if (s >= ws.size() || !ws.get(s).is("le", "la", "l'")) {
      return null;
    }
    int[] np = phrases.npAfter(ws, s);
    if (np == null || np[0] != ws.get(s).start() || !verbFollows(ws, np[1])) {
      return null;
    }
    List<Word> phrase = quoted.words(np[0], np[1]);
    int head = SpeakerResolver.headIndex(phrase);
    if (head < 0 || roleNouns.startsAt(phrase, head) == 0) {
      return null; // a role ("le ministre", "l'ancien député européen"), not any noun that may speak
    }
    Character g = roleNouns.gender(phrase.get(head).lower(), phrase.get(0).lower());
    if (g == null || !g.equals(gender) || !resolver.namesSpeaker(np[0], np[1])) {
      return null;
    }
    Speaker r = resolver.resolve(np[0], np[1], open, previous, true);
    return r == Speaker.UNNAMED ? null : r;
  }

  /** Whether a verb comes right after offset {@code end}, past an apposition between commas ("Le maire, élu en 2014, a dit"). */
  private boolean verbFollows(List<Word> ws, int end) {
    int k = 0;
    while (k < ws.size() && ws.get(k).start() < end) {
      k++;
    }
    if (k < ws.size() && ws.get(k).is(",")) {
      int close = k + 1;
      while (close < ws.size() && close - k <= APPOSITION_WORDS && !ws.get(close).is(",")) {
        if (!ws.get(close).isWord()) {
          return false;
        }
        close++;
      }
      k = close + 1;
    }
    if (k < ws.size() && ws.get(k).is("ne", "n'", "n’", "se", "s'", "s’", "y", "en", "lui", "leur")) {
      k++; // "ne", a clitic: "Le ministre ne cache pas", "La députée s'est dite"
    }
    return k < ws.size() && isVerb(ws.get(k));
  }

  private boolean isVerb(Word w) {
    return verbs.isVerb(w) || FrenchWords.isFinite(w.lower());
  }
}
