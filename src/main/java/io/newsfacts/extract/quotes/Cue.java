package io.newsfacts.extract.quotes;

/** What tied a quote to its speaker, strongest first. */
enum Cue {
  /** A reporting clause right after the quote: "», a indiqué X". */
  AFTER,
  /** A colon before the quote: "X explique : «", "Barnier : «". */
  COLON,
  /** A reporting verb just before the quote: "X a dénoncé «", "X parle de «". */
  BEFORE,
  /** An inverted reporting clause earlier in the sentence: ", a souligné X, mais «". */
  LEFT_INCISE,
  /** "Pour X, ...", "Selon X, ...". */
  FRAME,
  /** An inverted reporting clause later in the sentence: "« ... » entre A et B, a souligné X." */
  END_INCISE,
  /** Another quote of the same sentence had a speaker. */
  SAME_SENTENCE,
  /** No cue: the words continue the previous speaker. */
  FLOATING,
  NONE;

  boolean explicit() {
    return ordinal() <= END_INCISE.ordinal();
  }
}
