package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
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

  /** "toute l'année": every year. */
  Mention everyYear(Matcher m, String text) {
    return new Mention(start(m), end(m), DateType.SET, constant("P1Y"));
  }
}
