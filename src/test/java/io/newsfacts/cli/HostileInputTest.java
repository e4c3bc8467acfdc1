package io.newsfacts.cli;

import io.newsfacts.FactKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.index.FactIndexWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input and long runs (issue 17), as a user meets them on the command line: for each kind
 * of input, the message, the exit code, and every good input beside it still processed. The
 * inputs are made here, scaled down to show each bound in seconds.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "Le conseil municipal de Marseille a voté jeudi un budget de 1,5 milliard "
      + "d'euros pour les écoles de la ville.\n\nPlus de 200 000 habitants sont concernés par ce plan.";
  private static final String SECRET = "Le mot de passe du serveur secret est espadon, dit la note interne.";

  @TempDir Path dir;

  private static List<String> sources(Cli r) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(JSON.readTree(line).get("source").asText());
    }
    return out;
  }

  private static List<String> texts(Cli r) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(JSON.readTree(line).get("text").asText());
    }
    return out;
  }

  private static String good(int i) {
    return "Article " + i + ". " + GOOD;
  }

  // 1. Symbolic links: one rule for extract and index, every link left out named.
  @Test
  void symbolicLinksAreNotFollowedUnlessAskedAndEachIsNamed() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), SECRET);
    Path d = Files.createDirectories(dir.resolve("d"));
    Files.writeString(d.resolve("good.txt"), good(1));
    Files.createSymbolicLink(d.resolve("p.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(d.resolve("a.txt"), Path.of("b.txt"));
    Files.createSymbolicLink(d.resolve("b.txt"), Path.of("a.txt"));
    Files.createDirectories(d.resolve("sub"));
    Files.createSymbolicLink(d.resolve("sub/same.txt"), Path.of("../good.txt"));
    Files.createSymbolicLink(d.resolve("sub/up"), Path.of(".."));
    List<String> links = List.of("a.txt", "b.txt", "p.txt", "sub/same.txt", "sub/up");

    Cli extract = Cli.fast("extract", d.toString(), "--format", "jsonl", "--quiet");
    assertEquals(0, extract.exitCode(), "links left out are warnings: " + extract.err());
    assertEquals(List.of(d.resolve("good.txt").toString()), sources(extract));
    List<String> warnings = extract.err().lines().toList();
    assertEquals(links.size(), warnings.size(), extract.err());
    for (int i = 0; i < links.size(); i++) {
      assertTrue(warnings.get(i).startsWith("newsfacts: " + d.resolve(links.get(i)) + ": warning: "), warnings.get(i));
    }
    assertTrue(warnings.get(2).contains("symbolic link (to " + outside.resolve("secret.txt") + "), not followed "
        + "(--follow-links follows links)"), warnings.get(2));

    Path index = dir.resolve("index");
    Cli indexed = Cli.fast("index", d.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    assertEquals(warnings, indexed.err().lines().toList(), "index names the same links, the same way");
    assertTrue(indexed.out().startsWith("indexed 1 articles"), indexed.out());
    assertEquals("no hits\n", Cli.fast("search", "espadon", "--index", index.toString()).out());

    Cli followed = Cli.fast("extract", d.toString(), "--follow-links", "--format", "jsonl", "--quiet");
    assertEquals(0, followed.exitCode(), followed.err());
    assertEquals(List.of(d.resolve("good.txt").toString(), d.resolve("p.txt").toString()), sources(followed));
    String err = followed.err();
    assertTrue(err.contains(d.resolve("sub/same.txt") + ": warning: same file as " + d.resolve("good.txt")), err);
    assertTrue(err.contains(d.resolve("sub/up") + ": warning: symbolic link loop"), err);
    assertTrue(err.contains(d.resolve("a.txt") + ": warning: symbolic link loop (to b.txt)"), err);

    Cli named = Cli.fast("extract", d.resolve("p.txt").toString(), "--format", "jsonl", "--quiet");
    assertEquals(List.of(d.resolve("p.txt").toString()), sources(named), "a link given as PATH is read");
  }

  // 2. Nested archives: one budget per top-level file (the bytes and time budget: ingest's ArchiveBudgetTest).
  @Test
  void archivesNestedTooDeepAreNamedAndTheRestIsRead() throws IOException {
    byte[] level3 = zip("d.zip", zip("e.txt", good(9).getBytes(StandardCharsets.UTF_8)));
    byte[] level2 = zip("c.zip", level3);
    byte[] level1 = zip("b.zip", level2);
    Path a = Files.write(dir.resolve("a.zip"), zip("b.zip", level1, "good.txt", good(1).getBytes(StandardCharsets.UTF_8)));
    Cli r = Cli.fast("extract", a.toString(), "--format", "jsonl", "--quiet");
    assertEquals(1, r.exitCode());
    assertEquals(List.of(a + "!/good.txt"), sources(r));
    assertEquals("newsfacts: " + a + "!/b.zip!/b.zip!/c.zip: archive nested more than 3 deep, not opened\n", r.err());
  }

  // 3. Deep HTML below the old nesting limit: flattened, read in seconds, the other files too.
  @Test
  void deepHtmlIsReadInSecondsBesideTheOtherFiles() throws IOException {
    String p = "<p>" + GOOD + "</p>";
    Files.writeString(dir.resolve("a-deep-div.html"), "<html><body>" + "<div>".repeat(4_900) + p
        + "</div>".repeat(4_900) + "</body></html>");
    Files.writeString(dir.resolve("b-deep-custom.html"), "<html><body>" + "<x-box>".repeat(20_000) + p
        + "</body></html>");
    StringBuilder wide = new StringBuilder("<html><body>");
    for (int i = 0; i < 11_000; i++) {
      wide.append("<div class=c").append(i).append("><span>le mot de la ville</span></div>");
    }
    Files.writeString(dir.resolve("c-wide.html"), wide.append(p).append("</body></html>"));
    Files.writeString(dir.resolve("d-good.txt"), good(1));
    long t0 = System.nanoTime();
    Cli r = Cli.fast("extract", dir.toString(), "--format", "jsonl", "--quiet", "--threads", "2");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(4, sources(r).size(), r.err());
    for (String text : texts(r)) {
      assertTrue(text.contains("1,5 milliard"), text.substring(0, Math.min(200, text.length())));
    }
    assertEquals(List.of(
        "newsfacts: " + dir.resolve("a-deep-div.html") + ": warning: HTML nested 4900 levels deep; read with the "
            + "levels below 128 flattened",
        "newsfacts: " + dir.resolve("b-deep-custom.html") + ": warning: HTML nested 20000 levels deep; read with the "
            + "levels below 128 flattened",
        "newsfacts: " + dir.resolve("c-wide.html") + ": warning: page too large to pick out its main text (22003 "
            + "elements nested 1 levels on average; the limit is 6000 elements or 60000 element levels): read whole"),
        r.err().lines().sorted().toList());
    // about 3 s on a quiet 2-core machine, 25 s at a load average of 26; the first page alone took 60 s before
    assertTrue(seconds < 60, "took " + seconds + " s");
  }

  // 4. Terminal escapes: shown, never sent, in tables and on stderr.
  @Test
  void controlCharactersAreShownNotSent() throws IOException {
    Files.writeString(dir.resolve("escapes.txt"), "Le budget \u001b]0;pwned\u0007 de Marseille\n\n\u001b[2J\u001b[31m" + GOOD);
    Path forged = dir.resolve("bad\u001b[2J\nnewsfacts: fake.txt: forged.bin");
    Files.write(forged, new byte[] {0, 1, 2, 3, (byte) 0xff, 0x10});
    Cli r = Cli.fast("extract", dir.toString(), "--quiet");
    assertEquals(1, r.exitCode());
    assertEquals(List.of("newsfacts: " + dir + "/bad^[[2J^Jnewsfacts: fake.txt: forged.bin: not a document format "
        + "newsfacts can read (unknown binary content)"), r.err().lines().toList());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertFalse(r.out().contains("\u0007"), r.out());
    assertTrue(r.out().contains("title Le budget ^[]0;pwned^G de Marseille |"), r.out());

    Path index = dir.resolve("index");
    assertEquals(1, Cli.fast("index", dir.toString(), "--index", index.toString(), "--quiet").exitCode());
    Cli search = Cli.fast("search", "milliard", "--index", index.toString(), "--type", "article");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().contains("^[[2J^[[31m"), search.out());
    assertFalse(search.out().contains("\u001b"), search.out());
  }

  // 5. Standard input: a JSON Lines stream is read as one, bad lines named as in a file.
  @Test
  void standardInputJsonLinesAreArticles() throws IOException {
    String stream = "{\"text\": \"" + good(1) .replace("\n", "\\n") + "\", \"title\": \"Un\"}\n"
        + "{\"text\": oops}\n"
        + "{\"text\": \"" + good(2).replace("\n", "\\n") + "\"}\n";
    Cli auto = withStdin(stream, "extract", "-", "--format", "jsonl", "--quiet");
    assertEquals(1, auto.exitCode());
    assertEquals(List.of("-#1", "-#3"), sources(auto));
    assertEquals(1, auto.err().lines().count(), auto.err());
    assertTrue(auto.err().startsWith("newsfacts: -#2: not valid JSON ("), auto.err());

    Cli jsonl = withStdin(stream, "extract", "-", "--stdin-format", "jsonl", "--format", "jsonl", "--quiet");
    assertEquals(auto.out(), jsonl.out());
    Cli text = withStdin(stream, "extract", "-", "--stdin-format", "text", "--format", "jsonl", "--quiet");
    assertEquals(List.of("-"), sources(text), "text: the whole stream is one document");

    Path index = dir.resolve("index");
    Cli indexed = withStdin(stream, "index", "-", "--index", index.toString(), "--quiet");
    assertEquals(1, indexed.exitCode());
    assertTrue(indexed.out().startsWith("indexed 2 articles"), indexed.out());
    assertEquals(2, Cli.fast("extract", "-", "--stdin-format", "xml").exitCode(), "unknown format");
  }

  // 6. Large result tables: streamed as JSON Lines are, the same hits in the same order.
  @Test
  void aLargeTableHasEveryHitInOrder() throws IOException {
    Path index = dir.resolve("index");
    writeManyHits(index, 30, 40);
    Cli table = Cli.fast("search", "dupont*", "--index", index.toString(), "--limit", "5000");
    assertEquals(0, table.exitCode(), table.err());
    List<String> lines = table.out().lines().toList();
    assertEquals("1\u00A0200 hits", lines.get(0));
    List<String> rows = lines.stream().filter(l -> l.matches(" ?\\d+\\. .*")).toList();
    assertEquals(1200, rows.size(), "three batches of highlighting, all printed");
    assertTrue(rows.get(1199).startsWith("1200. entity"), rows.get(1199));
    Cli jsonl = Cli.fast("search", "dupont*", "--index", index.toString(), "--limit", "5000", "--format", "jsonl");
    List<String> order = new ArrayList<>();
    for (String line : jsonl.out().lines().toList()) {
      JsonNode hit = JSON.readTree(line);
      order.add(hit.get("source").asText() + " | " + hit.get("title").asText());
    }
    List<String> shown = lines.stream().filter(l -> l.startsWith("    /corpus/")).map(String::strip).toList();
    assertEquals(order, shown);
  }

  // 7. Long queries: the limit named, the query echoed short.
  @Test
  void aLongQueryIsRefusedWithItsLimit() throws IOException {
    Path index = dir.resolve("index");
    writeManyHits(index, 1, 5);
    StringBuilder words = new StringBuilder("dupont");
    for (int i = 1; i < 300; i++) {
      words.append(" OR mot").append(i);
    }
    Cli ok = Cli.fast("search", words.toString().replace(" OR ", " "), "--index", index.toString());
    assertEquals(0, ok.exitCode(), ok.err());
    Cli either = Cli.fast("search", words.toString(), "--index", index.toString());
    assertEquals(0, either.exitCode(), either.err());
    assertTrue(either.out().startsWith("5 hits"), either.out());
    Cli tooLong = Cli.fast("search", words + " mot300", "--index", index.toString());
    assertEquals(2, tooLong.exitCode());
    assertEquals("newsfacts: query too long: 301 words, the limit is 300 ('dupont OR mot1 OR mot2 OR mot3 OR mot4 "
        + "OR mot5 OR mot6 OR mo…')\n", tooLong.err());
    Cli found = Cli.fast("search", "dupont", "--index", index.toString());
    assertTrue(found.out().startsWith("5 hits"), found.out());
  }

  /** {@code articles} articles of {@code perArticle} mentions of one person each, written to an index. */
  private static void writeManyHits(Path index, int articles, int perArticle) throws IOException {
    try (FactIndexWriter writer = new FactIndexWriter(index, FactKinds.STANDARD)) {
      for (int a = 0; a < articles; a++) {
        StringBuilder text = new StringBuilder();
        List<io.newsfacts.model.Entity> entities = new ArrayList<>();
        for (int i = 0; i < perArticle; i++) {
          int start = text.length() + "Le maire ".length();
          text.append("Le maire Jean Dupont a parlé ").append(i).append(" fois. ");
          entities.add(new io.newsfacts.model.Entity("Jean Dupont", io.newsfacts.model.EntityType.PERSON,
              "Jean Dupont", start, start + "Jean Dupont".length(), null));
        }
        String s = text.toString().strip();
        io.newsfacts.model.Article article = new io.newsfacts.model.Article("id" + a, "/corpus/a" + a + ".txt",
            "Article " + a, null, null, java.time.LocalDate.of(2024, 1, 1 + a % 28), "fr", s);
        writer.write(io.newsfacts.testing.StandardFacts.of(article, entities, List.of(), List.of(), List.of(),
            io.newsfacts.testing.HandText.of(s)), "/corpus/a" + a + ".txt", "1:1");
      }
    }
  }

  // 8. Wrong or lossy reasons.
  @Test
  void eachKindOfBadInputHasItsOwnReason() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), good(1));
    Files.write(dir.resolve("b-slip.zip"), zip("../../evil.txt", good(2).getBytes(StandardCharsets.UTF_8),
        "ok.txt", good(3).getBytes(StandardCharsets.UTF_8)));
    Files.writeString(dir.resolve("c-drawing.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + "<rect width=\"10\" height=\"10\"/><text x=\"1\" y=\"1\">Légende</text></svg>");
    Files.writeString(dir.resolve("d-feed.xml"), "<?xml version=\"1.0\"?>\n<articles><article><titre>Budget</titre>"
        + "<corps>" + GOOD + "</corps></article></articles>");
    Files.writeString(dir.resolve("e-page.xhtml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY % pe "
        + "\"<!ENTITY x 'y'>\">\n%pe;\n]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Page</title>"
        + "</head><body><p>" + GOOD + "</p></body></html>");
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    jsonl.write(("{\"text\": \"" + good(5).replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8));
    byte[] line2 = ("{\"text\": \"" + good(4).replace("\n", "\\n") + " Caf").getBytes(StandardCharsets.UTF_8);
    jsonl.write(line2);
    jsonl.write(0xE9); // a Latin-1 é in a UTF-8 stream
    jsonl.write(".\"}\n".getBytes(StandardCharsets.UTF_8));
    int badByte = line2.length + 1;
    Files.write(dir.resolve("f-stream.jsonl"), jsonl.toByteArray());
    Files.write(dir.resolve("g-cut.pdf"), truncatedPdf());

    Cli r = Cli.fast("extract", dir.toString(), "--format", "jsonl", "--quiet");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals(List.of(dir.resolve("a-good.txt").toString(), dir.resolve("b-slip.zip") + "!/ok.txt",
        dir.resolve("d-feed.xml").toString(), dir.resolve("e-page.xhtml").toString(),
        dir.resolve("f-stream.jsonl") + "#1", dir.resolve("f-stream.jsonl") + "#2"), sources(r), r.err());
    List<String> texts = texts(r);
    assertFalse(texts.get(2).contains("<"), texts.get(2));
    assertTrue(texts.get(2).contains("1,5 milliard"), texts.get(2));
    assertFalse(texts.get(3).contains("%pe;") || texts.get(3).contains("]>"), texts.get(3));
    assertTrue(texts.get(5).endsWith("Caf\ufffd."), texts.get(5));
    assertEquals(List.of(
        "newsfacts: " + dir.resolve("b-slip.zip") + "!/../../evil.txt: entry name leads outside the archive (../), not read",
        "newsfacts: " + dir.resolve("c-drawing.svg") + ": an image (image/svg+xml), no article text to read",
        "newsfacts: " + dir.resolve("f-stream.jsonl") + "#2: warning: invalid UTF-8 at byte " + badByte
            + " of the line, read as U+FFFD (JSON Lines must be UTF-8)",
        "newsfacts: " + dir.resolve("g-cut.pdf") + ": truncated PDF (the file stops before its end-of-file marker); "
            + "no text could be read"), r.err().lines().sorted().toList());
  }

  // 9. Exit codes and messages.
  @Test
  void environmentProblemsExitOneAndUsageErrorsTwoInOneClearLine() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), good(1));
    Cli noDir = Cli.fast("extract", good.toString(), "-o", "/nonexistent/x", "--quiet");
    assertEquals(1, noDir.exitCode());
    assertEquals("newsfacts: /nonexistent/x: cannot write the output file (no such directory)\n", noDir.err());

    Path index = dir.resolve("index");
    try (FactIndexWriter first = new FactIndexWriter(index, FactKinds.STANDARD)) {
      Cli building = Cli.fast("search", "budget", "--index", index.toString());
      assertEquals(1, building.exitCode());
      assertEquals("newsfacts: " + index + ": an index is being built here by a `newsfacts index` still running; "
          + "its articles become searchable at its first commit (every 100 articles)\n", building.err());
      Cli locked = Cli.fast("index", good.toString(), "--index", index.toString(), "--quiet");
      assertEquals(1, locked.exitCode());
      assertEquals("newsfacts: " + index + ": another `newsfacts index` is writing this index; wait for it to "
          + "finish\n", locked.err());
    }
    assertEquals(0, Cli.fast("index", good.toString(), "--index", index.toString(), "--quiet").exitCode());
    assertEquals(0, Cli.fast("search", "budget", "--index", index.toString()).exitCode());
    Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
    Files.writeString(corrupt.resolve("segments_1"), "not an index");
    Cli broken = Cli.fast("search", "budget", "--index", corrupt.toString());
    assertEquals(1, broken.exitCode());
    assertTrue(broken.err().startsWith("newsfacts: " + corrupt + ": corrupt"), broken.err());

    assertUsage("--max must be a number, was NaN", "search", "x", "--index", index.toString(), "--max", "NaN");
    assertUsage("--min must be a number, was NaN", "search", "x", "--index", index.toString(), "--min", "NaN");
    assertUsage("--threads must be at least 1, was 0", "extract", good.toString(), "--threads", "0");
    assertUsage("--threads must be at least 1, was -3", "index", good.toString(), "--threads", "-3");
    assertUsage("Invalid value for option '--from': '2024-13-45' is not a day of the calendar: expected YYYY, "
        + "YYYY-MM or YYYY-MM-DD",
        "search", "x", "--index", index.toString(), "--from", "2024-13-45");
    assertUsage("Invalid value for option '--published': '16/11/2016' is not a date written YYYY-MM-DD",
        "extract", good.toString(), "--published", "16/11/2016");
  }

  private static void assertUsage(String message, String... args) {
    Cli r = Cli.fast(args);
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("newsfacts: " + message, r.err().lines().findFirst().orElse(""));
    assertFalse(r.err().contains("java.") || r.err().contains("Exception"), r.err());
  }

  private static Cli withStdin(String content, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
      return Cli.fast(args);
    } finally {
      System.setIn(saved);
    }
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

  /** The first half of a one-page PDF with text: what a cut download leaves. */
  private static byte[] truncatedPdf() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("Le conseil municipal a vote un budget.");
        content.endText();
      }
      doc.save(out);
    }
    byte[] pdf = out.toByteArray();
    return java.util.Arrays.copyOf(pdf, pdf.length / 2);
  }
}
