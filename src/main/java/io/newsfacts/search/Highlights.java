package io.newsfacts.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the words of a query in stored text fields (Lucene's unified highlighter, re-analysing the
 * stored text with the index's analysers): a fact's text and sentence whole, an article's text as
 * its best sentences.
 */
final class Highlights {
  private static final int MAX_LENGTH = 1_000_000;
  private final UnifiedHighlighter whole;
  private final UnifiedHighlighter snippets;

  Highlights(IndexSearcher searcher, Analyzer analyzer, String start, String end) {
    DefaultPassageFormatter formatter = new DefaultPassageFormatter(start, end, " … ", false);
    this.whole = builder(searcher, analyzer, formatter)
        .withBreakIterator(WholeBreakIterator::new)
        .build();
    this.snippets = builder(searcher, analyzer, formatter)
        .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.FRENCH))
        .build();
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer,
      DefaultPassageFormatter formatter) {
    return new UnifiedHighlighter.Builder(searcher, analyzer)
        .withFormatter(formatter)
        .withMaxLength(MAX_LENGTH)
        .withMaxNoHighlightPassages(0)
        // weight matches look every wildcard or regex term of the index up again for each hit:
        // a table of 20,000 hits took 25 s; matching the re-analysed text takes 6
        .withWeightMatches(false)
        .withFlags(Set.of(HighlightFlag.MULTI_TERM_QUERY, HighlightFlag.PHRASES));
  }

  /** The whole stored value of {@code field} for each hit with the query's words marked; null where none. */
  String[] whole(String field, Query query, TopDocs top) throws IOException {
    return whole.highlight(field, query, top, 1);
  }

  /** The two best sentences of {@code field} for each hit; null where no word matches. */
  String[] snippets(String field, Query query, TopDocs top) throws IOException {
    return snippets.highlight(field, query, top, 2);
  }
}
