package io.newsfacts.index;

import io.newsfacts.json.FactsJson;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Fact;
import io.newsfacts.model.FactKind;
import io.newsfacts.model.IndexField;
import io.newsfacts.model.IndexSink;
import io.newsfacts.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one article and its facts into Lucene documents (the article's document first, then one
 * per fact, kind by kind), as laid out in {@link IndexSchema}: the fields every document has are
 * written here, each kind writes its own through an {@link IndexSink}. The names of the entities
 * in a fact's sentence (what {@code --entity} matches) come from the article's {@link Entity}
 * facts, whatever the fact's kind.
 */
final class FactDocuments {
  private static final FacetsConfig FACETS = IndexSchema.facetsConfig();

  private final IndexSchema schema;
  private final ArticleFacts facts;
  private final Article article;
  private final String file;
  private final String stamp;
  /** False: facet fields are left as they are, for {@link #fields} (not turned into Lucene's facet fields). */
  private final boolean lucene;
  /** Sentence starts, for finding a fact's sentence by binary search. */
  private final int[] sentenceStarts;
  /** Entities of each sentence (by sentence index). */
  private final Map<Integer, List<Entity>> entitiesBySentence = new HashMap<>();
  /** Every mention text of each canonical name in the article: a name's aliases. */
  private final Map<String, Set<String>> aliases = new HashMap<>();

  private FactDocuments(IndexSchema schema, ArticleFacts facts, String file, String stamp, boolean lucene) {
    this.lucene = lucene;
    this.schema = schema;
    this.facts = facts;
    this.article = facts.article();
    this.file = file;
    this.stamp = stamp;
    AnnotatedText doc = facts.annotated();
    List<Sentence> sentences = doc == null ? List.of() : doc.sentences();
    sentenceStarts = new int[sentences.size()];
    for (int i = 0; i < sentenceStarts.length; i++) {
      sentenceStarts[i] = sentences.get(i).start();
    }
    for (Entity e : facts.facts(Entity.class)) {
      aliases.computeIfAbsent(e.canonical(), k -> new LinkedHashSet<>(List.of(k))).add(e.text());
      int s = sentenceIndex(e.start());
      if (s >= 0) {
        entitiesBySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
      }
    }
  }

  /**
   * The documents of one article.
   *
   * @param file absolute path of the input file, or null (standard input)
   * @param stamp the input file's stamp, or null
   */
  static List<Document> of(IndexSchema schema, ArticleFacts facts, String file, String stamp) {
    return new FactDocuments(schema, facts, file, stamp, true).build();
  }

  /**
   * The same documents as {@link #of}, each as its fields' values by field name, for an engine
   * that is given documents rather than Lucene fields (Solr): stored and indexed values once each,
   * numbers as Long or Double, facet values under {@link IndexSchema#facetField}.
   */
  static List<Map<String, List<Object>>> fields(IndexSchema schema, ArticleFacts facts, String file, String stamp) {
    List<Map<String, List<Object>>> out = new ArrayList<>();
    for (Document d : new FactDocuments(schema, facts, file, stamp, false).build()) {
      Map<String, List<Object>> values = new LinkedHashMap<>();
      for (IndexableField f : d.getFields()) {
        Object value;
        String name = f.name();
        if (f instanceof SortedSetDocValuesFacetField facet) {
          name = IndexSchema.facetField(facet.dim);
          value = facet.label;
        } else if (f instanceof SortedDocValuesField) {
          continue; // the articleId's doc values: the keyword is there already
        } else if (f instanceof LongPoint || f instanceof DoublePoint || f instanceof NumericDocValuesField) {
          value = f.numericValue();
        } else {
          value = f.stringValue();
        }
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      out.add(values);
    }
    return out;
  }

  private List<Document> build() {
    List<Document> docs = new ArrayList<>();
    docs.add(articleDocument());
    for (FactKind<?> kind : facts.kinds()) {
      if (schema.kinds().indexOf(kind) < 0) {
        throw new IllegalArgumentException("fact kind '" + kind.name() + "' is not in this index's schema");
      }
      addFacts(docs, kind);
    }
    return docs;
  }

  private <T extends Fact> void addFacts(List<Document> docs, FactKind<T> kind) {
    for (T f : facts.facts(kind)) {
      Document d = fact(kind.name(), f.text(), f.start());
      Fields own = new Fields(kind, d);
      kind.index(f, facts, own);
      d.add(new StoredField(IndexSchema.FACT, FactsJson.fact(kind, f).toString()));
      d.add(new StoredField(IndexSchema.LABEL, kind.label(f)));
      when(d, own.timex);
      docs.add(facets(d));
    }
  }

  /** A kind's own fields, onto one Lucene document. */
  private static final class Fields implements IndexSink {
    private final FactKind<?> kind;
    private final Document d;
    /** The fact's own date, if it gives one. */
    String timex;

    Fields(FactKind<?> kind, Document d) {
      this.kind = kind;
      this.d = d;
    }

    @Override
    public void add(IndexField field, String value) {
      if (!kind.indexFields().contains(field)) {
        throw new IllegalArgumentException("fact kind '" + kind.name() + "' writes " + field
            + " without declaring it in indexFields()");
      }
      if (value == null) {
        return;
      }
      switch (field.type()) {
        case KEYWORD -> d.add(new StringField(field.name(), value, Field.Store.NO));
        case TEXT, NAMES -> d.add(new TextField(field.name(), value, Field.Store.NO));
        case FACET -> d.add(new SortedSetDocValuesFacetField(field.name(), value));
      }
    }

    @Override
    public void range(Double low, Double high) {
      d.add(new DoublePoint(IndexSchema.LOW, low == null ? Double.NEGATIVE_INFINITY : low));
      d.add(new DoublePoint(IndexSchema.HIGH, high == null ? Double.POSITIVE_INFINITY : high));
    }

    @Override
    public void date(String timex) {
      this.timex = timex;
    }
  }

  private Document articleDocument() {
    Document d = base(IndexSchema.ARTICLE_TYPE);
    d.add(new TextField(IndexSchema.TEXT, article.text(), Field.Store.YES));
    d.add(new StringField(IndexSchema.TEXT_KEY, TextKey.of(article.text()), Field.Store.NO));
    if (article.title() != null) {
      d.add(new TextField(IndexSchema.SENTENCE, article.title(), Field.Store.NO));
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    List<String> label = new ArrayList<>();
    for (FactKind<?> kind : facts.kinds()) {
      int n = facts.facts(kind).size();
      counts.put(kind.plural(), n);
      label.add(n + " " + kind.plural());
    }
    Map<String, Object> own = new LinkedHashMap<>();
    own.put("author", article.author());
    own.put("publisher", article.publisher());
    own.put("language", article.language());
    own.put("counts", counts);
    d.add(new StoredField(IndexSchema.FACT, FactsJson.line(own)));
    d.add(new StoredField(IndexSchema.LABEL, String.join(", ", label)));
    Set<String> names = new LinkedHashSet<>();
    for (Set<String> a : aliases.values()) {
      names.addAll(a);
    }
    for (String name : names) {
      d.add(new TextField(IndexSchema.ENTITIES, name, Field.Store.NO));
    }
    for (String canonical : aliases.keySet()) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_ENTITY, canonical));
    }
    EntityLinks.add(d, aliases.values());
    for (FactKind<?> kind : facts.kinds()) {
      indexArticle(kind, d);
    }
    when(d, null);
    return facets(d);
  }

  private <T extends Fact> void indexArticle(FactKind<T> kind, Document d) {
    Fields own = new Fields(kind, d);
    kind.indexArticle(facts.facts(kind), own);
  }

  private Document base(String type) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, type, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_TYPE, type));
    d.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ARTICLE_ID, new BytesRef(article.id())));
    d.add(new StringField(IndexSchema.SOURCE, article.source(), Field.Store.YES));
    if (file != null) {
      d.add(new StringField(IndexSchema.FILE, file, Field.Store.YES));
    }
    if (stamp != null) {
      d.add(new StringField(IndexSchema.STAMP, stamp, Field.Store.YES));
    }
    if (article.title() != null) {
      d.add(new StoredField(IndexSchema.TITLE, article.title()));
    }
    if (article.published() != null) {
      d.add(new StoredField(IndexSchema.PUBLISHED, article.published().toString()));
      d.add(new LongPoint(IndexSchema.PUBLISHED_DAY, article.published().toEpochDay()));
    }
    return d;
  }

  private Document fact(String type, String text, int at) {
    Document d = base(type);
    d.add(new TextField(IndexSchema.TEXT, text, Field.Store.YES));
    int s = sentenceIndex(at);
    Sentence sentence = s < 0 ? null : facts.annotated().sentences().get(s);
    String sentenceText = sentence == null ? "" : article.text().substring(sentence.start(), sentence.end());
    d.add(new TextField(IndexSchema.SENTENCE, sentenceText, Field.Store.YES));
    Set<String> names = new LinkedHashSet<>();
    Set<String> canonicals = new LinkedHashSet<>();
    for (Entity e : entitiesBySentence.getOrDefault(s, List.of())) {
      canonicals.add(e.canonical());
      names.addAll(aliases.get(e.canonical()));
    }
    for (String name : names) {
      d.add(new TextField(IndexSchema.ENTITIES, name, Field.Store.NO));
    }
    for (String canonical : canonicals) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_ENTITY, canonical));
    }
    return d;
  }

  /** Index of the sentence holding offset {@code at}, or -1. */
  private int sentenceIndex(int at) {
    int i = Arrays.binarySearch(sentenceStarts, at);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0) {
      return -1;
    }
    Sentence s = facts.annotated().sentences().get(i);
    return at < s.end() ? i : -1;
  }

  /** The fact's date interval (its own TIMEX3 value, else the publication date), as points and month facet. */
  private void when(Document d, String timex) {
    TimexInterval interval = TimexInterval.of(timex);
    if (interval == null) {
      interval = TimexInterval.of(article.published());
    }
    if (interval == null) {
      return;
    }
    d.add(new LongPoint(IndexSchema.WHEN_START, interval.startDay()));
    d.add(new LongPoint(IndexSchema.WHEN_END, interval.endDay()));
    d.add(new NumericDocValuesField(IndexSchema.WHEN_SORT, interval.startDay()));
    LocalDate first = LocalDate.ofEpochDay(interval.startDay());
    d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_MONTH,
        String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue())));
  }

  private Document facets(Document d) {
    if (!lucene) {
      return d;
    }
    try {
      return FACETS.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
