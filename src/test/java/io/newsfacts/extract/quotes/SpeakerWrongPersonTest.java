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
 * A quote is not given to a person the words around it only speak of: one a street or a law is
 * named after, one apposed to the role of a complement, one person for a plural pronoun; and the
 * reporting verb before the quote is read over an aside between commas and an elision glued to
 * the quotation mark. Hand-written French, without the models.
 */
class SpeakerWrongPersonTest {
  @Test
  void aPersonAStreetIsNamedAfterIsNoAntecedent() {
    List<Quote> qs = quotes("«C'est une énorme provocation», s'est indigné [PER Bruno Piriou], élu d'opposition. "
        + "Et la création d'une avenue [PER Roger Cambrisson] ne suffit pas à calmer sa colère. "
        + "«Ils se moquent de nous, la famille n'était pas d'accord», argumente-t-il.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Bruno Piriou", "pronoun");
  }

  @Test
  void theReportingVerbIsReadOverAnAsideBeforeQue() {
    Quote q = only(quotes("Le séminaire des députés a lieu ce lundi à Paris. [PER Paul Durand] a jugé, avant le "
        + "début du séminaire, que «au bout d'un an, il va y avoir quelques réglages»."));
    assertSpeaker(q, "Paul Durand", "reporting-verb");
  }

  @Test
  void anElisionGluedToTheQuotationMarkIsStillQue() {
    Quote q = only(quotes("Le séminaire des députés a lieu ce lundi à Paris. [PER Paul Durand] a jugé "
        + "qu'«au bout d'un an, il va y avoir quelques réglages»."));
    assertSpeaker(q, "Paul Durand", "reporting-verb");
  }

  @Test
  void aPluralPronounIsNoOnePersonOfTheParagraph() {
    List<Quote> qs = quotes("«Les propos de ce genre seraient impensables à Bruxelles», explique sur BFMTV "
        + "[PER Corinne Lepage].\n\nAujourd'hui, [PER Rama Yade] ou encore [PER Cécile Duflot] souhaite que la peur "
        + "change de camp. «Cela arrive tous les jours à des femmes dans les transports», insistent-elles.");
    Quote last = qs.get(qs.size() - 1);
    assertEquals(null, last.speaker(), () -> qs.toString());
  }

  @Test
  void aPluralPronounAfterASpeakerNamedWithAnotherKeepsTheSpeaker() {
    List<Quote> qs = quotes("«Paris n'est pas la seule ville à avoir besoin d'une régulation», a estimé "
        + "[PER Martine Aubry] dans un communiqué co-signé par la députée [PER Audrey Linkenheld].\n\n"
        + "«Notre ville a cruellement besoin d'un dispositif national», écrivent-elles.");
    assertEquals(2, qs.size());
    assertEquals("Martine Aubry", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aNameApposedToTheRoleOfAComplementIsNotTheSubject() {
    List<Quote> qs = quotes("Le séminaire des députés a lieu ce lundi à Paris.\n\n"
        + "Une conférence de presse du président du groupe, [PER Bruno Le Roux], est prévue à 16h45.\n\n"
        + "«Il va y avoir quelques réglages et on va sans doute changer quelques boulons.»");
    assertNotEquals("Bruno Le Roux", only(qs).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aNameApposedToTheRoleOfAFrameComplementIsNotTheSubject() {
    List<Quote> qs = quotes("L'ombre du ministre plane sur l'arbitrage.\n\n"
        + "Après la mise en examen de l'ancien directeur de cabinet, [PER Stéphane Richard], les juges visent deux "
        + "proches collaborateurs.\n\n«Le prochain qui risque d'être entendu, ce sera le secrétaire général.»");
    assertNotEquals("Stéphane Richard", only(qs).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aNameAfterAFrameIsStillTheSubject() {
    List<Quote> qs = quotes("L'ombre du ministre plane sur l'arbitrage.\n\n"
        + "Lors de sa visite au président du Sénat, [PER Paul Durand] a longuement parlé de la réforme.\n\n"
        + "«Le prochain qui risque d'être entendu, ce sera le secrétaire général.»");
    assertEquals("Paul Durand", only(qs).speaker(), () -> "speaker of " + qs.get(0));
  }
}
