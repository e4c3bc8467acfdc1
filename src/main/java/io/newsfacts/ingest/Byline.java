package io.newsfacts.ingest;

import io.newsfacts.lexicon.FrenchCalendar;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French byline near the top of an article ("Publié par Gaia - Dreuz le 16 novembre 2016", "Par
 * Jean Dupont, publié le 3 mars 2020", "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 |
 * Par Martin Untersinger"): author, publisher and publication date, and where it sits in the text
 * so it can be cut out. "Mis à jour le ..." is an update, never the publication date.
 *
 * @param start offset of the byline line in the text
 * @param end offset just after it
 */
public record Byline(String author, String publisher, LocalDate published, int start, int end) {
  /** Lines examined at the top of the text, and the longest line that can be a byline. */
  private static final int LINES = 6;
  private static final int MAX_LINE = 250;
  private static final String DATE =
      "(?<day>\\d{1,2}|1er)\\s+(?<month>" + FrenchCalendar.alternation(FrenchCalendar.monthNames())
          + ")\\s+(?<year>\\d{4})"
          + "|(?<iday>\\d{1,2})[/.](?<imonth>\\d{1,2})[/.](?<iyear>\\d{4})";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern PUBLIE_PAR = Pattern.compile(
      "^(?:publié|posté|écrit)\\s+par\\s+(?<author>[^\\n,]+?)(?:\\s+[-–—]\\s+(?<publisher>[^\\n,]+?))?"
          + "(?:,)?\\s+le\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?:" + DATE + ")[^\\n]*",
      FLAGS);
  private static final Pattern PAR = Pattern.compile(
      "^par\\s+(?<author>[^\\n,|•]{2,60}?)\\s*[,|•–—-]\\s*(?:publié\\s+)?le\\s+(?:" + DATE + ")[^\\n]*", FLAGS);
  /** An update stamp, cut before looking for the publication date. */
  private static final Pattern UPDATED = Pattern.compile(
      "(?:mis à jour|mise à jour|modifié|actualisé)\\s+le\\s+(?:" + DATE + ")(?:\\s+à\\s+\\d{1,2}\\s*[h:]\\s*\\d{0,2})?", FLAGS);
  private static final Pattern ANY_DATE = Pattern.compile("(?:" + DATE + ")", FLAGS);
  private static final Pattern PAR_NAME = Pattern.compile(
      "(?:^|[|•,]\\s*)(?iu:par)\\s+(?<author>\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+|d[’']|le\\s+)?\\p{Lu}[\\p{L}'’.-]+){0,3})");
  private static final Pattern MARK = Pattern.compile("publié le|posté le|paru le|[|•]", FLAGS);
  private static final Pattern PAR_ALONE = Pattern.compile(
      "(?iu:par)\\s+(?<author>\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de\\s+|d[’']|le\\s+)?\\p{Lu}[\\p{L}'’.-]+){0,3})\\s*");

  /** The byline among the first lines of {@code text}, or null. */
  public static Byline find(String text) {
    int pos = 0;
    for (int line = 0; line < LINES && pos < text.length(); ) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String raw = text.substring(pos, lineEnd);
      if (!raw.isBlank()) {
        line++;
        if (raw.strip().length() <= MAX_LINE) {
          Byline b = match(raw.strip(), pos + raw.indexOf(raw.strip()), lineEnd, line == 1);
          if (b != null) {
            return b;
          }
        }
      }
      pos = lineEnd + 1;
    }
    return null;
  }

  private static Byline match(String s, int start, int end, boolean firstLine) {
    Matcher m = PUBLIE_PAR.matcher(s);
    if (m.find()) {
      return new Byline(trim(m.group("author")), trim(m.group("publisher")), date(m), start, end);
    }
    m = PAR.matcher(s);
    if (m.find()) {
      return new Byline(trim(m.group("author")), null, date(m), start, end);
    }
    // a dateline: "Le Monde | 04.05.2015 à 13h36 • Mis à jour le ... | Par X", "Publié le 3 mars 2020"
    int words = s.split("\\s+").length;
    boolean marked = MARK.matcher(s).find() || UPDATED.matcher(s).find()
        || (words <= 12 && s.regionMatches(true, 0, "le ", 0, 3));
    if (words > 30 || !marked) {
      Matcher alone = PAR_ALONE.matcher(s);
      return alone.matches() ? new Byline(trim(alone.group("author")), null, null, start, end) : null;
    }
    Matcher d = ANY_DATE.matcher(UPDATED.matcher(s).replaceAll(" "));
    LocalDate date = d.find() ? date(d) : null;
    Matcher name = PAR_NAME.matcher(s);
    String author = name.find() ? trim(name.group("author")) : null;
    boolean updateOnly = date == null && UPDATED.matcher(s).find() && words <= 15;
    if (date == null && author == null && !updateOnly) {
      return null;
    }
    return new Byline(author, null, date, start, end);
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static LocalDate date(Matcher m) {
    try {
      if (m.group("year") != null) {
        int day = m.group("day").equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group("day"));
        int month = FrenchCalendar.months().get(m.group("month").toLowerCase(Locale.ROOT));
        return LocalDate.of(Integer.parseInt(m.group("year")), month, day);
      }
      return LocalDate.of(Integer.parseInt(m.group("iyear")), Integer.parseInt(m.group("imonth")),
          Integer.parseInt(m.group("iday")));
    } catch (RuntimeException e) {
      return null; // "31 février": a byline with an impossible date gives no date
    }
  }
}
