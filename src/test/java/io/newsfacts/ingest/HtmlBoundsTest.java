package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The linear pass that bounds a web page's nesting before jsoup sees it (issue 17). */
class HtmlBoundsTest {
  @Test
  void tagsBelowTheLimitAreDroppedAndTheirTextKept() {
    HtmlBounds.Page p = HtmlBounds.flatten("<div><section><div class=\"a>b\">texte</div> suite</section></div>", 2);
    assertEquals("<div><section>texte suite</section></div>", p.html());
    assertEquals(3, p.depth());
    assertEquals(2, p.elements());
  }

  @Test
  void endTagsCloseAsParsersDoAndStrayOnesAreIgnored() {
    // </section> closes the span left open inside it; the stray </i> changes nothing
    HtmlBounds.Page p = HtmlBounds.flatten("<section><span>a</section></i><div><div>b</div></div>", 2);
    assertEquals(2, p.depth());
    assertEquals("<section><span>a</section></i><div><div>b</div></div>", p.html());
  }

  @Test
  void scriptsCommentsAndSelfRepeatingTagsDoNotNest() {
    String html = "<p>un<p>deux<li>x<li>y<br><img src=a.png><script>var s = '<div><div><div>';</script>"
        + "<!-- <div><div><div> --><x-y/><div/>fin";
    HtmlBounds.Page p = HtmlBounds.flatten(html, 1);
    assertEquals(html, p.html());
    assertEquals(0, p.depth());
  }

  @Test
  void aDoctypeInternalSubsetIsDropped() {
    String page = HtmlBounds.of("<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY % pe \"<!ENTITY x 'y'>\">\n"
        + "%pe;\n]>\n<html><body><p>Texte</p></body></html>").html();
    assertTrue(page.contains("<!DOCTYPE html>\n<html>"), page);
    assertFalse(page.contains("%pe;") || page.contains("]>"), page);
  }

  @Test
  void depthAddsUpAsFlattened() {
    HtmlBounds.Page p = HtmlBounds.flatten("<x-y>".repeat(1000) + "<p>texte</p>", 128);
    assertEquals(1000, p.depth());
    assertTrue(p.flattened());
    assertEquals(129, p.elements());
    assertEquals(128L * 129 / 2 + 128, p.depthSum(), "1+2+...+128 for the kept, 128 for the p");
    assertFalse(p.tooLarge());
  }
}
