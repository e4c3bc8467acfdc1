package io.newsfacts.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The French month and weekday names, read once from {@code models/common/months.txt} and {@code
 * weekdays.txt}: the one list every stage uses (bylines, dates, numbers), so that adding a spelling
 * there changes them all.
 */
public final class FrenchCalendar {
  private static final Map<String, Integer> MONTHS = numbered("common/months.txt", 12);
  private static final Map<String, Integer> WEEKDAYS = numbered("common/weekdays.txt", 7);
  private static final List<String> MONTH_NAMES = fullForms(MONTHS);

  private FrenchCalendar() {}

  /** Every written form of a month (names, spellings without accents, abbreviations) to 1-12. */
  public static Map<String, Integer> months() {
    return MONTHS;
  }

  /** Every written form of a weekday to its ISO number (lundi = 1). */
  public static Map<String, Integer> weekdays() {
    return WEEKDAYS;
  }

  /**
   * The month names written in full, with and without accents ("février", "fevrier"), not the
   * abbreviations ("févr.", "janv"), longest first.
   */
  public static List<String> monthNames() {
    return MONTH_NAMES;
  }

  /** A regular-expression alternative of {@code forms}, longest first, each quoted. */
  public static String alternation(Iterable<String> forms) {
    List<String> sorted = new ArrayList<>();
    forms.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder();
    for (String f : sorted) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(f));
    }
    return sb.toString();
  }

  /**
   * An abbreviation is a form that, without its final dot, begins another form of the same month
   * and is shorter ("janv." and "janv" of "janvier", "fev" of "fevrier"; "mai" abbreviates nothing).
   */
  static boolean abbreviation(String form, Map<String, Integer> all) {
    String stem = form.endsWith(".") ? form.substring(0, form.length() - 1) : form;
    for (Map.Entry<String, Integer> e : all.entrySet()) {
      String other = e.getKey();
      if (e.getValue().equals(all.get(form)) && other.length() > stem.length() && other.startsWith(stem)
          && !other.endsWith(".")) {
        return true;
      }
    }
    return form.endsWith(".");
  }

  private static List<String> fullForms(Map<String, Integer> all) {
    List<String> out = new ArrayList<>();
    for (String form : all.keySet()) {
      if (!abbreviation(form, all)) {
        out.add(form);
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return Collections.unmodifiableList(out);
  }

  private static Map<String, Integer> numbered(String file, int max) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String[] kv : Lexicon.pairs(file)) {
      int n;
      try {
        n = Integer.parseInt(kv[1]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("models/" + file + ": '" + kv[1] + "' is not a number (" + kv[0] + ")", e);
      }
      if (n < 1 || n > max) {
        throw new IllegalStateException("models/" + file + ": " + kv[0] + " = " + n + " is not in 1.." + max);
      }
      out.put(kv[0].toLowerCase(java.util.Locale.ROOT), n);
    }
    return Collections.unmodifiableMap(out);
  }
}
