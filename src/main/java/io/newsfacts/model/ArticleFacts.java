package io.newsfacts.model;

import java.util.List;
import java.util.Objects;

/**
 * An article and every fact extracted from it, by kind, in the order of its {@link FactKindList}:
 * the unit that is written and indexed. Immutable.
 */
public final class ArticleFacts {
  private final Article article;
  private final AnnotatedText annotated;
  private final FactKindList kinds;
  /** The facts of each kind, by the kind's position in {@link #kinds}. */
  private final List<?>[] facts;

  /** {@code facts} is owned by the new object: its lists are immutable and none is null. */
  ArticleFacts(Article article, AnnotatedText annotated, FactKindList kinds, List<?>[] facts) {
    this.article = Objects.requireNonNull(article, "article");
    this.annotated = annotated;
    this.kinds = kinds;
    this.facts = facts;
  }

  /** Facts of {@code kinds} for {@code article}, given kind by kind. */
  public static Builder builder(Article article, AnnotatedText annotated, FactKindList kinds) {
    return new Builder(article, annotated, kinds);
  }

  public Article article() {
    return article;
  }

  /** The annotated text the facts were found in (null when the facts came from elsewhere). */
  public AnnotatedText annotated() {
    return annotated;
  }

  public FactKindList kinds() {
    return kinds;
  }

  /** The facts of {@code kind}, which must be one of {@link #kinds}. */
  @SuppressWarnings("unchecked") // facts[i] holds kinds.all().get(i)'s facts, put there typed
  public <T extends Fact> List<T> facts(FactKind<T> kind) {
    int i = kinds.indexOf(kind);
    if (i < 0) {
      throw new IllegalArgumentException("no fact kind '" + kind.name() + "' here");
    }
    return (List<T>) facts[i];
  }

  /** The facts whose record is {@code type}; empty when no kind here gives them. */
  @SuppressWarnings("unchecked") // the kind at i gives facts of its factType()
  public <T extends Fact> List<T> facts(Class<T> type) {
    int i = kinds.indexOf(type);
    return i < 0 ? List.of() : (List<T>) facts[i];
  }

  public List<Entity> entities() {
    return facts(Entity.class);
  }

  public List<NumberFact> numbers() {
    return facts(NumberFact.class);
  }

  public List<DateFact> dates() {
    return facts(DateFact.class);
  }

  public List<Quote> quotes() {
    return facts(Quote.class);
  }

  /** How many facts of all kinds. */
  public int count() {
    int n = 0;
    for (List<?> f : facts) {
      n += f.size();
    }
    return n;
  }

  /** Collects the facts of each kind; every kind of the list must be given. */
  public static final class Builder {
    private final Article article;
    private final AnnotatedText annotated;
    private final FactKindList kinds;
    private final List<?>[] facts;

    private Builder(Article article, AnnotatedText annotated, FactKindList kinds) {
      this.article = Objects.requireNonNull(article, "article");
      this.annotated = annotated;
      this.kinds = Objects.requireNonNull(kinds, "kinds");
      this.facts = new List<?>[kinds.size()];
    }

    public <T extends Fact> Builder put(FactKind<T> kind, List<? extends T> found) {
      int i = kinds.indexOf(kind);
      if (i < 0) {
        throw new IllegalArgumentException("fact kind '" + kind.name() + "' is not registered here");
      }
      facts[i] = List.copyOf(found);
      return this;
    }

    public ArticleFacts build() {
      for (int i = 0; i < facts.length; i++) {
        if (facts[i] == null) {
          throw new IllegalStateException("no " + kinds.all().get(i).plural() + " given for " + article.source());
        }
      }
      return new ArticleFacts(article, annotated, kinds, facts.clone());
    }
  }
}
