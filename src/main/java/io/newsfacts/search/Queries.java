package io.newsfacts.search;

import io.newsfacts.extract.numbers.Numbers;
import io.newsfacts.extract.quotes.Quotes;
import io.newsfacts.index.Analyzers;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene query of a {@link SearchRequest}, whatever engine runs it: the free text parsed and
 * checked against the schema's fields, each filter as a clause. What needs another search first
 * (the articles having a matching fact, the articles about a topic) is asked of {@link Joins}: the
 * local searcher runs it, a remote engine is handed it to run itself.
 */
final class Queries {
  /** Words of a name filter may be this many positions apart (and in any order) within one name. */
  private static final int NAME_SLOP = 3;
  /** Characters of a query shown in an error message. */
  private static final int ECHO = 60;
  /** Query syntax that is not a word searched. */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "+", "-", "!");

  /** The documents of other searches: run at once, or marked for the engine. */
  interface Joins {
    /** The documents of the articles that have a fact matching {@code facts}. */
    Query articlesOf(Query facts) throws IOException;

    /** Every document of the articles about {@code topic}. */
    Query topic(Topic topic) throws IOException;

    /** The names some article of the index links to {@code name} (acronym and full name, {@code EntityLinks}). */
    List<String> linkedNames(String name) throws IOException;
  }

  private final IndexSchema schema;
  private final Analyzer fields;
  private final Analyzer french = Analyzers.french();
  private final Analyzer names = Analyzers.names();

  Queries(IndexSchema schema) {
    this.schema = schema;
    this.fields = Analyzers.perField(schema);
  }

  IndexSchema schema() {
    return schema;
  }

  Analyzer fields() {
    return fields;
  }

  /** The words to highlight: the free text, and the filter's names and unit where the sentence has them. */
  Query highlightQuery(SearchRequest r) throws BadQueryException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (hasText(r.query())) {
      b.add(parse(r.query()), Occur.SHOULD);
    }
    for (String value : new String[] {r.entity(), r.speaker(), r.unit()}) {
      if (value == null) {
        continue;
      }
      for (String field : new String[] {IndexSchema.TEXT, IndexSchema.SENTENCE}) {
        for (String t : analyze(french, field, value)) {
          b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  /** The Lucene query for {@code r}; bad free-text syntax becomes a {@link BadQueryException}. */
  Query toQuery(SearchRequest r, Joins joins) throws BadQueryException, IOException {
    if (IndexSchema.ARTICLE_TYPE.equals(r.type())) {
      return articleQuery(r, joins);
    }
    String type = r.type();
    if (type != null && schema.kinds().named(type) == null) {
      throw new BadQueryException("unknown type '" + type + "' (types: " + String.join(", ", schema.factTypes())
          + ", " + IndexSchema.ARTICLE_TYPE + ")", null);
    }
    if (type == null && r.speaker() != null) {
      type = Quotes.KIND.name();
    }
    if (type == null && numberFilter(r)) {
      type = Numbers.KIND.name();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (type != null) {
      b.add(new TermQuery(new Term(IndexSchema.TYPE, type)), Occur.FILTER);
    } else {
      b.add(new TermInSetQuery(IndexSchema.TYPE, schema.factTypes().stream().map(BytesRef::new).toList()),
          Occur.FILTER);
    }
    if (hasText(r.query())) {
      b.add(parse(r.query()), Occur.MUST);
    }
    addEntity(b, r.entity(), joins);
    addName(b, Quotes.SPEAKER.name(), r.speaker());
    addNumberFilters(b, r);
    addDateFilters(b, r);
    addTopic(b, r, joins);
    return b.build();
  }

  private static void addTopic(BooleanQuery.Builder b, SearchRequest r, Joins joins) throws IOException {
    if (r.topic() != null) {
      b.add(joins.topic(r.topic()), Occur.FILTER);
    }
  }

  static boolean numberFilter(SearchRequest r) {
    return r.min() != null || r.max() != null || r.unit() != null;
  }

  /**
   * Articles: the free text matches the article's text or title, --entity a name it mentions,
   * --from/--to its publication date; --speaker and the number filters keep the articles that
   * have a matching quote or number.
   */
  private Query articleQuery(SearchRequest r, Joins joins) throws BadQueryException, IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)), Occur.FILTER);
    if (hasText(r.query())) {
      b.add(parse(r.query()), Occur.MUST);
    }
    addEntity(b, r.entity(), joins);
    addDateFilters(b, r);
    addTopic(b, r, joins);
    if (r.speaker() != null) {
      BooleanQuery.Builder quotes = new BooleanQuery.Builder();
      quotes.add(new TermQuery(new Term(IndexSchema.TYPE, Quotes.KIND.name())), Occur.FILTER);
      addName(quotes, Quotes.SPEAKER.name(), r.speaker());
      b.add(joins.articlesOf(quotes.build()), Occur.FILTER);
    }
    if (numberFilter(r)) {
      BooleanQuery.Builder numbers = new BooleanQuery.Builder();
      numbers.add(new TermQuery(new Term(IndexSchema.TYPE, Numbers.KIND.name())), Occur.FILTER);
      addNumberFilters(numbers, r);
      b.add(joins.articlesOf(numbers.build()), Occur.FILTER);
    }
    return b.build();
  }

  private void addNumberFilters(BooleanQuery.Builder b, SearchRequest r) {
    if (r.unit() != null) {
      String unit = Numbers.UNIT.name();
      List<String> terms = analyze(french, unit, r.unit());
      if (terms.isEmpty()) {
        b.add(new MatchNoDocsQuery("empty unit"), Occur.FILTER);
      }
      for (String t : terms) {
        b.add(new TermQuery(new Term(unit, t)), Occur.FILTER);
      }
    }
    // A number falls inside [min, max] when both its ends do; an open end (atLeast, atMost) is infinite.
    if (r.min() != null) {
      b.add(DoublePoint.newRangeQuery(IndexSchema.LOW, r.min(), Double.POSITIVE_INFINITY), Occur.FILTER);
    }
    if (r.max() != null) {
      b.add(DoublePoint.newRangeQuery(IndexSchema.HIGH, Double.NEGATIVE_INFINITY, r.max()), Occur.FILTER);
    }
  }

  /** A fact's date interval falls inside [from, to]. */
  private static void addDateFilters(BooleanQuery.Builder b, SearchRequest r) {
    if (r.from() != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.WHEN_START, r.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    }
    if (r.to() != null) {
      b.add(LongPoint.newRangeQuery(IndexSchema.WHEN_END, Long.MIN_VALUE, r.to().toEpochDay()), Occur.FILTER);
    }
  }

  /**
   * {@code --entity}: the name, or any name some article of the index links to it ("FN" and
   * "Front national"), in the fact's sentence (the article, for articles).
   */
  private void addEntity(BooleanQuery.Builder b, String value, Joins joins) throws IOException {
    if (value == null) {
      return;
    }
    List<String> linked = joins.linkedNames(value);
    if (linked.isEmpty()) {
      addName(b, IndexSchema.ENTITIES, value);
      return;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(nameQuery(IndexSchema.ENTITIES, value), Occur.SHOULD);
    for (String name : linked) {
      either.add(nameQuery(IndexSchema.ENTITIES, name), Occur.SHOULD);
    }
    b.add(either.build(), Occur.FILTER);
  }

  /** All words of {@code value}, close together within one name (any order): "Boudreault", "Me Boudreault". */
  private void addName(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(nameQuery(field, value), Occur.FILTER);
    }
  }

  private Query nameQuery(String field, String value) {
    List<String> terms = analyze(names, field, value);
    if (terms.isEmpty()) {
      return new MatchNoDocsQuery("empty name");
    } else if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    return new PhraseQuery(NAME_SLOP + terms.size(), field, terms.toArray(String[]::new));
  }

  Query parse(String text) throws BadQueryException {
    int words = 0;
    for (String w : text.strip().split("[\\s()]+")) {
      words += w.isEmpty() || OPERATORS.contains(w) ? 0 : 1;
    }
    if (words > FactSearcher.MAX_QUERY_WORDS) {
      throw new BadQueryException("query too long: " + words + " words, the limit is " + FactSearcher.MAX_QUERY_WORDS
          + " ('" + echo(text) + "')", null);
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {IndexSchema.TEXT, IndexSchema.SENTENCE},
        fields, Map.of(IndexSchema.TEXT, 2f, IndexSchema.SENTENCE, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query q;
    try {
      q = parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
      m = m.replaceFirst("^Cannot parse '.*?': ", "");
      throw new BadQueryException("bad query syntax in '" + echo(text) + "': " + m
          + " (quote special characters like \" ( ) : * ? with \\)", e);
    }
    Set<String> unknown = new java.util.TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!schema.searchable().contains(field)) {
          unknown.add(field);
        }
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    if (!unknown.isEmpty()) {
      throw new BadQueryException("unknown field " + String.join(", ", unknown) + " in '" + echo(text)
          + "' (fields: " + String.join(", ", schema.searchable()) + ")", null);
    }
    return q;
  }

  /** The start of a query, to show it in a message without flooding the terminal. */
  static String echo(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return t.length() <= ECHO ? t : t.substring(0, ECHO) + "…";
  }

  static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  static List<String> analyze(Analyzer analyzer, String field, String value) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
