package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** French bylines: who, which outlet, when published; an update date is not a publication date. */
class BylineTest {
  private static void assertByline(String text, String author, String publisher, String published) {
    Byline b = Byline.find(text);
    if (author == null && publisher == null && published == null) {
      assertNull(b, text);
      return;
    }
    assertEquals(author, b.author(), text);
    assertEquals(publisher, b.publisher(), text);
    assertEquals(published == null ? null : LocalDate.parse(published), b.published(), text);
  }

  @Test
  void frenchBylines() {
    assertByline("Publié par Gaia - Dreuz le 16 novembre 2016\n\nTexte.", "Gaia", "Dreuz", "2016-11-16");
    assertByline("Par Jean Dupont, publié le 3 mars 2020\nTexte.", "Jean Dupont", null, "2020-03-03");
    assertByline("Par Jean Dupont - le 1er mars 2020 à 10h\nTexte.", "Jean Dupont", null, "2020-03-01");
    assertByline("Titre\nLe Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger\nTexte.",
        "Martin Untersinger", null, "2015-05-04");
    assertByline("Publié le 12/01/2021\nTexte.", null, null, "2021-01-12");
    assertByline("Par Claire Martin\nTexte.", "Claire Martin", null, null);
  }

  @Test
  void anUpdateIsNotThePublication() {
    Byline b = Byline.find("Titre\nMis à jour le 5 juin 2019 à 10h12\nTexte.");
    assertNull(b.published());
    assertNull(b.author());
  }

  @Test
  void proseWithADateIsNotAByline() {
    assertByline("Le 3 mars 2020, le gouvernement a annoncé une série de mesures pour les entreprises touchées par la crise sanitaire.\nSuite.", null, null, null);
    assertByline("Par ailleurs, le ministre a rappelé le 3 mars 2020 que rien n'était décidé.", null, null, null);
    assertByline("Publié par Gaia - Dreuz le 31 février 2016", "Gaia", "Dreuz", null);
  }

  @Test
  void theBylineLineIsCutFromTheText() throws IngestException {
    String text = "Publié par Gaia - Dreuz le 16 novembre 2016\n\nLe ministère a reçu 200 000 visites.";
    Byline b = Byline.find(text);
    assertEquals("\n\nLe ministère a reçu 200 000 visites.", text.substring(0, b.start()) + text.substring(b.end()));
  }
}
