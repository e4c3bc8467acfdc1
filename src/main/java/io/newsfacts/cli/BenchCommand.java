package io.newsfacts.cli;

import io.newsfacts.OrderedRunner;
import io.newsfacts.Pipeline;
import io.newsfacts.StageTimes;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.nlp.FrenchAnnotator;
import io.newsfacts.nlp.NlpSettings;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsfacts bench}: in one JVM, on the same texts and thread count, plain CoreNLP (tokenize,
 * ssplit, mwt, pos, ner) against the full newsfacts extraction, taking turns; prints articles/s,
 * tokens/s, thread CPU and allocation per article, and the ratios. Used by {@code
 * bench/throughput.sh}. On a shared machine the wall-clock figures follow the other processes' load;
 * the thread CPU time per article (the work's own, summed over the workers) is the one to compare.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
    description = "Throughput of plain CoreNLP and of newsfacts extraction on the same articles.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to process.")
  List<String> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for both runs (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Articles each side processes untimed first, so both run JIT-compiled (default: ${DEFAULT-VALUE}).")
  int warmup = 40;

  @Option(names = "--block", paramLabel = "N",
      description = "The timed runs take turns every N articles (default: ${DEFAULT-VALUE}).")
  int block = 50;

  @Option(names = "--only", paramLabel = "WHAT",
      description = "Which runs, comma-separated: corenlp (plain CoreNLP), ours (our CoreNLP configuration "
          + "without the extractors), newsfacts (the full extraction); or both (corenlp,newsfacts; the default), "
          + "annotate (corenlp,ours), extractors (each fact kind's extractor alone, on one thread).")
  String only = "both";

  /** One side of the comparison: what it runs on an article (returning its token count). */
  private record Side(String name, String label, double load, ToIntFunction<Article> work, Pipeline pipeline) {}

  /**
   * Loads every side, then warms each up on the same articles, collects the models' garbage, and
   * times them taking turns over blocks of {@link #block} articles (the first of each block
   * alternating): each side then runs with the same JIT state, the same heap and the same machine
   * load, whichever was loaded first. Timed apart, the first side would pay the JIT's warm-up and
   * the second the collection that moves its freshly loaded models to the old generation.
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> failures = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(paths, failures);
    if (articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    out.printf("articles %d (%d characters, %d unreadable), threads %d, cores %d%n", articles.size(), chars,
        failures.size(), threads, Runtime.getRuntime().availableProcessors());
    out.flush();
    if (only.equals("extractors")) {
      extractors(out, articles);
      return ExitCodes.OK;
    }
    List<String> names = switch (only) {
      case "both" -> List.of("corenlp", "newsfacts");
      case "annotate" -> List.of("corenlp", "ours");
      default -> List.of(only.split(","));
    };
    List<Side> sides = new ArrayList<>();
    for (String name : names) {
      sides.add(load(name));
    }
    for (Side side : sides) {
      time(warm, side.work());
    }
    for (Side side : sides) {
      if (side.pipeline() != null) {
        side.pipeline().times().reset(); // stage times of the timed runs only, like the other figures
      }
    }
    System.gc();
    Result[] results = new Result[sides.size()];
    int size = Math.max(1, block);
    for (int from = 0, turn = 0; from < articles.size(); from += size, turn++) {
      List<Article> part = articles.subList(from, Math.min(articles.size(), from + size));
      for (int i : turnOrder(sides.size(), turn)) {
        Result r = time(part, sides.get(i).work());
        results[i] = results[i] == null ? r : results[i].plus(r);
      }
    }
    Result plain = null;
    for (int i = 0; i < sides.size(); i++) {
      if (sides.get(i).name().equals("corenlp")) {
        plain = results[i];
      }
    }
    for (int i = 0; i < sides.size(); i++) {
      Side side = sides.get(i);
      Result r = results[i];
      if (r == null) {
        continue;
      }
      out.printf("%s load %5.1f s  %7.1f s  %7.2f articles/s  %8.0f tokens/s  %s%n", side.label(), side.load(),
          r.seconds, r.articles / r.seconds, r.tokens / r.seconds, r.figures());
      if (side.pipeline() != null) {
        StageTimes times = side.pipeline().times();
        double[] stages = times.seconds();
        StringBuilder sb = new StringBuilder("thread-seconds by stage:");
        for (int k = 0; k < stages.length; k++) {
          sb.append(String.format(" %s %.1f", times.names().get(k), stages[k]));
        }
        out.println(sb);
      }
      if (plain != null && !side.name().equals("corenlp")) {
        out.printf("ratio %s / plain CoreNLP: %.2f (wall), %.2f (thread cpu)%n", side.name(),
            plain.seconds / r.seconds, plain.cpuMsPerArticle() / r.cpuMsPerArticle());
      }
    }
    out.printf("peak heap %d MB%n", peakHeapMb());
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The order the sides run a block in, on turn {@code turn}: each side first once every {@code
   * sides} turns, so over the run none is always the one that follows the other.
   */
  static int[] turnOrder(int sides, int turn) {
    int[] order = new int[sides];
    for (int k = 0; k < sides; k++) {
      order[k] = (k + turn) % sides;
    }
    return order;
  }

  private Side load(String name) {
    long t0 = System.nanoTime();
    switch (name) {
      case "corenlp" -> {
        FrenchAnnotator nlp = FrenchAnnotator.plainCoreNlp();
        return new Side(name, "plain CoreNLP    ", seconds(t0), a -> nlp.annotateOnly(a.text()), null);
      }
      case "ours" -> { // CoreNLP as newsfacts configures it, without the extractors: configuration cost
        FrenchAnnotator nlp = new FrenchAnnotator(NlpSettings.FULL);
        return new Side(name, "newsfacts CoreNLP", seconds(t0), a -> tokens(nlp.annotate(a.text())), null);
      }
      case "newsfacts" -> {
        Pipeline p = Pipeline.create(NlpSettings.FULL);
        return new Side(name, "newsfacts extract", seconds(t0), a -> tokens(p.process(a).annotated()), p);
      }
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--only: unknown run '" + name + "' (corenlp, ours, newsfacts, both, annotate, extractors)");
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * Each fact kind's extractor alone, on one thread, over articles annotated once beforehand: the
   * cost each adds on top of CoreNLP, without CoreNLP's noise. Three rounds; the last is reported.
   */
  private void extractors(PrintWriter out, List<Article> articles) {
    FrenchAnnotator nlp = new FrenchAnnotator(NlpSettings.FULL);
    List<AnnotatedText> docs = new ArrayList<>();
    long t0 = System.nanoTime();
    long words = 0;
    for (Article a : articles) {
      AnnotatedText doc = nlp.annotate(a.text());
      docs.add(doc);
      words += tokens(doc);
    }
    double corenlp = (System.nanoTime() - t0) / 1e9;
    Pipeline pipeline = Pipeline.create(nlp);
    StageTimes times = pipeline.times();
    for (int round = 0; round < 3; round++) {
      times.reset();
      for (int i = 0; i < docs.size(); i++) {
        pipeline.extract(articles.get(i), docs.get(i));
      }
    }
    out.printf("%d articles, %d tokens; CoreNLP (first pass, one thread) %.1f s%n", docs.size(), words, corenlp);
    double[] secs = times.seconds();
    double total = 0;
    for (int i = 1; i < secs.length; i++) { // stage 0 is CoreNLP, not run here
      total += secs[i];
      out.printf("  %-9s %7.3f s  %8.0f tokens/s  %5.1f%% of CoreNLP%n", times.names().get(i), secs[i],
          words / secs[i], 100 * secs[i] / corenlp);
    }
    out.printf("  all       %7.3f s  %5.1f%% of CoreNLP%n", total, 100 * total / corenlp);
    out.flush();
  }

  private static int tokens(AnnotatedText doc) {
    return doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /**
   * One timed run: wall seconds, tokens, and what the wall clock hides on a shared machine: the
   * work's own thread CPU time and allocation (summed over the worker threads, per article, so
   * other processes' load does not count) and the collector's pauses during the run.
   */
  private record Result(int articles, double seconds, long tokens, long cpuNanos, long allocated, long gcCount,
      long gcMillis) {
    Result plus(Result o) {
      return new Result(articles + o.articles, seconds + o.seconds, tokens + o.tokens, cpuNanos + o.cpuNanos,
          allocated + o.allocated, gcCount + o.gcCount, gcMillis + o.gcMillis);
    }

    double cpuMsPerArticle() {
      return cpuNanos / 1e6 / articles;
    }

    String figures() {
      return String.format("cpu %6.2f ms/article  alloc %5.1f MB/article  gc %d (%.2f s)", cpuMsPerArticle(),
          allocated / 1e6 / articles, gcCount, gcMillis / 1e3);
    }
  }

  /** Runs {@code work} over {@code articles} on the pipeline's runner with {@link #threads} threads. */
  private Result time(List<Article> articles, ToIntFunction<Article> work) {
    PrintWriter err = spec.commandLine().getErr();
    long[] tokens = {0};
    LongAdder cpu = new LongAdder();
    LongAdder allocated = new LongAdder();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] gc0 = gc();
    long t0 = System.nanoTime();
    new OrderedRunner(threads).run(sink -> articles.forEach(sink::article), a -> {
          long c0 = mx.getCurrentThreadCpuTime();
          long b0 = mx.getCurrentThreadAllocatedBytes();
          int n = work.applyAsInt(a);
          cpu.add(mx.getCurrentThreadCpuTime() - c0);
          allocated.add(mx.getCurrentThreadAllocatedBytes() - b0);
          return n;
        },
        new OrderedRunner.Results<Integer>() {
          @Override
          public void result(Integer n) {
            tokens[0] += n;
          }

          @Override
          public void failure(String source, String reason) {
            err.println("newsfacts: " + source + ": " + reason);
          }

          @Override
          public void warning(String source, String message) {}
        });
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] gc1 = gc();
    return new Result(articles.size(), seconds, tokens[0], cpu.sum(), allocated.sum(), gc1[0] - gc0[0],
        gc1[1] - gc0[1]);
  }

  /** Collections so far and their total time in ms, over all collectors. */
  private static long[] gc() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, b.getCollectionCount());
      millis += Math.max(0, b.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
