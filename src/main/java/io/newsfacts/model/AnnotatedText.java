package io.newsfacts.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The article text with its sentences and tokens: what the extractors read. Built by the {@code
 * nlp} package from CoreNLP, or by hand in tests.
 *
 * @param parser gives a sentence with its dependency parse (heads and relations of its tokens),
 *     on demand: parsing costs more than tagging, so only the extractors that need a sentence's
 *     parse ask for it ({@link #parsed}); returns the sentence as it is when no parser runs
 */
public record AnnotatedText(String text, List<Sentence> sentences, UnaryOperator<Sentence> parser) {
  /** Text and sentences as they are, with no parser (or parsed already). */
  public AnnotatedText(String text, List<Sentence> sentences) {
    this(text, sentences, UnaryOperator.identity());
  }

  /** Sentence {@code s} of this text with its dependency parse when the parser gives one. */
  public Sentence parsed(Sentence s) {
    return parser.apply(s);
  }

  public AnnotatedText {
    parser = parser == null ? UnaryOperator.identity() : parser;
    sentences = List.copyOf(sentences);
    int previousEnd = 0;
    for (Sentence s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence ends at " + s.end() + " past the text's length " + text.length());
      }
      if (s.start() < previousEnd) {
        throw new IllegalArgumentException(
            "sentence starting at " + s.start() + " overlaps or precedes the one ending at " + previousEnd);
      }
      previousEnd = s.end();
    }
  }

  /** The sentence containing offset {@code at}, or null (called once a fact: a binary search). */
  public Sentence sentenceAt(int at) {
    int i = SortedOffsets.firstAtLeast(sentences.size(), k -> sentences.get(k).start(), at + 1) - 1;
    if (i < 0) {
      return null;
    }
    Sentence s = sentences.get(i);
    return at < s.end() ? s : null;
  }
}
