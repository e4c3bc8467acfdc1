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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Option(names = "--only", paramLabel = "WHAT",
      description = "corenlp, newsfacts, both (default), annotate (our CoreNLP configuration without the "
          + "extractors) or extractors (each fact kind's extractor alone, on one thread).")
  String only = "both";

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
    double plainRate = 0;
    if (!only.equals("newsfacts")) { // plain CoreNLP runs for "corenlp", "annotate", "extractors" and "both"
      long t0 = System.nanoTime();
      FrenchAnnotator plain = FrenchAnnotator.plainCoreNlp();
      double load = (System.nanoTime() - t0) / 1e9;
      ToIntFunction<Article> annotate = a -> plain.annotateOnly(a.text());
      time(warm, annotate);
      Result r = time(articles, annotate);
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
      ToIntFunction<Article> annotate = a -> tokens(ours.annotate(a.text()));
      time(warm, annotate);
      Result r = time(articles, annotate);
      out.printf("newsfacts CoreNLP configuration alone  %7.1f s  %7.2f articles/s  %8.0f tokens/s (ratio %.2f)%n",
          r.seconds, articles.size() / r.seconds, r.tokens / r.seconds, plainRate > 0 ? articles.size() / r.seconds / plainRate : 0);
    }
    if (!only.equals("corenlp") && !only.equals("annotate")) {
      long t0 = System.nanoTime();
      Pipeline pipeline = Pipeline.create(NlpSettings.FULL);
      double load = (System.nanoTime() - t0) / 1e9;
      ToIntFunction<Article> extract = a -> tokens(pipeline.process(a).annotated());
      time(warm, extract);
      Result r = time(articles, extract);
      double rate = articles.size() / r.seconds;
      out.printf("newsfacts extract load %5.1f s  %7.1f s  %7.2f articles/s  %8.0f tokens/s%n", load, r.seconds,
          rate, r.tokens / r.seconds);
      StageTimes times = pipeline.times();
      double[] stages = times.seconds();
      StringBuilder sb = new StringBuilder("thread-seconds by stage (warm-up included):");
      for (int i = 0; i < stages.length; i++) {
        sb.append(String.format(" %s %.1f", times.names().get(i), stages[i]));
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

  private record Result(double seconds, long tokens) {}

  /** Runs {@code work} over {@code articles} on the pipeline's runner with {@link #threads} threads. */
  private Result time(List<Article> articles, ToIntFunction<Article> work) {
    PrintWriter err = spec.commandLine().getErr();
    long[] tokens = {0};
    long t0 = System.nanoTime();
    new OrderedRunner(threads).run(sink -> articles.forEach(sink::article), work::applyAsInt,
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
    return new Result((System.nanoTime() - t0) / 1e9, tokens[0]);
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
