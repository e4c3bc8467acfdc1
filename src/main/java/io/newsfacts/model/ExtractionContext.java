package io.newsfacts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an extractor is given: the article, its annotated text, its publication date and the facts
 * of the kinds that ran before (those the running kind {@link FactKind#needs}). One per article,
 * filled kind by kind on one thread: {@link #run} each kind in {@link FactKindList#runOrder}, then
 * {@link #result}.
 */
public final class ExtractionContext {
  private final Article article;
  private final AnnotatedText text;
  private final FactKindList kinds;
  /** Facts of each kind that has run, by the kind's position in {@link #kinds}. */
  private final List<?>[] facts;
  private FactKind<?> running;

  public ExtractionContext(Article article, AnnotatedText text, FactKindList kinds) {
    this.article = Objects.requireNonNull(article, "article");
    this.text = Objects.requireNonNull(text, "text");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.facts = new List<?>[kinds.size()];
  }

  public Article article() {
    return article;
  }

  /** The article's text with its sentences and tokens. */
  public AnnotatedText text() {
    return text;
  }

  /** The article's publication date (the speaker's "today"), or null. */
  public LocalDate published() {
    return article.published();
  }

  /**
   * The facts whose record is {@code type}, found by a kind that ran before. The running kind must
   * declare {@code type} in its {@link FactKind#needs}, so that the pipeline runs it after them.
   *
   * @throws IllegalStateException when the running kind does not declare {@code type} or it has not run
   */
  @SuppressWarnings("unchecked") // the kind at i gives facts of its factType()
  public <T extends Fact> List<T> facts(Class<T> type) {
    if (running != null && !running.needs().contains(type)) {
      throw new IllegalStateException("fact kind '" + running.name() + "' reads " + type.getSimpleName()
          + " facts without declaring them in needs()");
    }
    int i = kinds.indexOf(type);
    if (i < 0 || facts[i] == null) {
      throw new IllegalStateException(type.getSimpleName() + " facts are not found yet");
    }
    return (List<T>) facts[i];
  }

  /** Runs {@code extractor} (of {@code kind}, one of the list's kinds) on this article and keeps its facts. */
  public <T extends Fact> void run(FactKind<T> kind, FactExtractor<? extends T> extractor) {
    int i = kinds.indexOf(kind);
    if (i < 0) {
      throw new IllegalArgumentException("fact kind '" + kind.name() + "' is not registered here");
    }
    running = kind;
    try {
      facts[i] = List.copyOf(extractor.extract(this));
    } finally {
      running = null;
    }
  }

  /** The article with the facts of every kind; each kind must have run. */
  public ArticleFacts result() {
    for (int i = 0; i < facts.length; i++) {
      if (facts[i] == null) {
        throw new IllegalStateException("fact kind '" + kinds.all().get(i).name() + "' has not run");
      }
    }
    return new ArticleFacts(article, text, kinds, facts.clone());
  }
}
