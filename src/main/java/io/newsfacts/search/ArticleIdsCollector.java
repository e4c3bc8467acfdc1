package io.newsfacts.search;

import io.newsfacts.index.IndexSchema;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/** Collects the distinct article ids of the matching documents (from doc values: no stored-field reads). */
final class ArticleIdsCollector extends SimpleCollector {
  private final Set<BytesRef> ids = new HashSet<>();
  private SortedDocValues values;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    values = DocValues.getSorted(context.reader(), IndexSchema.ARTICLE_ID);
  }

  @Override
  public void collect(int doc) throws IOException {
    if (values.advanceExact(doc)) {
      ids.add(BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Runs the collector over all segments and merges the sets. */
  static final class Manager implements CollectorManager<ArticleIdsCollector, Set<BytesRef>> {
    @Override
    public ArticleIdsCollector newCollector() {
      return new ArticleIdsCollector();
    }

    @Override
    public Set<BytesRef> reduce(Collection<ArticleIdsCollector> collectors) {
      Set<BytesRef> all = new HashSet<>();
      for (ArticleIdsCollector c : collectors) {
        all.addAll(c.ids);
      }
      return all;
    }
  }
}
