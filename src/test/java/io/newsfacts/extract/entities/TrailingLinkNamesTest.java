package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names in the links to other articles that end a page ({@link EntityExtractor#beforeTrailingLinks}). */
class TrailingLinkNamesTest {
  private static final String BODY = "Jérôme Cahuzac a menti, a dit François Hollande.\n";
  private static final String LINKS = ">> Tous nos articles sur Jérôme Cahuzac\n\n"
      + ">> Cahuzac: \"Hollande et Ayrault étaient-ils au courant?\"\n";

  @Test
  void mentionsInTheLinksAreDropped() {
    String text = BODY + "\n" + LINKS;
    int ayrault = text.indexOf("Ayrault");
    Candidate inBody = new Candidate(0, 0, 14, EntityType.PERSON, Candidate.Origin.CRF, null);
    Candidate inLink = new Candidate(ayrault, ayrault, ayrault + 7, EntityType.PERSON,
        Candidate.Origin.CRF, null);
    assertEquals(List.of(inBody), EntityExtractor.beforeTrailingLinks(text, List.of(inBody, inLink)));
  }
}
