package io.newsfacts.extract.numbers;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.model.Sentence;
import java.util.List;

/** The date a figure is about: the nearest point in time of its sentence, from the date extractor's facts. */
final class FigureDates {
  private FigureDates() {}

  /** The value of the date nearest to {@code f} in its sentence (not a duration, not a set), or null. */
  static String dateOf(AnnotatedText doc, Figure f, List<DateFact> dates) {
    if (dates.isEmpty()) {
      return null;
    }
    Sentence s = doc.sentenceAt(f.start());
    int from = s == null ? Math.max(0, f.start() - 200) : s.start();
    int to = s == null ? Math.min(doc.text().length(), f.end() + 200) : s.end();
    DateFact best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateFact d : dates) {
      if (d.value() == null || d.start() < from || d.end() > to || d.type() == DateType.DURATION
          || d.type() == DateType.SET) {
        continue;
      }
      int distance = d.start() >= f.end() ? d.start() - f.end() : Math.max(0, f.start() - d.end());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best == null ? null : best.value();
  }
}
