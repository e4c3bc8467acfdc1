package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.groupOrNull;
import static io.newsfacts.extract.dates.Matched.nextWord;
import static io.newsfacts.extract.dates.Matched.previousWord;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textAfter;
import static io.newsfacts.extract.dates.Matched.textBefore;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of durations: "pendant deux mois", "depuis 7 ans", "environ une heure", "de longs mois",
 * "quinquennat"; "N ans" that is an age ("un chauffeur de 38 ans") is not one.
 */
final class Durations {
  private static final Pattern DETERMINED = Pattern.compile("(?:ces|les|des) ");
  /** "de" then a common noun after "N ans": what the years were of ("trente ans de surdité"). */
  private static final Pattern OF_A_NOUN = Pattern.compile("[\\s\\u00a0]+(?:de[\\s\\u00a0]+|d['’])\\p{Ll}");
  private final TimeWords words;

  Durations(TimeWords words) {
    this.words = words;
  }

  Mention duration(Matcher m, String text) {
    String unitWord = TimeWords.key(m.group("u"));
    String u = words.units.get(unitWord);
    if (u == null) {
      return null;
    }
    String n = groupOrNull(m, "n");
    String written = n == null ? "" : TimeWords.key(n);
    Double value = n == null ? null : words.number(n);
    int s = m.start("t");
    String prev = previousWord(text, s);
    boolean prepared = Set.of("pendant", "durant", "depuis", "en", "dans", "pour", "sur", "ici", "après", "avant")
        .contains(prev);
    if (u.equals("H") && (value == null || value < 24) && (Clock.TIME_PREPOSITIONS.contains(prev) || Clock.aroundClock(text, s))) {
      return null; // "à 15 heures", "aux environs de 8 heures" are clock times
    }
    if ((written.equals("un") || written.equals("une")) && (u.equals("D") || u.equals("WE")) && !prepared) {
      return null; // "un jour, il ..."
    }
    String qualified = TimeWords.key(m.group("t")).replaceAll("^(plus|moins|près) de .*", "$1");
    if (words.unitList.has(unitWord, "age-group") && (qualified.equals("plus") || qualified.equals("moins")) && !prepared
        && !Set.of("il y a", "voici", "ici", "a").contains(prev)) {
      return null; // "les plus de 65 ans": an age group
    }
    boolean years = words.unitList.has(unitWord, "age");
    boolean determined = DETERMINED.matcher(TimeWords.key(m.group("t"))).lookingAt(); // "ces vingt dernières années"
    if (years && n != null && !written.startsWith("de ") && !determined && isAge(text, s, m.end("t"), prev, unitWord)) {
      return null;
    }
    if (words.unitList.has(unitWord, "counted") && value == null) {
      return null;
    }
    boolean half = groupOrNull(m, "half") != null;
    Double amount = value == null ? null : half ? value + 0.5 : value;
    return new Mention(start(m), end(m), DateType.DURATION, constant(Timeline.duration(amount, u, false)));
  }

  /** "un chauffeur de 38 ans", "Alain Parmentier, 53 ans,", "les 18-24 ans" are ages. */
  private boolean isAge(String text, int start, int end, String prev, String unitWord) {
    if (OF_A_NOUN.matcher(textAfter(text, end, 8)).lookingAt()) {
      return false; // "trente ans de surdité", "mes trois ans de yoga": years of something
    }
    if (start > 0 && text.charAt(start - 1) == '-') {
      return true;
    }
    if (words.ageVerbs.contains(verbBefore(text, start, prev))) {
      return true; // "elle a eu 20 ans", "j'avais 15 ans", "j'ai à peu près 5 ans"
    }
    String next = nextWord(text, end);
    if (next.equals("et") && textAfter(text, end, 10).contains("plus")) {
      return true;
    }
    if (prev.equals("de") || prev.equals("d'")) {
      String head = previousWord(text, start - (prev.length() + 1));
      return !words.durationHeads.contains(head) && !head.endsWith("ici");
    }
    if (prev.equals("à") || prev.equals("a")) {
      String head = previousWord(text, start - 2);
      return !next.equals("de") && !next.equals("d") && !head.endsWith("ici");
    }
    if (Set.of("les", "des", "ses", "mes", "tes", "leurs", "nos", "vos", "ces").contains(prev)) {
      return unitWord.equals("ans"); // "les 18 ans" is an age, "ces quatre années" a span
    }
    String before = textBefore(text, start, 3).strip();
    String after = textAfter(text, end, 2).strip();
    if (before.endsWith(":") && Set.of("âge", "age").contains(previousWord(text, text.lastIndexOf(':', start)))) {
      return true; // "Age: 40 ans"
    }
    return (before.endsWith(",") || before.endsWith("(")) && (after.startsWith(",") || after.startsWith(")")
        || after.startsWith(".") || next.equals("et"));
  }

  /** The word before {@code start} past the adverbs of {@code age-adverbs}, without an elided subject. */
  private String verbBefore(String text, int start, String prev) {
    int at = start;
    for (int k = 0; k < 4 && words.ageAdverbs.contains(elided(prev)); k++) {
      at = startOfWordBefore(text, at);
      prev = previousWord(text, at);
    }
    if (at != start && previousWord(text, startOfWordBefore(text, at)).equals("y")) {
      return ""; // "il y a à peu près 20 ans": a time ago, not an age
    }
    return elided(prev);
  }

  /** Where the word that {@link Matched#previousWord} reads before {@code at} begins. */
  private static int startOfWordBefore(String text, int at) {
    int i = Math.min(at, text.length());
    while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
      i--;
    }
    return i;
  }

  /** "ai" for "j'ai", "a" for "n'a". */
  private static String elided(String word) {
    return word.substring(word.lastIndexOf('\'') + 1);
  }

  /**
   * The first end of "de 45 à 90 jours": a duration in the unit of the second (whose own mention
   * the duration rule finds). Not for hours: "de 14 à 16 heures" is as often two clock times.
   */
  Mention firstOfRange(Matcher m, String text) {
    String u = words.units.get(TimeWords.key(m.group("u")));
    Double value = words.number(m.group("n"));
    if (u == null || value == null || u.equals("H") || words.unitList.has(TimeWords.key(m.group("u")), "age")) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DURATION, constant(Timeline.duration(value, u, false)));
  }

  /** "quinquennat", "un quart de siècle": the duration its list gives. */
  Mention durationNoun(Matcher m, String text) {
    String value = words.durationNouns.get(TimeWords.key(m.group("t")));
    String prev = previousWord(text, m.start("t"));
    if (value.startsWith("PT") && (prev.equals("à") || prev.equals("vers") || Clock.aroundClock(text, m.start("t")))) {
      return null; // "à une heure et demie": a clock time
    }
    return new Mention(start(m), end(m), DateType.DURATION, constant(value));
  }
}
