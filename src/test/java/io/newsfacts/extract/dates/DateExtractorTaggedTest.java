package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.testing.Models;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense of a bare weekday read from CoreNLP's part-of-speech tags (real models). */
class DateExtractorTaggedTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 11, 16);

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Le ministre a annoncé jeudi sa démission.; jeudi=2016-11-10",
      "Le ministre annoncera jeudi sa démission.; jeudi=2016-11-17",
      "Le ministre va annoncer jeudi sa démission.; jeudi=2016-11-17",
      "Le ministre tiendra une conférence de presse vendredi à Paris.; vendredi=2016-11-18",
      "Une fillette s'est noyée mardi soir dans la piscine.; mardi soir=2016-11-15TEV",
      "Le site est tombé en panne mercredi dernier. Il avait reçu 200 000 visites en fin de soirée mardi.;"
          + " mercredi dernier=2016-11-09 | en fin de soirée=2016-11-08TEV | mardi=2016-11-08",
  })
  void tenseFromTags(String sentence, String expected) {
    String found = EXTRACTOR.extract(Models.annotator().annotate(sentence), PUBLISHED).stream()
        .map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(" | "));
    assertEquals(expected, found);
  }
}
