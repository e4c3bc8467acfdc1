package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "selon lui", "d'après elle" inside the sentence before a quote ({@link PronounFrames}): the
 * subject opening the sentence when it can speak, else the person the pronoun stands for.
 * Hand-written French, without the models.
 */
class SpeakerPronounFrameTest {
  @Test
  void selonLuiOpeningTheSentenceIsTheOneWhoJustSpoke() {
    List<Quote> qs = HandQuotes.quotes("Le chef de l'Etat, [PER François Hollande], était à Tours. «On ne démantèle pas "
        + "un camp sans solutions», a critiqué le chef de l'Etat, en référence à 2002, alors que [PER Nicolas Sarkozy] "
        + "était ministre de l'Intérieur. «J'ai confiance dans mon pays», a-t-il fait valoir. Selon lui, la France "
        + "«est capable d'être digne».");
    assertEquals("François Hollande", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void selonLuiTakesUpThePersonOpeningTheSentence() {
    List<Quote> qs = HandQuotes.quotes("[PER Laurent Ulrich] rappelle les valeurs de l'Église, dont le rôle est selon lui "
        + "«d'instruire les consciences et de donner des repères pour l'avenir».");
    assertSpeaker(HandQuotes.only(qs), "Laurent Ulrich", "source-frame");
  }

  @Test
  void selonLuiBetweenCommasTakesUpThePersonOfTheSentenceBefore() {
    List<Quote> qs = HandQuotes.quotes("[PER Paul Martin] a présenté la réforme des impôts locaux aux maires. "
        + "Parmi les principes de la nouvelle fiscalité figurerait ainsi, selon lui, le maintien "
        + "«de l'autonomie fiscale des communes et des départements».");
    assertEquals(1, qs.size());
    assertEquals("Paul Martin", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void notWhenTheSentenceOpensOnAThing() {
    List<Quote> qs = HandQuotes.quotes("[PER Paul Martin] a publié un rapport sur le journal. "
        + "La réforme a changé le caractère de l'enquête, qui illustre selon lui "
        + "«un cas d'école en matière de fausses nouvelles et de rumeurs».");
    assertEquals(1, qs.size());
    assertNotEquals("Paul Martin", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void dApresEllePlaysLikeSelonElle() {
    List<Quote> qs = HandQuotes.quotes("[PER Claire Dubois] a quitté la réunion avant la fin. "
        + "Mais, d'après elle, cette tradition se trouve malmenée par «une majorité qui ne veut plus rien entendre».");
    assertEquals(1, qs.size());
    assertEquals("Claire Dubois", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void dApresANamedSourceBeforeAColon() {
    List<Quote> qs = HandQuotes.quotes("D'après [PER Eric Coquerel], les affrontements internes n'ont pas lieu d'être : "
        + "«Je crois que ce n'est pas comme ça qu'on règle des questions politiques.»");
    assertEquals(1, qs.size());
    assertEquals("Eric Coquerel", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }
}
