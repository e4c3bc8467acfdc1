package io.newsfacts.search;

import io.newsfacts.FactKinds;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.json.FactsJson;
import io.newsfacts.model.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/**
 * Search benchmark (run by bench/search-bench.sh): a fixed mix of queries drawn with a fixed seed
 * from the index itself (words of its sentences, its speakers, entities and units, number and date
 * ranges, some with facets, some listing articles or sorted by date), each timed from the request
 * to its JSON lines written (as {@code search --format jsonl} does), in one JVM (start-up excluded).
 * Prints p50/p90/p99/max per kind of query and overall, for a cold first pass and a warm second
 * pass, and the index size per article. Wall time on a shared machine includes waiting for a core,
 * so the query thread's CPU time is printed too.
 *
 * <p>Usage: {@code SearchBench INDEX_DIR [QUERIES]}.
 */
public final class SearchBench {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private record Case(String kind, SearchRequest request, FactSearcher.Options options) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long opened = System.nanoTime();
    try (FactSearcher searcher = new FactSearcher(dir, FactKinds.STANDARD)) {
      System.out.printf(Locale.ROOT, "index opened in %.1f ms%n", (System.nanoTime() - opened) / 1e6);
      IndexStats stats = IndexStats.of(searcher, dir);
      System.out.printf(Locale.ROOT, "index: %d articles, %d facts %s, %.1f MB, %.1f KB per article%n",
          stats.articles(), stats.totalFacts(), stats.facts(), stats.bytes() / 1048576.0,
          stats.bytes() / 1024.0 / Math.max(1, stats.articles()));
      List<Case> mix = mix(searcher, count, new Random(20161116));
      for (String pass : List.of("cold (first pass)", "warm (second pass)")) {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        List<Long> cpu = new ArrayList<>();
        long hits = 0;
        long bytes = 0;
        for (Case c : mix) {
          long c0 = THREADS.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          StringBuilder out = new StringBuilder();
          FactSearcher.Result r = searcher.search(c.request(), c.options());
          for (FactSearcher.Match m : r.matches()) {
            out.append(FactsJson.hit(m.hit())).append('\n');
          }
          if (c.options().facets()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", "facets");
            line.put("total", r.total());
            line.put("facets", r.facets());
            out.append(FactsJson.line(line)).append('\n');
          }
          long t = System.nanoTime() - t0;
          cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
          hits += r.matches().size();
          bytes += out.length();
          times.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(t);
          times.computeIfAbsent("ALL", k -> new ArrayList<>()).add(t);
        }
        System.out.printf(Locale.ROOT, "%n%s: %d queries, %d hits returned, %.1f MB of JSON%n", pass, mix.size(), hits,
            bytes / 1048576.0);
        System.out.printf(Locale.ROOT, "  %-14s %6s %8s %8s %8s %8s%n", "kind", "n", "p50 ms", "p90 ms", "p99 ms", "max ms");
        times.forEach((kind, list) -> {
          long[] a = list.stream().mapToLong(Long::longValue).toArray();
          Arrays.sort(a);
          System.out.printf(Locale.ROOT, "  %-14s %6d %8.2f %8.2f %8.2f %8.2f%n", kind, a.length, pct(a, 50), pct(a, 90),
              pct(a, 99), a[a.length - 1] / 1e6);
        });
        long[] c = cpu.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(c);
        System.out.printf(Locale.ROOT, "  %-14s %6d %8.2f %8.2f %8.2f %8.2f   (CPU time of the query thread)%n", "ALL cpu",
            c.length, pct(c, 50), pct(c, 90), pct(c, 99), c[c.length - 1] / 1e6);
      }
    }
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** The query mix: the same queries for the same index and seed. */
  static List<Case> mix(FactSearcher searcher, int count, Random random) throws Exception {
    StoredFields stored = searcher.searcher().storedFields();
    int maxDoc = searcher.searcher().getIndexReader().maxDoc();
    List<String> words = new ArrayList<>();
    while (words.size() < 2000) {
      Document d = stored.document(random.nextInt(maxDoc), Set.of(IndexSchema.SENTENCE));
      String s = d.get(IndexSchema.SENTENCE);
      if (s == null) {
        continue;
      }
      for (String w : s.split("[^\\p{L}]+")) {
        if (w.length() >= 5 && random.nextInt(4) == 0) {
          words.add(w);
        }
      }
    }
    FactSearcher.Result all = searcher.search(new SearchRequest(null, null, null, null, null, null, null, null, null, 1),
        new FactSearcher.Options(null, true, null, null));
    List<String> entities = labels(searcher, "entity", words);
    List<String> speakers = labels(searcher, "speaker", words);
    List<String> units = labels(searcher, "unit", words);
    FactSearcher.Options plain = FactSearcher.Options.plain();
    FactSearcher.Options facets = new FactSearcher.Options(null, true, null, null);
    FactSearcher.Options byDate = new FactSearcher.Options(FactSearcher.Order.DATE, false, null, null);
    List<Case> mix = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String w = words.get(random.nextInt(words.size()));
      String w2 = words.get(random.nextInt(words.size()));
      int which = i % 20;
      if (which < 6) {
        mix.add(new Case("text", req(which % 2 == 0 ? w : w + " OR " + w2, null, null, null, null, null, null, null), plain));
      } else if (which < 9) {
        mix.add(new Case("speaker", req(which == 8 ? w : null, "quote", pick(speakers, random), null, null, null, null, null),
            plain));
      } else if (which < 11) {
        mix.add(new Case("entity", req(null, null, null, pick(entities, random), null, null, null, null), plain));
      } else if (which < 14) {
        double low = Math.pow(10, random.nextInt(7));
        mix.add(new Case("number-range", new SearchRequest(null, "number", null, null, low, low * 100,
            which == 13 ? pick(units, random) : null, null, null, 20), plain));
      } else if (which < 16) {
        LocalDate from = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1);
        mix.add(new Case("date-range", req(which == 15 ? w : null, null, null, null, from, from.plusMonths(6), null, null),
            plain));
      } else if (which < 18) {
        mix.add(new Case("facets", req(which == 16 ? w : null, null, null, which == 17 ? pick(entities, random) : null,
            null, null, null, null), facets));
      } else if (which == 18) {
        mix.add(new Case("article", req(w, "article", null, null, null, null, null, null), plain));
      } else {
        mix.add(new Case("sort-date", req(w, null, null, null, null, null, null, null), byDate));
      }
    }
    System.out.printf(Locale.ROOT, "mix of %d queries over %d documents (%d facts); %d entity, %d speaker, %d unit names%n",
        mix.size(), maxDoc, all.total(), entities.size(), speakers.size(), units.size());
    return mix;
  }

  private static SearchRequest req(String q, String type, String speaker, String entity, LocalDate from, LocalDate to,
      Double min, Double max) {
    return new SearchRequest(q, type, speaker, entity, min, max, null, from, to, 20);
  }

  /** Names to ask for: the top values of a facet over the hits of 40 of the words. */
  private static List<String> labels(FactSearcher searcher, String dim, List<String> words) throws Exception {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : words.subList(0, Math.min(40, words.size()))) {
      FactSearcher.Result r = searcher.search(new SearchRequest(w, null, null, null, null, null, null, null, null, 1),
          new FactSearcher.Options(null, true, null, null));
      r.facets().get(dim).forEach(f -> out.add(f.label()));
    }
    if (out.isEmpty()) {
      out.add("Paris");
    }
    return new ArrayList<>(out);
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
