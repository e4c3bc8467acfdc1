package io.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.FactKinds;
import io.newsfacts.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** Free text parsed as the local index parses it, written back over the analysed terms. */
class LuceneSyntaxTest {
  private final Queries queries = new Queries(new IndexSchema(FactKinds.STANDARD));

  private String written(String text) throws BadQueryException {
    return LuceneSyntax.of(queries.parse(text));
  }

  @Test
  void wordsArriveAnalysedAndQuoted() throws BadQueryException {
    assertEquals("((text:\"demand\")^2.0 (sentence:\"demand\")^1.0)", written("demandes"));
    assertEquals("(+((text:\"titr de sejou\")^2.0 (sentence:\"titr de sejou\")^1.0) "
        + "+((text:\"etat\")^2.0 (sentence:\"etat\")^1.0))", written("\"titres de séjour\" AND l'État"));
  }

  @Test
  void keywordsStayExactAndNegationStays() throws BadQueryException {
    assertEquals("numberKind:\"percent\"", written("numberKind:percent"));
    assertEquals("(+((text:\"chomag\")^2.0 (sentence:\"chomag\")^1.0) -((text:\"mar\")^2.0 (sentence:\"mar\")^1.0))",
        written("chômage -mars"));
  }
}
