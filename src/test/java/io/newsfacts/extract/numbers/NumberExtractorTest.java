package io.newsfacts.extract.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.model.NumberFact;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One French case a line: the sentence, then every figure it holds rendered as
 * {@code text | value | qualifier | kind | unit | per} (a range's value is {@code low..high}, an
 * open end is empty). No figure at all is written as an empty list.
 */
class NumberExtractorTest {
  private final NumberExtractor extractor = new NumberExtractor();

  @Test
  void digitsInEveryFrenchForm() {
    assertFigures("Le site a reçu 14 137 pages vues.", "14 137 pages | 14137 | exact | count | pages |");
    assertFigures("Le site a reçu 14\u00a0137 visites.", "14\u00a0137 visites | 14137 | exact | count | visites |");
    assertFigures("Le site a reçu 14\u202f137 visites.", "14\u202f137 visites | 14137 | exact | count | visites |");
    assertFigures("Une ville de 1.200.000 habitants.", "1.200.000 habitants | 1200000 | exact | count | habitants |");
    assertFigures("Il a couru 3,5 km.", "3,5 km | 3.5 | exact | count | km |");
    assertFigures("La dette atteint 6.700,54 euros.", "6.700,54 euros | 6700.54 | exact | money | euros |");
    assertFigures("Le chômage a reculé de -0,3 %.", "-0,3 % | -0.3 | exact | percent | |");
    assertFigures("Le PIB a progressé de +2 %.", "+2 % | 2 | exact | percent | |");
  }

  @Test
  void percentsMoneyAndScales() {
    assertFigures("Il obtient 55,4% des voix.", "55,4% des voix | 55.4 | exact | percent | voix |");
    assertFigures("Une hausse de 12 pour cent des ventes.", "12 pour cent des ventes | 12 | exact | percent | ventes |");
    assertFigures("Le projet coûte 5 milliards de dollars.",
        "5 milliards de dollars | 5000000000 | exact | money | dollars |");
    assertFigures("Il gagne 3 000 $ CA par mois.", "3 000 $ CA | 3000 | exact | money | dollars canadiens | mois");
    assertFigures("On compte 2,5 millions de chômeurs.", "2,5 millions de chômeurs | 2500000 | exact | count | chômeurs |");
    assertFigures("La dette s'élève à 15 000 milliards.", "15 000 milliards | 15000000000000 | exact | count | |");
    assertFigures("Un budget de 300 k€ et une levée de 2 M€.",
        "300 k€ | 300000 | exact | money | euros |", "2 M€ | 2000000 | exact | money | euros |");
    assertFigures("Le billet coûte 20€.", "20€ | 20 | exact | money | euros |");
    assertFigures("Le surcoût de 50 millions d'euros avancé par la SNCF.",
        "50 millions d'euros | 50000000 | exact | money | euros |");
  }

  @Test
  void spelledOutNumbers() {
    assertFigures("Trois femmes ont été nommées.", "Trois femmes | 3 | exact | count | femmes |");
    assertFigures("Il y avait vingt et un candidats.", "vingt et un candidats | 21 | exact | count | candidats |");
    assertFigures("On a compté quatre-vingt-dix-sept blessés.",
        "quatre-vingt-dix-sept blessés | 97 | exact | count | blessés |");
    assertFigures("Ils étaient deux cent mille manifestants.",
        "deux cent mille manifestants | 200000 | exact | count | manifestants |");
    assertFigures("Il y a septante-cinq membres et nonante élus.",
        "septante-cinq membres | 75 | exact | count | membres |", "nonante élus | 90 | exact | count | élus |");
    assertFigures("Une dizaine de policiers étaient présents.",
        "Une dizaine de policiers | 10 | approx | count | policiers |");
    assertFigures("Des centaines de Bastiais ont défilé.",
        "Des centaines de Bastiais | 100 | atLeast | count | Bastiais |");
  }

  @Test
  void unAndUneAreArticlesUnlessTheyCount() {
    assertFigures("Un homme a été arrêté par une patrouille.");
    assertFigures("Trois balles, dont une à bout portant.", "Trois balles | 3 | exact | count | balles |",
        "une | 1 | exact | count | balles |");
    assertFigures("Un million de personnes.", "Un million de personnes | 1000000 | exact | count | personnes |");
  }

  @Test
  void fractionsAndMultipliers() {
    assertFigures("Dont la moitié provenait des États-Unis.", "la moitié | 0.5 | exact | fraction | |");
    assertFigures("Un tiers des élus a voté contre.", "Un tiers des élus | 0.333333 | exact | fraction | élus |");
    assertFigures("Les trois quarts des sondés approuvent.", "Les trois quarts des sondés | 0.75 | exact | fraction | sondés |");
    assertFigures("Ils étaient trois fois plus nombreux.", "trois fois plus | 3 | exact | multiplier | |");
    assertFigures("C'est deux fois moins cher.", "deux fois moins | 2 | exact | multiplier | |");
    assertFigures("Près de trois fois le nombre moyen.", "Près de trois fois | 3 | approx | multiplier | |");
    assertFigures("Le nombre de trains sera doublé.", "doublé | 2 | exact | multiplier | |");
  }

  /** Qualifiers read from their parts, and the counted noun phrase with its head. */
  @Test
  void qualifierGrammarAndUnitPhrases() {
    assertFigures("Un peu plus de 100.000 demandes d'asile ont été déposées.",
        "Un peu plus de 100.000 demandes d'asile | 100000 | atLeast | count | demandes d'asile |");
    assertFigures("Il reste un tout petit peu moins de 40 places d'hébergement.",
        "un tout petit peu moins de 40 places d'hébergement | 40 | atMost | count | places d'hébergement |");
    assertFigures("Pas très loin de 300 titres de séjour.",
        "Pas très loin de 300 titres de séjour | 300 | approx | count | titres de séjour |");
    assertFigures("On n'a guère plus de 12 voitures.", "guère plus de 12 voitures | 12 | atMost | count | voitures |");
    assertFigures("Il est crédité d'au moins 20% des voix.", "au moins 20% des voix | 20 | atLeast | percent | voix |");
    assertFigures("Il reste loin de 20 voitures.", "20 voitures | 20 | exact | count | voitures |");
    NumberFact f = extractor.extract(HandText.of("Il y a eu 300 demandes d'asile."), List.of()).get(0);
    assertEquals("demandes d'asile", f.unit());
    assertEquals("demandes", f.unitHead());
  }

  /** Junk figures: a pronoun read as a currency code, a number word inside a compound noun. */
  @Test
  void junkFigures() {
    assertFigures("Ils sont partis un à un ils le savaient.");
    assertFigures("Le billet coûte 300 ILS.", "300 ILS | 300 | exact | money | shekels |");
    assertFigures("Dans l'entre-deux tours, rien.");
    assertFigures("Sous la barre des 2°C.", "2°C | 2 | exact | count | °C |");
  }

  @Test
  void sharesWithAnyFirstNumber() {
    assertFigures("1 Français sur 4 est issu de l'immigration.", "1 Français sur 4 | 0.25 | exact | fraction | Français |");
    assertFigures("Trois salariés sur dix.", "Trois salariés sur dix | 0.3 | exact | fraction | salariés |");
    assertFigures("Il a marqué 3 buts sur 5 tirs.", "3 buts | 3 | exact | count | buts |",
        "5 tirs | 5 | exact | count | tirs |");
  }

  @Test
  void qualifiers() {
    assertFigures("Le site a reçu plus de 200 000 visites.",
        "plus de 200 000 visites | 200000 | atLeast | count | visites |");
    assertFigures("Il y avait environ 300 personnes.", "environ 300 personnes | 300 | approx | count | personnes |");
    assertFigures("Quelque 500 policiers sont mobilisés.",
        "Quelque 500 policiers | 500 | approx | count | policiers |");
    assertFigures("Autour de 40 % des votants.", "Autour de 40 % des votants | 40 | approx | percent | votants |");
    assertFigures("Au moins 12 morts.", "Au moins 12 morts | 12 | atLeast | count | morts |");
    assertFigures("Au-delà de 1000 euros.", "Au-delà de 1000 euros | 1000 | atLeast | money | euros |");
    assertFigures("Pas moins de 8000 arbres.", "Pas moins de 8000 arbres | 8000 | atLeast | count | arbres |");
    assertFigures("Moins de 3% des intentions de vote.",
        "Moins de 3% des intentions de vote | 3 | atMost | percent | intentions de vote |");
    assertFigures("Jusqu'à 50 euros de hausse.", "Jusqu'à 50 euros | 50 | atMost | money | euros |");
    assertFigures("Un prix inférieur à 50 euros.", "inférieur à 50 euros | 50 | atMost | money | euros |");
    assertFigures("Des électeurs âgés de 18 ans et plus.", "18 ans | 18 | atLeast | count | ans |");
  }

  @Test
  void ranges() {
    assertFigures("La moyenne se situe entre 5500 et 6000 pages vues par jour.",
        "entre 5500 et 6000 pages | 5500..6000 | range | count | pages | jour");
    assertFigures("Les personnes âgées de 50 à 64 ans votent.", "de 50 à 64 ans | 50..64 | range | count | ans |");
    assertFigures("Il faut compter 5 à 10 % de plus.", "5 à 10 % | 5..10 | range | percent | |");
    assertFigures("Entre 80-90% des investitures.", "80-90% des investitures | 80..90 | range | percent | investitures |");
    assertFigures("Il touchera entre 2 et 3 millions d'euros.",
        "entre 2 et 3 millions d'euros | 2000000..3000000 | range | money | euros |");
    assertFigures("Le taux est passé de 3 à 5 %.", "3 | 3 | exact | percent | |", "5 % | 5 | exact | percent | |");
  }

  @Test
  void aRangeWrittenInThousandsSharesThem() {
    assertFigures("La réforme supprime de 150 à 200.000 emplois.",
        "de 150 à 200.000 emplois | 150000..200000 | range | count | emplois |");
    assertFigures("On attend entre 4 et 6 000 visiteurs.",
        "entre 4 et 6 000 visiteurs | 4000..6000 | range | count | visiteurs |");
    // the same size already: nothing to share
    assertFigures("Il gagne entre 1.500 et 2.000 euros.", "entre 1.500 et 2.000 euros | 1500..2000 | range | money | euros |");
    assertFigures("Des communes de 2 à 30 000 habitants.", "de 2 à 30 000 habitants | 2..30000 | range | count | habitants |");
  }

  @Test
  void unitsAndRates() {
    assertFigures("14 137 : Nombre de pages uniques vues le 9 novembre.", "14 137 | 14137 | exact | count | pages |");
    assertFigures("Les tarifs augmenteront de 6 et 10 euros.", "6 | 6 | exact | money | euros |",
        "10 euros | 10 | exact | money | euros |");
    assertFigures("Il a été adopté par 300 voix contre 228.", "300 voix | 300 | exact | count | voix |",
        "228 | 228 | exact | count | voix |");
    assertFigures("Environ 50 milliards d'euros par an, dont 10 pour la France.",
        "Environ 50 milliards d'euros | 50000000000 | approx | money | euros | an",
        "10 | 10000000000 | exact | money | euros | an");
    assertFigures("Il y a 29,5 liaisons quotidiennes.", "29,5 liaisons | 29.5 | exact | count | liaisons | jour");
    assertFigures("Un loyer de 800 euros/mois.", "800 euros | 800 | exact | money | euros | mois");
    assertFigures("Les deux nouvelles LGV ouvriront.", "deux nouvelles LGV | 2 | exact | count | LGV |");
  }

  @Test
  void whatIsNotAFigure() {
    assertFigures("Il est né en 1998 et reviendra en 2019.");
    assertFigures("Rendez-vous le 21 mai à 10h30.");
    assertFigures("Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.");
    assertFigures("Il habite au 12 rue de la Paix, 75001 Paris.");
    assertFigures("Le gouvernement a utilisé l'article 49.3 de la Constitution.");
    assertFigures("Le gouvernement a eu recours au 49-3, puis à l'article 49-3 encore.");
    assertFigures("Selon la loi n° 2016-1088, les enfants de 10-12 ans.", "10-12 ans | 10..12 | range | count | ans |");
    assertFigures("Louis XIV a régné longtemps.");
    assertFigures("Il y a 20 ans, il partait pour deux mois.");
    assertFigures("Tous les deux sont partis; les deux ont voté.");
    assertFigures("Le Premier ministre a parlé de la Seconde Guerre mondiale.");
    assertFigures("Le virus COVID-19 et l'Airbus A380.");
    assertFigures("Un jeune homme de 17 ans a été interpellé.", "17 ans | 17 | exact | count | ans |");
    assertFigures("Les élections se sont tenues il y a à peine plus de 2 ans.");
    assertFigures("Il a pris de 3 à 5 ans de prison.");
    assertFigures("Bilan. 1. Normandie : la réunion.");
    assertFigures("Les années 80 ont vu plus de dix minutes seuls.");
    assertFigures("La culture est la matière première du jugement.");
    assertFigures("Il a affrété onze trains et plus de cinq cents bus.", "onze trains | 11 | exact | count | trains |",
        "plus de cinq cents bus | 500 | atLeast | count | bus |");
  }

  @Test
  void numbersAfterASlashAreNotFigures() {
    assertFigures("Note du jury : 6 / 10. Son rival obtient 7/10.", "6 | 6 | exact | count | |", "7 | 7 | exact | count | |");
    assertFigures("La ligne est joignable 24h/24 et 7j/7.");
    assertFigures("Une population stable à 2,1/2,2 millions d'habitants.", "2,1 | 2.1 | exact | count | |",
        "2,2 millions d'habitants | 2200000 | exact | count | habitants |");
    assertFigures("Selon le sondage, 2/3 des électeurs hésitent.", "2/3 des électeurs | 0.666667 | exact | fraction | électeurs |");
  }

  @Test
  void oneInNIsAShare() {
    assertFigures("Plus d'un salarié sur trois est inquiet.", "Plus d'un salarié sur trois | 0.333333 | atLeast | fraction | salarié |");
    assertFigures("Une entreprise sur 10 a fermé.", "Une entreprise sur 10 | 0.1 | exact | fraction | entreprise |");
    assertFigures("Les séances n'ont lieu qu'un lundi sur deux.", "un lundi sur deux | 0.5 | exact | fraction | lundi |");
    // "sur" without "un" before it is not a share
    assertFigures("Il a misé sur deux chevaux.", "deux chevaux | 2 | exact | count | chevaux |");
  }

  @Test
  void tousDeuxIsAPronoun() {
    assertFigures("Tous deux, interrogés par la chaîne, ont refusé.");
    assertFigures("Les élues ont voté : toutes trois ont signé.");
  }

  @Test
  void numberWordsInCompoundNounsAreNotFigures() {
    assertFigures("Il dénonce le mille-feuille des collectivités et les deux-roues.");
    assertFigures("Il y a vingt-deux candidats et dix-sept élus.", "vingt-deux candidats | 22 | exact | count | candidats |",
        "dix-sept élus | 17 | exact | count | élus |");
  }

  @Test
  void daysInsideGivenDatesAreSkippedAndTheDateIsAttached() {
    String text = "Le 9 novembre, le site a reçu 14 137 visites.";
    AnnotatedText doc = HandText.of(text);
    DateFact date = new DateFact("9 novembre", DateType.DATE, "2016-11-09", 3, 13);
    List<NumberFact> facts = extractor.extract(doc, List.of(date));
    assertEquals(1, facts.size(), facts.toString());
    assertEquals(14137.0, facts.get(0).value());
    assertEquals("2016-11-09", facts.get(0).date());
  }

  @Test
  void offsetsIndexTheText() {
    String text = "Selon l'Insee, près de 2,5 millions de personnes, soit 12 % des actifs, et entre 3 et 4 milliards.";
    AnnotatedText doc = HandText.of(text);
    for (NumberFact f : extractor.extract(doc, List.of())) {
      assertEquals(f.text(), text.substring(f.start(), f.end()));
    }
  }

  private void assertFigures(String sentence, String... expected) {
    List<String> actual = new ArrayList<>();
    for (NumberFact f : extractor.extract(HandText.of(sentence), List.of())) {
      actual.add(render(f));
    }
    assertEquals(List.of(expected), actual, sentence);
  }

  static String render(NumberFact f) {
    String value = f.value() != null ? num(f.value()) : num(f.low()) + ".." + num(f.high());
    String line = String.join(" | ", f.text(), value, f.qualifier().label(), f.kind().label(),
        f.unit() == null ? "" : f.unit(), f.per() == null ? "" : f.per());
    return line.stripTrailing().replace("|  |", "| |");
  }

  private static String num(Double d) {
    if (d == null) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
  }
}
