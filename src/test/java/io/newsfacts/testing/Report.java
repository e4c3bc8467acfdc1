package io.newsfacts.testing;

import java.util.Locale;

/**
 * Figures that tests measure against an oracle (how many Duckling or text2num cases come out
 * right), for the README. Printed only when {@code NEWSFACTS_REPORT} is set, so that {@code mvn -q
 * verify} prints nothing but failures: {@code NEWSFACTS_REPORT=1 mvn -q test -Dtest=ExternalPairsTest}.
 */
public final class Report {
  private static final boolean ON = System.getenv("NEWSFACTS_REPORT") != null;

  private Report() {}

  public static void printf(String format, Object... args) {
    if (ON) {
      System.out.printf(Locale.ROOT, format, args);
    }
  }
}
