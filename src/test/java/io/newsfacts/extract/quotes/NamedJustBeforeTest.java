package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A definite singular description ("le diplomate", "l'ex locataire de l'Élysée", "le maire de
 * Pau") stands for the one person the sentence just before names, on hand-written French without
 * the models.
 */
class NamedJustBeforeTest {
  @Test
  void aNounOfAPersonIsTheOnePersonTheSentenceBeforeNames() {
    List<Quote> qs = quotes("L'ancien président a reçu samedi [PER Khaled Issa] dans ses bureaux.\n"
        + "«Il a bien compris que le combat continue», explique le diplomate au journal.");
    assertSpeaker(qs.get(0), "Khaled Issa", "coreference");
    // one the article described otherwise is not named so
    List<Quote> other = quotes("[PER Paul Martin], boulanger de la ville, est arrivé hier.\n"
        + "«Il a bien compris que le combat continue», explique le diplomate au journal.");
    assertEquals("le diplomate", other.get(0).speaker());
    List<Quote> tenant = quotes("[PER François Hollande] persiste et lance un appel dans la presse.\n"
        + "«Que les avions ne puissent plus survoler ces zones», demande l'ex locataire de l'Élysée.");
    assertSpeaker(tenant.get(0), "François Hollande", "coreference");
  }

  @Test
  void anOfficeTheArticleGaveDoesNotKeepANounOfATradeButAnotherTradeDoes() {
    // "représentant" is an office: one who holds it may be called by a trade
    List<Quote> office = quotes("L'ancien président a reçu samedi [PER Khaled Issa], représentant du territoire kurde.\n"
        + "«Il a bien compris que le combat continue», explique le diplomate au journal.");
    assertSpeaker(office.get(0), "Khaled Issa", "coreference");
    // "boulanger" is a trade of its own: he is not "le facteur"
    List<Quote> trade = quotes("[PER Paul Martin], boulanger de la ville, a parlé hier.\n"
        + "«Il a bien compris que le combat continue», explique le facteur au journal.");
    assertEquals("le facteur", trade.get(0).speaker());
  }

  @Test
  void aSeatIsTheOnePersonTheSentenceBeforeNamesOfItsOfficeOrOfNone() {
    List<Quote> former = quotes("L'ancien président de la République [PER François Hollande] persiste et lance un appel.\n"
        + "«Que les avions ne puissent plus survoler ces zones», demande l'ex locataire de l'Élysée.");
    assertSpeaker(former.get(0), "François Hollande", "coreference");
    List<Quote> other = quotes("Le maire de la ville, [PER Camille Martin], persiste et lance un appel.\n"
        + "«Que les avions ne puissent plus survoler ces zones», demande le locataire de Matignon.");
    assertEquals("le locataire de Matignon", other.get(0).speaker());
  }

  @Test
  void anOfficeOfAPlaceIsTheOnePersonTheSentenceBeforeNamesOfAnotherRole() {
    List<Quote> qs = quotes("Un remaniement est inévitable, a estimé mercredi le président du MoDem [PER François Bayrou] "
        + "sur la radio.\n«C'est une situation qui ne peut pas durer», a déclaré le maire de [LOC Pau].");
    assertSpeaker(qs.get(qs.size() - 1), "François Bayrou", "coreference");
  }

  @Test
  void aKindOfOfficeIsThePersonTheArticleCallsAnElected() {
    List<Quote> qs = quotes("Dans le journal, [PER Guillaume Chiche], élu des [LOC Deux-Sèvres], a dévoilé ses pistes.\n"
        + "«Je propose aussi la reconnaissance de la filiation», ajoutait le parlementaire.");
    assertSpeaker(qs.get(0), "Guillaume Chiche", "coreference");
  }

  @Test
  void twoPeopleOfTheSentenceBeforeOrOneOfTheQuotesOwnSentenceTieNoOne() {
    List<Quote> two = quotes("[PER Paul Durand] a reçu [PER Jean Martin] dans ses bureaux.\n"
        + "«Il a bien compris que le combat continue», explique le diplomate.");
    assertEquals("le diplomate", two.get(0).speaker());
    List<Quote> own = quotes("[PER Jean Martin] était à Lyon. Pour cela, [PER Paul Durand] doit «montrer qu'il rassemble», "
        + "estime encore le sondeur.");
    assertEquals("le sondeur", own.get(0).speaker());
  }

  @Test
  void aHeadingBetweenOrANounThatNamesNoPersonTiesNoOne() {
    List<Quote> heading = quotes("[PER Benoît Martin] a ironisé sur la cravate.\nRejet des codes\n"
        + "«On a parlé de Jaurès?», réplique le locataire du palais.");
    assertEquals("le locataire du palais", heading.get(0).speaker());
    List<Quote> book = quotes("La journaliste [PER Elise Karlin] a écrit un livre sur le président.\n"
        + "«Il cajole son ex-compagne», affirme le livre.");
    assertEquals("le livre", book.get(0).speaker());
  }
}
