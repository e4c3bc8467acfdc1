package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.DateFact;
import io.newsfacts.model.DateType;
import io.newsfacts.testing.HandText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every entry of every word list the date extractor reads can match: for each entry (and each of
 * its tags), a French sentence built from it shows the entry at work. Editing a list changes what
 * is found, and an entry nothing can reach (a dead one) fails here. The sentences are built from the
 * files, so a new entry is checked without editing this test; a new file must get its check here.
 */
class ModelListsTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();
  private static final TimeWords WORDS = new TimeWords();
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 11, 16);

  /** One line of a list: the entry as written, its value, its tags. */
  private record Entry(String word, String value, Set<String> tags) {}

  private static List<Entry> entries(String file) {
    List<Entry> out = new ArrayList<>();
    for (String[] kv : Lexicon.pairs(file)) {
      List<String> value = new ArrayList<>();
      Set<String> tags = new TreeSet<>();
      for (String part : kv[1].split("\\s+")) {
        if (part.startsWith("!")) {
          tags.add(part.substring(1));
        } else {
          value.add(part);
        }
      }
      out.add(new Entry(kv[0], String.join(" ", value), tags));
    }
    assertFalse(out.isEmpty(), file + " is empty");
    return out;
  }

  private static List<DateFact> dates(String sentence) {
    return EXTRACTOR.extract(HandText.of(sentence), PUBLISHED);
  }

  /** The date whose text is {@code span} in {@code sentence} (ignoring case), else the test fails. */
  private static DateFact found(String sentence, String span) {
    List<DateFact> all = dates(sentence);
    for (DateFact d : all) {
      if (d.text().equalsIgnoreCase(span)) {
        return d;
      }
    }
    return fail("\"" + span + "\" not found in \"" + sentence + "\": " + show(all));
  }

  private static void notFound(String sentence, String span) {
    List<DateFact> all = dates(sentence);
    assertTrue(all.stream().noneMatch(d -> d.text().toLowerCase(Locale.ROOT).contains(span.toLowerCase(Locale.ROOT))),
        "\"" + span + "\" should not be a date in \"" + sentence + "\": " + show(all));
  }

  private static String show(List<DateFact> all) {
    return all.stream().map(d -> d.text() + "=" + d.value() + " " + d.type()).collect(Collectors.joining(" | "));
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "de matinée", "d'après-midi". */
  private static String de(String word) {
    return "aeiouéèêh".indexOf(word.charAt(0)) >= 0 ? "d'" + word : "de " + word;
  }

  @Test
  void everyListOfTheDateExtractorIsCheckedHere() throws IOException {
    Set<String> checked = Set.of("ambiguous-months.txt", "counted-nouns.txt", "day-halves.txt", "duration-heads.txt",
        "duration-nouns.txt", "english-months.txt", "holiday-things.txt", "holidays.txt", "modifiers.txt", "not-counted.txt",
        "numbers.txt", "parts-of-day.txt", "present-words.txt", "relative-days.txt", "seasons.txt", "tense.txt",
        "units.txt", "weekday-abbreviations.txt");
    try (Stream<Path> files = Files.list(Path.of("models/dates"))) {
      Set<String> lists = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(checked), lists, "a list of models/dates without its check in this test");
    }
  }

  @Test
  void monthsOfTheSharedCalendar() {
    for (Entry e : entries("common/months.txt")) {
      DateFact d = found("Il est arrivé le 3 " + e.word() + " 2019.", "le 3 " + e.word() + " 2019");
      assertEquals(String.format(Locale.ROOT, "2019-%02d-03", Integer.parseInt(e.value())), d.value(), e.word());
    }
  }

  @Test
  void weekdaysOfTheSharedCalendar() {
    for (Entry e : entries("common/weekdays.txt")) {
      DateFact d = found("Il viendra " + e.word() + " prochain.", e.word() + " prochain");
      assertEquals(Integer.parseInt(e.value()), LocalDate.parse(d.value()).getDayOfWeek().getValue(), e.word());
    }
  }

  @Test
  void weekdayAbbreviations() {
    for (Entry e : entries("dates/weekday-abbreviations.txt")) {
      assertEquals("2019-02-18", found("Publié " + e.word() + " 18 février 2019.", e.word() + " 18 février 2019")
          .value(), e.word());
    }
  }

  @Test
  void ambiguousMonthsAreNamesWhenCapitalisedInMidSentence() {
    for (String m : Lexicon.lines("dates/ambiguous-months.txt")) {
      notFound("La sonde a pris la direction de " + capitalised(m) + " hier.", m);
      found("La sonde est partie en " + m + " 2019.", m + " 2019");
    }
  }

  @Test
  void englishMonthsOfTweetDateLines() {
    for (Entry e : entries("dates/english-months.txt")) {
      DateFact d = found("Bravo ! — Paul (@paul) " + e.word() + " 3, 2014", e.word() + " 3, 2014");
      assertEquals(String.format(Locale.ROOT, "2014-%02d-03", Integer.parseInt(e.value())), d.value(), e.word());
    }
  }

  @Test
  void numberWords() {
    for (Entry e : entries("dates/numbers.txt")) {
      if (e.value().equals("X")) { // quelques, plusieurs
        assertEquals("PXD", found("Il est parti il y a " + e.word() + " jours.", e.word() + " jours").value());
      } else if (e.word().endsWith("aine")) {
        // "la": "une quinzaine" alone is also a number and a unit
        assertEquals("P" + e.value() + "Y", found("Il a vécu là pendant la " + e.word() + " d'années.",
            "la " + e.word() + " d'années").value(), e.word());
      } else {
        assertEquals("P" + e.value() + "D", found("Il a attendu pendant " + e.word() + " jours.",
            e.word() + " jours").value(), e.word());
      }
    }
  }

  @Test
  void unitsAndTheirPhrases() {
    for (Entry e : entries("dates/units.txt")) {
      DateFact d = found("Il a attendu pendant deux " + e.word() + ".", "deux " + e.word());
      assertEquals(DateType.DURATION, d.type(), e.word());
      assertEquals(Timeline.duration(2.0, e.value(), false), d.value(), e.word());
      for (String tag : e.tags()) {
        Consumer<String> check = switch (tag) {
          case "period" -> u -> assertEquals(DateType.DATE, found("Il reviendra cette " + u + ".", "cette " + u).type());
          case "many" -> u -> assertEquals(DateType.DURATION, found("Il vit là depuis des " + u + ".", "des " + u).type());
          case "age" -> u -> notFound("Un chauffeur de 38 " + u + " a été blessé.", "38");
          case "age-group" -> u -> notFound("Les plus de 65 " + u + " votent.", "plus de 65");
          case "counted" -> u -> notFound("Il a passé de longues " + u + " au soleil.", u);
          default -> u -> fail("unknown tag !" + tag + " of " + u);
        };
        check.accept(e.word());
      }
      if (Set.of("Q", "HALF").contains(e.value()) && e.tags().contains("period")) {
        DateFact q = found("Les ventes ont baissé au premier " + e.word() + ".", "au premier " + e.word());
        assertEquals(e.value().equals("Q") ? "2016-Q1" : "2016-H1", q.value(), e.word());
      }
    }
  }

  @Test
  void relativeDays() {
    for (Entry e : entries("dates/relative-days.txt")) {
      assertEquals(DateType.DATE, found("Il viendra " + e.word() + ".", e.word()).type(), e.word());
    }
  }

  @Test
  void modifiersAndTheirPhrases() {
    for (Entry e : entries("dates/modifiers.txt")) {
      found("Il viendra mardi " + e.word() + ".", "mardi " + e.word());
      for (String tag : e.tags()) {
        switch (tag) {
          case "week" -> found("Il viendra mardi de la semaine " + e.word() + ".", "mardi de la semaine " + e.word());
          case "season" -> {
            DateFact d = found("Il viendra l'été " + e.word() + ".", "l'été " + e.word());
            assertEquals(e.value().contains("-") ? "2016-SU" : "2017-SU", d.value(), e.word());
          }
          default -> fail("unknown tag !" + tag + " of " + e.word());
        }
      }
    }
  }

  @Test
  void partsOfDayInEachPhraseTheirTagsName() {
    for (Entry e : entries("dates/parts-of-day.txt")) {
      String p = e.word();
      String code = e.value().equals("MI") ? "T12:00" : "T" + e.value();
      assertFalse(e.tags().isEmpty(), p + " has no phrase to be read in");
      for (String tag : e.tags()) {
        switch (tag) {
          case "after" -> assertEquals("2016-11-17" + code, found("Il viendra demain " + p + ".", "demain " + p).value());
          case "the" -> assertEquals("2016-11-16T" + (e.value().equals("DT") ? "AF" : e.value()),
              found("Il est arrivé en fin " + de(p) + ".", "en fin " + de(p)).value(), p);
          case "edge" -> assertEquals("2016-11-16T" + e.value(),
              found("Il est arrivé en " + p + " de journée.", "en " + p + " de journée").value(), p);
          case "this" -> assertEquals("2016-11-16T" + e.value(), found("Il part ce " + p + ".", "ce " + p).value(), p);
          case "same" -> found("Il est reparti le " + p + " même.", "le " + p + " même");
          case "each" -> assertEquals(DateType.SET, found("Il court chaque " + p + ".", "chaque " + p).type(), p);
          case "early" -> found("Il est parti tôt le " + p + ".", "tôt le " + p);
          case "of" -> {
            String the = "aeiouéè".indexOf(p.charAt(0)) >= 0 ? "l'" : p.endsWith("ée") || p.equals("nuit") ? "la " : "le ";
            // "la journée du 12 novembre" is the day itself
            assertEquals("2016-11-12" + (e.value().equals("DT") ? "" : code), found("Il est arrivé " + the + p + " du 12 novembre.",
                the + p + " du 12 novembre").value(), p);
          }
          default -> fail("unknown tag !" + tag + " of " + p);
        }
      }
    }
  }

  @Test
  void halvesOfTheDayAfterAClockTime() {
    for (Entry e : entries("dates/day-halves.txt")) {
      DateFact d = found("Il viendra à 8 heures " + e.word() + ".", "8 heures " + e.word());
      assertEquals(e.value().equals("PM") ? "2016-11-16T20:00" : "2016-11-16T08:00", d.value(), e.word());
    }
  }

  @Test
  void seasons() {
    for (Entry e : entries("dates/seasons.txt")) {
      assertEquals("2020-" + e.value(), found("Il viendra en " + e.word() + " 2020.", "en " + e.word() + " 2020").value());
      for (String tag : e.tags()) {
        assertEquals("verb", tag, e.word());
        notFound("Le ministre a " + e.word() + " clair.", e.word());
      }
    }
  }

  @Test
  void holidays() {
    for (Entry e : entries("dates/holidays.txt")) {
      String name = capitalised(e.word());
      DateFact d = found("Nous fêterons " + name + " 2019 ensemble.", name + " 2019");
      assertTrue(d.value().startsWith("2019-"), name + ": " + d.value());
      if (e.tags().contains("capital")) {
        notFound("Nous fêterons " + e.word() + " 2019 ensemble.", e.word());
      }
    }
  }

  @Test
  void durationNouns() {
    for (Entry e : entries("dates/duration-nouns.txt")) {
      assertEquals(e.value(), found("Il a attendu " + e.word() + ".", e.word()).value(), e.word());
    }
  }

  @Test
  void presentWords() {
    // the list is commented out by default (the project gold does not count them): any entry is read
    for (String[] kv : Lexicon.pairs("dates/present-words.txt")) {
      assertEquals(kv[1], found("Il est " + kv[0] + " seul.", kv[0]).value(), kv[0]);
    }
  }

  @Test
  void durationHeadsMakeNYearsADuration() {
    for (String head : Lexicon.lines("dates/duration-heads.txt")) {
      // after "d'" (not a qualifier "plus de"), "N années" is an age unless the word before is a head
      assertEquals("P10Y", found("Il faut un " + head + " d'une dizaine d'années.", "une dizaine d'années").value(),
          head);
    }
  }

  @Test
  void holidayThingsAreNamesNotDates() {
    for (String noun : Lexicon.lines("dates/holiday-things.txt")) {
      notFound("Il parle du " + noun + " de Noël.", "Noël");
      notFound("Il parle du " + noun + " Noël.", "Noël");
    }
    // the holiday alone, or the time around it, stays a date
    found("Il partira à Noël.", "Noël");
    found("Il partira pendant les vacances de Noël.", "Noël");
  }

  @Test
  void countedNounsMakeTheNumberNotAYear() {
    for (String noun : Lexicon.lines("dates/counted-nouns.txt")) {
      assertFalse(TimeWords.looksPlural(noun), noun + " is counted without the list");
      notFound("Il a payé 1500 " + noun + " hier.", "1500");
    }
  }

  @Test
  void notCountedWordsLeaveTheYear() {
    for (String word : Lexicon.lines("dates/not-counted.txt")) {
      assertTrue(TimeWords.looksPlural(word), word + " is not counted without the list");
      found("En 2018 " + word + " rien ne bouge.", "2018");
    }
  }

  @Test
  void tenseWords() {
    for (Entry e : entries("dates/tense.txt")) {
      for (String w : e.value().split(" ")) {
        switch (e.word()) {
          case "past-aux" -> assertEquals(Tense.PAST, tense("Il " + w + " venu mardi."), w);
          case "future-aux" -> assertEquals(Tense.FUTURE, tense("Il " + w + " partir mardi."), w);
          case "future-words" -> assertEquals(Tense.FUTURE, tense("Le vote " + w + " mardi."), w);
          case "etre-aux" -> assertEquals(Tense.PRESENT, tense("Elle " + w + " ouverte mardi."), w);
          case "etre-past" -> assertTrue(tense("Elle est " + w + " mardi.") == Tense.PAST
              || tense("Elle est " + w + "e mardi.") == Tense.PAST, w);
          case "reflexive" -> assertEquals(Tense.PAST, tense("Elle " + w + " est ouverte mardi."), w);
          case "age-verbs" -> {
            notFound("Il " + w + " 20 ans.", "20 ans");
            notFound("J'" + w + " 20 ans.", "20 ans"); // the subject elided: "j'avais 15 ans"
          }
          case "age-adverbs" -> notFound("J'ai " + w + " 20 ans.", "20 ans");
          default -> fail("unknown key " + e.word() + " in tense.txt");
        }
      }
    }
  }

  /** The tense that governs "mardi" in {@code sentence} (untagged words, as in these tests). */
  private static Tense tense(String sentence) {
    AnnotatedText doc = HandText.of(sentence);
    int at = sentence.indexOf("mardi");
    return Tense.around(doc.sentenceAt(at), at, at + 5, WORDS);
  }
}
