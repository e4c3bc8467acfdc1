package io.newsfacts.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds small documents of each format in a test's temporary folder, so no binary fixture is checked in. */
final class Fixtures {
  static final String SENTENCE = "Le ministère de l'Immigration a reçu 14 137 demandes en novembre à Montréal.";
  static final String SECOND = "La porte-parole a confirmé ces chiffres mardi dernier devant les journalistes.";

  private Fixtures() {}

  static Path text(Path dir, String name, String content, java.nio.charset.Charset cs) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(cs));
  }

  static Path docx(Path dir, String name) throws IOException {
    return docx(dir, name, SENTENCE, SECOND);
  }

  /** A Word document of these paragraphs, with a title and an author. */
  static Path docx(Path dir, String name, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.getProperties().getCoreProperties().setTitle("Titre du document Word");
      doc.getProperties().getCoreProperties().setCreator("Marie Dupont");
      doc.write(out);
    }
    return dir.resolve(name);
  }

  /** A PDF of these lines in Helvetica, 45 lines a page, with a title, an author and a creation date. */
  static byte[] pdfBytes(String... lines) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int first = 0; first < Math.max(1, lines.length); first += 45) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
          cs.newLineAtOffset(40, 700);
          for (int i = first; i < Math.min(lines.length, first + 45); i++) {
            cs.showText(lines[i]);
            cs.newLineAtOffset(0, -14);
          }
          cs.endText();
        }
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Rapport annuel");
      info.setAuthor("Jean Martin");
      info.setCreationDate(java.util.Calendar.getInstance());
      doc.save(out);
      return out.toByteArray();
    }
  }

  static Path pdf(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), pdfBytes(SENTENCE, SECOND));
  }

  static Path odt(Path dir, String name) throws IOException {
    return odt(dir, name, SENTENCE, SECOND);
  }

  /** A minimal OpenDocument text of these paragraphs: stored mimetype first, manifest, content. */
  static Path odt(Path dir, String name, String... paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<text:p>").append(p.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")).append("</text:p>");
    }
    byte[] zip = zip(
        "mimetype", "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>""",
        "content.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
             <office:body><office:text>
              %s
             </office:text></office:body>
            </office:document-content>""".formatted(body));
    return Files.write(dir.resolve(name), zip);
  }

  static Path epub(Path dir, String name) throws IOException {
    byte[] zip = zip(
        "mimetype", "application/epub+zip",
        "META-INF/container.xml", """
            <?xml version="1.0"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>""",
        "content.opf", """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title>Livre de test</dc:title><dc:creator>Paul Durand</dc:creator>
                <dc:language>fr</dc:language><dc:identifier id="id">test-1</dc:identifier>
              </metadata>
              <manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>
              <spine><itemref idref="c1"/></spine>
            </package>""",
        "c1.xhtml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapitre</title></head>
            <body><p>%s</p><p>%s</p></body></html>""".formatted(SENTENCE, SECOND));
    return Files.write(dir.resolve(name), zip);
  }

  static String rtf() {
    return rtf(SENTENCE, SECOND);
  }

  /** An RTF document of these paragraphs, every character past ASCII written as {@code \\uN?}. */
  static String rtf(String... paragraphs) {
    StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 ");
    for (String p : paragraphs) {
      sb.append(rtfEscape(p)).append("\\par ");
    }
    return sb.append('}').toString();
  }

  private static String rtfEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 128 ? String.valueOf(c) : "\\u" + (int) c + "?");
    }
    return sb.toString();
  }

  static String eml(String subject, String from, String body) {
    return "From: " + from + "\r\nTo: redaction@example.org\r\nSubject: " + subject
        + "\r\nDate: Wed, 16 Nov 2016 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
  }

  /** A zip of name, content pairs; the first entry is stored (as OpenDocument and EPUB require). */
  static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
        ZipEntry e = new ZipEntry(namesAndContents[i]);
        if (i == 0) {
          e.setMethod(ZipEntry.STORED);
          e.setSize(content.length);
          CRC32 crc = new CRC32();
          crc.update(content);
          e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
