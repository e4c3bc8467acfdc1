package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textAfter;

import io.newsfacts.extract.dates.Mention.Meaning;
import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers of parts of a day named alone: "la soirée", "dans la nuit", "ce soir", "le matin même". */
final class PartsOfDay {
  private static final Pattern PART_OF_SOMETHING = Pattern.compile(
      "[\\s\\u00a0]+(?:d['’]|(?:de|du|des|où|qui|que|suivante|précédente)(?!\\p{L}))");
  private final TimeWords words;
  private final Weekdays weekdays;

  PartsOfDay(TimeWords words, Weekdays weekdays) {
    this.words = words;
    this.weekdays = weekdays;
  }

  /**
   * A part of a day told after it: "le matin du 12 mai", "la nuit du 22 au 23 mai" (the night of
   * the 22nd), "dans la nuit de samedi à dimanche" (Saturday's night), "la soirée de mardi".
   */
  Mention ofDay(Matcher m, String text) {
    String pod = words.podCode(m.group("pod"));
    String wd = m.group("wd");
    Integer day = m.group("d") == null ? null : words.dayNumber(m.group("d"));
    if (wd == null && (day == null || Timeline.safeDate(2000, words.months.get(TimeWords.key(m.group("mo"))), day) == null)) {
      return null;
    }
    // "la journée du 9 novembre" is the day itself
    String code = pod.equals("DT") ? "" : pod.equals("MI") ? "T12:00" : "T" + pod;
    DateType type = code.isEmpty() ? DateType.DATE : DateType.TIME;
    if (wd != null) {
      int dow = words.weekdays.get(TimeWords.key(wd));
      return new Mention(start(m), end(m), type, t -> {
        LocalDate d = weekdays.bare(t, dow);
        return d == null ? "XXXX-WXX-" + dow + code : Timeline.day(d) + code;
      });
    }
    int month = words.months.get(TimeWords.key(m.group("mo")));
    String y = m.group("y");
    return new Mention(start(m), end(m), type,
        t -> Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, day, null, 0), month, day) + code);
  }

  /** "en fin de journée" is the late afternoon (AF), "en début de journée" the morning. */
  private String edgeOfDay(String det, String pod) {
    String[] w = det.split(" ");
    return w.length > 1 && words.partOfDayList.has(w[1], "edge") ? words.podCode(w[1]) : pod;
  }

  Mention partOfDay(Matcher m, String text) {
    String det = TimeWords.key(m.group("det"));
    String pod = words.podCode(m.group("pod"));
    String tail = textAfter(text, m.end("t"), 6);
    boolean today = det.equals("ce") || det.equals("cet") || det.equals("cette");
    boolean same = TimeWords.key(m.group("t")).endsWith("même");
    if (det.equals("le") && !same && !TimeWords.key(m.group("t")).contains("tôt")) {
      return null; // "le matin" alone is a habit as often as a time
    }
    if (!today && !same && PART_OF_SOMETHING.matcher(tail).lookingAt()) {
      return null; // "la nuit du 22 au 23 mai", "la soirée électorale": not a time by itself
    }
    if (pod.equals("DT") && !det.startsWith("en ")) {
      return null; // "la journée" alone is rarely a time
    }
    String code = pod.equals("DT") ? edgeOfDay(det, pod) : pod;
    Meaning meaning = t -> {
      LocalDate d = today ? t.today() : t.dayForTime();
      return (d == null ? "XXXX-XX-XX" : Timeline.day(d)) + "T" + code; // "en soirée" with no day known
    };
    return new Mention(start(m), end(m), DateType.TIME, meaning, !today);
  }
}
