package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One budget per top-level file, shared by the archives nested in it (issue 17: a 15 KB zip of zips
 * took 125 s and 3.3 GB because the 1 GB cap started again at each level). The limits are scaled
 * down here (1 MB, 10 entries, 1 ms) so that the bound shows on inputs made in milliseconds.
 */
class ArchiveBudgetTest {
  @TempDir Path dir;

  private static final byte[] GOOD = (Fixtures.SENTENCE + "\n\n" + Fixtures.SECOND).getBytes(StandardCharsets.UTF_8);

  private Recorder read(ArchiveBudget.Limits limits, Path... paths) {
    Recorder r = new Recorder();
    ArticleReader.Options options = new ArticleReader.Options(false, ArticleReader.StdinFormat.AUTO,
        Duration.ofSeconds(60));
    new ArticleReader(new ByteArrayInputStream(new byte[0]), options, limits)
        .read(java.util.Arrays.stream(paths).map(Path::toString).toList(), r);
    return r;
  }

  private static List<String> sources(Recorder r) {
    return r.articles.stream().map(Article::source).toList();
  }

  @Test
  void bytesExpandedAreCountedAcrossLevels() throws IOException {
    byte[] zeros = new byte[400 * 1024];
    Path bomb = Files.write(dir.resolve("a-nested.zip"), zip("good1.txt", GOOD, "in1.zip", zip("z.bin", zeros),
        "in2.zip", zip("z.bin", zeros), "in3.zip", zip("z.bin", zeros), "good2.txt", GOOD));
    Path beside = Files.write(dir.resolve("b-good.txt"), GOOD);
    Recorder r = read(new ArchiveBudget.Limits(1024 * 1024, 100, 3, Duration.ofSeconds(60)), bomb, beside);
    assertEquals(List.of(bomb + "!/good1.txt", beside.toString()), sources(r));
    assertEquals(List.of(
        bomb + "!/in1.zip!/z.bin: not a document format newsfacts can read (unknown binary content)",
        bomb + "!/in2.zip!/z.bin: not a document format newsfacts can read (unknown binary content)",
        bomb + ": expands to more than 1 MB, counting nested archives (zip bomb?); the rest was not read"), r.failures);
  }

  @Test
  void entriesAreCountedAcrossLevels() throws IOException {
    Object[] six = {"1.txt", GOOD, "2.txt", GOOD, "3.txt", GOOD, "4.txt", GOOD, "5.txt", GOOD, "6.txt", GOOD};
    Path many = Files.write(dir.resolve("a-many.zip"), zip("in1.zip", zip(six), "in2.zip", zip(six)));
    Path beside = Files.write(dir.resolve("b-good.txt"), GOOD);
    Recorder r = read(new ArchiveBudget.Limits(1 << 30, 10, 3, Duration.ofSeconds(60)), many, beside);
    assertEquals(9, r.articles.size(), "in1.zip's six entries, in2.zip's first two, and the file beside");
    assertEquals(beside.toString(), r.articles.get(8).source());
    assertEquals(List.of(many + ": more than 10 entries, counting those of nested archives; the rest were not read"),
        r.failures);
  }

  @Test
  void expansionTimeIsCountedAcrossLevels() throws IOException {
    Path slow = Files.write(dir.resolve("a-slow.zip"), zip("in1.zip", zip("z.bin", new byte[8 << 20]), "good.txt", GOOD));
    Path beside = Files.write(dir.resolve("b-good.txt"), GOOD);
    Recorder r = read(new ArchiveBudget.Limits(1 << 30, 100, 3, Duration.ofMillis(1)), slow, beside);
    assertEquals(List.of(beside.toString()), sources(r));
    assertEquals(List.of(slow + ": expanding took more than 1 ms, counting nested archives; the rest was not read"),
        r.failures);
  }

  /** A zip of (name, content) pairs. */
  static byte[] zip(Object... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) entries[i]));
        zip.write((byte[]) entries[i + 1]);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
