package io.newsfacts.model;

/**
 * One word of an annotated sentence.
 *
 * @param word the token as the tokenizer gave it (after multi-word splitting: "de", "le" for "du")
 * @param start offset of the surface form in the article text
 * @param end end offset (exclusive) of the surface form; split words share their surface span
 * @param pos universal part-of-speech tag, or "" when not tagged
 * @param ner entity class from the tagger (PER, LOC, ORG, MISC) or "O"
 * @param head index in its sentence's tokens of the word this one depends on, -1 for the root of
 *     the sentence or when the sentence was not parsed
 * @param deprel Universal Dependencies relation to the head ("nsubj", "appos", "root"...), or null
 *     when the sentence was not parsed (the parser runs only on sentences that may report speech)
 */
public record Token(String word, int start, int end, String pos, String ner, int head, String deprel) {
  public Token {
    Spans.check("token", word, start, end);
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
    if (deprel == null) {
      head = -1;
    }
  }

  /** A token of a sentence that was not parsed. */
  public Token(String word, int start, int end, String pos, String ner) {
    this(word, start, end, pos, ner, -1, null);
  }

  /** Whether the dependency parser read this token's sentence. */
  public boolean parsed() {
    return deprel != null;
  }
}
