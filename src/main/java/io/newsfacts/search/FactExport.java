package io.newsfacts.search;

import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Every fact of an index ({@code newsfacts export}), read document by document in index order (an
 * article's facts together, kind by kind), without a query or a limit: memory stays flat whatever
 * the size of the index.
 */
public final class FactExport {
  /** Receives each fact, with its one-line summary. */
  public interface Sink {
    void fact(Hit hit, String label);
  }

  private FactExport() {}

  /**
   * Hands every fact of {@code types} (all fact kinds when empty) to {@code sink}.
   *
   * @return how many facts were handed on
   * @throws IllegalArgumentException naming the types there are, for a type that is not a fact kind
   */
  public static long each(FactSearcher searcher, List<String> types, Sink sink) throws IOException {
    List<String> known = searcher.schema().factTypes();
    for (String t : types) {
      if (!known.contains(t)) {
        throw new IllegalArgumentException("unknown type '" + t + "' (types: " + String.join(", ", known) + ")");
      }
    }
    Set<String> wanted = Set.copyOf(types.isEmpty() ? known : types);
    Set<String> fields = Set.of(IndexSchema.TYPE, IndexSchema.ARTICLE_ID, IndexSchema.SOURCE, IndexSchema.TITLE,
        IndexSchema.PUBLISHED, IndexSchema.TEXT, IndexSchema.SENTENCE, IndexSchema.FACT, IndexSchema.LABEL);
    long n = 0;
    for (LeafReaderContext leaf : searcher.searcher().getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Bits live = reader.getLiveDocs();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc, fields);
        if (wanted.contains(d.get(IndexSchema.TYPE))) {
          sink.fact(StoredHits.of(d, 0f), d.get(IndexSchema.LABEL));
          n++;
        }
      }
    }
    return n;
  }
}
