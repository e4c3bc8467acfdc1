package io.newsfacts.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French byline at the top of a plain-text article ("Publié par Gaia - Dreuz le 16 novembre
 * 2016", "Par Jean Dupont, publié le 3 mars 2020"): author, publisher and publication date. "Mis à
 * jour le ..." is an update, not the publication date.
 */
public record Byline(String author, String publisher, LocalDate published, int length) {
  private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final String DATE =
      "(?<day>\\d{1,2}|1er)\\s+(?<month>" + String.join("|", MONTHS) + ")\\s+(?<year>\\d{4})"
          + "|(?<iday>\\d{1,2})[/.](?<imonth>\\d{1,2})[/.](?<iyear>\\d{4})";
  private static final Pattern PUBLIE_PAR = Pattern.compile(
      "^(?:publié|posté|écrit)\\s+par\\s+(?<author>[^\\n,]+?)(?:\\s+[-–—]\\s+(?<publisher>[^\\n,]+?))?"
          + "(?:,)?\\s+le\\s+(?:" + DATE + ")[^\\n]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PAR = Pattern.compile(
      "^par\\s+(?<author>[^\\n,]{2,60}?)\\s*[,-–—]\\s*(?:publié\\s+)?le\\s+(?:" + DATE + ")[^\\n]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The byline at the start of {@code text} (first line only), or null. */
  public static Byline find(String text) {
    String head = text.stripLeading();
    int offset = text.length() - head.length();
    int nl = head.indexOf('\n');
    String first = nl < 0 ? head : head.substring(0, nl);
    if (first.length() > 200) {
      return null;
    }
    for (Pattern p : List.of(PUBLIE_PAR, PAR)) {
      Matcher m = p.matcher(first);
      if (m.find()) {
        String publisher = p == PUBLIE_PAR ? trim(m.group("publisher")) : null;
        return new Byline(trim(m.group("author")), publisher, date(m), offset + m.end());
      }
    }
    return null;
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static LocalDate date(Matcher m) {
    try {
      if (m.group("year") != null) {
        int day = m.group("day").equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group("day"));
        int month = MONTHS.indexOf(m.group("month").toLowerCase(Locale.ROOT)) + 1;
        return LocalDate.of(Integer.parseInt(m.group("year")), month, day);
      }
      return LocalDate.of(Integer.parseInt(m.group("iyear")), Integer.parseInt(m.group("imonth")),
          Integer.parseInt(m.group("iday")));
    } catch (RuntimeException e) {
      return null; // "31 février": a byline with an impossible date gives no date
    }
  }
}
