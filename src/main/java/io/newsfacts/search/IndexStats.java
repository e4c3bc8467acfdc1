package io.newsfacts.search;

import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.FactKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * What an index holds: articles, facts by kind, input files recorded, and its size on disk.
 *
 * @param facts number of facts of each kind of the searcher's schema, by the kind's plural, in order
 */
public record IndexStats(long articles, Map<String, Long> facts, long files, long bytes) {
  public static IndexStats of(FactSearcher searcher, Path dir) throws IOException {
    Map<String, Long> facts = new LinkedHashMap<>();
    for (FactKind<?> kind : searcher.schema().kinds()) {
      facts.put(kind.plural(), count(searcher, kind.name()));
    }
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          bytes += Files.size(p);
        }
      }
    }
    return new IndexStats(count(searcher, IndexSchema.ARTICLE_TYPE), facts,
        count(searcher, IndexSchema.FILE_TYPE), bytes);
  }

  public long totalFacts() {
    return facts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long count(FactSearcher searcher, String type) throws IOException {
    return searcher.searcher().count(new TermQuery(new Term(IndexSchema.TYPE, type)));
  }
}
