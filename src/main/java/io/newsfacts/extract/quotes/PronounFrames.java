package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * A source frame on a pronoun inside the sentence, before the quote: "L'archevêque rappelle les
 * valeurs de l'Église, dont le rôle est selon lui «...»", "Parmi les principes figurerait ainsi,
 * selon lui, le maintien «...»", "Mais, d'après lui, cette tradition se trouve malmenée par «...»".
 * {@link SourceFrames} reads the frames that open the sentence or follow a comma with a name; here
 * "lui" or "elle" stands for the subject of the sentence when one opens it and can speak (a person,
 * a role, a source: "Le site d'investigation a souligné ..., qui illustre selon lui «" is the
 * site's; "La réforme ..., qui illustre selon lui «" leaves the pronoun to no one), else
 * for the person "il" or "elle" would stand for there ({@link SpeakerResolver#pronoun}). Not for
 * a source named with an indefinite article before, as {@link SourceFrames} does for "Selon elle,"
 * opening the sentence: inside one, "une" and a noun are mostly no source ("qu'une majorité se
 * dégagera. D'ailleurs, ..., selon elle, ...").
 */
final class PronounFrames {
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  PronounFrames(ArticleReading reading) {
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /**
   * Whether the frame at word {@code k} of {@code ws} is a lone pronoun ("Selon lui,", "Pour
   * elle,"): it stands for the one who just spoke when no one else came up since, so {@link
   * SourceFrames} resolves it with the previous speaker ("«...», a-t-il fait valoir. Selon lui, la
   * France «...»" is not the words of the last man merely named before).
   */
  static boolean lone(List<Word> ws, int k) {
    return k + 2 < ws.size() && ws.get(k + 1).is("lui", "elle") && ws.get(k + 2).is(",");
  }

  /** The one the last "selon lui" / "d'après elle" of {@code left} (the sentence's words before the quote at {@code at}) stands for, or null. */
  Speaker of(List<Word> left, int at, Speaker previous) {
    int j = left.size() - 2;
    while (j >= 0 && !(left.get(j).is("selon", "d'après") && left.get(j + 1).is("lui", "elle"))) {
      j--;
    }
    if (j < 0 || j + 2 < left.size() && left.get(j + 2).is("-même", "même")) {
      return null;
    }
    String pronoun = left.get(j + 1).lower();
    int frame = left.get(j).start();
    List<Word> before = left.subList(0, j);
    for (int v = 0; v < before.size(); v++) {
      if (verbs.verbAt(before, v) == null && !verbs.isVerbAt(before, v)
          && !FrenchWords.FINITE_VERBS.contains(before.get(v).lower())) {
        continue; // the sentence's first verb, reporting or not ("a souligné", "doit", "a changé")
      }
      int s = 0;
      while (s < v && (before.get(s).is("mais", "et", "or", "enfin", "ainsi", "donc", "puis") || !before.get(s).isWord())) {
        s++;
      }
      if (s < v && !FrenchWords.PREPOSITIONS.contains(before.get(s).lower())) {
        int[] np = phrases.npAfter(before, s);
        if (np != null && np[0] == before.get(s).start() && np[1] <= before.get(v).start()) {
          // the subject opening the sentence: "lui" takes it up, when it can speak
          if (!resolver.namesSpeaker(np[0], np[1])) {
            return null;
          }
          Speaker subject = resolver.resolve(np[0], np[1], at, previous, true);
          return subject == Speaker.UNNAMED ? null : subject;
        }
      }
      break;
    }
    Speaker s = resolver.pronoun(pronoun.equals("lui") ? "il" : "elle", frame, previous);
    return s == Speaker.UNNAMED ? null : s;
  }
}
