package io.newsfacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text and document properties of any format Apache Tika reads. Tika's default 100,000-character
 * write limit is replaced by {@link #MAX_CHARS}; a longer document is refused with a message, never
 * cut silently. HTML inside documents is read by {@link HtmlTikaParser}. The caller opens and
 * closes the stream.
 */
final class TikaText {
  /** Upper bound on one document's text (about 2,500 pages). */
  static final int MAX_CHARS = 5_000_000;

  private final AutoDetectParser parser;

  TikaText(HtmlNoise noise, HtmlFurniture furniture) {
    // later parsers win for a type they share with earlier ones: ours takes HTML from Tika's
    Parser parsers = new CompositeParser(MediaTypeRegistry.getDefaultRegistry(),
        List.of(new DefaultParser(), new HtmlTikaParser(noise, furniture)));
    this.parser = new AutoDetectParser(parsers);
  }

  record Document(String text, String type, String title, String author, LocalDate created) {}

  Document read(InputStream in, String name) throws IngestException {
    Metadata metadata = new Metadata();
    if (name != null && !name.isEmpty()) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // attachments and mail parts go through the same parsers
    try {
      parser.parse(in, handler, metadata, context);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IngestException("text longer than " + MAX_CHARS + " characters; split the document");
      }
      throw new IngestException("cannot parse (" + firstLine(e) + ")", e);
    } catch (EncryptedDocumentException e) {
      throw new IngestException("encrypted document (password protected)", e);
    } catch (TikaException e) {
      throw new IngestException("cannot parse " + typeName(metadata) + " (" + firstLine(e) + ")", e);
    } catch (IOException e) {
      throw new IngestException("cannot read (" + firstLine(e) + ")", e);
    } catch (RuntimeException | LinkageError e) {
      // a parser bug on a malformed file must cost that file only
      throw new IngestException("cannot parse " + typeName(metadata) + " (" + e.getClass().getSimpleName() + ")", e);
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    String created = metadata.get(TikaCoreProperties.CREATED);
    return new Document(handler.toString(), type, metadata.get(TikaCoreProperties.TITLE),
        metadata.get(TikaCoreProperties.CREATOR), PageMetadata.parseDate(created));
  }

  private static String typeName(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? "the file" : type.replaceFirst(";.*", "");
  }

  private static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 160 ? m.substring(0, 160) + "..." : m;
  }
}
