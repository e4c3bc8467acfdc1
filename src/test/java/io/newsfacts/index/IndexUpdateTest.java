package io.newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import io.newsfacts.ingest.ArticleReader;
import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleSink;
import io.newsfacts.model.SearchRequest;
import io.newsfacts.search.FactSearcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental indexing, removal, concurrent readers, and recovery from a killed run. */
class IndexUpdateTest {
  private static final ArticleReader ARTICLES = new ArticleReader();
  private static final IndexUpdate.InputReader READER = IndexUpdate.InputReader.of(ARTICLES::read, ARTICLES::files);

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve("corpus").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  /** Article sources in the index, each with how many article documents it has. */
  private Map<String, Integer> articles(Path index) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexSchema.TYPE, "article")), 100_000).scoreDocs) {
        out.merge(stored.document(sd.doc).get(IndexSchema.SOURCE), 1, Integer::sum);
      }
    }
    return out;
  }

  @Test
  void secondRunSkipsUnchangedFilesAndRedoesChangedOnes() throws Exception {
    Path index = tmp.resolve("index");
    Path a = write("a.txt", "Le portail a reçu 200 000 visites en novembre.");
    write("b.txt", "Le taux de chômage atteint 10 % en mars.");
    write(".hidden.txt", "Jamais lu.");
    String corpus = tmp.resolve("corpus").toString();

    IndexUpdate.Summary first = TestPipelines.index(index, List.of(corpus));
    assertEquals(2, first.articles());
    assertEquals(Map.of(a.toString(), 1, corpus + "/b.txt", 1), articles(index));

    IndexUpdate.Summary again = TestPipelines.index(index, List.of(corpus));
    assertEquals(0, again.articles());
    assertEquals(2, again.unchangedFiles());
    try (IndexUpdate update = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      assertTrue(update.upToDate(READER, List.of(corpus, a.toString())));
      assertEquals(2, update.summary().unchangedFiles());
    }

    Files.writeString(a, "Le portail a reçu 300 000 visites en décembre.");
    Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
    try (IndexUpdate update = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      assertFalse(update.upToDate(READER, List.of(corpus)));
    }
    IndexUpdate.Summary changed = TestPipelines.index(index, List.of(corpus));
    assertEquals(1, changed.articles());
    assertEquals(1, changed.unchangedFiles());
    assertEquals(Map.of(a.toString(), 1, corpus + "/b.txt", 1), articles(index), "the old version is gone");
    try (FactSearcher s = new FactSearcher(index, FactKinds.STANDARD)) {
      assertEquals(0, s.search(new SearchRequest("novembre", null, null, null, null, null, null, null, null, 10)).size());
      assertEquals(1, s.search(new SearchRequest("décembre", "article", null, null, null, null, null, null, null, 10)).size());
    }

    Files.delete(a);
    try (IndexUpdate update = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      assertFalse(update.upToDate(READER, List.of(corpus)), "a file left the folder");
    }
    IndexUpdate.Summary gone = TestPipelines.index(index, List.of(corpus));
    assertEquals(1, gone.removedArticles());
    assertEquals(Map.of(corpus + "/b.txt", 1), articles(index), "a file gone from the folder leaves the index");
  }

  @Test
  void warningsReachTheRunsSinkNotStandardError() throws IOException {
    Path f = write("a.txt", "Le portail.");
    List<String> warnings = new ArrayList<>();
    PrintStream stderr = System.err;
    ByteArrayOutputStream elsewhere = new ByteArrayOutputStream();
    System.setErr(new PrintStream(elsewhere, true, StandardCharsets.UTF_8));
    try (IndexUpdate update = new IndexUpdate(tmp.resolve("index"), 10, FactKinds.STANDARD)) {
      update.read(READER, List.of(f.toString()), new ArticleSink() {
        @Override
        public void article(Article article) {
          try {
            update.failed();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void failure(String source, String reason) {
          throw new AssertionError(source + ": " + reason);
        }

        @Override
        public void warning(String source, String message) {
          warnings.add(source + ": " + message);
        }
      });
    } finally {
      System.setErr(stderr);
    }
    assertEquals(List.of(f + ": language not recognised (too little text?); read as French"), warnings);
    assertEquals("", elsewhere.toString(StandardCharsets.UTF_8));
  }

  @Test
  void removeDeletesAFileOrAFolder() throws IOException {
    Path index = tmp.resolve("index");
    write("x/a.txt", "Premier article sur les visites.");
    write("x/b.txt", "Deuxième article sur les visites.");
    Path c = write("c.txt", "Troisième article sur le chômage.");
    TestPipelines.index(index, List.of(tmp.resolve("corpus").toString()));
    assertEquals(3, articles(index).size());
    try (IndexUpdate update = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      assertEquals(1, update.remove(c.toString()));
    }
    assertEquals(2, articles(index).size());
    try (IndexUpdate update = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      assertEquals(2, update.remove(tmp.resolve("corpus/x/").toString()));
      assertEquals(0, update.remove(tmp.resolve("corpus/x").toString()));
    }
    assertEquals(Map.of(), articles(index));
    IndexUpdate.Summary back = TestPipelines.index(index, List.of(c.toString()));
    assertEquals(1, back.articles(), "a removed file is indexed again");
  }

  @Test
  void aSecondWriterIsRefusedWhileReadersSeeTheLastCommit() throws Exception {
    Path index = tmp.resolve("index");
    TestPipelines.index(index, List.of(write("a.txt", "Le portail a reçu 200 000 visites.").toString()));
    try (IndexUpdate writing = new IndexUpdate(index, 10, FactKinds.STANDARD)) {
      IOException e = assertThrows(IOException.class, () -> new IndexUpdate(index, 10, FactKinds.STANDARD));
      assertTrue(e.getMessage().contains("another `newsfacts index` is writing"), e.getMessage());
      writing.remove(tmp.resolve("corpus/a.txt").toString());
      try (FactSearcher s = new FactSearcher(index, FactKinds.STANDARD)) {
        assertEquals(1, s.search(new SearchRequest(null, "article", null, null, null, null, null, null, null, 10)).size(),
            "uncommitted changes are not seen");
      }
    }
  }

  @Test
  void aKilledRunLeavesAConsistentIndexAndTheNextRunCompletesIt() throws Exception {
    int n = 200;
    Path jsonl = tmp.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < n; i++) {
      lines.append("{\"id\":\"art").append(i).append("\",\"text\":\"Le portail a reçu ").append(1000 + i).append(" visites en novembre.\"}\n");
    }
    Files.writeString(jsonl, lines);
    Path index = tmp.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        TestPipelines.class.getName(), index.toString(), jsonl.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int committed = 0;
    while (committed < 40 && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(50);
      committed = committedArticles(index);
    }
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
    child.waitFor(10, TimeUnit.SECONDS);
    int afterKill = committedArticles(index);
    assertTrue(afterKill >= 40 && afterKill < n, "killed halfway: " + afterKill + " articles committed; child log: "
        + Files.readString(tmp.resolve("child.log")));
    assertEveryArticleOnce(index, afterKill);

    List<String> failures = new ArrayList<>();
    IndexUpdate.Summary rerun = TestPipelines.index(index, List.of(jsonl.toString()), 5, 0, failures);
    assertEquals(List.of(), failures);
    assertEquals(afterKill, rerun.resumedArticles(), "committed articles are not extracted again");
    assertEquals(n - afterKill, rerun.articles());
    assertEveryArticleOnce(index, n);
    assertEquals(1, TestPipelines.index(index, List.of(jsonl.toString())).unchangedFiles());
  }

  private static int committedArticles(Path index) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      return new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.TYPE, "article")));
    } catch (IndexNotFoundException | java.nio.file.NoSuchFileException e) {
      return 0;
    }
  }

  /** {@code n} articles, each with exactly one article document and one number fact. */
  private static void assertEveryArticleOnce(Path index, int n) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher s = new IndexSearcher(r);
      StoredFields stored = s.storedFields();
      Map<String, Integer> docs = new HashMap<>();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), 100_000).scoreDocs) {
        Document d = stored.document(sd.doc);
        if (!"file".equals(d.get(IndexSchema.TYPE))) {
          docs.merge(d.get(IndexSchema.ARTICLE_ID) + " " + d.get(IndexSchema.TYPE), 1, Integer::sum);
        }
      }
      int articles = 0;
      for (Map.Entry<String, Integer> e : docs.entrySet()) {
        if (e.getKey().endsWith(" article")) {
          articles++;
        }
      }
      assertEquals(n, articles);
      for (Map.Entry<String, Integer> e : docs.entrySet()) {
        assertEquals(1, e.getValue(), e.getKey() + " is in the index more than once");
      }
    }
  }
}
