package io.newsfacts.search;

import io.newsfacts.index.Analyzers;
import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.Topic;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The documents of the articles about a {@link Topic}: article documents whose text or title holds
 * {@link Topic#minTerms} different terms of its list (each term analysed as the index analyses
 * French text, a phrase word for word), then every document of those articles (a join on
 * {@code articleId}), so that facts are kept or dropped with their article.
 */
final class TopicFilter {
  private final Analyzer french = Analyzers.french();

  /** Article documents about {@code topic}. */
  Query articles(Topic topic) {
    QueryBuilder words = new QueryBuilder(french);
    BooleanQuery.Builder anyTerms = new BooleanQuery.Builder();
    int clauses = 0;
    for (String term : topic.terms()) {
      BooleanQuery.Builder where = new BooleanQuery.Builder();
      boolean any = false;
      for (String field : new String[] {IndexSchema.TEXT, IndexSchema.SENTENCE}) {
        Query q = words.createPhraseQuery(field, term);
        if (q != null) {
          where.add(q, Occur.SHOULD);
          any = true;
        }
      }
      if (any) {
        anyTerms.add(where.build(), Occur.SHOULD);
        clauses++;
      }
    }
    if (clauses == 0) {
      return new MatchNoDocsQuery("topic " + topic.name() + " has no searchable term");
    }
    anyTerms.setMinimumNumberShouldMatch(Math.min(topic.minTerms(), clauses));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.ARTICLE_TYPE)), Occur.FILTER)
        .add(anyTerms.build(), Occur.MUST)
        .build();
  }

  /** Every document (the article's and its facts') of the articles about {@code topic}. */
  Query documents(IndexSearcher searcher, Topic topic) throws IOException {
    Set<BytesRef> ids = searcher.search(articles(topic), new ArticleIdsCollector.Manager());
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no article about " + topic.name());
    }
    return new TermInSetQuery(IndexSchema.ARTICLE_ID, ids);
  }
}
