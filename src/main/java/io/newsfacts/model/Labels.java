package io.newsfacts.model;

/** Plain-text pieces of the one-line summaries and table rows that fact kinds write. */
public final class Labels {
  private Labels() {}

  /** The thousands separator of tables: a no-break space, as French writes 12 000 000 (never cut by wrapping). */
  public static final char THOUSANDS = '\u00A0';

  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"};
  private static final java.util.regex.Pattern NO_YEAR = java.util.regex.Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

  /**
   * A number as tables show it, French style: 14 137 (digits grouped by a no-break space), 3.5;
   * "…" for an open end (null). JSON and CSV keep plain digits.
   */
  public static String number(Double d) {
    if (d == null) {
      return "…";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return grouped(d.longValue());
    }
    return d.toString();
  }

  /** 12000000 as "12 000 000" (no-break spaces). */
  public static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(n < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(THOUSANDS);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  /**
   * A TIMEX3 value as tables show it: a day or month whose year is unknown in words ("12 mars,
   * année inconnue"), nothing resolved at all as null (left out), any other value as it is.
   */
  public static String timex(String value) {
    if (value == null || value.chars().allMatch(c -> c == 'X' || c == '-' || c == 'W' || c == 'T' || c == ':')) {
      return null;
    }
    java.util.regex.Matcher m = NO_YEAR.matcher(value);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(1));
      if (month >= 1 && month <= 12) {
        String name = MONTHS[month - 1];
        return (m.group(2) == null ? name : Integer.parseInt(m.group(2)) + " " + name) + ", année inconnue";
      }
    }
    if (value.startsWith("XXXX")) {
      return value.substring(4).replaceFirst("^-", "") + " (année inconnue)";
    }
    return value;
  }

  /** {@code s} on one line, cut to {@code max} characters with "…" ("" for null). */
  public static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    s = s.replace('\n', ' ');
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** "-" for null, else the value as a string. */
  public static String orDash(Object o) {
    return o == null ? "-" : o.toString();
  }
}
