package io.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins back sentences CoreNLP's splitter cut inside a quote's attribution: "«... comme ça!», a
 * souligné Me Boudreault." is cut after "!»", so the quote's sentence lacks its speaker. An
 * exclamation or question mark (or an ellipsis) inside quotation marks, followed on the same line
 * by a comma or a lower-case word, does not end the sentence.
 */
final class CutQuotes {
  private static final String CLOSING = "»”\"";
  private static final String STRONG = "!?…";

  private CutQuotes() {}

  /**
   * Whether the sentence ending at {@code end} and the one starting at {@code next} are one
   * sentence: the first ends with "!", "?" or "…" and a closing mark (in either order of the
   * splitter's cut), the second goes on with a comma or a lower-case word on the same line.
   */
  static boolean continues(String text, int end, int next) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int n = next;
    boolean closed = false;
    if (e > 0 && CLOSING.indexOf(text.charAt(e - 1)) >= 0) {
      closed = true;
      e--;
      while (e > 0 && Character.isSpaceChar(text.charAt(e - 1))) {
        e--;
      }
    } else if (n < text.length() && CLOSING.indexOf(text.charAt(n)) >= 0) {
      closed = true;
      n++; // "!" ends the first, "»" opens the second
    }
    if (!closed || e == 0 || STRONG.indexOf(text.charAt(e - 1)) < 0) {
      return false;
    }
    for (int i = end; i < next; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    while (n < text.length() && Character.isSpaceChar(text.charAt(n))) {
      n++;
    }
    if (n >= text.length() || text.charAt(n) == '\n') {
      return false;
    }
    char c = text.charAt(n);
    return c == ',' || Character.isLowerCase(c);
  }

  /** The sentences with each cut attribution joined to its quote (tokens renumbered). */
  static List<CoreMap> join(String text, List<CoreMap> maps) {
    List<CoreMap> out = new ArrayList<>(maps.size());
    for (CoreMap map : maps) {
      if (!out.isEmpty()) {
        CoreMap last = out.get(out.size() - 1);
        int end = last.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int next = map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        if (end <= next && next <= text.length() && continues(text, end, next)) {
          out.set(out.size() - 1, merged(text, last, map));
          continue;
        }
      }
      out.add(map);
    }
    return out;
  }

  private static CoreMap merged(String text, CoreMap a, CoreMap b) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap m : List.of(a, b)) {
      for (CoreLabel label : m.get(CoreAnnotations.TokensAnnotation.class)) {
        CoreLabel copy = new CoreLabel(label);
        copy.setIndex(tokens.size() + 1);
        tokens.add(copy);
      }
    }
    int start = a.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = b.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    CoreMap out = new ArrayCoreMap();
    out.set(CoreAnnotations.TokensAnnotation.class, tokens);
    out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
    out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    out.set(CoreAnnotations.TextAnnotation.class, text.substring(start, end));
    return out;
  }
}
