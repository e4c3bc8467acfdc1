package io.newsfacts.index;

import io.newsfacts.json.FactsJson;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.Entity;
import io.newsfacts.model.NumberFact;
import io.newsfacts.model.Quote;
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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one article and its facts into Lucene documents (the article's document first, then one
 * per fact), as laid out in {@link IndexSchema}.
 */
final class FactDocuments {
  private static final FacetsConfig FACETS = IndexSchema.facetsConfig();

  private final ArticleFacts facts;
  private final Article article;
  private final String file;
  private final String stamp;
  /** Sentence starts, for finding a fact's sentence by binary search. */
  private final int[] sentenceStarts;
  /** Entities of each sentence (by sentence index). */
  private final Map<Integer, List<Entity>> entitiesBySentence = new HashMap<>();
  /** Every mention text of each canonical name in the article: a name's aliases. */
  private final Map<String, Set<String>> aliases = new HashMap<>();

  private FactDocuments(ArticleFacts facts, String file, String stamp) {
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
    for (Entity e : facts.entities()) {
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
  static List<Document> of(ArticleFacts facts, String file, String stamp) {
    return new FactDocuments(facts, file, stamp).build();
  }

  private List<Document> build() {
    List<Document> docs = new ArrayList<>();
    docs.add(articleDocument());
    for (Entity e : facts.entities()) {
      Document d = fact("entity", e.text(), e.start());
      d.add(new StringField(IndexSchema.CANONICAL, e.canonical(), Field.Store.NO));
      d.add(new StringField(IndexSchema.ENTITY_TYPE, e.type().name(), Field.Store.NO));
      if (e.role() != null) {
        d.add(new TextField(IndexSchema.ROLE, e.role(), Field.Store.NO));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.entity(e).toString()));
      d.add(new StoredField(IndexSchema.LABEL, e.type().name() + " " + e.canonical()
          + (e.role() == null ? "" : " (" + e.role() + ")")));
      when(d, null);
      docs.add(facets(d));
    }
    for (NumberFact n : facts.numbers()) {
      Document d = fact("number", n.text(), n.start());
      d.add(new DoublePoint(IndexSchema.LOW, n.low() == null ? Double.NEGATIVE_INFINITY : n.low()));
      d.add(new DoublePoint(IndexSchema.HIGH, n.high() == null ? Double.POSITIVE_INFINITY : n.high()));
      d.add(new StringField(IndexSchema.QUALIFIER, n.qualifier().label(), Field.Store.NO));
      d.add(new StringField(IndexSchema.NUMBER_KIND, n.kind().label(), Field.Store.NO));
      if (n.unit() != null && !n.unit().isBlank()) {
        // the phrase and its head, so that --unit "demandes d'asile" and --unit demandes both find it
        d.add(new TextField(IndexSchema.UNIT, n.unit(), Field.Store.NO));
        String head = n.unitHead() == null || n.unitHead().isBlank() ? n.unit() : n.unitHead();
        d.add(new TextField(IndexSchema.UNIT, head, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_UNIT, head.toLowerCase(Locale.ROOT)));
      }
      if (n.per() != null && !n.per().isBlank()) {
        d.add(new StringField(IndexSchema.PER, n.per(), Field.Store.NO));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.number(n).toString()));
      d.add(new StoredField(IndexSchema.LABEL, label(n)));
      when(d, n.date());
      docs.add(facets(d));
    }
    for (DateFact t : facts.dates()) {
      Document d = fact("date", t.text(), t.start());
      d.add(new StringField(IndexSchema.DATE_TYPE, t.type().name(), Field.Store.NO));
      if (t.value() != null) {
        d.add(new StringField(IndexSchema.TIMEX, t.value(), Field.Store.NO));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.date(t).toString()));
      d.add(new StoredField(IndexSchema.LABEL, t.type().name() + " " + (t.value() == null ? "?" : t.value())));
      when(d, t.value());
      docs.add(facets(d));
    }
    for (Quote q : facts.quotes()) {
      Document d = fact("quote", q.text(), q.start());
      d.add(new StringField(IndexSchema.QUOTE_KIND, q.kind().label(), Field.Store.NO));
      if (q.speaker() != null && !q.speaker().isBlank()) {
        Set<String> who = new LinkedHashSet<>(aliases.getOrDefault(q.speaker(), Set.of(q.speaker())));
        who.add(q.speaker());
        for (Entity e : facts.entities()) {
          if (e.role() != null && e.canonical().equals(q.speaker())) {
            who.add(e.role());
          }
        }
        if (q.speakerRole() != null && !q.speakerRole().isBlank()) {
          who.add(q.speakerRole());
        }
        for (String name : who) {
          d.add(new TextField(IndexSchema.SPEAKER, name, Field.Store.NO));
        }
        d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_SPEAKER, q.speaker()));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.quote(q).toString()));
      d.add(new StoredField(IndexSchema.LABEL, q.kind().label() + ", " + (q.speaker() == null ? "speaker unknown" : q.speaker())
          + (q.speakerRole() == null ? "" : " (" + q.speakerRole() + ")")));
      when(d, null);
      docs.add(facets(d));
    }
    return docs;
  }

  private Document articleDocument() {
    Document d = base("article");
    d.add(new TextField(IndexSchema.TEXT, article.text(), Field.Store.YES));
    if (article.title() != null) {
      d.add(new TextField(IndexSchema.SENTENCE, article.title(), Field.Store.NO));
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("entities", facts.entities().size());
    counts.put("numbers", facts.numbers().size());
    counts.put("dates", facts.dates().size());
    counts.put("quotes", facts.quotes().size());
    Map<String, Object> own = new LinkedHashMap<>();
    own.put("author", article.author());
    own.put("publisher", article.publisher());
    own.put("language", article.language());
    own.put("counts", counts);
    d.add(new StoredField(IndexSchema.FACT, FactsJson.line(own)));
    d.add(new StoredField(IndexSchema.LABEL, facts.entities().size() + " entities, " + facts.numbers().size()
        + " numbers, " + facts.dates().size() + " dates, " + facts.quotes().size() + " quotes"));
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
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : facts.quotes()) {
      if (q.speaker() != null && !q.speaker().isBlank() && speakers.add(q.speaker())) {
        d.add(new TextField(IndexSchema.SPEAKER, q.speaker(), Field.Store.NO));
      }
    }
    when(d, null);
    return facets(d);
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

  private static String label(NumberFact n) {
    String v = n.value() != null ? plain(n.value()) : "[" + plain(n.low()) + " .. " + plain(n.high()) + "]";
    return v + " " + n.kind().label() + (n.qualifier().label().equals("exact") ? "" : " " + n.qualifier().label())
        + (n.unit() == null ? "" : " " + n.unit()) + (n.per() == null ? "" : " / " + n.per())
        + (n.date() == null ? "" : " @ " + n.date());
  }

  private static String plain(Double d) {
    if (d == null) {
      return "…";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
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

  private static Document facets(Document d) {
    try {
      return FACETS.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
