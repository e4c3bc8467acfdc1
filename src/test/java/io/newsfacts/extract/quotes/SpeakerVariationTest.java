package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions that name anew a person the article is talking about ("assure la femme d'affaires",
 * "précise le mathématicien", "poursuit ce haut fonctionnaire proche de X"): the person who spoke
 * just before, the subject of the quote's sentence, or the one person just introduced; never the
 * person the description's complement names, and never someone the article ties to nothing.
 */
class SpeakerVariationTest {
  @Test
  void aTraitOfSeveralWordsNamesThePersonWhoJustSpoke() {
    List<Quote> qs = quotes("Interrogée par un quotidien, [PER Claire Morin] revient sur son départ. «Je ne regrette "
        + "rien de ces années», affirme-t-elle. Pour autant, hors de question de revenir sur ses choix. «Je pense que "
        + "c'était la bonne décision», assure la femme d'affaires.");
    assertSpeaker(qs.get(1), "Claire Morin", "coreference");
    // (misspelt without its plural s, as news sometimes writes it)
    List<Quote> misspelt = quotes("[PER Claire Morin] revient sur son départ. «Je ne regrette rien», affirme-t-elle. "
        + "«C'était la bonne décision», assure la femme d'affaire.");
    assertSpeaker(misspelt.get(1), "Claire Morin", "coreference");
  }

  @Test
  void aTraitOfTheOtherGenderIsNotThePersonWhoJustSpoke() {
    List<Quote> qs = quotes("[PER Claire Morin] revient sur son départ. «Je ne regrette rien», affirme-t-elle. "
        + "«C'était la bonne décision», assure l'homme d'affaires.");
    assertEquals("l'homme d'affaires", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void theSubjectOfTheQuotesSentenceIsTheTraitAfterIt() {
    List<Quote> qs = quotes("«Tout le monde est énervé», a lancé [PER Nathalie Roche].\n\nInterrogé en marge de la "
        + "visite de [PER Anne Morel], [PER Xavier Nivel], lui, préfère temporiser : «Les candidats sont en campagne», "
        + "a ainsi déclaré le coactionnaire du [ORG Monde].");
    assertSpeaker(qs.get(1), "Xavier Nivel", "coreference");
    // a subject of the other gender is not the one the description names
    List<Quote> other = quotes("«Tout le monde est énervé», a lancé [PER Nathalie Roche].\n\nInterrogé en marge de la "
        + "visite de [PER Anne Morel], [PER Xavier Nivel], lui, préfère temporiser : «Les candidats sont en campagne», "
        + "a ainsi déclaré la sociologue.");
    assertNotEquals("Xavier Nivel", other.get(1).speaker(), () -> "a gender that disagrees: " + other.get(1));
    // a quote inside the subject's clause is the words of the description about that subject
    List<Quote> about = quotes("«Le président doit rassurer», argue [PER Eric Bonnet], de l'institut BVA.\n\nPour cela, "
        + "[PER Paul Hollard] doit «montrer qu'il rassemble», estime encore le sondeur.");
    assertNotEquals("Paul Hollard", about.get(1).speaker(), () -> "the sondeur's words about him: " + about.get(1));
  }

  @Test
  void aTraitAfterAnOrganisationsQuoteIsThePersonIntroducedSince() {
    List<Quote> qs = quotes("Selon [ORG L'Equipe] : «Aucune équipe n'a jamais remonté un tel écart.»\n\nLe journal a "
        + "demandé des précisions à [PER Mathieu Leroux], statisticien et chercheur au [ORG CNRS].\nUn modèle\n"
        + "«On ne peut donner qu'une fourchette», précise d'emblée le mathématicien.");
    assertSpeaker(qs.get(1), "Mathieu Leroux", "coreference");
    // two people named since: the description may be either, the article's words stay
    List<Quote> two = quotes("Selon [ORG L'Equipe] : «Aucune équipe n'a jamais remonté un tel écart.»\n\nLe journal a "
        + "interrogé [PER Mathieu Leroux] et [PER Paul Simon] sur ce match.\n"
        + "«On ne peut donner qu'une fourchette», précise d'emblée le mathématicien.");
    assertEquals("le mathématicien", two.get(1).speaker());
    // one given an office is no scientist the article never called so
    List<Quote> office = quotes("Selon [ORG L'Equipe] : «Aucune équipe n'a jamais remonté un tel écart.»\n\nLe journal a "
        + "interrogé [PER Mathieu Leroux], ministre des Sports.\n"
        + "«On ne peut donner qu'une fourchette», précise d'emblée le mathématicien.");
    assertEquals("le mathématicien", office.get(1).speaker());
  }

  @Test
  void aDemonstrativeDescriptionIsThePreviousSpeakerNeverThePersonOfItsComplement() {
    List<Quote> qs = quotes("Pour [PER Jean Blanchet], le président «est un intellectuel qui aime l'action». «J'ai "
        + "toujours été un homme de synthèse», poursuit ce haut fonctionnaire proche de [PER Alain Jupin], qui fut "
        + "directeur d'une école.");
    assertSpeaker(qs.get(1), "Jean Blanchet", "coreference");
    // the previous speaker is the complement's person: the phrase stays
    List<Quote> own = quotes("«Je ne serai pas candidat», a dit [PER Alain Jupin]. «Il ne reviendra pas», poursuit cet "
        + "ami de [PER Alain Jupin].");
    assertEquals("cet ami de Alain Jupin", own.get(1).speaker());
  }

  @Test
  void aFamilyNounCompletedByAnotherIsThePersonOfTheTitle() {
    String title = "[PER Marion Maréchal] : «Le conservatisme doit irriguer la vie politique»\n\n";
    List<Quote> qs = quotes(title + "[PER Marion Maréchal] dirige désormais une école à Lyon. Elle y reçoit des élèves. "
        + "[PER Marion Maréchal] ne se présentera pas.\n«Ce n'est pas un reniement», explique la nièce de "
        + "[PER Marine Le Pen].");
    assertSpeaker(qs.get(1), "Marion Maréchal", "coreference");
    // the title's person is the complement: the phrase stays
    List<Quote> own = quotes("[PER Marine Le Pen] veut rassembler\n\n[PER Marine Le Pen] a parlé. [PER Marine Le Pen] "
        + "insiste.\n«Ce n'est pas un reniement», explique la nièce de [PER Marine Le Pen].");
    assertEquals("la nièce de Marine Le Pen", own.get(0).speaker());
    // another woman named in the paragraph may be the niece
    List<Quote> near = quotes(title + "[PER Marion Maréchal] dirige une école. [PER Marion Maréchal] ne se présentera "
        + "pas.\n[PER Claire Morin] était là. «Ce n'est pas un reniement», explique la nièce de [PER Marine Le Pen].");
    assertEquals("la nièce de Marine Le Pen", near.get(near.size() - 1).speaker());
  }

  @Test
  void aGenericRoleOfThePresentMayNameAFormerOfficeHolder() {
    String before = "«Je voterai pour lui», écrit dans une tribune l'ancien député-maire communiste de [LOC Saint-Denis], "
        + "[PER Paul Brassac].\nPas de ralliement pour l'influent président de l'agglomération. ";
    List<Quote> qs = quotes(before + "«Il sera trop tard pour avoir des regrets», affirme l'élu de [LOC Seine-Saint-Denis].");
    assertSpeaker(qs.get(1), "Paul Brassac", "coreference");
    // a named office is not its former holder
    List<Quote> office = quotes(before + "«Il sera trop tard pour avoir des regrets», affirme le député de "
        + "[LOC Seine-Saint-Denis].");
    assertNotEquals("Paul Brassac", office.get(1).speaker());
    // a side the former role does not name is someone else's
    List<Quote> side = quotes("«Je voterai pour lui», écrit dans une tribune l'ancienne ministre socialiste "
        + "[PER Laure Rossin].\nPas de ralliement. «Il sera trop tard pour avoir des regrets», affirme l'élue communiste.");
    assertNotEquals("Laure Rossin", side.get(1).speaker());
    List<Quote> same = quotes("«Je voterai pour lui», écrit dans une tribune l'ancienne ministre communiste "
        + "[PER Laure Rossin].\nPas de ralliement. «Il sera trop tard pour avoir des regrets», affirme l'élue communiste.");
    assertSpeaker(same.get(1), "Laure Rossin", "coreference");
  }

  @Test
  void anOrganisationsCommonNounInAnUnnamedSpeakersPhraseIsTheOrganisationNamedBefore() {
    List<Quote> qs = quotes("La banque [ORG BNP Paribas] va fermer 200 agences d'ici 2020. «Le rythme de fermeture sera du "
        + "même ordre», a indiqué un porte-parole de la banque.");
    assertSpeaker(qs.get(0), "un porte-parole de BNP Paribas", "reporting-verb");
    // the one organisation named before, though its name does not open with the noun, a medium aside
    List<Quote> one = quotes("[ORG BNP Paribas] a dévoilé son plan. D'après le [ORG Monde], il implique la fermeture de 200 "
        + "agences. «Le rythme de fermeture sera du même ordre», a confirmé un porte-parole de la banque au quotidien.");
    assertEquals("un porte-parole de BNP Paribas", one.get(0).speaker());
    // the organisation's own article
    List<Quote> party = quotes("Le changement de nom du [ORG Parti socialiste] est abordé. «Êtes-vous favorable à ce que "
        + "la France abandonne l'euro ?», demande l'état-major du parti.");
    assertEquals("l'état-major du Parti socialiste", party.get(0).speaker());
    List<Quote> own = quotes("Le bureau politique des [ORG Les Républicains] s'est réuni. «C'est une étape nécessaire», "
        + "sourit un membre de la direction du parti.");
    assertEquals("un membre de la direction des Républicains", own.get(0).speaker());
    // a noun of any kind of organisation may stand for a movement no entity names
    List<Quote> any = quotes("Les commentaires publiés sous le message [ORG Facebook] divergent. «Ce serait une mauvaise "
        + "idée pour l'image des gilets jaunes», écrit l'un des soutiens du mouvement.");
    assertEquals("l'un des soutiens du mouvement", any.get(0).speaker());
    // two banks in reach: the phrase stays
    List<Quote> two = quotes("La banque [ORG BNP Paribas] et la banque [ORG Société Générale] vont fermer des agences. "
        + "«Le rythme de fermeture sera du même ordre», a indiqué un porte-parole de la banque.");
    assertEquals("un porte-parole de la banque", two.get(0).speaker());
  }
}
