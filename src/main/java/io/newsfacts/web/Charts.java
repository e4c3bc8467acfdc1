package io.newsfacts.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Charts drawn by the server as SVG, from the index at request time: hits per month as bars, and
 * figures' values against their dates as points, each bar and point a link. No script, no library:
 * the shapes' colours come from the page's style sheet.
 */
final class Charts {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 150;
  private static final int LEFT = 52;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 26;
  /** Past this many months from first to last, bars count years. */
  private static final int MAX_MONTH_BARS = 180;

  private Charts() {}

  /** One bar: what it counts, how many, where it leads. */
  record Bar(String label, long count, String href) {}

  /** One figure: its date, its value (or range), where its sentence is, what a pointer shows. */
  record Point(LocalDate date, double low, double high, String href, String title) {}

  /**
   * Bars for {@code months} ({@code YYYY-MM} to count), every month from the first to the last
   * (empty ones too), or years when that span is too long to read; {@code href} gets the first and
   * last day a bar covers.
   */
  static List<Bar> months(Map<String, Long> months, Function<LocalDate[], String> href) {
    List<Bar> bars = new ArrayList<>();
    if (months.isEmpty()) {
      return bars;
    }
    List<YearMonth> keys = months.keySet().stream().map(YearMonth::parse).sorted().toList();
    // a few facts dated centuries away ("en 1789") would squash the rest: the chart leaves out the
    // first and last months that together hold at most 3 % of the hits (see outside())
    long total = months.values().stream().mapToLong(Long::longValue).sum();
    long allowed = total * 3 / 100;
    int lo = 0;
    int hi = keys.size() - 1;
    while (lo < hi) {
      long a = months.get(keys.get(lo).toString());
      long z = months.get(keys.get(hi).toString());
      long cheaper = Math.min(a, z);
      if (cheaper > allowed) {
        break;
      }
      allowed -= cheaper;
      if (a <= z) {
        lo++;
      } else {
        hi--;
      }
    }
    YearMonth first = keys.get(lo);
    YearMonth last = keys.get(hi);
    if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) < MAX_MONTH_BARS) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        long n = months.getOrDefault(m.toString(), 0L);
        bars.add(new Bar(m.toString(), n, href.apply(new LocalDate[] {m.atDay(1), m.atEndOfMonth()})));
      }
      return bars;
    }
    Map<Integer, Long> years = new java.util.HashMap<>();
    months.forEach((m, n) -> years.merge(YearMonth.parse(m).getYear(), n, Long::sum));
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      long n = years.getOrDefault(y, 0L);
      bars.add(new Bar(Integer.toString(y), n, href.apply(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)})));
    }
    return bars;
  }

  /** How many of {@code months}' hits the {@code bars} drawn for them leave out, as words for a caption ("" for none). */
  static String outside(Map<String, Long> months, List<Bar> bars) {
    long total = months.values().stream().mapToLong(Long::longValue).sum();
    long drawn = bars.stream().mapToLong(Bar::count).sum();
    return total == drawn ? "" : " (" + String.format("%,d", total - drawn) + " dated before or after the bars)";
  }

  /** A bar chart: each bar a link with its label and count as its tooltip. */
  static String bars(List<Bar> bars, String caption) {
    StringBuilder b = open(caption);
    if (bars.isEmpty()) {
      return empty(b);
    }
    long max = 1;
    for (Bar bar : bars) {
      max = Math.max(max, bar.count());
    }
    double plot = WIDTH - LEFT - RIGHT;
    double step = Math.min(plot / bars.size(), 48);
    double h = HEIGHT - TOP - BOTTOM;
    yAxis(b, 0, max, false, true);
    int every = Math.max(1, (int) Math.ceil(bars.size() / 8.0));
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double x = LEFT + i * step;
      double bh = bar.count() == 0 ? 0 : Math.max(1.5, h * bar.count() / max);
      b.append("<a href=\"").append(Html.esc(bar.href())).append("\" class=\"bar\">")
          .append("<title>").append(Html.esc(bar.label())).append(": ").append(bar.count()).append(bar.count() == 1 ? " hit" : " hits")
          .append("</title>")
          .append("<rect class=\"hot\" x=\"").append(f(x)).append("\" y=\"").append(TOP).append("\" width=\"")
          .append(f(step)).append("\" height=\"").append(f(h)).append("\"/>")
          .append("<rect x=\"").append(f(x + step * 0.12)).append("\" y=\"").append(f(TOP + h - bh))
          .append("\" width=\"").append(f(Math.max(1, step * 0.76))).append("\" height=\"").append(f(bh)).append("\"/></a>");
      if (i % every == 0) {
        b.append("<text class=\"tick\" x=\"").append(f(x + step / 2)).append("\" y=\"").append(HEIGHT - 8)
            .append("\" text-anchor=\"middle\">").append(Html.esc(bar.label())).append("</text>");
      }
    }
    return b.append("</svg>").toString();
  }

  /**
   * Points of value against date (a range is a vertical line between its ends); the value axis is
   * logarithmic when the values span more than three orders of magnitude.
   */
  static String scatter(List<Point> points, String caption) {
    StringBuilder b = open(caption);
    if (points.isEmpty()) {
      return empty(b);
    }
    long d0 = Long.MAX_VALUE;
    long d1 = Long.MIN_VALUE;
    double v0 = Double.MAX_VALUE;
    double v1 = -Double.MAX_VALUE;
    for (Point p : points) {
      d0 = Math.min(d0, p.date().toEpochDay());
      d1 = Math.max(d1, p.date().toEpochDay());
      v0 = Math.min(v0, p.low());
      v1 = Math.max(v1, p.high());
    }
    boolean log = v0 > 0 && v1 / v0 > 1000;
    if (!log) {
      v0 = Math.min(0, v0);
    }
    if (v1 <= v0) {
      v1 = v0 + 1;
    }
    if (d1 == d0) {
      d0 -= 15;
      d1 += 15;
    }
    yAxis(b, v0, v1, log, false);
    xAxis(b, d0, d1);
    for (Point p : points) {
      double x = x(p.date().toEpochDay(), d0, d1);
      double yl = y(p.low(), v0, v1, log);
      double yh = y(p.high(), v0, v1, log);
      b.append("<a href=\"").append(Html.esc(p.href())).append("\" class=\"point\"><title>")
          .append(Html.esc(p.title())).append("</title>");
      if (yl - yh > 1) {
        b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(f(yl))
            .append("\" y2=\"").append(f(yh)).append("\"/>");
      }
      b.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f((yl + yh) / 2)).append("\" r=\"4.5\"/></a>");
    }
    return b.append("</svg>").toString();
  }

  private static StringBuilder open(String caption) {
    return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.esc(caption))
        .append("\"><title>").append(Html.esc(caption)).append("</title>")
        .append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM)
        .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
  }

  private static String empty(StringBuilder b) {
    return b.append("<text class=\"tick\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
        .append("\" text-anchor=\"middle\">nothing to draw</text></svg>").toString();
  }

  private static void yAxis(StringBuilder b, double v0, double v1, boolean log, boolean counts) {
    java.util.Set<String> done = new java.util.HashSet<>();
    List<Double> ticks = new ArrayList<>();
    if (log) {
      // powers of ten: 100, 1k, 10k, ... (every other one when there are many)
      int k0 = (int) Math.ceil(Math.log10(v0) - 1e-9);
      int k1 = (int) Math.floor(Math.log10(v1) + 1e-9);
      int stride = k1 - k0 > 5 ? 2 : 1;
      for (int k = k0; k <= k1; k += stride) {
        ticks.add(Math.pow(10, k));
      }
    } else {
      for (int i = 0; i <= 3; i++) {
        ticks.add(v0 + (v1 - v0) * i / 3);
      }
    }
    for (double v : ticks) {
      if (counts) {
        v = Math.round(v);
      }
      if (!done.add(compact(v))) {
        continue;
      }
      double y = y(v, v0, v1, log);
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(compact(v)).append("</text>");
    }
  }

  private static void xAxis(StringBuilder b, long d0, long d1) {
    java.util.Set<String> done = new java.util.HashSet<>();
    for (int i = 0; i <= 4; i++) {
      long d = d0 + (d1 - d0) * i / 4;
      LocalDate day = LocalDate.ofEpochDay(d);
      String label = d1 - d0 > 8 * 365 ? Integer.toString(day.getYear()) : YearMonth.from(day).toString();
      if (!done.add(label)) {
        continue;
      }
      b.append("<text class=\"tick\" x=\"").append(f(x(d, d0, d1))).append("\" y=\"").append(HEIGHT - 8)
          .append("\" text-anchor=\"").append(i == 0 ? "start" : i == 4 ? "end" : "middle").append("\">")
          .append(label).append("</text>");
    }
  }

  private static double x(long day, long d0, long d1) {
    return LEFT + 8 + (WIDTH - LEFT - RIGHT - 16) * (double) (day - d0) / (d1 - d0);
  }

  private static double y(double v, double v0, double v1, boolean log) {
    double h = HEIGHT - TOP - BOTTOM;
    double t = log ? (Math.log10(v) - Math.log10(v0)) / (Math.log10(v1) - Math.log10(v0)) : (v - v0) / (v1 - v0);
    return TOP + h * (1 - t);
  }

  /** A value for an axis: 12, 1.5k, 3.2M, 7G. */
  static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return trim(v / 1e9) + "G";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
