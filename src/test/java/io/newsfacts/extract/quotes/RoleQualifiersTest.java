package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The qualifiers of a role phrase that rule holders in or out ({@link RoleWords}, {@link
 * RoleHolders#fitsRole}): a nationality ("le président turc"), a former office ("l'ex-chef de
 * l'Etat"), on hand-written French.
 */
class RoleQualifiersTest {
  private static final String WORDS = "Nous ne céderons rien à ceux qui bloquent le pays depuis des semaines";

  private static String last(List<Quote> qs) {
    return qs.get(qs.size() - 1).speaker();
  }

  @Test
  void aNationalityAfterTheHeadIsTheRolesState() {
    assertEquals(RoleWords.nationality(RoleWords.of("président turc")), RoleWords.nationality(RoleWords.of(
        "président de la République turque")));
    assertEquals(RoleWords.FRENCH, RoleWords.nationality(RoleWords.of("chef de l'Etat français")));
    assertTrue(RoleWords.nationality(RoleWords.of("Premier ministre israélien")) != null);
    // a continent, a town, a region of France: no state
    assertNull(RoleWords.nationality(RoleWords.of("député européen")));
    assertNull(RoleWords.nationality(RoleWords.of("élu parisien")));
    assertNull(RoleWords.nationality(RoleWords.of("ministre des Affaires étrangères")));
  }

  @Test
  void rolesOfTwoStatesAreNotOneOffice() {
    assertFalse(RoleWords.compatible(RoleWords.of("président turc"), RoleWords.of("président américain")));
    // the Republic of French news is France
    assertFalse(RoleWords.compatible(RoleWords.of("président turc"), RoleWords.of("président de la République")));
    assertFalse(RoleWords.compatible(RoleWords.of("chef de l'Etat"), RoleWords.of("président américain élu")));
    assertTrue(RoleWords.compatible(RoleWords.of("chef de l'Etat français"), RoleWords.of("président de la République")));
    // a role of no nationality otherwise agrees with any
    assertTrue(RoleWords.compatible(RoleWords.of("Premier ministre"), RoleWords.of("Premier ministre israélien")));
    assertTrue(RoleWords.compatible(RoleWords.of("président turc"), RoleWords.of("président")));
    assertTrue(RoleWords.compatible(RoleWords.of("député européen"), RoleWords.of("député")));
  }

  @Test
  void aFormerOfficeIsMarkedBeforeItsHeadOnly() {
    assertTrue(RoleWords.former(RoleWords.of("ancien ministre")));
    assertTrue(RoleWords.former(RoleWords.of("ex-ministre de la Culture")));
    assertFalse(RoleWords.former(RoleWords.of("ministre délégué aux Anciens combattants")));
    assertTrue(RoleWords.compatible(RoleWords.of("ministre"), RoleWords.of("ministre délégué aux Anciens combattants")));
    // "ex-" before a second name of an office
    assertTrue(RoleWords.compatible(RoleWords.of("ex-chef de l'Etat"), RoleWords.of("ancien président de la République")));
    assertTrue(RoleWords.compatible(RoleWords.of("ex-chef de l'Etat"), RoleWords.of("ancien président")));
    // a former office named one way only is not a present one of its head and another seat
    assertFalse(RoleWords.compatible(RoleWords.of("ex-chef de l'Etat"), RoleWords.of(
        "président de l'Association des maires de France")));
    assertTrue(RoleWords.compatible(RoleWords.of("ancien ministre"), RoleWords.of("secrétaire général de LR")));
  }

  @Test
  void theHolderOfAPresentOfficeWithAFormerWordInItsComplement() {
    assertEquals("Kader Arif", last(quotes("Le ministre délégué aux Anciens combattants [PER Kader Arif] s'est exprimé "
        + "jeudi à [LOC Toulouse].\n\n«" + WORDS + "», a déclaré le ministre.")));
  }

  @Test
  void aForeignOfficeIsNotTheFrenchPresidents() {
    // the French president, named most, given no role: not "le président turc"
    String macron = "[PER Emmanuel Macron] a reçu lundi les dirigeants européens. [PER Emmanuel Macron] a parlé de "
        + "l'Europe. Selon [PER Emmanuel Macron], la crise est grave.\n\n";
    assertEquals("le président turc", last(quotes(macron + "«" + WORDS + "», a affirmé le président turc.")));
    // one the article ties to that country is
    assertEquals("Recep Tayyip Erdogan", last(quotes(macron + "Le Turc [PER Recep Tayyip Erdogan] a répondu mardi.\n\n«"
        + WORDS + "», a affirmé le président turc.")));
    // nor is a foreign president "le chef de l'Etat"
    String last = last(quotes("Le président américain élu, [PER Donald Trump], a appelé lundi. [PER Donald Trump] a "
        + "parlé. [PER Donald Trump] a promis.\n\n«" + WORDS + "», a déclaré le chef de l'Etat."));
    assertFalse("Donald Trump".equals(last), last);
  }

  @Test
  void anElectedOfficeMayNameOneTheArticleCallsOnlyAnElected() {
    assertTrue(RoleWords.compatible(RoleWords.of("parlementaire"), RoleWords.of("élu des Deux-Sèvres")));
    assertTrue(RoleWords.compatible(RoleWords.of("député"), RoleWords.of("élue de Paris")));
    // an office that no one is elected to is not named so
    assertFalse(RoleWords.compatible(RoleWords.of("procureur"), RoleWords.of("élu des Deux-Sèvres")));
  }
}
