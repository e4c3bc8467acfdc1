package io.newsfacts.model;

import java.util.List;

/**
 * The article text with its sentences and tokens: what the extractors read. Built by the {@code
 * nlp} package from CoreNLP, or by hand in tests.
 */
public record AnnotatedText(String text, List<Sentence> sentences) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
    for (Sentence s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence ends at " + s.end() + " past the text's length " + text.length());
      }
    }
  }

  /** The sentence containing offset {@code at}, or null. */
  public Sentence sentenceAt(int at) {
    for (Sentence s : sentences) {
      if (at >= s.start() && at < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** The text of the sentence containing {@code at}, or the whole paragraph around it. */
  public String sentenceText(int at) {
    Sentence s = sentenceAt(at);
    return s == null ? "" : text.substring(s.start(), s.end());
  }
}
