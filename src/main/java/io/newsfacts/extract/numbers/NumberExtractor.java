package io.newsfacts.extract.numbers;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written in digits: French digit groups (normal, non-breaking and narrow spaces),
 * decimal commas, percentages, "entre X et Y" ranges and the common qualifiers. Numbers inside a
 * date span (years, days of the month) are not figures.
 */
public final class NumberExtractor {
  private static final String NUM = "\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
  private static final Pattern RANGE =
      Pattern.compile("\\bentre (" + NUM + ") et (" + NUM + ")");
  private static final Pattern SINGLE =
      Pattern.compile(
          "(?<q>\\b(?:plus de|au moins|moins de|près de|environ|jusqu'à|jusqu’à) )?"
              + "(?<![\\d,.])(?<n>" + NUM + ")(?![\\d])(?<pct> ?%| pour cent)?");
  private static final Pattern UNIT =
      Pattern.compile("^\\s*(?:de |d'|d’)?(\\p{L}[\\p{L}-]*)(?:\\s+par\\s+(jour|an|mois|semaine|heure))?");

  public List<NumberFact> extract(AnnotatedText doc, List<DateFact> dates) {
    String text = doc.text();
    List<NumberFact> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (DateFact d : dates) {
      taken.add(new int[] {d.start(), d.end()});
    }
    Matcher r = RANGE.matcher(text);
    while (r.find()) {
      if (overlaps(taken, r.start(), r.end())) {
        continue;
      }
      double lo = parse(r.group(1));
      double hi = parse(r.group(2));
      if (lo > hi) {
        continue;
      }
      String[] unit = unitAfter(text, r.end());
      out.add(new NumberFact(text.substring(r.start(), r.end()), null, lo, hi, Qualifier.RANGE,
          NumberKind.COUNT, unit[0], unit[1], null, r.start(), r.end()));
      taken.add(new int[] {r.start(), r.end()});
    }
    Matcher m = SINGLE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (overlaps(taken, m.start("n"), m.end("n"))) {
        continue;
      }
      double v = parse(m.group("n"));
      String q = m.group("q") == null ? "" : m.group("q").strip();
      Qualifier qualifier = switch (q) {
        case "plus de", "au moins" -> Qualifier.AT_LEAST;
        case "moins de", "jusqu'à", "jusqu’à" -> Qualifier.AT_MOST;
        case "près de", "environ" -> Qualifier.APPROX;
        default -> Qualifier.EXACT;
      };
      NumberKind kind = m.group("pct") != null ? NumberKind.PERCENT : NumberKind.COUNT;
      String[] unit = kind == NumberKind.PERCENT ? new String[2] : unitAfter(text, end);
      Double low = qualifier == Qualifier.AT_MOST ? null : v;
      Double high = qualifier == Qualifier.AT_LEAST ? null : v;
      out.add(new NumberFact(text.substring(start, end), v, low, high, qualifier, kind,
          unit[0], unit[1], null, start, end));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static String[] unitAfter(String text, int end) {
    Matcher u = UNIT.matcher(text.substring(end, Math.min(text.length(), end + 60)));
    if (u.find()) {
      return new String[] {u.group(1), u.group(2)};
    }
    return new String[2];
  }

  static double parse(String digits) {
    return Double.parseDouble(digits.replaceAll("[ \u00a0\u202f]", "").replace(',', '.'));
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && end > s[0]) {
        return true;
      }
    }
    return false;
  }
}
