package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.List;

/**
 * The agent a sentence with no verb brings in after its participle ("Une analyse jugée
 * «excellente» par X, qui juge à son tour ..."): the one the next words speak of and for, not a
 * complement spoken of. Read by {@link Antecedents} and {@link OtherActors}.
 */
final class VerblessAgents {
  private VerblessAgents() {}

  /** Words read between a sentence's indefinite article and its participle ("Une prévision partagée"). */
  private static final int VERBLESS_NOUN_WORDS = 3;

  /**
   * Whether {@code e} is the agent of a sentence with no verb that opens with an indefinite noun
   * and its participle: "Une prévision partagée par Matthias Müller, le patron de Volkswagen. «...»,
   * a-t-il indiqué", "Un point de vue partagé «totalement» par X.": the person it brings in is the
   * one the next words speak of and for, not a complement spoken of.
   */
  static boolean agent(QuotedText quoted, Entity e) {
    List<Word> ws = quoted.words(quoted.sentenceStart(e.start()), e.start());
    if (ws.size() < 3 || !ws.get(0).is("un", "une")) {
      return false;
    }
    for (int k = 2; k < ws.size() && k <= 1 + VERBLESS_NOUN_WORDS; k++) {
      String w = ws.get(k).lower();
      if (FrenchWords.AUXILIARIES.contains(w)) {
        return false;
      }
      if (Word.firstGroupParticiple(w)) {
        return true;
      }
    }
    return false;
  }
}
