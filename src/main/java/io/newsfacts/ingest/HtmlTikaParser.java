package io.newsfacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parser for HTML found inside other documents (mail bodies, archive entries): the page's
 * text without its furniture, one paragraph per block. It stands in for Tika's own JSoupParser,
 * which needs a newer jsoup than readability4j's, so HTML in every format goes through our jsoup.
 */
final class HtmlTikaParser extends AbstractParser {
  private static final long serialVersionUID = 1L;
  private static final Set<MediaType> TYPES = Set.of(MediaType.text("html"),
      MediaType.application("xhtml+xml"), MediaType.application("vnd.wap.xhtml+xml"));
  private final transient HtmlNoise noise;
  private final transient HtmlFurniture furniture;

  HtmlTikaParser(HtmlNoise noise, HtmlFurniture furniture) {
    this.noise = noise;
    this.furniture = furniture;
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return TYPES;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    // nesting cut as for web pages; no main-text extraction here, so no element limit
    String html = HtmlBounds.of(PlainText.decode(stream.readAllBytes())).html();
    Document page = Jsoup.parse(html);
    if (!page.title().isBlank() && metadata.get(TikaCoreProperties.TITLE) == null) {
      metadata.set(TikaCoreProperties.TITLE, page.title());
    }
    page.select("script, style, noscript").remove();
    HtmlMainText.stripInvisible(page);
    noise.remove(page.body());
    furniture.remove(page.body());
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    for (String paragraph : HtmlMainText.blocks(page.body()).split("\n\n")) {
      xhtml.element("p", paragraph);
    }
    xhtml.endDocument();
  }
}
