package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The previous quote's speaker is not carried past someone who took the turn in between: a person
 * subject of a verb after a relative clause apposed to them, the speaker a quote in between names,
 * the person the new paragraph a quote opens goes on with. Hand-written French, without the models.
 */
class SpeakerCarryTurnTest {
  private static final String DURAND = "«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi devant la presse.\n\n";

  @Test
  void aNewParagraphOpenedByAQuoteIsLedByThePersonActingAfterIt() {
    List<Quote> qs = quotes(DURAND + "«Je ne serai plus jamais le maire de cette ville sans les habitants». Loin de ces débats, "
        + "[PER Marie Lenoir] démontre semaine après semaine son attachement au quartier.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Marie Lenoir", "next-sentence");
  }

  @Test
  void aNewParagraphWhoseNextSentenceIsAStateKeepsTheCarry() {
    List<Quote> qs = quotes(DURAND + "«Je ne serai plus jamais le maire de cette ville sans les habitants». "
        + "[PER Marie Lenoir] est arrivée dans le quartier il y a dix ans.");
    assertEquals(2, qs.size());
    assertNotEquals("Marie Lenoir", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPersonActingAfterAnApposedRelativeClauseEndsTheTurn() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi. "
        + "Son de cloche étonnant, à droite, le député [PER Marie Lenoir], qui compte évidemment voter contre, espère "
        + "cependant que le camp restera ouvert. «Pourquoi? Parce que les familles n'ont nulle part où aller cet hiver.»");
    assertEquals(2, qs.size());
    assertNotEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aHeadingQuoteCuedToSomeoneElseEndsTheTurn() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi.\n"
        + "«Un maire qui se politise», pour [PER Marie Lenoir]\n"
        + "«On a assisté à la mue d'un maire qui devient un homme politique, c'est un tournant pour la ville.»");
    assertNotEquals("Paul Durand", qs.get(qs.size() - 1).speaker(), () -> "speaker of " + qs.get(qs.size() - 1));
  }

  @Test
  void dApresAfterTheQuoteNamesItsSpeaker() {
    Quote q = only(quotes("«Le camp sera fermé avant la fin du mois prochain, quoi qu'il arrive», d'après [PER Marie Lenoir]."));
    assertSpeaker(q, "Marie Lenoir", "reporting-verb");
  }
}
