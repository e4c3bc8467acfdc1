package io.newsfacts.model;

/**
 * One word of an annotated sentence.
 *
 * @param word the token as the tokenizer gave it (after multi-word splitting: "de", "le" for "du")
 * @param start offset of the surface form in the article text
 * @param end end offset (exclusive) of the surface form; split words share their surface span
 * @param pos universal part-of-speech tag, or "" when not tagged
 * @param ner entity class from the tagger (PER, LOC, ORG, MISC) or "O"
 */
public record Token(String word, int start, int end, String pos, String ner) {
  public Token {
    Spans.check("token", word, start, end);
    pos = pos == null ? "" : pos;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
  }
}
