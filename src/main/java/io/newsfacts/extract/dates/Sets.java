package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.util.Locale;
import java.util.regex.Matcher;

/** Readers of repeated times: "chaque jour", "tous les 3 ans", "tous les soirs", "toute l'année". */
final class Sets {
  private final TimeWords words;

  Sets(TimeWords words) {
    this.words = words;
  }

  Mention set(Matcher m, String text) {
    String uw = TimeWords.key(m.group("u"));
    String u = words.units.get(uw);
    Double n = m.group("n") == null ? Double.valueOf(1) : words.number(m.group("n"));
    String value;
    if (u != null) {
      value = Timeline.duration(n, u, true);
    } else {
      String pod = words.podCode(uw.replaceAll("s$", ""));
      value = "XXXX-XX-XXT" + pod;
    }
    return new Mention(start(m), end(m), DateType.SET, constant(value));
  }

  /** "chaque été", "tous les hivers". */
  Mention season(Matcher m, String text) {
    String code = words.seasons.get(TimeWords.key(m.group("s")));
    return code == null ? null : new Mention(start(m), end(m), DateType.SET, constant("XXXX-" + code));
  }

  /** "chaque mois de mai", "tous les mois d'août". */
  Mention month(Matcher m, String text) {
    String name = TimeWords.key(m.group("mo"));
    if (!words.monthNames.contains(name)) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.SET,
        constant(String.format(Locale.ROOT, "XXXX-%02d", words.months.get(name))));
  }

  /** "tous les 14 juillet", "chaque 1er mai". */
  Mention dayOfYear(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer day = words.dayNumber(m.group("d"));
    if (day == null || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.SET, constant(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day)));
  }

  /** "deux fois par an", "une fois par semaine": how often, as the period ("P1Y"). */
  Mention timesPer(Matcher m, String text) {
    String u = words.units.get(TimeWords.key(m.group("u")));
    if (u == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.SET, constant(Timeline.duration(1.0, u, true)));
  }

  /** "toute l'année": every year. */
  Mention everyYear(Matcher m, String text) {
    return new Mention(start(m), end(m), DateType.SET, constant("P1Y"));
  }
}
