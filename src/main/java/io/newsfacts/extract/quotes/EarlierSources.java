package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * "Vers minuit, des individus ont attaqué les gendarmes, a indiqué une source proche de l'enquête.
 * [...] «le calme est revenu», a ajouté cette source": a demonstrative source ("cette source", "ce
 * syndicat") is the source the article named shortly before with the same noun, and keeps that
 * phrase, the one a reader would search for ("une source proche de l'enquête").
 */
final class EarlierSources {
  /** How far back (characters) the first mention may be: a few sentences. */
  private static final int REACH = 900;
  /** The longest phrase kept: determiner, noun and a short complement. */
  private static final int MAX_WORDS = 7;
  private static final Set<String> DETERMINERS = Set.of("un", "une", "des", "le", "la", "l'", "les");
  /** Words that end the source's phrase: a relative, a conjunction, a verb that follows it. */
  private static final Set<String> ENDS = Set.of("qui", "que", "qu'", "dont", "où", "et", "ou", "mais", "selon",
      "a", "ont", "avait", "avaient", "est", "sont", "était", "aurait", "auraient");

  private EarlierSources() {}

  /**
   * "..., a indiqué une source proche de l'enquête. Selon elle, «...»": the last source named with
   * an indefinite article of the pronoun's gender and number ("une" for elle, "un" for lui, "des"
   * for elles and eux) in the sentence before {@code before} or in its own, or null. No farther:
   * beyond it, a person named since is a likelier antecedent.
   */
  static String forPronoun(QuotedText quoted, String pronoun, int before) {
    String article = switch (pronoun) {
      case "elle" -> "une";
      case "lui" -> "un";
      case "elles", "eux" -> "des";
      default -> null;
    };
    if (article == null) {
      return null;
    }
    List<Word> ws = quoted.words(quoted.previousSentenceStart(before), before);
    for (int i = ws.size() - 2; i >= 0; i--) {
      if (ws.get(i).lower().equals(article) && SpeakerResolver.isSourceNoun(ws.get(i + 1).lower())) {
        return phraseAt(quoted, ws, i);
      }
    }
    return null;
  }

  /**
   * The phrase that first named the source {@code noun} in the {@link #REACH} characters before
   * {@code before}, or null when none did.
   */
  static String earlier(QuotedText quoted, String noun, int before) {
    List<Word> ws = quoted.words(Math.max(0, before - REACH), before);
    for (int i = ws.size() - 2; i >= 0; i--) {
      if (!ws.get(i + 1).lower().equals(noun) || !DETERMINERS.contains(ws.get(i).lower())) {
        continue;
      }
      return phraseAt(quoted, ws, i);
    }
    return null;
  }

  /** The source's phrase that starts with the determiner {@code ws[i]}: "une source proche de l'enquête". */
  private static String phraseAt(QuotedText quoted, List<Word> ws, int i) {
    int end = i + 2;
    while (end < ws.size() && end - i < MAX_WORDS && ws.get(end).isWord() && !ENDS.contains(ws.get(end).lower())
        && !ws.get(end).text().contains("-t-")) {
      end++;
    }
    while (end > i + 2 && FrenchWords.DETERMINERS.contains(ws.get(end - 1).lower())
        || end > i + 2 && ws.get(end - 1).is("de", "d'", "du", "des", "à", "au", "aux")) {
      end--; // a complement cut by the word limit loses its dangling article or preposition
    }
    String phrase = quoted.text().substring(ws.get(i).start(), ws.get(end - 1).end());
    return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
