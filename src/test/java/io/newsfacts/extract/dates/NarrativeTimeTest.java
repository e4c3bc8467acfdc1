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
}
