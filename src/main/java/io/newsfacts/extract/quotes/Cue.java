package io.newsfacts.extract.quotes;

/** What tied a quote to its speaker, strongest first. */
enum Cue {
  /** A reporting clause right after the quote: "», a indiqué X". */
  AFTER("reporting-verb"),
  /**
   * Any verb inverted right after the quote, not a listed reporting verb: "», a attaqué la
   * députée", "», s'agace-t-il".
   */
  INCISE("incise"),
  /** An embedded tweet's handle right after the quote: "«...» @GTabard #remaniement". */
  HANDLE("tweet-handle"),
  /** A colon before the quote: "X explique : «", "Barnier : «". */
  COLON("colon"),
  /** A reporting verb just before the quote: "X a dénoncé «", "X parle de «". */
  BEFORE("reporting-verb"),
  /** An inverted reporting clause earlier in the sentence: ", a souligné X, mais «". */
  LEFT_INCISE("reporting-verb"),
  /** "Pour X, ...", "Selon X, ...". */
  FRAME("source-frame"),
  /** An inverted reporting clause later in the sentence: "« ... » entre A et B, a souligné X." */
  END_INCISE("reporting-verb"),
  /** The dependency parse: the subject of the reporting verb that governs the quote. */
  SYNTAX("subject-of-verb"),
  /** Another quote of the same sentence had a speaker. */
  SAME_SENTENCE("same-sentence"),
  /** The quote is a sentence of its own; the next one opens with its speaker and a reporting verb. */
  NEXT_SENTENCE("next-sentence"),
  /**
   * No reporting verb: the quote stands inside a sentence whose main clause has a subject that
   * names a speaker ("Manuel Valls a mis en garde contre l'abstention qui «...»").
   */
  SUBJECT("clause-subject"),
  /**
   * No cue: in an exchange between two, a reply ("«Non, ...»") after the other addressed the
   * speaker before ("X lui rétorque ...").
   */
  REPLY("dialogue-turn"),
  /** No cue: the sentence before opened with "Selon X," and the quote's goes on with what X reports. */
  FRAME_BEFORE("source-frame"),
  /** The writer of a first-person article reports the words: "Je lui ai répondu : «". */
  NARRATOR("narrator"),
  /** No cue: a person opened a sentence between the previous quote and this one. */
  INTRODUCED("paragraph"),
  /** No cue: the words continue the previous speaker. */
  FLOATING("previous-quote"),
  NONE(null);

  /** What a quote's {@code speakerEvidence} says of this cue. */
  final String evidence;

  Cue(String evidence) {
    this.evidence = evidence;
  }

  /** The evidence of a speaker found with this cue: how its words named them, else the cue. */
  String evidence(Speaker s) {
    if (s == null) {
      return null;
    }
    return explicit() && s.how() != null ? s.how() : evidence;
  }

  boolean explicit() {
    return ordinal() <= SYNTAX.ordinal();
  }
}
