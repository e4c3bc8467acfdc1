package io.newsfacts.extract.dates;

import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.List;
import java.util.Locale;

/**
 * The tense of the verb that governs a date in its sentence: it decides whether a bare weekday
 * ("mardi") is the one before or after the day being told. Uses the part-of-speech tags when the
 * text has them (VERB, AUX) and neighbouring auxiliaries ("a été secouru", "va signer", "sera").
 */
enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN;

  /** The tense of the verb nearest to the span [start, end) in {@code sentence}. */
  static Tense around(Sentence sentence, int start, int end, TimeWords words) {
    if (sentence == null) {
      return UNKNOWN;
    }
    List<Token> tokens = sentence.tokens();
    boolean tagged = tokens.stream().anyMatch(t -> !t.pos().isEmpty());
    int before = -1;
    int after = tokens.size();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() <= start) {
        before = i;
      } else if (tokens.get(i).start() >= end && after == tokens.size()) {
        after = i;
      }
    }
    // a preposition right before the date says it all: "depuis mardi" is past
    if (before >= 0) {
      String prev = lower(tokens.get(before));
      if (prev.equals("depuis")) {
        return PAST;
      }
    }
    // the nearest verb, however far: "Samedi et dimanche matin, des militants de [...], groupuscule
    // adepte des actions spectaculaires, ont bloqué le col"
    for (int d = 0; d < tokens.size(); d++) {
      int left = before - d;
      int right = after + d;
      if (left >= 0 && isVerb(tokens, left, tagged, words)) {
        return classify(tokens, left, words);
      }
      if (right < tokens.size() && isVerb(tokens, right, tagged, words)) {
        return classify(tokens, right, words);
      }
    }
    return UNKNOWN;
  }

  private static boolean isVerb(List<Token> tokens, int i, boolean tagged, TimeWords words) {
    Token t = tokens.get(i);
    if (tagged) {
      return t.pos().equals("VERB") || t.pos().equals("AUX");
    }
    String w = lower(t);
    return words.pastAuxiliaries.contains(w) || words.futureAuxiliaries.contains(w)
        || words.futureWords.contains(w) || (w.length() > 4 && (w.endsWith("ait") || w.endsWith("aient")
            || isFutureForm(w)));
  }

  private static Tense classify(List<Token> tokens, int i, TimeWords words) {
    String w = lower(tokens.get(i));
    // the verb group: an auxiliary up to three words to the left
    for (int k = i; k >= Math.max(0, i - 3); k--) {
      String a = lower(tokens.get(k));
      if (words.futureAuxiliaries.contains(a) || isFutureForm(a)) {
        return FUTURE;
      }
      if (words.pastAuxiliaries.contains(a) && (k < i || isParticiple(next(tokens, k)))) {
        if (words.futureWords.contains(w) || words.futureWords.contains(next(tokens, k))) {
          return FUTURE;
        }
        if (words.etreAuxiliaries.contains(a) && !isEtrePast(tokens, k, words)) {
          return PRESENT; // "est ouvert", "est organisé": a state or a passive, not a past
        }
        return PAST;
      }
    }
    if (words.futureWords.contains(w)) {
      return FUTURE;
    }
    if (w.endsWith("ait") || w.endsWith("aient") || w.endsWith("ais")) {
      return PAST;
    }
    if (isParticiple(w) && w.length() > 3) {
      return PAST;
    }
    // passé simple of the first group ("précisa", "rappela")
    if (w.length() > 4 && w.endsWith("a") && !w.endsWith("ra")) {
      return PAST;
    }
    return PRESENT;
  }

  /** "est tombé", "s'est noyée", "est mort": être + participle as a passé composé. */
  private static boolean isEtrePast(List<Token> tokens, int aux, TimeWords words) {
    if (aux > 0 && words.reflexives.contains(lower(tokens.get(aux - 1)))) {
      return true;
    }
    String p = next(tokens, aux);
    if (p.equals("été")) {
      return false; // "est été" does not occur; be safe
    }
    String stem = p.endsWith("es") ? p.substring(0, p.length() - 2)
        : p.endsWith("e") || p.endsWith("s") ? p.substring(0, p.length() - 1) : p;
    return words.etrePastParticiples.contains(stem) || words.etrePastParticiples.contains(p);
  }

  private static boolean isFutureForm(String w) {
    if (w.length() < 4) {
      return false;
    }
    if (w.endsWith("rait") || w.endsWith("raient")) {
      return true; // conditional: "devrait", "serait" speak of what is to come
    }
    boolean ending = w.endsWith("ra") || w.endsWith("ront") || w.endsWith("rai") || w.endsWith("ras")
        || w.endsWith("rons") || w.endsWith("rez");
    return ending && !w.endsWith("ara") && !w.endsWith("aras");
  }

  private static boolean isParticiple(String w) {
    return w.endsWith("é") || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")
        || w.endsWith("u") || w.endsWith("ue") || w.endsWith("us") || w.endsWith("i") || w.endsWith("is")
        || w.endsWith("it") || w.endsWith("te") || w.endsWith("ert");
  }

  private static String next(List<Token> tokens, int k) {
    return k + 1 < tokens.size() ? lower(tokens.get(k + 1)) : "";
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
