package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A plain text's first short line is its title when no metadata gives one. */
class HeadlineTest {
  @Test
  void aShortFirstLineIsTheHeadline() {
    assertEquals("Lyon double son budget vélo d'ici 2026",
        DocumentReader.headline("Lyon double son budget vélo d'ici 2026\n\nLa Métropole de Lyon va consacrer..."));
    assertEquals("Apple a-t-il réussi à construire les meilleurs bureaux du monde?",
        DocumentReader.headline("Apple a-t-il réussi à construire les meilleurs bureaux du monde?\n\nLe siège..."));
  }

  @Test
  void aHeadlineMayOpenWithAFigureOrQuotationMarks() {
    assertEquals("11 goûters équilibrés pour toute la famille",
        DocumentReader.headline("11 goûters équilibrés pour toute la famille\n\nLa rentrée approche..."));
    assertEquals("« Casser du flic » se banalise et nous met tous en danger",
        DocumentReader.headline("« Casser du flic » se banalise et nous met tous en danger\n\nLes agressions..."));
    assertEquals("\"Gaulois réfractaire\": Castaner appelle à l'humour",
        DocumentReader.headline("\"Gaulois réfractaire\": Castaner appelle à l'humour\n\nLe ministre..."));
    assertNull(DocumentReader.headline("« et puis voilà » dit-on souvent\n\nSuite."), "no capital after the marks");
  }

  @Test
  void aSentenceOrAParagraphIsNot() {
    assertNull(DocumentReader.headline("Le ministère a confirmé la hausse des visites.\n\nSuite."), "ends a sentence");
    assertNull(DocumentReader.headline("Le ministère québécois de l'Immigration a lui aussi ressenti un effet, la semaine "
        + "dernière, comme le ministère fédéral dont le portail a été pris d'assaut par des internautes américains "
        + "et mexicains dans les heures qui ont suivi l'élection\n\nSuite."), "too long for a headline");
    assertNull(DocumentReader.headline("EN CHIFFRES\n\n14 137 : pages vues"), "two words");
    assertNull(DocumentReader.headline("Une seule ligne sans paragraphe après"), "the whole text");
  }
}
