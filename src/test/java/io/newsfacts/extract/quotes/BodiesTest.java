package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation named anew by the noun heading its name ({@link Bodies}), on hand-written French. */
class BodiesTest {
  private static final String WORDS = "les décès restent rares pour un médicament qui a permis de réduire la mortalité";

  @Test
  void theNounHeadingAnOrganisationsNameStandsForIt() {
    List<Quote> qs = quotes("Une enquête a été lancée par la [ORG Agence nationale de sécurité du médicament] en septembre. «"
        + WORDS + "», a souligné l'agence.");
    assertSpeaker(qs.get(qs.size() - 1), "Agence nationale de sécurité du médicament", "coreference");
    // a body the text introduced with the noun
    List<Quote> bank = quotes("La banque [ORG BNP Paribas] a dévoilé son plan. «" + WORDS + "», a confirmé la banque.");
    assertSpeaker(bank.get(bank.size() - 1), "BNP Paribas", "coreference");
  }

  @Test
  void noBodyOfAnotherNounOrInsideAQuote() {
    List<Quote> qs = quotes("Le [ORG Syndicat national des pharmaciens] a protesté. «" + WORDS + "», a souligné l'agence.");
    assertEquals("l'agence", qs.get(qs.size() - 1).speaker());
    List<Quote> quoted = quotes("Il a parlé de «l'[ORG Agence européenne] et de ses experts, qui se sont trompés». «" + WORDS
        + "», a souligné l'agence.");
    assertEquals("l'agence", quoted.get(quoted.size() - 1).speaker());
  }
}
