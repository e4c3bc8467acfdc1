package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Known names from models/entities, found in plain text. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = new Gazetteer();

  private static List<String> found(String text) {
    return GAZETTEER.find(text).stream().map(c -> text.substring(c.start(), c.end())).toList();
  }

  @Test
  void namesNeedTheirCapitalButNotTheirCase() {
    assertEquals(List.of("France insoumise", "Parti Communiste"),
        found("Voter pour la France insoumise ou le Parti Communiste, pas pour un parti socialiste."));
  }

  @Test
  void acronymsMatchExactlyAndOnWordBoundaries() {
    assertEquals(List.of("UMP", "UDI"), found("le candidat UMP-UDI, pas les ump ni UMPS"));
  }

  @Test
  void allNamesOfOneLineShareAKey() {
    assertNotNull(GAZETTEER.keyOf("PS"));
    assertEquals(GAZETTEER.keyOf("Parti socialiste"), GAZETTEER.keyOf("PS"));
    assertEquals(GAZETTEER.keyOf("Europe Ecologie - Les Verts"), GAZETTEER.keyOf("EELV"));
  }

  @Test
  void titleWithoutItsArticleIsFoundAfterTheArticleTheSentenceGivesIt() {
    assertEquals(List.of("Monde", "Figaro", "Express"),
        found("Les journalistes du Monde ont lu au Figaro un article de l'Express."));
    assertEquals(GAZETTEER.keyOf("Le Monde"), GAZETTEER.keyOf("Monde"));
    assertEquals(List.of("Républicains"), found("Le président des Républicains a parlé."));
  }

  @Test
  void titleWithoutItsArticleIsNotTheEndOfALongerName() {
    assertEquals(List.of(), found("La Coupe du Monde et le Tiers Monde, le monde entier."));
    assertEquals(List.of(), found("Il lit la Presse-Océan."));
  }

  @Test
  void innerCapitalsNamesMatchWithOneCapitalOrSplit() {
    assertEquals(List.of("Cnews", "Opinion Way", "Opinionway", "OpinionWay"),
        found("Sur Cnews, selon Opinion Way et Opinionway comme OpinionWay, il perd."));
    assertEquals(GAZETTEER.keyOf("CNews"), GAZETTEER.keyOf("Cnews"));
    // the capital stays needed, and acronyms stay exact
    assertEquals(List.of(), found("les cnews et l'opinion way"));
    assertEquals(List.of("Cnews"), Gazetteer.camelVariants("CNews"));
    assertEquals(List.of("Opinionway", "Opinion Way"), Gazetteer.camelVariants("OpinionWay"));
    assertEquals(List.of(), Gazetteer.camelVariants("UMP"));
    assertEquals(List.of(), Gazetteer.camelVariants("iPhone"));
  }
}
