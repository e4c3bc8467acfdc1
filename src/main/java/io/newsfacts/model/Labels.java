package io.newsfacts.model;

/** Plain-text pieces of the one-line summaries and table rows that fact kinds write. */
public final class Labels {
  private Labels() {}

  /** A number as people write it: 14137, 3.5; "…" for an open end (null). */
  public static String number(Double d) {
    if (d == null) {
      return "…";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
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
