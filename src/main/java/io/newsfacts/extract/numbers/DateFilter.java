package io.newsfacts.extract.numbers;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.model.DateFact;
import io.newsfacts.text.NormalText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers that belong to the date extractor: the day of a date ("21 mai"), a time ("10h30"), a
 * year ("en 2019"), a duration ("20 ans après", "deux mois") and anything inside a date it found.
 * "N ans" stays a figure when it is an age ("âgés de 18 ans", "65 ans et plus").
 */
final class DateFilter {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  /** A month right after a day number ("21 mai", "1er et 2 juin"), in any form of models/common. */
  private static final Pattern MONTH_AFTER = Pattern.compile(
      "^\\s*(?:er|re|ère)?\\s*(?:(?:au|et|ou|-|à)\\s*\\d{1,2}(?:er)?\\s*)?(?:"
          + FrenchCalendar.alternation(FrenchCalendar.months().keySet()) + ")(?![\\p{L}])");
  private static final Pattern TIME_AFTER = Pattern.compile("^(?:\\s?h\\s?\\d{0,2}(?![\\p{L}])|:\\d\\d)");
  /** A word that announces a year, a month, or "depuis" and a word ("depuis fin 2019"). */
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?:^|[^\\p{L}])("
      + NumberLexicon.alternation(LEX.yearMarkers) + "|" + FrenchCalendar.alternation(FrenchCalendar.months().keySet())
      + "|depuis\\s+\\p{L}+)\\s*-?$");
  private static final Pattern DURATION_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(" + NumberLexicon.alternation(LEX.durationMarkers) + ")\\s*$");
  /** An age marker ending right before a figure ("âgés de", "les"). */
  private static final Pattern AGE_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(" + NumberLexicon.alternation(LEX.ageMarkers) + ")\\s*$");
  private static final Pattern EVERY_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:tous|toutes) les\\s*$");
  private static final Pattern AND_MORE_AFTER = Pattern.compile("^\\s*(?:et|ou) plus(?![\\p{L}])");
  private static final Pattern APPOSITION_AFTER = Pattern.compile("^\\s*[,)]");

  private final NormalText t;
  private final List<DateFact> dates;

  DateFilter(NormalText t, List<DateFact> dates) {
    this.t = t;
    this.dates = dates;
  }

  /** Digits right before a month ("21 mai", "1er et 2 juin") or an hour mark ("10h30", "10:30"). */
  Figure dayOrTime(Figure f) {
    if (f.isDropped() || f.spelled()) {
      return f;
    }
    String after = t.slice(f.coreEnd(), f.coreEnd() + 40);
    if (MONTH_AFTER.matcher(after).find()) {
      return f.drop("day");
    }
    if (TIME_AFTER.matcher(after).find() && f.scale() == 1) {
      return f.drop("time");
    }
    return f;
  }

  /** Four plain digits that read as a year: no noun after them, a time noun, or a word that announces a year. */
  Figure year(Figure f) {
    String unit = f.unit();
    if (f.yearLike() && (unit == null || !Character.isLowerCase(unit.charAt(0))
        || LEX.timeUnits.contains(unit.toLowerCase(Locale.ROOT))
        || YEAR_BEFORE.matcher(t.slice(f.start() - 25, f.start())).find())) {
      return f.drop("year");
    }
    return f;
  }

  /**
   * "20 ans après" is a duration (the date extractor's); "âgés de 18 ans", "plus de 65 ans" are ages.
   * {@code previousAge} is the last age kept before {@code f}, if any: a second age follows it
   * ("un homme de 40 ans et une femme de 35 ans").
   */
  Figure durationOrAge(Figure f, Figure previousAge) {
    boolean age = false;
    String u = f.unit() == null ? "" : f.unit().toLowerCase(Locale.ROOT).split(" ")[0];
    if (LEX.timeUnits.contains(u)) {
      int start = f.start();
      int unitEnd = f.unitEnd();
      String before = t.slice(start - 40, start);
      String beforeCore = t.slice(f.coreStart() - 40, f.coreStart());
      if ((u.equals("ans") || u.equals("an")) && !EVERY_BEFORE.matcher(beforeCore).find()) {
        age = AGE_BEFORE.matcher(beforeCore).find()
            || previousAge != null && start - previousAge.end() < 80 && !t.crossesSentence(previousAge.end(), start)
            && !DURATION_BEFORE.matcher(before).find()
            || AND_MORE_AFTER.matcher(t.slice(unitEnd, unitEnd + 12)).find()
            || before.stripTrailing().endsWith(",") && APPOSITION_AFTER.matcher(t.slice(unitEnd, unitEnd + 3)).find()
            || before.stripTrailing().endsWith("(");
      }
      if (!age) {
        return f.drop("duration");
      }
    }
    for (DateFact d : dates) {
      if (d.start() < f.coreEnd() && d.end() > f.coreStart() && !age) {
        return f.drop("inside a date");
      }
    }
    return f;
  }
}
