package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Publication date in order of trust: JSON-LD, meta tags, time element, URL; never in the future. */
class PageMetadataTest {
  private static PageMetadata of(String head, String body) {
    return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://ex.org/"));
  }

  @Test
  void orderOfTrust() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-11-16T08:00:00+01:00\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Gaia\"},\"publisher\":{\"name\":\"Dreuz\"}}</script>";
    String meta = "<meta property=\"article:published_time\" content=\"2016-11-17T08:00:00Z\">";
    String time = "<time datetime=\"2016-11-18\">18 novembre</time>";
    assertEquals(LocalDate.of(2016, 11, 16), of(ld + meta, time).published());
    assertEquals("Gaia", of(ld, "").author());
    assertEquals(LocalDate.of(2016, 11, 17), of(meta, time).published());
    assertEquals(LocalDate.of(2016, 11, 18), of("", time).published());
    assertNull(of("", "").published());
  }

  @Test
  void aDateInTheFutureIsNeverThePublication() {
    String future = LocalDate.now().plusDays(3).toString();
    String meta = "<meta property=\"article:published_time\" content=\"" + future + "\">";
    assertEquals(LocalDate.of(2016, 11, 18), of(meta, "<time datetime=\"2016-11-18\">x</time>").published());
    assertNull(PageMetadata.urlDate("https://ex.org/" + future.replace('-', '/') + "/a.html"));
  }

  @Test
  void dateInTheUrl() {
    assertEquals(LocalDate.of(2016, 11, 16), PageMetadata.urlDate("https://www.dreuz.info/2016/11/16/effet-trump/"));
    assertEquals(LocalDate.of(2017, 4, 11), PageMetadata.urlDate("https://ex.org/bien-etre/intestin-20170411-130897"));
    assertNull(PageMetadata.urlDate("https://ex.org/article-130897.html"));
  }

  @Test
  void authorLines() {
    assertEquals("Anna Kubišta", PageMetadata.cleanAuthor("Auteur: Anna Kubišta"));
    assertEquals("Martin Untersinger", PageMetadata.cleanAuthor("Par Martin Untersinger, publié le 4 mai 2015"));
  }
}
