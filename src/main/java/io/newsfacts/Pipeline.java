package io.newsfacts;

import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.ArticleSink;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.ExtractionContext;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactExtractor;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.FactKindList;
import io.newsfacts.nlp.FrenchAnnotator;
import io.newsfacts.nlp.NlpSettings;
import io.newsfacts.nlp.PlainCoreNlp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place the stages meet: read, annotate, extract each fact kind, hand on. Built once (the
 * CoreNLP models take seconds to load, the extractors read their word lists) and shared by all
 * threads; {@link #times} says how long each stage took.
 */
public final class Pipeline {
  private final Function<String, AnnotatedText> annotator;
  private final FactKindList kinds;
  /** One stage a kind, in {@link FactKindList#runOrder}. */
  private final List<Stage<?>> stages = new ArrayList<>();
  private final StageTimes times;

  /** A kind and the extractor that finds its facts. */
  private record Stage<T extends Fact>(FactKind<T> kind, FactExtractor<T> extractor) {
    void run(ExtractionContext context) {
      context.run(kind, extractor);
    }
  }

  /** Where each kind's extractor comes from. */
  private interface Extractors {
    <T extends Fact> FactExtractor<T> of(FactKind<T> kind);
  }

  /** Each kind of {@code kinds} with its own extractor, on {@code annotator}'s annotation. */
  public Pipeline(Function<String, AnnotatedText> annotator, FactKindList kinds) {
    this(annotator, kinds, FactKind::newExtractor);
  }

  private Pipeline(Function<String, AnnotatedText> annotator, FactKindList kinds, Extractors extractors) {
    this.annotator = annotator;
    this.kinds = kinds;
    List<String> names = new ArrayList<>(List.of("corenlp"));
    for (FactKind<?> kind : kinds.runOrder()) {
      stages.add(stage(kind, extractors));
      names.add(kind.plural());
    }
    this.times = new StageTimes(names);
  }

  private static <T extends Fact> Stage<T> stage(FactKind<T> kind, Extractors extractors) {
    return new Stage<>(kind, extractors.of(kind));
  }

  /** The full French pipeline on CoreNLP with {@code settings}, for the standard fact kinds. */
  public static Pipeline create(NlpSettings settings) {
    return create(new FrenchAnnotator(settings));
  }

  /** The full pipeline for the standard fact kinds on an annotator that is already loaded. */
  public static Pipeline create(FrenchAnnotator nlp) {
    return create(nlp, FactKinds.STANDARD);
  }

  /** The pipeline for {@code kinds} on an annotator that is already loaded. */
  public static Pipeline create(FrenchAnnotator nlp, FactKindList kinds) {
    return new Pipeline(nlp::annotate, kinds);
  }

  /** The peer we compare with: plain CoreNLP's own findings given as the standard fact kinds. */
  public static Pipeline baseline(PlainCoreNlp corenlp) {
    return new Pipeline(corenlp::annotate, FactKinds.STANDARD, corenlp::extractor);
  }

  public FactKindList kinds() {
    return kinds;
  }

  /** Thread-seconds spent so far in each stage (annotation, then each kind in run order). */
  public StageTimes times() {
    return times;
  }

  /** Every fact of one article: annotate, then extract. */
  public ArticleFacts process(Article article) {
    long start = System.nanoTime();
    AnnotatedText doc = annotator.apply(article.text());
    return extract(article, doc, times.lap(0, start));
  }

  /** Every fact of an article already annotated as {@code doc}. */
  public ArticleFacts extract(Article article, AnnotatedText doc) {
    return extract(article, doc, System.nanoTime());
  }

  private ArticleFacts extract(Article article, AnnotatedText doc, long start) {
    ExtractionContext context = new ExtractionContext(article, doc, kinds);
    long t = start;
    for (int i = 0; i < stages.size(); i++) {
      stages.get(i).run(context);
      t = times.lap(i + 1, t);
    }
    return context.result();
  }

  /** Receives results in input order. */
  public interface ResultSink {
    void facts(ArticleFacts facts);

    void failure(String source, String reason);

    /** Something a user should know about an input that was still processed (e.g. not French). */
    default void warning(String source, String message) {}
  }

  /**
   * Reads {@code paths} and processes their articles on {@code threads} threads, handing results
   * to {@code sink} in input order while holding at most a few articles per thread in memory.
   */
  public void run(ArticleReader reader, List<String> paths, int threads, LocalDate fallbackPublished,
      ResultSink sink) {
    run(articles -> reader.read(paths, articles), threads, fallbackPublished, sink);
  }

  /**
   * Same, for the articles that {@code source} hands to the sink it is given (called once, on this
   * thread; results reach {@code sink} on this thread too, in the order the articles were handed).
   * An article without a publication date is given {@code fallbackPublished} (may be null).
   */
  public void run(Consumer<ArticleSink> source, int threads, LocalDate fallbackPublished, ResultSink sink) {
    Function<Article, Article> dated = fallbackPublished == null ? a -> a
        : a -> a.published() == null ? a.withPublished(fallbackPublished) : a;
    new OrderedRunner(threads).run(source, article -> process(dated.apply(article)),
        new OrderedRunner.Results<ArticleFacts>() {
          @Override
          public void result(ArticleFacts facts) {
            sink.facts(facts);
          }

          @Override
          public void failure(String source, String reason) {
            sink.failure(source, reason);
          }

          @Override
          public void warning(String source, String message) {
            sink.warning(source, message);
          }
        });
  }
}
