package io.newsfacts.extract.dates;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute and partial French dates ("16 novembre 2016", "le 9 novembre", "2016-2017"), resolved
 * against the publication date.
 */
public final class DateExtractor {
  private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai",
      "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2}|1er) (" + String.join("|", MONTHS) + ")(?: (\\d{4}))?\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR_SPAN = Pattern.compile("\\b((?:19|20)\\d\\d)-((?:19|20)\\d\\d)\\b");

  public List<DateFact> extract(AnnotatedText doc, LocalDate published) {
    String text = doc.text();
    List<DateFact> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) {
      int day = m.group(1).equalsIgnoreCase("1er") ? 1 : Integer.parseInt(m.group(1));
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      String year = m.group(3) != null ? m.group(3)
          : published != null ? Integer.toString(published.getYear()) : "XXXX";
      String value = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
      out.add(new DateFact(m.group(), DateType.DATE, value, m.start(), m.end()));
    }
    Matcher y = YEAR_SPAN.matcher(text);
    while (y.find()) {
      out.add(new DateFact(y.group(), DateType.DATE, y.group(1) + "/" + y.group(2), y.start(), y.end()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }
}
