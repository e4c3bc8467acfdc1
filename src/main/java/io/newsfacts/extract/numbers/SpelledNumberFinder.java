package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written in words: runs of number words joined by spaces or hyphens ("quatre-vingt-dix-sept",
 * "deux cent mille", "vingt et unième"), with a decimal part after "virgule" ("deux virgule cinq").
 */
final class SpelledNumberFinder implements FigureFinder {
  @Override
  public void find(NormalText t, List<Figure> figs) {
    String[] w = t.words;
    int i = 0;
    while (i < w.length) {
      if (!NumberWords.startsNumber(w[i])) {
        i++;
        continue;
      }
      List<String> run = new ArrayList<>();
      run.add(w[i]);
      int j = i;
      while (run.size() < 24 && t.joined(j, j + 1) && (NumberWords.isRunWord(w[j + 1]))) {
        j++;
        run.add(w[j]);
      }
      NumberWords.Reading r = NumberWords.read(run);
      if (r == null) {
        i++;
        continue;
      }
      int last = i + r.words() - 1;
      double value = r.value();
      int end = t.wordEnd[last];
      if (!r.ordinal() && last + 2 < w.length && w[last + 1].equals("virgule") && t.joined(last, last + 1)
          && t.joined(last + 1, last + 2)) {
        int k = last + 2;
        int zeros = 0;
        while (k < w.length && NumberWords.isZero(w[k])) {
          zeros++;
          k++;
        }
        List<String> run2 = new ArrayList<>();
        for (int q = k; q < w.length && q < k + 12 && (q == k || t.joined(q - 1, q)) && NumberWords.isRunWord(w[q]); q++) {
          run2.add(w[q]);
        }
        NumberWords.Reading d = run2.isEmpty() ? null : NumberWords.read(run2);
        if (d != null && !d.ordinal()) {
          value = Double.parseDouble((long) value + "." + "0".repeat(zeros) + (long) d.value());
          last = k + d.words() - 1;
          end = t.wordEnd[last];
        } else if (zeros > 0) {
          value = (long) value;
          last = k - 1;
          end = t.wordEnd[last];
        }
      }
      Figure.Draft f = Figure.found(t.wordStart[i], end, value, true);
      if (r.ordinal()) {
        f.kind = NumberKind.ORDINAL;
      }
      figs.add(f.done());
      i = last + 1;
    }
  }
}
