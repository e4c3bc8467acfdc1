package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * Whom an impersonal "on" of a reporting clause stands for ("a-t-on appris auprès de l'entourage
 * du président", "explique-t-on", "dit-on à Matignon"): the source it names after the verb, an
 * unnamed source before it, or no one the article names.
 */
final class ImpersonalSources {
  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  ImpersonalSources(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
  }

  /**
   * The source of an impersonal "on": "a-t-on insisté de même source", "a-t-on appris auprès de
   * l'entourage du président", "dit-on à Matignon", "explique-t-on chez Renault"; else the previous
   * speaker when that was an unnamed source too ("une source diplomatique"): "on" never stands for
   * a person the article names, whose words would be "poursuit-il".
   */
  Speaker of(List<Word> ws, int from, Speaker previous, int at) {
    for (int k = from; k < ws.size() && ws.get(k).isWord(); k++) {
      if (ws.get(k).is("même") && k + 1 < ws.size() && ws.get(k + 1).is("source")) {
        return previous;
      }
      int start = sourceAfter(ws, k);
      if (start >= 0) {
        int[] np = phrases.npAfter(ws, start);
        Speaker s = np == null ? null : resolver.resolve(np[0], np[1], at, previous, false);
        if (s != null && Media.isMedium(s.name())) {
          break; // "explique-t-on à BFMTV": the medium heard the words, it did not say them
        }
        if (np != null) {
          return s;
        }
      }
    }
    boolean unnamed = previous != null && Character.isLowerCase(previous.name().charAt(0));
    return unnamed && at - previous.at() <= Speaker.CARRY ? previous : sourceBefore(at);
  }

  /**
   * "À Matignon, l'entourage du chef du gouvernement assure que ... «...», explique-t-on": the
   * last source the quote's sentence or the one before names by a source noun with its article
   * ("l'entourage de X", "un proche", "une source"), the group "on" speaks for; null when none.
   */
  private Speaker sourceBefore(int at) {
    List<Word> ws = quoted.words(quoted.previousSentenceStart(at), at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      if (!ws.get(i).is("l'", "le", "la", "les", "un", "une", "des") || !SpeakerResolver.isSourceNoun(ws.get(i + 1).lower())
          || Media.isMediumNoun(ws, i + 1) || quoted.inQuote(ws.get(i).start())) {
        continue;
      }
      int[] np = phrases.npAfter(ws, i);
      if (np == null) {
        continue;
      }
      int next = i;
      while (next < ws.size() && ws.get(next).end() <= np[1]) {
        next++; // the word after the phrase
      }
      if (next < ws.size() && (verbs.isVerb(ws.get(next)) || FrenchWords.FINITE_VERBS.contains(ws.get(next).lower()))) {
        // the subject of a clause, "l'entourage du chef du gouvernement assure", not a complement
        Speaker s = resolver.resolve(np[0], np[1], at, null, true);
        return s == null ? null : s.via(SpeakerResolver.COREFERENCE);
      }
    }
    return null;
  }

  /** Where the source named after an impersonal verb starts ("auprès de X", "à X", "chez X"), or -1. */
  private static int sourceAfter(List<Word> ws, int k) {
    if (ws.get(k).is("auprès") && k + 1 < ws.size() && ws.get(k + 1).is("de", "du", "des", "d'")) {
      return ws.get(k + 1).is("de", "d'") ? k + 2 : k + 1;
    }
    if (ws.get(k).is("sein") && k > 0 && ws.get(k - 1).is("au") && k + 1 < ws.size() && ws.get(k + 1).is("de", "du", "des", "d'")) {
      return ws.get(k + 1).is("de", "d'") ? k + 2 : k + 1; // "s'alarme-t-on au sein du PS"
    }
    if (ws.get(k).is("au") && k + 1 < ws.size() && ws.get(k + 1).is("sein")) {
      return -1;
    }
    if (ws.get(k).is("à", "au", "aux", "chez", "dans") && k + 1 < ws.size()) {
      return ws.get(k).is("à", "chez", "dans") ? k + 1 : k;
    }
    return -1;
  }
}
