package io.newsfacts.extract.numbers;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.SortedOffsets;
import io.newsfacts.model.Token;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The tagger's part of speech and entity class of the word starting at an offset, looked up by
 * binary search over the tokens (built once per article, no map of every token). Where several
 * tokens start at one offset (a split "du"), the first one in the text counts.
 */
final class TokenTags {
  private final int[] starts;
  private final Token[] tokens;

  TokenTags(AnnotatedText doc) {
    int n = 0;
    for (Sentence s : doc.sentences()) {
      n += s.tokens().size();
    }
    Token[] all = new Token[n];
    boolean sorted = true;
    int i = 0;
    for (Sentence s : doc.sentences()) {
      for (Token tok : s.tokens()) {
        sorted &= i == 0 || all[i - 1].start() <= tok.start();
        all[i++] = tok;
      }
    }
    if (!sorted) {
      Arrays.sort(all, Comparator.comparingInt(Token::start)); // stable: text order kept at equal starts
    }
    tokens = all;
    starts = new int[n];
    for (int k = 0; k < n; k++) {
      starts[k] = all[k].start();
    }
  }

  /** The part of speech of the first tagged token starting at {@code at}, or "" when none is. */
  String pos(int at) {
    for (int i = first(at); i < tokens.length && starts[i] == at; i++) {
      if (!tokens[i].pos().isEmpty()) {
        return tokens[i].pos();
      }
    }
    return "";
  }

  /** The entity class of the first token starting at {@code at}, or null when no token starts there. */
  String ner(int at) {
    int i = first(at);
    return i < tokens.length && starts[i] == at ? tokens[i].ner() : null;
  }

  /** The index of the first token starting at or after {@code at}. */
  private int first(int at) {
    return SortedOffsets.firstAtLeast(tokens.length, i -> starts[i], at);
  }
}
