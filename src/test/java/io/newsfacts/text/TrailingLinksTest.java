package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The links to other articles that end a page ({@link TrailingLinks}). */
class TrailingLinksTest {
  private static final String BODY = "Jérôme Cahuzac a menti, a dit François Hollande.\n";
  private static final String LINKS = ">> Tous nos articles sur Jérôme Cahuzac\n\n"
      + ">> Cahuzac: \"Hollande et Ayrault étaient-ils au courant?\"\n";

  @Test
  void linksThatEndThePageStartAtTheFirstOfThem() {
    assertEquals(BODY.length() + 1, TrailingLinks.start(BODY + "\n" + LINKS));
    // a link followed by the article's own text is not at the end
    String text = LINKS + BODY;
    assertEquals(text.length(), TrailingLinks.start(text));
    assertEquals(BODY.length(), TrailingLinks.start(BODY));
  }
}
