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
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Writes articles and their facts to a Lucene index. Each article's documents are replaced as one
 * block ({@link IndexWriter#updateDocuments}), so re-indexing an article never duplicates it, and
 * a commit makes everything written so far durable: an index left by a killed run opens and holds
 * every committed article exactly once.
 */
public final class FactIndexWriter implements Closeable {
  private final IndexWriter writer;

  public FactIndexWriter(Path dir) throws IOException {
    Files.createDirectories(dir);
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(FSDirectory.open(dir), config);
  }

  /** True when an article with this id is already in the index. */
  public boolean contains(String articleId) throws IOException {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
      return reader.docFreq(new Term(IndexSchema.ARTICLE_ID, articleId)) > 0;
    }
  }

  /** Adds or replaces the article and all its facts. */
  public void write(ArticleFacts facts, String stamp) throws IOException {
    writer.updateDocuments(new Term(IndexSchema.ARTICLE_ID, facts.article().id()), documents(facts, stamp));
  }

  /** Deletes every document of the articles read from {@code source}. */
  public void removeSource(String source) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.SOURCE, source));
  }

  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    writer.commit();
    writer.close();
  }

  static List<Document> documents(ArticleFacts facts, String stamp) {
    Article a = facts.article();
    AnnotatedText doc = facts.annotated();
    List<Document> docs = new ArrayList<>();
    Document article = base(a, "article", stamp);
    article.add(new TextField(IndexSchema.TEXT, a.text(), Field.Store.YES));
    if (a.title() != null) {
      article.add(new TextField(IndexSchema.SENTENCE, a.title(), Field.Store.NO));
    }
    article.add(new StoredField(IndexSchema.FACT, "{\"entities\":" + facts.entities().size()
        + ",\"numbers\":" + facts.numbers().size() + ",\"dates\":" + facts.dates().size()
        + ",\"quotes\":" + facts.quotes().size() + "}"));
    for (Entity e : facts.entities()) {
      article.add(new TextField(IndexSchema.ENTITIES, e.canonical() + " | " + e.text(), Field.Store.NO));
      article.add(new SortedSetDocValuesField(IndexSchema.FACET_ENTITY, new BytesRef(e.canonical())));
    }
    when(article, null, a);
    docs.add(article);

    for (Entity e : facts.entities()) {
      Document d = fact(a, "entity", stamp, e.text(), sentence(doc, e.start()), facts, e.start());
      d.add(new TextField(IndexSchema.ENTITIES, e.canonical() + " | " + e.text(), Field.Store.NO));
      d.add(new StoredField(IndexSchema.FACT, FactsJson.entity(e).toString()));
      when(d, null, a);
      docs.add(d);
    }
    for (NumberFact n : facts.numbers()) {
      Document d = fact(a, "number", stamp, n.text(), sentence(doc, n.start()), facts, n.start());
      d.add(new DoublePoint(IndexSchema.LOW, n.low() == null ? Double.NEGATIVE_INFINITY : n.low()));
      d.add(new DoublePoint(IndexSchema.HIGH, n.high() == null ? Double.POSITIVE_INFINITY : n.high()));
      if (n.unit() != null) {
        d.add(new TextField(IndexSchema.UNIT, n.unit(), Field.Store.NO));
        d.add(new SortedSetDocValuesField(IndexSchema.FACET_UNIT, new BytesRef(n.unit().toLowerCase(Locale.ROOT))));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.number(n).toString()));
      when(d, n.date(), a);
      docs.add(d);
    }
    for (DateFact t : facts.dates()) {
      Document d = fact(a, "date", stamp, t.text(), sentence(doc, t.start()), facts, t.start());
      d.add(new StoredField(IndexSchema.FACT, FactsJson.date(t).toString()));
      when(d, t.value(), a);
      docs.add(d);
    }
    for (Quote q : facts.quotes()) {
      Document d = fact(a, "quote", stamp, q.text(), sentence(doc, q.start()), facts, q.start());
      if (q.speaker() != null) {
        StringBuilder who = new StringBuilder(q.speaker());
        for (Entity e : facts.entities()) {
          if (e.canonical().equals(q.speaker())) {
            who.append(" | ").append(e.text());
            if (e.role() != null) {
              who.append(" | ").append(e.role());
            }
          }
        }
        if (q.speakerRole() != null) {
          who.append(" | ").append(q.speakerRole());
        }
        d.add(new TextField(IndexSchema.SPEAKER, who.toString(), Field.Store.NO));
        d.add(new SortedSetDocValuesField(IndexSchema.FACET_SPEAKER, new BytesRef(q.speaker())));
      }
      d.add(new StoredField(IndexSchema.FACT, FactsJson.quote(q).toString()));
      when(d, null, a);
      docs.add(d);
    }
    return docs;
  }

  private static Document base(Article a, String type, String stamp) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, type, Field.Store.YES));
    d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StringField(IndexSchema.SOURCE, a.source(), Field.Store.YES));
    if (stamp != null) {
      d.add(new StringField(IndexSchema.STAMP, stamp, Field.Store.YES));
    }
    if (a.title() != null) {
      d.add(new StoredField(IndexSchema.TITLE, a.title()));
    }
    if (a.published() != null) {
      d.add(new StoredField(IndexSchema.PUBLISHED, a.published().toString()));
      d.add(new LongPoint(IndexSchema.PUBLISHED_DAY, a.published().toEpochDay()));
    }
    return d;
  }

  private static Document fact(Article a, String type, String stamp, String text, String sentence,
      ArticleFacts facts, int at) {
    Document d = base(a, type, stamp);
    d.add(new TextField(IndexSchema.TEXT, text, Field.Store.YES));
    d.add(new TextField(IndexSchema.SENTENCE, sentence, Field.Store.YES));
    Set<String> names = new LinkedHashSet<>();
    Sentence s = facts.annotated() == null ? null : facts.annotated().sentenceAt(at);
    if (s != null) {
      for (Entity e : facts.entities()) {
        if (e.start() >= s.start() && e.end() <= s.end()) {
          names.add(e.canonical());
          names.add(e.text());
          d.add(new SortedSetDocValuesField(IndexSchema.FACET_ENTITY, new BytesRef(e.canonical())));
        }
      }
    }
    if (!names.isEmpty()) {
      d.add(new TextField(IndexSchema.ENTITIES, String.join(" | ", names), Field.Store.NO));
    }
    return d;
  }

  private static void when(Document d, String timex, Article a) {
    TimexInterval interval = TimexInterval.of(timex);
    if (interval == null) {
      interval = TimexInterval.of(a.published());
    }
    if (interval != null) {
      d.add(new LongPoint(IndexSchema.WHEN_START, interval.startDay()));
      d.add(new LongPoint(IndexSchema.WHEN_END, interval.endDay()));
      java.time.LocalDate month = java.time.LocalDate.ofEpochDay(interval.startDay());
      d.add(new SortedSetDocValuesField(IndexSchema.FACET_MONTH,
          new BytesRef(String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue()))));
    }
  }

  private static String sentence(AnnotatedText doc, int at) {
    if (doc == null) {
      return "";
    }
    return doc.sentenceText(at);
  }
}
