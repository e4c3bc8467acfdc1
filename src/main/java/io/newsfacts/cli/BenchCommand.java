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
    if (!only.equals("newsfacts")) { // plain CoreNLP runs for "corenlp", "annotate" and "both"
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
    if (only.equals("extractors")) {
      extractors(out, articles);
      return ExitCodes.OK;
    }
    if (only.equals("annotate")) {
      // CoreNLP as newsfacts configures it, without the extractors: isolates configuration cost
      FrenchAnnotator ours = new FrenchAnnotator(NlpSettings.FULL);
      ToIntFunction<String> annotate = t -> ours.annotate(t).sentences().stream().mapToInt(x -> x.tokens().size()).sum();
      time(texts.subList(0, Math.min(warmup, texts.size())), annotate);
      Result r = time(texts, annotate);
      out.printf("newsfacts CoreNLP configuration alone  %7.1f s  %7.2f articles/s  %8.0f tokens/s (ratio %.2f)%n",
          r.seconds, articles.size() / r.seconds, r.tokens / r.seconds, plainRate > 0 ? articles.size() / r.seconds / plainRate : 0);
    }
    if (!only.equals("corenlp") && !only.equals("annotate")) {
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
      double[] stages = pipeline.stageSeconds();
      StringBuilder sb = new StringBuilder("thread-seconds by stage (warm-up included):");
      for (int i = 0; i < stages.length; i++) {
        sb.append(String.format(" %s %.1f", Pipeline.STAGES.get(i), stages[i]));
      }
      out.println(sb);
      if (plainRate > 0) {
        out.printf("ratio newsfacts / plain CoreNLP: %.2f%n", rate / plainRate);
      }
    }
    out.printf("peak heap %d MB%n", peakHeapMb());
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Each extractor alone, on one thread, over articles annotated once beforehand: the cost each
   * adds on top of CoreNLP, without CoreNLP's noise. Three rounds; the last is reported.
   */
  private void extractors(PrintWriter out, List<Article> articles) {
    FrenchAnnotator nlp = new FrenchAnnotator(NlpSettings.FULL);
    List<io.newsfacts.model.AnnotatedText> docs = new ArrayList<>();
    long t0 = System.nanoTime();
    long words = 0;
    for (Article a : articles) {
      var doc = nlp.annotate(a.text());
      docs.add(doc);
      words += doc.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
    }
    double corenlp = (System.nanoTime() - t0) / 1e9;
    var entities = new io.newsfacts.extract.entities.EntityExtractor();
    var dates = new io.newsfacts.extract.dates.DateExtractor();
    var numbers = new io.newsfacts.extract.numbers.NumberExtractor();
    var quotes = new io.newsfacts.extract.quotes.QuoteExtractor();
    double[] secs = new double[4];
    for (int round = 0; round < 3; round++) {
      secs = new double[4];
      for (int i = 0; i < docs.size(); i++) {
        var doc = docs.get(i);
        long a = System.nanoTime();
        var e = entities.extract(doc);
        long b = System.nanoTime();
        var d = dates.extract(doc, articles.get(i).published());
        long c = System.nanoTime();
        numbers.extract(doc, d);
        long f = System.nanoTime();
        quotes.extract(doc, e);
        long g = System.nanoTime();
        secs[0] += (b - a) / 1e9;
        secs[1] += (c - b) / 1e9;
        secs[2] += (f - c) / 1e9;
        secs[3] += (g - f) / 1e9;
      }
    }
    out.printf("%d articles, %d tokens; CoreNLP (first pass, one thread) %.1f s%n", docs.size(), words, corenlp);
    String[] names = {"entities", "dates", "numbers", "quotes"};
    double total = 0;
    for (int i = 0; i < 4; i++) {
      total += secs[i];
      out.printf("  %-9s %7.3f s  %8.0f tokens/s  %5.1f%% of CoreNLP%n", names[i], secs[i], words / secs[i],
          100 * secs[i] / corenlp);
    }
    out.printf("  all       %7.3f s  %5.1f%% of CoreNLP%n", total, 100 * total / corenlp);
    out.flush();
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
