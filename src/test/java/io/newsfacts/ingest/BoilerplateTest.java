package io.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Boilerplate rules of models/ingest: lines, the page's tail, closing link lists. */
class BoilerplateTest {
  private static final Boilerplate RULES = new Boilerplate();

  @Test
  void promptsAndCreditsGoProseStays() {
    String text = """
        Le ministère a reçu 200 000 visites mercredi, selon La Presse.

        Ne ratez aucun des articles de Dreuz, inscrivez-vous gratuitement à notre newsletter.

        Source : Lapresse

        La source de ces chiffres est le ministère lui-même, a précisé son porte-parole.

        © Gaïa pour www.Dreuz.info""";
    assertEquals("""
        Le ministère a reçu 200 000 visites mercredi, selon La Presse.

        La source de ces chiffres est le ministère lui-même, a précisé son porte-parole.""", RULES.clean(text));
  }

  @Test
  void oneParagraphALineKeepsItsShape() {
    assertEquals("Titre\nPremier paragraphe du texte.\nSecond paragraphe.",
        RULES.clean("Titre\nPremier paragraphe du texte.\n[Retour au dossier spécial Européennes]\nSecond paragraphe."));
  }

  @Test
  void authorBioAtTheEndIsATail() {
    String text = "Premier paragraphe assez long pour compter dans le texte de l'article.\n"
        + "Second paragraphe assez long lui aussi pour que la fin soit bien la fin.\n"
        + "Jean-François Achilli|||\nDirecteur de la Rédaction de RMC\nIl intègre la rédaction en 1998.";
    assertEquals("Premier paragraphe assez long pour compter dans le texte de l'article.\n"
        + "Second paragraphe assez long lui aussi pour que la fin soit bien la fin.", RULES.clean(text));
  }

  @Test
  void closingRunOfShortLinesIsAMenu() {
    String article = "Un paragraphe de l'article qui se termine par un point.\nUn intertitre\nUn autre paragraphe, bien réel.";
    assertEquals(article, RULES.clean(article + "\nElections 2017\nLes législatives en direct\nRésultats 2017"));
    assertEquals(article + "\nUne seule ligne courte", RULES.clean(article + "\nUne seule ligne courte"));
  }

  @Test
  void cssLeftInTheText() {
    assertEquals("Texte.", RULES.clean("Texte.\n.videowrapper { position: relative; padding-bottom: 50%; }"));
  }
}
