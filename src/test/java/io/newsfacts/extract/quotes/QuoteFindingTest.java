package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.model.Token;
import io.newsfacts.testing.HandText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gold quotes the extractor did not output at all (issue 14, quote finding), one kind a test, on
 * hand-written French sentences without the models.
 */
class QuoteFindingTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // ---- a verb that ends like a participle -------------------------------------------------

  @Test
  void aConditionalOrImperfectVerbIsConjugated() {
    assertTrue(QuoteExtractor.conjugatedLikeParticiple(verb("pourrait")));
    assertTrue(QuoteExtractor.conjugatedLikeParticiple(verb("était")));
    assertTrue(QuoteExtractor.conjugatedLikeParticiple(verb("devrait")));
  }

  @Test
  void aParticipleOrAnInfinitiveStaysUnread() {
    assertFalse(QuoteExtractor.conjugatedLikeParticiple(verb("dit")));
    assertFalse(QuoteExtractor.conjugatedLikeParticiple(verb("écrit")));
    assertFalse(QuoteExtractor.conjugatedLikeParticiple(verb("arriver")));
    assertFalse(QuoteExtractor.conjugatedLikeParticiple(new Token("pourrait", 0, 8, "NOUN", "O")));
  }

  // ---- a lower-case clause after a title noun ------------------------------------------------

  @Test
  void aLowerCaseClauseAfterATitleNounIsAQuote() {
    List<Quote> qs = quotes("Le débat est lancé.\n\n[PER Anne Morel] défend la réforme. Le mouvement \"ne peut pas "
        + "devenir une annexe de la droite\", a-t-elle dit.");
    assertEquals(List.of("ne peut pas devenir une annexe de la droite"), texts(qs));
  }

  @Test
  void aCapitalisedTitleAfterATitleNounStaysATitle() {
    List<Quote> qs = quotes("Le débat est lancé.\n\n[PER Anne Morel] a lu le livre \"Nous ne sommes pas des "
        + "héros\" pendant l'été.");
    assertEquals(List.of(), texts(qs));
  }

  @Test
  void aFigureAfterATitleNounStaysOut() {
    List<Quote> qs = quotes("Le débat est lancé.\n\nSelon ce sondage \"40% des sondés pensent que le gouvernement "
        + "tiendra parole\" sur les impôts.");
    assertEquals(List.of(), texts(qs));
  }

  // ---- words closed by a lone mark -----------------------------------------------------------

  @Test
  void wordsClosedByALoneMarkAfterAQuoteClosedTooEarlyAreAQuote() {
    List<Quote> qs = quotes("La polémique enfle.\n\n\"Ils crient des horreurs\". Depuis janvier, vingt policiers se "
        + "sont suicidés. Aucun de ceux qui ont crié cela ne doit rester impuni\", a réagi [PER Paul Martin].");
    assertEquals(List.of("Ils crient des horreurs",
        "Depuis janvier, vingt policiers se sont suicidés. Aucun de ceux qui ont crié cela ne doit rester impuni"),
        texts(qs));
    assertEquals("Paul Martin", qs.get(1).speaker());
  }

  private static Token verb(String word) {
    return new Token(word, 0, word.length(), "VERB", "O");
  }

  private static List<Quote> quotes(String marked) {
    AnnotatedText doc = HandText.of(marked);
    List<Quote> qs = EXTRACTOR.extract(doc, QuoteExtractorTest.entities(doc)).stream()
        .filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    for (Quote q : qs) {
      assertEquals(q.text(), doc.text().substring(q.start(), q.end()), "offsets of " + q);
    }
    return qs;
  }

  private static List<String> texts(List<Quote> qs) {
    return qs.stream().map(Quote::text).toList();
  }
}
