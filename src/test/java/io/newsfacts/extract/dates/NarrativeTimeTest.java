package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.testing.HandText;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The story's own time: a dated heading, "ce lundi 6 mai" or a dateline anchors the times and
 * deictic dates after it; a year-less date after a dated one of another year takes that year.
 */
class NarrativeTimeTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 8);

  private static String read(String text, LocalDate published) {
    return EXTRACTOR.extract(HandText.of(text), published).stream().map(d -> d.text() + "=" + d.value())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void withoutAPublicationDateTheStorysDayAnchorsTimesAndYesterday() {
    assertEquals("Ce lundi 6 mai=XXXX-05-06 | 11h49=XXXX-05-06T11:49 | 12h37=XXXX-05-06T12:37 | Hier=XXXX-05-05",
        read("Ce lundi 6 mai, le procès s'ouvre.\n\n11h49 Le juge entre. 12h37 Suspension. Hier, les avocats"
            + " avaient plaidé.", null));
    // a date told in the text is not the writer's today: "hier" stays unknown
    assertEquals("Le 6 février 1998=1998-02-06 | hier=XXXX-XX-XX",
        read("Le 6 février 1998, le préfet a été tué. Le juge a parlé hier.", null));
    // unless an anniversary says how far it is: "il y a 20 ans jour pour jour" makes today 2018-02-06
    assertEquals("le 6 février 1998=1998-02-06 | il y a 20 ans jour pour jour=1998-02-06 | Ce mardi=2018-02-06"
        + " | 10h30=2018-02-06T10:30 | aujourd'hui=2018-02-06",
        read("Le préfet a été tué le 6 février 1998, il y a 20 ans jour pour jour. Ce mardi, à 10h30, la nation"
            + " lui rend hommage. Deux hommes restent aujourd'hui en prison.", null));
    // "il y a 20 ans" without "jour pour jour" is no exact anniversary
    assertEquals("le 6 février 1998=1998-02-06 | il y a 20 ans=XXXX-XX-XX | Ce mardi=XXXX-WXX-2",
        read("Le préfet a été tué le 6 février 1998, il y a 20 ans. Ce mardi, la nation lui rend hommage.", null));
  }

  @Test
  void withNoDayAtAllAPartOfDayKeepsItsPart() {
    assertEquals("en soirée=XXXX-XX-XXTEV", read("Il est arrivé en soirée.", null));
  }

  @Test
  void aDatedHeadingIsTheStorysTodayWhenItIsNotThePublicationDay() {
    assertEquals("Lundi 6 mai=2019-05-06 | 11h49=2019-05-06T11:49 | Hier=2019-05-05 | Ce matin=2019-05-06TMO",
        read("En direct.\nLundi 6 mai\n\n11h49 Le juge entre. Hier, les avocats avaient plaidé. Ce matin, rien.",
            PUBLISHED));
    // "ce lundi 6 mai" is the writer's own day too
    assertEquals("ce lundi 6 mai=2019-05-06 | hier soir=2019-05-05TEV",
        read("Le président s'est exprimé ce lundi 6 mai, après un conseil tenu hier soir.", PUBLISHED));
  }

  @Test
  void aDatelineIsTheStorysToday() {
    assertEquals("6 mai=2019-05-06 | hier soir=2019-05-05TEV",
        read("PARIS, 6 mai (AFP) - Le président a parlé hier soir.", PUBLISHED));
  }

  @Test
  void aDateInTheTextIsNotTheStorysToday() {
    assertEquals("le 12 mars=2019-03-12 | Hier=2019-05-07",
        read("Le procès a eu lieu le 12 mars. Hier, le juge a parlé.", PUBLISHED));
  }

  @Test
  void aYearLessDateAfterADatedOneTakesItsYear() {
    assertEquals("Le 3 mars 2016=2016-03-03 | Le 5 mars=2016-03-05",
        read("Le 3 mars 2016, il a été condamné. Le 5 mars, il a fait appel.", PUBLISHED));
    // not before it, nor when the future points to the publication's year
    assertEquals("Le 3 mars 2016=2016-03-03 | le 12 juin=2019-06-12",
        read("Le 3 mars 2016, il a été condamné. Il devrait être rejugé le 12 juin.", PUBLISHED));
  }

  @Test
  void aDayOfUnknownYearWrittenWithItsWeekdayPlacesTheBareWeekdaysAfterIt() {
    // no publication date: "samedi 18 mars" is a Saturday, so the Sunday after is the 19th
    assertEquals("samedi 18 mars=XXXX-03-18 | dimanche=XXXX-03-19 | la veille=XXXX-03-18",
        read("Le missile a été tiré samedi 18 mars. L'agence l'annoncera dimanche, la veille ayant été calme.", null));
    // a month end: the year is unknown, so it is taken common (three years in four): the Tuesday
    // before "jeudi 2 mars" is 28 February; a time told on that day keeps its weekday known
    assertEquals("jeudi 2 mars=XXXX-03-02 | la soirée=XXXX-03-02TEV | mardi matin=XXXX-02-28TMO",
        read("Il a été mis en examen jeudi 2 mars. Il devait être présenté dans la soirée à un juge. "
            + "Il avait été placé en garde à vue mardi matin.", null));
    assertEquals("ce jeudi 30 mars=XXXX-03-30 | mardi=XXXX-03-28 | lundi dernier=XXXX-03-27",
        read("Contacté ce jeudi 30 mars, il a précisé ce qu'il avait dit mardi. Il était à Lourdes lundi dernier.", null));
    // the tense says where a weekday is from today, not from a day told: the nearest Sunday
    assertEquals("samedi 18 mars=XXXX-03-18 | dimanche=XXXX-03-19",
        read("Le missile a été tiré samedi 18 mars, a souligné le chef du régime, cité dimanche par l'agence.", null));
    // a day counted from a day without its weekday does not know its weekday either
    assertEquals("le 31 décembre=XXXX-12-31 | Le lendemain=XXXX-01-01 | dimanche=XXXX-WXX-7",
        read("Le feu a pris le 31 décembre. Le lendemain, les pompiers sont restés. Le maire est venu dimanche.", null));
    // without the weekday, the week stays unknown
    assertEquals("le 18 mars=XXXX-03-18 | dimanche=XXXX-WXX-7",
        read("Le missile a été tiré le 18 mars. L'agence l'a annoncé dimanche.", null));
  }

  @Test
  void aWeekdayAndDayNumberAfterADayOfUnknownYearIsInItsMonth() {
    assertEquals("lundi 9 octobre=XXXX-10-09 | vendredi 13=XXXX-10-13",
        read("Du lundi 9 octobre au vendredi 13, le journal vous lance un défi.", null));
    // the weekday does not fit the 13th of that month: left with its day only
    assertEquals("lundi 9 octobre=XXXX-10-09 | jeudi 13=XXXX-XX-13",
        read("Du lundi 9 octobre au jeudi 13, le journal vous lance un défi.", null));
  }

  @Test
  void thisMonthWithNoTodayIsTheMonthBeingTold() {
    assertEquals("le 6 juillet=XXXX-07-06 | ce mois-ci=XXXX-07",
        read("L'élection aura lieu le 6 juillet. Le chef de la coalition, élu ce mois-ci, a démissionné.", null));
    assertEquals("ce mois-ci=XXXX-XX", read("Le chef de la coalition, élu ce mois-ci, a démissionné.", null));
  }

  @Test
  void aDemonstrativeDayAndMonthIsTheStorysToday() {
    assertEquals("ce 23 juillet=XXXX-07-23 | le mois dernier=XXXX-06 | hier=XXXX-07-22",
        read("Selon un sondage paru ce 23 juillet, 3 % ne se prononcent pas, contre 1 % le mois dernier."
            + " Le ministre a réagi hier.", null));
  }

  @Test
  void anEmbeddedPostsDateStandsForAMissingPublicationDate() {
    String text = "Invité de la radio ce lundi, le député a dénoncé la loi adoptée dimanche soir.\n"
        + "\"Nous ne lâcherons rien\" pic.twitter.com/abc\n"
        + "— France Inter (@franceinter) April 23, 2018\n";
    assertEquals("ce lundi=2018-04-23 | dimanche soir=2018-04-22TEV | April 23, 2018=2018-04-23", read(text, null));
    // a dash and a date without a handle are no post
    assertEquals("ce lundi=XXXX-WXX-1 | le 23 avril 2018=2018-04-23",
        read("Invité ce lundi, le député a parlé.\n— Propos recueillis le 23 avril 2018\n", null));
  }

  @Test
  void laterAndEarlierCountFromTheLastPointTold() {
    assertEquals("mai 68=1968-05 | treize ans plus tard=1981",
        read("La société née de mai 68 a changé. Les radios libres, nées treize ans plus tard, ont suivi.", PUBLISHED));
    assertEquals("juillet 2012=2012-07 | un mois plus tôt=2012-06",
        read("En juillet 2012, la cote était basse; un mois plus tôt, elle était haute.", PUBLISHED));
    // nothing told: counted from the story's today
    assertEquals("deux ans plus tard=2021", read("Deux ans plus tard, rien n'a changé.", PUBLISHED).replace("Deux", "deux"));
    // relative to an event ("après avoir ..."), it is a duration
    assertEquals("6 mois=P6M", read("Il a dénoncé la réforme, 6 mois après avoir conduit la négociation.", PUBLISHED));
  }

  @Test
  void withNothingDatedASeasonAndATwoDigitYearKeepWhatIsKnown() {
    assertEquals("cet été=XXXX-SU | printemps dernier=XXXX-SP",
        read("Il avait ouvert une perspective cet été, après le débat du printemps dernier.", null));
    assertEquals("97=1997", read("Dès 97, les nouvelles techniques sont arrivées.", null));
    assertEquals("15=XXXX-XX-XX", read("Il est parti en 15.", null));
  }
}
