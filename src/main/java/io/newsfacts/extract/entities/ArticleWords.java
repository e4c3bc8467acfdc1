package io.newsfacts.extract.entities;

import io.newsfacts.model.SortedOffsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an article in text order, to find the words around a mention across its
 * sentences ({@link TypeEvidence}, {@link ContextCues}, {@link EntityLinker}).
 */
final class ArticleWords {
  private final List<Word> words = new ArrayList<>();
  /** For each word, whether it is the first of its sentence. */
  private final List<Boolean> first = new ArrayList<>();

  ArticleWords(List<List<Word>> sentences) {
    for (List<Word> ws : sentences) {
      for (int i = 0; i < ws.size(); i++) {
        words.add(ws.get(i));
        first.add(i == 0);
      }
    }
  }

  /** The index of the first word starting at or after {@code offset}. */
  int at(int offset) {
    return SortedOffsets.firstAtLeast(words.size(), i -> words.get(i).start(), offset);
  }

  /** The word before index {@code i} in the same sentence, or null. */
  Word before(int i) {
    return i > 0 && i <= words.size() && !first.get(i) ? words.get(i - 1) : null;
  }

  /** The word at index {@code i} if it is in the same sentence as the word before it, or null. */
  Word after(int i) {
    return i < words.size() && i > 0 && !first.get(i) ? words.get(i) : null;
  }
}
