package io.newsfacts.cli;

import io.newsfacts.Pipeline;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.Article;
import io.newsfacts.nlp.FrenchAnnotator;
import io.newsfacts.nlp.NlpSettings;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsfacts bench}: in one JVM, on the same texts and thread count, plain CoreNLP (tokenize,
 * ssplit, mwt, pos, ner) against the full newsfacts extraction; prints articles/s, tokens/s and
 * their ratio. Used by {@code bench/throughput.sh}.
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

  @Option(names = "--only", paramLabel = "WHAT", description = "corenlp, newsfacts or both (default).")
  String only = "both";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> failures = new ArrayList<>();
    List<Article> articles = new ArticleReader().readAll(paths, failures);
    if (articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    List<String> texts = articles.stream().map(Article::text).toList();
    long chars = texts.stream().mapToLong(String::length).sum();
    out.printf("articles %d (%d characters, %d unreadable), threads %d, cores %d%n", articles.size(), chars,
        failures.size(), threads, Runtime.getRuntime().availableProcessors());
    out.flush();
    double plainRate = 0;
    long tokens = 0;
    if (!only.equals("newsfacts")) {
      long t0 = System.nanoTime();
      FrenchAnnotator plain = FrenchAnnotator.plainCoreNlp();
      double load = (System.nanoTime() - t0) / 1e9;
      time(texts.subList(0, Math.min(warmup, texts.size())), plain::annotateOnly);
      Result r = time(texts, plain::annotateOnly);
      tokens = r.tokens;
      plainRate = articles.size() / r.seconds;
      out.printf("plain CoreNLP     load %5.1f s  %7.1f s  %7.2f articles/s  %8.0f tokens/s%n", load, r.seconds,
          plainRate, r.tokens / r.seconds);
      out.flush();
    }
    if (!only.equals("corenlp")) {
      long t0 = System.nanoTime();
      Pipeline pipeline = Pipeline.create(NlpSettings.FULL);
      double load = (System.nanoTime() - t0) / 1e9;
      ToIntFunction<Article> extract = a -> {
        var facts = pipeline.process(a);
        return facts.annotated().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      };
      time(articles.subList(0, Math.min(warmup, articles.size())), extract);
      Result r = time(articles, extract);
      double rate = articles.size() / r.seconds;
      out.printf("newsfacts extract load %5.1f s  %7.1f s  %7.2f articles/s  %8.0f tokens/s%n", load, r.seconds,
          rate, r.tokens / r.seconds);
      if (plainRate > 0) {
        out.printf("ratio newsfacts / plain CoreNLP: %.2f%n", rate / plainRate);
      }
    }
    out.printf("peak heap %d MB%n", peakHeapMb());
    out.flush();
    return ExitCodes.OK;
  }

  private record Result(double seconds, long tokens) {}

  private <T> Result time(List<T> items, ToIntFunction<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicLong tokens = new AtomicLong();
      long t0 = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> tokens.addAndGet(work.applyAsInt(item))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      return new Result((System.nanoTime() - t0) / 1e9, tokens.get());
    } finally {
      pool.shutdownNow();
    }
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
