package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The previous quote's speaker is not carried past someone who took the turn in between: a person
 * subject of a verb after a relative clause apposed to them, the speaker a quote left out in
 * between names, the person the new paragraph a quote opens goes on with. Hand-written French,
 * without the models.
 */
class SpeakerCarryTurnTest {
  @Test
  void aNewParagraphOpenedByAQuoteIsLedByThePersonActingAfterIt() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi devant la presse.\n\n"
        + "«Je ne serai plus jamais le maire de cette ville sans les habitants». Loin de ces débats, [PER Marie Lenoir] "
        + "démontre semaine après semaine son attachement au quartier.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Marie Lenoir", "next-sentence");
  }
}
