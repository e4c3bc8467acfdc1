package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "Selon X," opening a sentence reaches a quote of the next sentence of its paragraph only when
 * that sentence goes on with what X reports ("il", "elle", a conditional) and names no one else;
 * words cited as an example ("du type «...»", "comme «...»") are not X's. Hand-written French,
 * without the models.
 */
class SpeakerFrameCarryTest {
  /** The one direct quote: the "Selon X," sentence is X's indirect speech. */
  private static Quote direct(List<Quote> qs) {
    return only(qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList());
  }

  @Test
  void theNextSentenceInTheConditionalGoesOnWithTheSource() {
    assertSpeaker(direct(quotes("Selon [PER Paul Durand], le camp sera fermé avant l'hiver. Les familles seraient "
        + "relogées «dans des logements sociaux de la métropole, et personne ne restera dehors cet hiver».")), "Paul Durand", "source-frame");
  }

  @Test
  void aPronounFrameGoesOnWithThePersonItStandsFor() {
    assertSpeaker(direct(quotes("Ce livre, signé par le sociologue [PER Paul Durand], a fait date aux États-Unis.\n"
        + "Selon lui, les cadres formaient une nouvelle élite. La particularité de cette élite résidait dans le fait "
        + "qu'elle semblait «avoir combiné la contre-culture des années 1960 et la réussite des années 1980 en une "
        + "seule et même attitude».")), "Paul Durand", "source-frame");
  }

  @Test
  void wordsCitedAsAnExampleAreNotTheSources() {
    assertNotEquals("Paul Durand", direct(quotes("Selon [PER Paul Durand], la parole des élèves est moins spontanée. "
        + "Elle se limite désormais à des remarques du type «ils ont tout, eux, et nous on n'a jamais rien eu dans ce quartier»."))
        .speaker());
  }

  @Test
  void anotherPersonNamedInTheNextSentenceTakesTheFrameAway() {
    assertNotEquals("Paul Durand", direct(quotes("Selon [PER Paul Durand], le camp sera fermé avant l'hiver. "
        + "[PER Marie Lenoir] y serait opposée «par principe, parce qu'on ne déplace pas des familles en plein hiver».")).speaker());
  }

  @Test
  void aSentenceThatDoesNotGoOnWithTheSourceGetsNoSpeaker() {
    assertNotEquals("Paul Durand", direct(quotes("Selon [PER Paul Durand], le camp sera fermé avant l'hiver. "
        + "Le tribunal avait pourtant jugé que la procédure «n'avait pas respecté les droits des familles installées».")).speaker());
  }
}
