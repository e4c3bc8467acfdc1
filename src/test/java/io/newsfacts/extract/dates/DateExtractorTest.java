package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.testing.HandText;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Hand-written French sentences: what is found (the span) and what it resolves to. */
class DateExtractorTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  /** A Wednesday, as in the seed article. */
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 11, 16);

  private static List<DateFact> dates(String sentence, LocalDate published) {
    AnnotatedText doc = HandText.of(sentence);
    List<DateFact> found = EXTRACTOR.extract(doc, published);
    for (DateFact d : found) {
      assertEquals(d.text(), doc.text().substring(d.start(), d.end()), "offsets index the text");
    }
    return found;
  }

  /** "span=value" for every date of the sentence, joined by " | ". */
  private static String read(String sentence) {
    return dates(sentence, PUBLISHED).stream().map(d -> d.text() + "=" + d.value())
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Il est venu hier.; hier=2016-11-15",
      "Bravo à tous ! — Marie Dupont (@mdupont) March 3, 2013; March 3, 2013=2013-03-03",
      "Le tweet de Paul (@paul) publié November 20, 2016 a été effacé.; November 20, 2016=2016-11-20",
      "Il viendra demain matin.; demain matin=2016-11-17TMO",
      "La réunion a eu lieu mercredi dernier.; mercredi dernier=2016-11-09",
      "Le site a été lancé la semaine dernière.; la semaine dernière=2016-W45",
      "Les prix ont augmenté l'an dernier.; l'an dernier=2015",
      "Les prix ont augmenté l’année dernière.; l’année dernière=2015",
      "Il partira la semaine prochaine.; la semaine prochaine=2016-W47",
      "Il est parti il y a trois jours.; il y a trois jours=2016-11-13",
      "Il reviendra dans deux semaines.; dans deux semaines=2016-11-30",
      "Les travaux commenceront début mars.; début mars=2017-03",
      "Le chantier sera fini fin 2016.; fin 2016=2016",
      "Les ventes ont baissé au premier trimestre.; au premier trimestre=2016-Q1",
      "Il a été élu le 27 mai 1998.; le 27 mai 1998=1998-05-27",
      "Le scrutin aura lieu le 9 novembre.; le 9 novembre=2016-11-09",
      "Elle est née le 10 novembre 93.; le 10 novembre 93=1993-11-10",
      "Le quota est atteint pour 2016-2017.; 2016-2017=2016/2017",
      "Le salon se tiendra du 3 au 5 mai.; 3 au 5 mai=2017-05-03/2017-05-05",
      "Le sondage a été réalisé les 23 et 24 mai.; les 23 et 24 mai=2016-05-23/2016-05-24",
      "Les élections auront lieu les 6 et 13 avril prochains.; les 6=2017-04-06 | 13 avril prochains=2017-04-13",
      "Les chiffres ont doublé entre 2010 et 2015.; entre 2010 et 2015=2010/2015",
      "La loi du 15.05.2016 est claire.; 15.05.2016=2016-05-15",
      "La lettre du 15/05/2016 est claire.; 15/05/2016=2016-05-15",
      "La musique des années 60 revient.; années 60=196",
      "Au XIXe siècle, la ville grandit.; XIXe siècle=18",
      "Il travaille ici depuis 7 ans.; 7 ans=P7Y",
      "Le chantier a duré pendant deux mois.; deux mois=P2M",
      "Il a couru en 30,4 secondes.; 30,4 secondes=PT30.4S",
      "Il a été retenu environ une heure.; environ une heure=PT1H",
      "Il mange chaque jour une pomme.; chaque jour=P1D",
      "Le marché a lieu tous les lundis.; tous les lundis=XXXX-WXX-1",
      "La séance est prévue à 14 h 30.; 14 h 30=2016-11-16T14:30",
      "Il est arrivé en octobre 98.; octobre 98=1998-10",
      "Les faits datent de septembre dernier.; septembre dernier=2016-09",
      "La bibliothèque rouvrira en juin prochain.; juin prochain=2017-06",
      "Ils fêtent Noël en famille.; Noël=2016-12-25",
      "La Toussaint est passée.; La Toussaint=2016-11-01",
      "Le marché est fermé à la Pentecôte 2017.; la Pentecôte 2017=2017-06-04",
      "Ils ont voyagé l'été dernier.; l'été dernier=2016-SU",
      "Depuis une dizaine d'années, la ville change.; une dizaine d'années=P10Y",
      "Il est mort avant-hier.; avant-hier=2016-11-14",
      "Il viendra après demain.; après demain=2016-11-18",
      "Il est venu aujourd’hui.; aujourd’hui=2016-11-16",
      "Il est rentré mardi 8 novembre au soir.; mardi 8 novembre au soir=2016-11-08TEV",
      "Les faits ont eu lieu dans la nuit de samedi à dimanche.; samedi=2016-11-12 | dimanche=2016-11-13",
      "Il a marché pendant 2 h 30.; 2 h 30=PT2H30M",
      "Le magasin est ouvert samedi et dimanche.; samedi=2016-11-19 | dimanche=2016-11-20",
      "Le 14-Juillet, on défile.; Le 14-Juillet=2016-07-14",
      "Hier à 10 h, les délégués ont appelé au boycott.; Hier à 10 h=2016-11-15T10:00",
      "Il est arrivé hier, à 10 h.; hier=2016-11-15 | 10 h=2016-11-15T10:00",
      "Au cours des dernières semaines, le prix a monté.; des dernières semaines=PXW",
      "Les offices auront lieu samedi 7 janvier à 18 h 30.; samedi 7 janvier=2017-01-07 | 18 h 30=2017-01-07T18:30",
      "Il était parti le jeudi 12 novembre.; le jeudi 12 novembre=2015-11-12",
      "Le concert aura lieu samedi 19, à 20 h.; samedi 19=2016-11-19 | 20 h=2016-11-19T20:00",
      "Pendant les mois d'été, le camping est complet.; les mois d'été=XXXX-SU",
      "Elles l'ont rencontré environ une heure plus tard.; environ une heure=PT1H",
  })
  void findsAndResolves(String sentence, String expected) {
    assertEquals(expected, read(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Un chauffeur de 38 ans a été agressé.",
      "Alain Parmentier, 53 ans, employé de la société, a témoigné.",
      "Les 18-24 ans votent peu.",
      "Elle a eu 20 ans.",
      "Marlene Schiappa, 34 ans et Gérald Darmanin sont ministres.",
      "Age: 40 ans. Son parcours est long.",
      "Il a désormais les mains libres.",
      "Une femme d'une trentaine d'années est tombée.",
      "Il a été blessé.",
      "Les Jeux d'hiver commencent.",
      "Le lendemain d'une élection, personne ne vote.",
      "Les talents de demain sont là.",
      "Il y avait 2000 personnes.",
      "Noël Mamère a parlé.",
      "La moyenne se situe entre 5500 et 6000 pages.",
      "Appelez le 03.29.88.43.12. pour vous inscrire.",
  })
  void ignoresWhatIsNotADate(String sentence) {
    assertEquals("", read(sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // inside someone's words, "aujourd'hui" is the speaker's present, whatever the marks
      "Il a dit : « Aujourd'hui, nous disons stop. »; Aujourd'hui=PRESENT_REF",
      "Il a dit : “Aujourd'hui, nous disons stop.”; Aujourd'hui=PRESENT_REF",
      "Il a dit : \"Aujourd'hui, nous disons stop\", puis il est parti.; Aujourd'hui=PRESENT_REF",
      "Il répond :\\n— Aujourd'hui, nous disons stop.; Aujourd'hui=PRESENT_REF",
      // in the narrative it is the publication day; a "Name : ..." line alone is no quote
      "Aujourd'hui, le maire a dit stop.; Aujourd'hui=2016-11-16",
      "Le maire : aujourd'hui, la ville dit stop.; aujourd'hui=2016-11-16",
  })
  void todayInsideAQuoteIsTheSpeakersPresent(String sentence, String expected) {
    assertEquals(expected, read(sentence.replace("\\n", "\n")));
  }

  @Test
  void aBareWeekdayIsAnchoredOnTheStorysLastDay() {
    // seed article: the Tuesday is the evening before "mercredi dernier" (9 Nov), not 15 Nov
    String text = "Le site est tombé en panne, mercredi dernier, au moment de la victoire. "
        + "Ottawa a confirmé que le site avait reçu plus de 200 000 visites en fin de soirée mardi.";
    String found = read(text);
    assertTrue(found.contains("mercredi dernier=2016-11-09"), found);
    assertTrue(found.contains("mardi=2016-11-08"), found);
    assertTrue(found.contains("en fin de soirée=2016-11-08TEV"), found);
  }

  @Test
  void aStoryDayAfterPublicationDoesNotAnchorAPastWeekday() {
    // published Wednesday 16 Nov; the announcement was made the Tuesday before, not after 1 Dec
    String text = "Les urgences rouvriront la nuit à partir du 1er décembre, a annoncé mardi l'agence régionale.";
    String found = read(text);
    assertTrue(found.contains("1er décembre=2016-12-01"), found);
    assertTrue(found.contains("mardi=2016-11-15"), found);
  }

  @Test
  void theTenseDecidesPastOrFutureForABareWeekday() {
    assertEquals("jeudi=2016-11-10", read("Le ministre a annoncé jeudi sa démission."));
    assertEquals("jeudi=2016-11-17", read("Le ministre annoncera jeudi sa démission."));
    assertEquals("dimanche=2016-11-13", read("Réélu dimanche, il a nommé un ministre."));
  }

  @Test
  void ceWeekdayWithoutTenseIsTheNearestOne() {
    // published on Wednesday 16 November 2016: the Tuesday before, the Thursday after
    assertEquals("ce mardi=2016-11-15", read("Leur vote ce mardi, contre le budget."));
    assertEquals("Ce lundi=2016-11-14", read("Ce lundi, sur le plateau de la chaîne."));
    assertEquals("ce jeudi=2016-11-17", read("La publication ce jeudi des déclarations."));
    // a tense still decides
    assertEquals("ce mardi=2016-11-22", read("Les députés voteront ce mardi."));
    assertEquals("ce jeudi=2016-11-10", read("Les députés ont voté ce jeudi."));
  }

  @Test
  void aTimeTakesTheDayOfTheStory() {
    LocalDate thursday = LocalDate.of(1999, 5, 20);
    String found = dates("Un homme a été secouru mardi vers 21 h 45. Il est décédé hier matin.", thursday)
        .stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" | "));
    assertEquals("mardi=1999-05-18 | 21 h 45=1999-05-18T21:45 | hier matin=1999-05-19TMO", found);
  }

  @Test
  void aTimeToComeIsNotOnADayToldInThePast() {
    // published Wednesday 16 Nov: Monday's hearing was told, the one at 14 h is still to come
    assertEquals("Lundi=2016-11-14 | 14 heures=2016-11-16T14:00",
        read("Lundi, le juge a parlé. L'audience va avoir lieu à 14 heures."));
    assertEquals("Lundi=2016-11-14 | 14 heures=2016-11-14T14:00", read("Lundi, le juge a parlé à 14 heures."));
  }

  @Test
  void withoutAPublicationDateUnknownPartsStayX() {
    String found = dates("Le scrutin du 6 juillet a eu lieu mardi, en mars.", null).stream()
        .map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" | "));
    assertEquals("6 juillet=XXXX-07-06 | mardi=XXXX-WXX-2 | mars=XXXX-03", found);
  }

  @Test
  void withoutAnyAnchorARelativeDateIsAllX() {
    String found = dates("Il est venu hier, la semaine dernière.", null).stream()
        .map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" | "));
    assertEquals("hier=XXXX-XX-XX | la semaine dernière=XXXX-WXX", found);
  }

  @Test
  void aTimeTakenIsADuration() {
    assertEquals("2H04=PT2H4M", read("Les LGV mettront Paris à 2H04 de Bordeaux."));
  }

  @Test
  void quebecsFeteNationaleIsInJune() {
    assertEquals("la fête nationale=2017-06-24", read("Au Québec, on célèbrera la fête nationale."));
    assertEquals("la fête nationale=2017-07-14", read("En France, on célèbrera la fête nationale."));
  }

  @Test
  void aMonthOrAWeekdayInsideANameIsNoDate() {
    assertEquals("", read("Elle proteste contre l'usage du Champ-de-Mars et de la place du 8-Mai."));
    assertEquals("mars=2016-03", read("Les travaux du Champ-de-Mars ont commencé en mars."));
    assertEquals("", read("Selon un sondage pour le Journal du Dimanche, il recule."));
    // a real day after "du" stays a date
    assertEquals("dimanche=2016-11-13 | lundi=2016-11-14", read("Il est sorti dans la nuit du dimanche au lundi."));
  }
}
