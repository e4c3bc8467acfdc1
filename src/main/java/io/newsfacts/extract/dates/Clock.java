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
    // "en 2h04", "à 2H04 de Bordeaux": a time taken, not a time of day
    boolean took = prev.equals("en") || prev.equals("pendant") || prev.equals("durant") || INSTEAD_OF.matcher(textBefore(text, m.start("t"), 12)).find()
        || OF_PLACE.matcher(textAfter(text, m.end("t"), 6)).lookingAt()
        && !spelled;
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

  /** Whether "aux environs de", "aux alentours de", "autour de" stand before {@code at}. */
  static boolean aroundClock(String text, int at) {
    return AROUND.matcher(textBefore(text, at, 24)).find();
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
