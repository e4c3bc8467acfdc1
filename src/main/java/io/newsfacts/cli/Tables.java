package io.newsfacts.cli;

import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Human-readable output. */
final class Tables {
  private Tables() {}

  static void article(PrintWriter out, ArticleFacts f) {
    var a = f.article();
    out.printf("== %s%n", a.source());
    out.printf("   id %s | title %s | published %s | author %s | publisher %s | language %s%n", a.id(),
        nz(a.title()), nz(a.published()), nz(a.author()), nz(a.publisher()), a.language());
    Map<String, Entity> byName = new LinkedHashMap<>();
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Entity e : f.entities()) {
      byName.putIfAbsent(e.canonical(), e);
      mentions.merge(e.canonical(), 1, Integer::sum);
    }
    out.printf("   ENTITIES (%d)%n", byName.size());
    for (Entity e : byName.values()) {
      out.printf("     %-13s %s%s  x%d%n", e.type(), e.canonical(),
          e.role() == null ? "" : " (" + e.role() + ")", mentions.get(e.canonical()));
    }
    out.printf("   NUMBERS (%d)%n", f.numbers().size());
    for (NumberFact n : f.numbers()) {
      String v = n.value() != null ? fmt(n.value()) : "[" + fmt(n.low()) + " .. " + fmt(n.high()) + "]";
      out.printf("     %-14s %-10s %-8s %-22s %s%s%s%n", v, n.kind().label(), n.qualifier().label(),
          "\"" + n.text() + "\"", nz(n.unit()), n.per() == null ? "" : " / " + n.per(),
          n.date() == null ? "" : " @ " + n.date());
    }
    out.printf("   DATES (%d)%n", f.dates().size());
    for (DateFact d : f.dates()) {
      out.printf("     %-12s %-9s \"%s\"%n", nz(d.value()), d.type(), d.text());
    }
    out.printf("   QUOTES (%d)%n", f.quotes().size());
    for (Quote q : f.quotes()) {
      out.printf("     [%s] %s%s: «%s»%n", q.kind().label(), nz(q.speaker()),
          q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")", shorten(q.text(), 160));
    }
    out.println();
  }

  static String fmt(Double d) {
    if (d == null) {
      return "…";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
  }

  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    s = s.replace('\n', ' ');
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static String nz(Object o) {
    return o == null ? "-" : o.toString();
  }
}
