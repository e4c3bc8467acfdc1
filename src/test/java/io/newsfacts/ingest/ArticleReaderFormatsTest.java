package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format a newsroom has becomes an article with the document's own text and properties. */
class ArticleReaderFormatsTest {
  @TempDir Path dir;

  private Recorder read(Path... paths) {
    Recorder r = new Recorder();
    new ArticleReader(new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(60))
        .read(java.util.Arrays.stream(paths).map(Path::toString).toList(), r);
    return r;
  }

  private static void assertHasBothSentences(Article a) {
    String flat = a.text().replaceAll("\\s+", " ");
    assertTrue(flat.contains(Fixtures.SENTENCE), () -> "first sentence missing from: " + a.text());
    assertTrue(flat.contains(Fixtures.SECOND), () -> "second sentence missing from: " + a.text());
    assertEquals("fr", a.language());
  }

  @Test
  void utf8Latin1AndWindows1252TextAreDecoded() throws IOException {
    String body = "« L’été à Montréal coûte 5 € », dit-elle.\n\n" + Fixtures.SENTENCE;
    Path utf8 = Fixtures.text(dir, "a.txt", body, StandardCharsets.UTF_8);
    Path latin1 = Fixtures.text(dir, "b.txt", Fixtures.SENTENCE + "\n\nÉté, élève, où, ça.", StandardCharsets.ISO_8859_1);
    Path cp1252 = Fixtures.text(dir, "c.txt", body, Charset.forName("windows-1252"));
    Recorder r = read(utf8, latin1, cp1252);
    assertEquals(List.of(), r.failures);
    assertEquals(body, r.articles.get(0).text());
    assertTrue(r.articles.get(1).text().endsWith("Été, élève, où, ça."), r.articles.get(1).text());
    assertEquals(body, r.articles.get(2).text());
  }

  @Test
  void docxTextAndProperties() throws IOException {
    Article a = read(Fixtures.docx(dir, "note.docx")).only();
    assertHasBothSentences(a);
    assertEquals("Titre du document Word", a.title());
    assertEquals("Marie Dupont", a.author());
  }

  @Test
  void pdfTextPropertiesAndCreationDate() throws IOException {
    Article a = read(Fixtures.pdf(dir, "rapport.pdf")).only();
    assertHasBothSentences(a);
    assertEquals("Rapport annuel", a.title());
    assertEquals("Jean Martin", a.author());
    assertEquals(LocalDate.now(), a.published());
  }

  @Test
  void odtEpubAndRtf() throws IOException {
    Path rtf = Files.writeString(dir.resolve("depeche.rtf"), Fixtures.rtf());
    Recorder r = read(Fixtures.odt(dir, "a.odt"), Fixtures.epub(dir, "b.epub"), rtf);
    assertEquals(List.of(), r.failures);
    assertEquals(3, r.articles.size());
    r.articles.forEach(ArticleReaderFormatsTest::assertHasBothSentences);
  }

  @Test
  void emlIsOneArticleWithSubjectSenderAndDate() throws IOException {
    Path eml = Files.writeString(dir.resolve("m.eml"),
        Fixtures.eml("Immigration : un effet Trump", "Gaia <gaia@example.org>", Fixtures.SENTENCE + "\r\n\r\n" + Fixtures.SECOND));
    Article a = read(eml).only();
    assertHasBothSentences(a);
    assertEquals("Immigration : un effet Trump", a.title());
    assertTrue(a.author().startsWith("Gaia"), a.author());
    assertEquals(LocalDate.of(2016, 11, 16), a.published());
  }

  @Test
  void htmlMailPartIsReadAsText() throws IOException {
    String mail = "From: a@example.org\r\nSubject: HTML\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><body><nav>Accueil | Menu</nav><p>"
        + Fixtures.SENTENCE + "</p><p>" + Fixtures.SECOND + "</p></body></html>\r\n";
    Article a = read(Files.writeString(dir.resolve("h.eml"), mail)).only();
    assertHasBothSentences(a);
    assertTrue(!a.text().contains("Accueil | Menu"), a.text());
  }

  @Test
  void mboxGivesOneArticlePerMessage() throws IOException {
    String box = "From gaia@example.org Wed Nov 16 10:00:00 2016\n"
        + Fixtures.eml("Premier", "gaia@example.org", Fixtures.SENTENCE).replace("\r\n", "\n")
        + "\nFrom paul@example.org Thu Nov 17 10:00:00 2016\n"
        + Fixtures.eml("Second", "paul@example.org", Fixtures.SECOND + "\n>From the archive.").replace("\r\n", "\n");
    Recorder r = read(Files.writeString(dir.resolve("box.mbox"), box));
    assertEquals(List.of(), r.failures);
    assertEquals(2, r.articles.size());
    assertTrue(r.articles.get(0).source().endsWith("box.mbox#1"));
    assertEquals("Premier", r.articles.get(0).title());
    assertTrue(r.articles.get(1).text().contains(Fixtures.SECOND), r.articles.get(1).text());
  }

  @Test
  void zipEntriesAreArticlesNamedAfterTheEntry() throws IOException {
    byte[] zip = Fixtures.zip("un.txt", Fixtures.SENTENCE, "dossier/deux.html",
        "<html><body><p>" + Fixtures.SECOND + "</p></body></html>", "vide.txt", "", "__MACOSX/._un.txt", "x");
    Path archive = Files.write(dir.resolve("archive.zip"), zip);
    Recorder r = read(archive);
    assertEquals(List.of(archive + "!/un.txt", archive + "!/dossier/deux.html"),
        r.articles.stream().map(Article::source).toList());
    assertEquals(List.of(archive + "!/vide.txt: empty file"), r.failures);
  }

  @Test
  void jsonlLinesKeepTheirMetadata() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("flux.jsonl"),
        "{\"text\": \"" + Fixtures.SENTENCE.replace("'", "\\u0027") + "\", \"title\": \"T\", \"published\": \"2016-11-16\", \"source\": \"https://ex.org/a\"}\n"
            + "\n{\"title\": \"pas de texte\"}\n");
    Recorder r = read(jsonl);
    Article a = r.only();
    assertEquals("https://ex.org/a", a.source());
    assertEquals(LocalDate.of(2016, 11, 16), a.published());
    assertEquals(List.of(jsonl + "#3: no \"text\" string field"), r.failures);
  }

  @Test
  void standardInputIsSniffed() {
    String html = "<!DOCTYPE html><html><head><title>Page</title></head><body><p>" + Fixtures.SENTENCE
        + "</p><p>" + Fixtures.SECOND + "</p></body></html>";
    Recorder r = new Recorder();
    new ArticleReader(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), Duration.ofSeconds(60))
        .read(List.of("-"), r);
    Article a = r.only();
    assertEquals("-", a.source());
    assertEquals("Page", a.title());
    assertHasBothSentences(a);
  }

  @Test
  void longTextIsNotCutAtTikasDefaultLimit() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      sb.append(Fixtures.SENTENCE).append("\n\n");
    }
    sb.append("Dernière phrase du document.");
    Path docx = dir.resolve("long.docx");
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(docx)) {
      for (String p : sb.toString().split("\n\n")) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    Article a = read(docx).only();
    assertTrue(a.text().length() > 290_000, () -> "only " + a.text().length() + " characters");
    assertTrue(a.text().endsWith("Dernière phrase du document."), () -> a.text().substring(a.text().length() - 100));
  }

  @Test
  void nonFrenchIsReadButFlagged() throws IOException {
    Path en = Files.writeString(dir.resolve("en.txt"),
        "The ministry said that the number of requests was the highest in the history of the province, and that this is a trend.");
    Recorder r = read(en);
    assertEquals("en", r.only().language());
    assertEquals(1, r.warnings.size());
    assertTrue(r.warnings.get(0).contains("English"), r.warnings.toString());
  }
}
