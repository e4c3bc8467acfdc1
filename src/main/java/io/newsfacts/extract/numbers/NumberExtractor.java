package io.newsfacts.extract.numbers;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.text.NormalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every figure of a French article, normalised: digits in all their French forms ("14 137",
 * "1.200.000", "3,5 %", "2,5 millions", "5 M€"), spelled-out numbers ("quatre-vingt-dix-sept",
 * "une dizaine"), fractions and multipliers ("la moitié", "trois fois plus"), with their
 * qualifier ("près de", "plus de", "entre X et Y"), the noun they count and the date of their
 * sentence. Years, days of dates, times, phone numbers, identifiers and durations are not figures.
 *
 * <p>The rules read the text itself (normalised by {@link NormalText}), not the tokenizer's cut,
 * which splits some digit groups and not others; tags, when present, only help find the unit.
 * The work goes in three kinds of steps: finders ({@link FigureFinder}) find every number however
 * it is written; filters drop what is not a figure ({@link IdentifierFilter}, {@link DateFilter},
 * {@link WordFilter}); combiners read figures with their neighbours ({@link Widener}, {@link
 * UnitFinder}, {@link Slashes}, {@link Shares}, {@link Ranges}, {@link BorrowedUnits}, {@link
 * FigureDates}).
 */
public final class NumberExtractor {
  private static final List<FigureFinder> FINDERS = List.of(new DigitFinder(), new SpelledNumberFinder(),
      new CollectiveFinder(), new FractionFinder(), new MultiplierFinder());

  /** The figures of {@code doc}; {@code dates} are the date extractor's facts for the same text. */
  public List<NumberFact> extract(AnnotatedText doc, List<DateFact> dates) {
    NormalText t = new NormalText(doc.text());
    TokenTags tags = new TokenTags(doc);
    UnitFinder units = new UnitFinder(t, tags);
    IdentifierFilter identifiers = new IdentifierFilter(t, tags);
    DateFilter dateParts = new DateFilter(t, dates);
    WordFilter words = new WordFilter(t);

    // find every number, however written; the longest wins where two overlap
    List<Figure> figs = new ArrayList<>();
    for (FigureFinder finder : FINDERS) {
      finder.find(t, figs);
    }
    figs = Slashes.combine(t, withoutOverlaps(figs));
    // widen over scale, currency, sign and qualifier; drop identifiers, days and times
    figs.replaceAll(f -> {
      Figure wide = f.kind() == NumberKind.COUNT || f.kind() == NumberKind.ORDINAL
          ? Widener.left(t, Widener.right(t, f)) : f;
      return dateParts.dayOrTime(identifiers.check(wide));
    });
    figs.removeIf(Figure::isDropped);
    figs = withoutSwallowed(figs);
    // what each figure counts; drop years and the articles "un", "une"
    figs.replaceAll(f -> {
      Figure counted = Widener.qualifierAfter(t, units.attach(f));
      return words.articleOrNumber(dateParts.year(counted));
    });
    figs.removeIf(Figure::isDropped);
    // figures read with their neighbours: shares, ranges, units borrowed
    figs = Shares.combine(t, figs);
    figs.removeIf(Figure::isDropped);
    figs = Ranges.combine(t, figs);
    figs.removeIf(Figure::isDropped);
    figs = BorrowedUnits.combine(t, figs, units);
    // last checks, now that units are known: durations, pronouns, titles, digits in names
    Figure previousAge = null;
    for (int i = 0; i < figs.size(); i++) {
      Figure f = dateParts.durationOrAge(figs.get(i), previousAge);
      if (!f.isDropped() && f.unit() != null && f.unit().toLowerCase(Locale.ROOT).startsWith("an")) {
        previousAge = f;
      }
      figs.set(i, words.digitsInNames(words.wordsThatAreNotNumbers(f)));
    }
    figs.removeIf(Figure::isDropped);
    List<NumberFact> out = new ArrayList<>(figs.size());
    for (int i = 0; i < figs.size(); i++) {
      Figure f = figs.get(i);
      int next = i + 1 < figs.size() ? figs.get(i + 1).start() : Integer.MAX_VALUE; // a unit never runs into it
      out.add(f.toFact(doc.text(), FigureDates.dateOf(doc, f, dates), next));
    }
    return out;
  }

  /** Keeps the longest of overlapping candidates (a fraction over its number word, "une dizaine" over "une"). */
  private static List<Figure> withoutOverlaps(List<Figure> figs) {
    figs.sort(Comparator.comparingInt(Figure::start).thenComparingInt(f -> -(f.end() - f.start())));
    List<Figure> out = new ArrayList<>();
    for (Figure f : figs) {
      Figure last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && f.start() < last.end()) {
        if (f.end() - f.start() > last.end() - last.start()) {
          out.set(out.size() - 1, f);
        }
        continue;
      }
      out.add(f);
    }
    return out;
  }

  /**
   * Drops a candidate that a figure before it took in while widening ("cent" in "12 pour cent"), and
   * the candidates a figure took in while widening left over its qualifier ("un" in "un peu plus de 20").
   */
  private static List<Figure> withoutSwallowed(List<Figure> figs) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figs) {
      while (!out.isEmpty() && f.start() <= out.get(out.size() - 1).start()
          && out.get(out.size() - 1).end() <= f.coreStart()) {
        out.remove(out.size() - 1);
      }
      if (!out.isEmpty() && f.start() < out.get(out.size() - 1).end()) {
        continue;
      }
      out.add(f);
    }
    return out;
  }
}
