package io.newsfacts.solr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import io.newsfacts.index.IndexSchema;
import org.junit.jupiter.api.Test;

/** The configset is written from the code's schema: every field, the same analysis chains. */
class SolrConfigsetTest {
  private final String schema = SolrConfigset.schemaXml(new IndexSchema(FactKinds.STANDARD));

  @Test
  void everyFieldOfTheSchemaIsDeclared() {
    for (IndexSchema.Field f : new IndexSchema(FactKinds.STANDARD).fields()) {
      assertTrue(schema.contains("<field name=\"" + f.name() + "\""), f.name());
    }
    assertTrue(schema.contains("<field name=\"textKey\" type=\"string\" indexed=\"true\""), "duplicates by textKey");
    assertTrue(schema.contains("<field name=\"facet_speaker\""), "the speaker facet apart from the speaker field");
    assertTrue(schema.contains("<field name=\"speaker\" type=\"names\""), schema);
  }

  @Test
  void theFrenchChainIsTheLocalOneInOrder() {
    String french = schema.substring(schema.indexOf("<fieldType name=\"french\""), schema.indexOf("<fieldType name=\"names\""));
    int at = -1;
    for (String factory : new String[] {"StandardTokenizerFactory", "ElisionFilterFactory", "LowerCaseFilterFactory",
        "FrenchLightStemFilterFactory", "ASCIIFoldingFilterFactory", "WhitespaceTokenizerFactory"}) {
      int next = french.indexOf(factory);
      assertTrue(next > at, factory + " after the one before in\n" + french);
      at = next;
    }
    assertTrue(schema.contains("<fieldType name=\"names\" class=\"solr.TextField\" positionIncrementGap=\"100\">"), schema);
  }
}
