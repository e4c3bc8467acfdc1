package io.newsfacts.search;

import io.newsfacts.index.IndexSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/** Counts of documents by type, and the index's size on disk in bytes. */
public final class IndexStats {
  private IndexStats() {}

  public static Map<String, Long> of(FactSearcher searcher, Path dir) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String type : new String[] {"article", "entity", "number", "date", "quote"}) {
      out.put(type + (type.equals("entity") ? "ies" : "s").replace("yies", "ies"),
          (long) searcher.searcher().count(new TermQuery(new Term(IndexSchema.TYPE, type))));
    }
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        bytes += Files.size(p);
      }
    }
    out.put("bytes", bytes);
    return out;
  }
}
