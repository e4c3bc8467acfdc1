package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.newsfacts.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never stops a run: each bad file gives one failure with a reason a user understands,
 * and every good file beside it still comes out.
 */
class BadInputTest {
  @TempDir Path dir;

  private static Recorder read(Duration budget, Path... paths) {
    Recorder r = new Recorder();
    new ArticleReader(new ByteArrayInputStream(new byte[0]), budget)
        .read(Arrays.stream(paths).map(Path::toString).toList(), r);
    return r;
  }

  /** source -> reason */
  private Map<String, String> reasons(Recorder r) {
    Map<String, String> out = new TreeMap<>();
    for (String f : r.failures) {
      String source = f.substring(0, f.indexOf(": ", dir.toString().length()));
      out.put(Path.of(source).getFileName().toString(), f.substring(source.length() + 2));
    }
    return out;
  }

  @Test
  void eachBadFileGivesOneReasonAndTheGoodOnesComeOut() throws IOException {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    byte[] pdf = Fixtures.pdfBytes(Fixtures.SENTENCE);
    Files.write(dir.resolve("01-good.txt"), Fixtures.SENTENCE.getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("02-empty.txt"), new byte[0]);
    Files.write(dir.resolve("03-random.bin"), random);
    Files.write(dir.resolve("04-random.txt"), random);
    Files.write(dir.resolve("05-truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    Files.write(dir.resolve("06-latin1.txt"), (Fixtures.SECOND + " Été.").getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("07-photo.docx"), jpeg());
    Fixtures.pdf(dir, "08-good.pdf");
    Files.write(dir.resolve("09-random.pdf"), random);
    Files.writeString(dir.resolve("10-only-boilerplate.txt"), "Abonnez-vous pour lire la suite.\n\n© Le Journal");
    Recorder r = read(Duration.ofSeconds(60), dir);

    assertEquals(List.of("01-good.txt", "06-latin1.txt", "08-good.pdf"),
        r.articles.stream().map(a -> Path.of(a.source()).getFileName().toString()).toList(), r.failures.toString());
    assertTrue(r.articles.get(1).text().endsWith("Été."), r.articles.get(1).text());
    Map<String, String> why = reasons(r);
    assertEquals(List.of("02-empty.txt", "03-random.bin", "04-random.txt", "05-truncated.pdf", "07-photo.docx",
        "09-random.pdf", "10-only-boilerplate.txt"), List.copyOf(why.keySet()), why.toString());
    assertEquals("empty file", why.get("02-empty.txt"));
    assertTrue(why.get("03-random.bin").contains("not a document format"), why.get("03-random.bin"));
    assertTrue(why.get("04-random.txt").startsWith("not a text file"), why.get("04-random.txt"));
    assertTrue(why.get("05-truncated.pdf").startsWith("truncated PDF"), why.get("05-truncated.pdf"));
    assertTrue(why.get("07-photo.docx").contains("image/jpeg"), why.get("07-photo.docx"));
    assertTrue(why.get("10-only-boilerplate.txt").contains("boilerplate"), why.get("10-only-boilerplate.txt"));
    for (String reason : why.values()) {
      assertTrue(!reason.contains("Exception") && !reason.contains("\n") && reason.length() < 200, reason);
    }
  }

  @Test
  void encryptedPdfIsNamedAsSuch() throws IOException {
    Path p = dir.resolve("secret.pdf");
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
          "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(p.toFile());
    }
    Recorder r = read(Duration.ofSeconds(60), p);
    assertEquals(List.of(p + ": encrypted document (password protected)"), r.failures);
  }

  @Test
  void missingPathAndUnreadableFile() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), Fixtures.SENTENCE);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Recorder r = read(Duration.ofSeconds(60), dir.resolve("nope.txt"));
    assertEquals(List.of(dir.resolve("nope.txt") + ": no such file or directory"), r.failures);
    assumeFalse(Files.isReadable(secret), "running as root: permissions are not enforced");
    r = read(Duration.ofSeconds(60), secret);
    assertEquals(List.of(secret + ": cannot read (permission denied)"), r.failures);
  }

  @Test
  void zipBombIsStoppedWithAReason() throws IOException {
    Path bomb = dir.resolve("bomb.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 210; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("good.txt"));
      zip.write(Fixtures.SENTENCE.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertTrue(Files.size(bomb) < 1_000_000);
    Recorder r = read(Duration.ofSeconds(60), bomb);
    assertEquals(List.of(bomb + "!/zeros.txt: entry too large (over 200 MB)"), r.failures);
    assertEquals(List.of(bomb + "!/good.txt"), r.articles.stream().map(Article::source).toList());
  }

  @Test
  void deeplyNestedHtmlIsFlattenedAndReadQuickly() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(200_000)).append("<p>").append(Fixtures.SENTENCE).append("</p>");
    html.append("</div>".repeat(200_000)).append("</body></html>");
    Path deep = Files.writeString(dir.resolve("deep.html"), html);
    Path good = Files.writeString(dir.resolve("good.txt"), Fixtures.SECOND);
    long t0 = System.nanoTime();
    Recorder r = read(Duration.ofSeconds(60), deep, good);
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "a page of 200,000 levels is read in seconds");
    assertEquals(List.of(), r.failures);
    assertEquals(List.of(deep.toString(), good.toString()), r.articles.stream().map(Article::source).toList());
    assertTrue(r.articles.get(0).text().contains(Fixtures.SENTENCE), r.articles.get(0).text());
    assertTrue(r.warnings.contains(deep + ": HTML nested 200000 levels deep; read with the levels below 128 flattened"),
        r.warnings.toString());
  }

  @Test
  void aDocumentOverItsTimeBudgetIsSkipped() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 20_000; i++) {
      html.append("<div class=c").append(i).append("><p>").append(Fixtures.SENTENCE).append("</p></div>");
    }
    Path slow = Files.writeString(dir.resolve("slow.html"), html.append("</body></html>"));
    // A budget no machine can read this page in (it takes most of a second), so the test does not
    // depend on the machine's speed.
    Recorder r = read(Duration.ofMillis(1), slow);
    assertEquals(List.of(slow + ": gave up after 0 s (document too complex to read)"), r.failures);
    assertEquals(List.of(), r.articles);
  }

  @Test
  void aThousandFilesWithFiveBrokenGive995ArticlesAndFiveNamedFailures() throws IOException {
    List<String> broken = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String name = "article-%04d.txt".formatted(i);
      Path p = dir.resolve(i % 100 == 0 ? "sub" + i / 100 : "").resolve(name);
      Files.createDirectories(p.getParent());
      if (i % 200 == 7) {
        Files.write(p, i % 400 == 7 ? new byte[0] : new byte[] {0, 1, 2, 3, (byte) 0xff, 0x10});
        broken.add(p.toString());
      } else {
        Files.writeString(p, "Article " + i + ". " + Fixtures.SENTENCE + "\n\n" + Fixtures.SECOND);
      }
    }
    Files.writeString(dir.resolve(".hidden.txt"), Fixtures.SENTENCE);
    Recorder r = read(Duration.ofSeconds(60), dir);
    assertEquals(995, r.articles.size());
    assertEquals(995, r.articles.stream().map(Article::id).distinct().count());
    assertEquals(5, r.failures.size());
    List<String> named = r.failures.stream().map(f -> f.substring(0, f.indexOf(": "))).sorted().toList();
    assertEquals(broken.stream().sorted().toList(), named);
  }

  private static byte[] jpeg() {
    // a JPEG header: what a photo renamed .docx starts with
    byte[] b = new byte[2048];
    byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    System.arraycopy(head, 0, b, 0, head.length);
    b[b.length - 2] = (byte) 0xFF;
    b[b.length - 1] = (byte) 0xD9;
    return b;
  }

}
