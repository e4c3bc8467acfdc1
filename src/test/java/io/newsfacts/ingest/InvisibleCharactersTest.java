package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Soft hyphens, zero-width characters, word joiners, BOMs and bidi marks leave every format. */
class InvisibleCharactersTest {
  /** Fixtures.SENTENCE and SECOND as a word processor or a CMS may hand them over. */
  static final String SENTENCE = "Le minis\u00adtère de l'Immi\u00adgra\u00adtion a reçu 14 137 de\u200bmandes"
      + " en novembre à Mont\u2060réal\u200d.";
  static final String SECOND = "La porte-\u200cparole a con\u00adfirmé ces \ufeffchiffres mardi der\u200enier"
      + " devant les \u202ajournalistes\u202c.";

  @TempDir Path dir;

  @Test
  void formatCharactersGoTextStays() {
    assertEquals("candidature", InvisibleCharacters.strip("can\u00addi\u00adda\u00adture"));
    assertEquals("motmot", InvisibleCharacters.strip("mot\u200b\u200c\u200d\u2060\ufeffmot"));
    assertEquals("« Paris »", InvisibleCharacters.strip("\u200f« \u2066Paris\u2069 »\u200e"));
    assertEquals("2\u20ac", InvisibleCharacters.strip("2\u2062\u20ac"), "invisible times");
    assertEquals("drapeau", InvisibleCharacters.strip("drapeau\udb40\udc67\udb40\udc62\udb40\udc7f"), "tag characters");
    assertEquals("\u2764", InvisibleCharacters.strip("\u2764\ufe0f"), "variation selector");
    assertEquals("a\nb\n\nc", InvisibleCharacters.strip("a\u2028b\u2029c"));
  }

  @Test
  void formatCharactersThatAreDrawnStay() {
    String arabicNumberSign = "\u0600\u0661\u0662";
    assertEquals(arabicNumberSign, InvisibleCharacters.strip(arabicNumberSign));
    String annotated = "\ufff9漢\ufffaかん\ufffb";
    assertEquals(annotated, InvisibleCharacters.strip(annotated));
    String plain = "Rien à enlever : « déjà », 3\u202f% et 2\u00a0000 €.";
    assertSame(plain, InvisibleCharacters.strip(plain));
  }

  private Recorder read(Path... paths) {
    Recorder r = new Recorder();
    new ArticleReader(new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(60))
        .read(java.util.Arrays.stream(paths).map(Path::toString).toList(), r);
    assertEquals(List.of(), r.failures);
    return r;
  }

  /** The article's text holds both sentences as written, and no invisible character at all. */
  private static void assertClean(Article a) {
    a.text().codePoints().forEach(cp -> assertFalse(InvisibleCharacters.isInvisible(cp),
        () -> String.format("U+%04X left in %s: %s", cp, a.source(), a.text())));
    String flat = a.text().replaceAll("\\s+", " ");
    assertTrue(flat.contains(Fixtures.SENTENCE), () -> a.source() + ": " + a.text());
    assertTrue(flat.contains(Fixtures.SECOND), () -> a.source() + ": " + a.text());
  }

  @Test
  void plainTextAndJsonLines() throws IOException {
    Path txt = Files.writeString(dir.resolve("a.txt"), "\ufeffTitre\u00ad du pa\u00adpier\n\n" + SENTENCE + "\n\n" + SECOND);
    Path jsonl = Files.writeString(dir.resolve("b.jsonl"), "{\"title\": \"Ti\\u00adtre\", \"text\": \""
        + (SENTENCE + "\n\n" + SECOND).replace("\n", "\\n").replace("\u00ad", "\\u00ad").replace("\u200b", "\\u200b") + "\"}\n");
    Recorder r = read(txt, jsonl);
    r.articles.forEach(InvisibleCharactersTest::assertClean);
    assertEquals("Titre du papier", r.articles.get(0).title());
    assertEquals("Titre", r.articles.get(1).title());
  }

  @Test
  void webPageEntitiesAndCharacters() throws IOException {
    String html = "<html><head><title>Can&shy;di&shy;da&shy;ture</title></head><body><article><p>"
        + SENTENCE.replace("\u00ad", "&shy;").replace("\u200b", "&#8203;") + "</p><p>"
        + SECOND.replace("\u200c", "&zwnj;").replace("\ufeff", "&#xFEFF;") + "</p></article></body></html>";
    Article a = read(Files.writeString(dir.resolve("p.html"), html)).only();
    assertClean(a);
    assertEquals("Candidature", a.title());
  }

  @Test
  void standardInput() {
    Recorder r = new Recorder();
    new ArticleReader(new ByteArrayInputStream((SENTENCE + "\n\n" + SECOND).getBytes(StandardCharsets.UTF_8)),
        Duration.ofSeconds(60)).read(List.of("-"), r);
    assertClean(r.only());
  }

  @Test
  void wordOpenDocumentAndRtf() throws IOException {
    Path rtf = Files.writeString(dir.resolve("c.rtf"), Fixtures.rtf(SENTENCE, SECOND));
    Recorder r = read(Fixtures.docx(dir, "a.docx", SENTENCE, SECOND), Fixtures.odt(dir, "b.odt", SENTENCE, SECOND), rtf);
    assertEquals(3, r.articles.size());
    r.articles.forEach(InvisibleCharactersTest::assertClean);
  }

  @Test
  void pdfSoftHyphensInsideWordsAndAtLineEnds() throws IOException {
    // the PDF's standard fonts have a soft hyphen but no zero-width characters
    String first = Fixtures.SENTENCE.replace("ministère", "minis\u00adtère").replace("novembre à Montréal.", "no\u00ad");
    Path pdf = Files.write(dir.resolve("r.pdf"), Fixtures.pdfBytes(first, "vembre à Montréal.", "", Fixtures.SECOND));
    assertClean(read(pdf).only());
  }
}
