package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.groupOrNull;
import static io.newsfacts.extract.dates.Matched.isSentenceStart;
import static io.newsfacts.extract.dates.Matched.previousWord;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textAfter;
import static io.newsfacts.extract.dates.Matched.textBefore;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of clock times: "à 14 h 30", "18 h", "15:00", "à quinze heures", "vers midi", "minuit et
 * quart"; "en 2h04" is the time something took, a duration.
 */
final class Clock {
  /** Words before "N heures" that make it a clock time ("à 15 heures"), not a duration. */
  static final Set<String> TIME_PREPOSITIONS =
      Set.of("à", "a", "vers", "dès", "jusqu'à", "avant", "après", "entre", "et", "ce", "aux", "environ");
  private static final Pattern INSTEAD_OF = Pattern.compile("au[\\s\\u00a0]+lieu[\\s\\u00a0]+de[\\s\\u00a0]+$");
  private static final Pattern AROUND = Pattern.compile(
      "(?:aux[\\s\\u00a0]+(?:environs|alentours)|autour)[\\s\\u00a0]+de[\\s\\u00a0]+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OF_PLACE = Pattern.compile("[\\s\\u00a0]+de[\\s\\u00a0]+\\p{Lu}");
  /** "de" and the common noun after a clock-like amount: "17 heures de route", "12 h d'affilée". */
  private static final Pattern OF_A_NOUN =
      Pattern.compile("[\\s\\u00a0]+(?:de[\\s\\u00a0]+|d['’])(\\p{Ll}[\\p{L}-]*)");
  /** Words after "de" that leave a clock time one: "à 4 h de la nuit", "à 20 h de mardi". */
  private static final Set<String> NOT_A_NOUN = Set.of("la", "le", "les", "l", "chez");
  /** A rate after a clock-like amount, or after the range it opens: "de 6h30 à 7h30 par jour". */
  private static final Pattern PER_UNIT = Pattern.compile(
      "(?:[\\s\\u00a0]+(?:à|et)[\\s\\u00a0]+\\d{1,2}[\\s\\u00a0]?[hH](?:[\\s\\u00a0]?\\d\\d)?)?[\\s\\u00a0]+par[\\s\\u00a0]+(\\p{L}+)");
  private final TimeWords words;

  Clock(TimeWords words) {
    this.words = words;
  }

  Mention clock(Matcher m, String text) {
    String hw = TimeWords.key(m.group("h"));
    String prev = previousWord(text, m.start("t"));
    String half = groupOrNull(m, "half");
    boolean spelled = text.regionMatches(true, m.end("h"), " heure", 0, 6)
        || text.regionMatches(true, m.end("h"), "\u00a0heure", 0, 6);
    if ((spelled || hw.equals("midi") || hw.equals("minuit")) && !TIME_PREPOSITIONS.contains(prev) && half == null
        && !prev.equals("vers") && !prev.equals("de") && !prev.equals("jusqu'à")
        && !(hw.startsWith("mi") && m.start("t") == 0)) {
      return null; // "cinq heures" alone is a duration; "le Midi" is a region
    }
    if (hw.equals("midi") && Character.isUpperCase(m.group("h").charAt(0)) && !isSentenceStart(text, m.start("t"))) {
      return null;
    }
    int hour;
    if (hw.equals("midi")) {
      hour = 12;
    } else if (hw.equals("minuit")) {
      hour = 0;
    } else {
      Double h = words.number(hw);
      if (h == null || h > 23) {
        return null;
      }
      hour = h.intValue();
    }
    int minute = minutes(groupOrNull(m, "mi"));
    if (minute < 0) {
      return null;
    }
    if (groupOrNull(m, "mi") != null && TimeWords.key(m.group("mi")).startsWith("moins")) {
      hour = (hour + 23) % 24;
      minute = 60 - minute;
    }
    if (half != null && "PM".equals(words.dayHalves.get(TimeWords.key(half))) && hour < 12) {
      hour += 12;
    }
    // "en 2h04", "à 2H04 de Bordeaux": a time taken, not a time of day; so are the hours of
    // something ("17 heures de route", "après 12 heures de débat", "une journée de 13h")
    boolean took = prev.equals("en") || prev.equals("pendant") || prev.equals("durant") || INSTEAD_OF.matcher(textBefore(text, m.start("t"), 12)).find()
        || OF_PLACE.matcher(textAfter(text, m.end("t"), 6)).lookingAt()
        && !spelled;
    took = took || half == null && (hoursOfSomething(text, m.end("t")) || prev.equals("de") && lengthBefore(text, m.start("t"))
        || perUnit(text, m.end("t")));
    if (took) {
      String v = "PT" + hour + "H" + (minute > 0 ? minute + "M" : "");
      return new Mention(start(m), end(m), DateType.DURATION, constant(v));
    }
    int h = hour;
    int min = minute;
    boolean nextDay = hw.equals("minuit");
    return new Mention(start(m), end(m), DateType.TIME, t -> {
      LocalDate d = t.dayForTime();
      String time = String.format(Locale.ROOT, "T%02d:%02d", h, min);
      return d == null ? "XXXX-XX-XX" + time : Timeline.day(nextDay ? d.plusDays(1) : d) + time;
    }, true);
  }

  private int minutes(String written) {
    if (written == null) {
      return 0;
    }
    String k = TimeWords.key(written);
    if (k.equals("trois quarts")) {
      return 45;
    }
    if (k.equals("et quart")) {
      return 15;
    }
    if (k.startsWith("et demi")) {
      return 30;
    }
    if (k.equals("moins le quart")) {
      return 15;
    }
    if (k.startsWith("moins ")) {
      k = k.substring(6);
    }
    Double v = words.number(k);
    return v == null || v >= 60 ? -1 : v.intValue();
  }

  /** Whether "de" and a common noun follow: "17 heures de route" (not "à 4 h de la nuit", "20 h de mardi"). */
  private boolean hoursOfSomething(String text, int end) {
    Matcher of = OF_A_NOUN.matcher(textAfter(text, end, 30));
    if (!of.lookingAt()) {
      return false;
    }
    String noun = TimeWords.key(of.group(1));
    return !NOT_A_NOUN.contains(noun) && !words.weekdays.containsKey(noun) && !words.months.containsKey(noun)
        && !words.units.containsKey(noun) && words.podCode(noun) == null;
  }

  /** Whether a rate follows: "7h30 par jour", "de 6h30 à 7h30 par jour" (hours a day, not a time). */
  private boolean perUnit(String text, int end) {
    Matcher per = PER_UNIT.matcher(textAfter(text, end, 30));
    return per.lookingAt() && words.units.containsKey(TimeWords.key(per.group(1)));
  }

  /** Whether a length of time stands before "de": "une journée de 13h", "des semaines de 60 heures". */
  private boolean lengthBefore(String text, int start) {
    int de = start;
    while (de > 0 && Character.isSpaceChar(text.charAt(de - 1))) {
      de--;
    }
    String head = previousWord(text, Math.max(0, de - 2)); // the word before "de"
    return words.units.containsKey(head) || words.durationHeads.contains(head);
  }

  /** Whether "aux environs de", "aux alentours de", "autour de" stand before {@code at}. */
  static boolean aroundClock(String text, int at) {
    return AROUND.matcher(textBefore(text, at, 24)).find();
  }

  /** "T18:00" for "T06:00": a time before noon told with "du soir", "de l'après-midi". */
  static String afternoon(String clock) {
    int h = Integer.parseInt(clock.substring(1, 3));
    return h < 12 ? String.format(Locale.ROOT, "T%02d", h + 12) + clock.substring(3) : clock;
  }

  /** "T10:00" for a matched "à 10 h", or null. */
  static String clockAfter(Matcher m) {
    String h = m.group("ah");
    if (h == null) {
      return null;
    }
    String mi = m.group("am");
    return String.format(Locale.ROOT, "T%02d:%02d", Integer.parseInt(h), mi == null ? 0 : Integer.parseInt(mi));
  }
}
