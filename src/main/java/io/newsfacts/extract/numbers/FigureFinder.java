package io.newsfacts.extract.numbers;

import io.newsfacts.text.NormalText;
import java.util.List;

/** One way a number is written (digits, number words, a collective noun, a fraction...): finds them all. */
interface FigureFinder {
  /** Adds to {@code figs} every number of this kind in {@code t}, in text order; overlaps are resolved later. */
  void find(NormalText t, List<Figure> figs);
}
