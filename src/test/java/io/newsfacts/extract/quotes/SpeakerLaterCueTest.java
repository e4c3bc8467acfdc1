package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers a quote with no cue of its own takes from elsewhere in its paragraph: the cue of a later
 * quote naming its speaker when no one else is named on the way ({@link NextQuotes}), "cette
 * dernière" opening the sentence before ({@link ParagraphSpeakers#introduced}), a name in
 * parentheses after the quote ({@link SignedQuotes}). Hand-written French, without the models.
 */
class SpeakerLaterCueTest {
  @Test
  void aQuoteTakesTheSpeakerOfTheNextQuoteOfItsParagraph() {
    List<Quote> qs = quotes("Le téléphone «n'a été neutralisé que le 4 octobre, bien après son départ». "
        + "Le combiné a été retrouvé dans un tiroir. «En l'occurrence l'obligation n'a pas été respectée», a souligné [PER Paul Durand].");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Paul Durand", "paragraph");
    assertSpeaker(qs.get(1), "Paul Durand", "reporting-verb");
  }

  @Test
  void notWhenAnotherPersonIsNamedOnTheWay() {
    List<Quote> qs = quotes("Le téléphone «n'a été neutralisé que le 4 octobre, bien après son départ». "
        + "[PER Marie Lenoir] a retrouvé le combiné dans un tiroir. «En l'occurrence l'obligation n'a pas été respectée», a souligné [PER Paul Durand].");
    assertEquals(2, qs.size());
    assertEquals(null, qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void notFromTheNextParagraph() {
    List<Quote> qs = quotes("Le téléphone «n'a été neutralisé que le 4 octobre, bien après son départ».\n"
        + "«En l'occurrence l'obligation n'a pas été respectée», a souligné [PER Paul Durand].");
    assertEquals(2, qs.size());
    assertEquals(null, qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void notPastAPronounsCue() {
    List<Quote> qs = quotes("Le téléphone «n'a été neutralisé que le 4 octobre, bien après son départ». "
        + "«Nous avons porté plainte dès le lendemain», a-t-il précisé. "
        + "«En l'occurrence l'obligation n'a pas été respectée», a souligné [PER Paul Durand].");
    assertEquals(3, qs.size());
    assertEquals(null, qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void cetteDerniereStandsForTheLastPersonNamed() {
    List<Quote> qs = quotes("Pour transformer cet appartement, [PER Julien Morel], le propriétaire, a laissé carte blanche "
        + "à [PER Carina Nahmani]. Cette dernière a choisi de travailler avec une architecte.\n"
        + "«Nous sommes très complémentaires. Nous avons effectué une première visite ensemble.»");
    assertEquals(1, qs.size());
    assertSpeaker(qs.get(0), "Carina Nahmani", "paragraph");
  }

  @Test
  void ceDernierIsNotAPersonWhenAThingWasNamedLast() {
    List<Quote> qs = quotes("[PER Julien Morel] a présenté son projet au conseil de [ORG Renault]. "
        + "Ce dernier a rejeté le plan sans débat.\n"
        + "«Nous sommes très déçus. Nous reviendrons avec une autre proposition.»");
    assertEquals(1, qs.size());
    assertEquals("Julien Morel", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aNameInParenthesesSignsTheQuote() {
    List<Quote> qs = quotes("On appelle à «garder la tête froide, ne pas s'enflammer» ([PER Blaise Matuidi]) tout en "
        + "soulignant qu'«il reste 90 minutes, on va souffrir là-bas» ([PER Unai Emery]).");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Blaise Matuidi", "reporting-verb");
    assertSpeaker(qs.get(1), "Unai Emery", "reporting-verb");
  }

  @Test
  void aNameWithOtherWordsInParenthesesDoesNot() {
    List<Quote> qs = quotes("On appelle à «garder la tête froide, ne pas s'enflammer» (selon un proche de [PER Blaise Matuidi]).");
    assertEquals(1, qs.size());
    assertEquals(null, qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aQuestionPutBySomeoneUnnamedIsNotTheLastSpeakers() {
    List<Quote> qs = quotes("«Il nous a remis une lettre signée», explique [PER Paul Durand] devant la commission. "
        + "«Cela n'a pas éveillé les soupçons de vos services?» l'interroge alors un sénateur.");
    assertEquals(2, qs.size());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
