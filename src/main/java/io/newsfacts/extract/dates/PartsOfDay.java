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

  PartsOfDay(TimeWords words) {
    this.words = words;
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
    Meaning meaning = t -> {
      LocalDate d = today ? t.published() : t.dayForTime();
      return d == null ? null : Timeline.day(d) + "T" + pod;
    };
    return new Mention(start(m), end(m), DateType.TIME, meaning, !today);
  }
}
