package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.isSentenceStart;
import static io.newsfacts.extract.dates.Matched.precededBy;
import static io.newsfacts.extract.dates.Matched.start;

import io.newsfacts.extract.dates.Mention.Meaning;
import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.util.regex.Matcher;

/** Readers of seasons: "l'été 2015", "en hiver", "cet automne", "le printemps dernier". */
final class Seasons {
  private final TimeWords words;

  Seasons(TimeWords words) {
    this.words = words;
  }

  Mention season(Matcher m, String text) {
    String s = TimeWords.key(m.group("s"));
    String code = words.seasons.get(s);
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String y = m.group("y");
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    int move = mod.isEmpty() ? 0 : words.move(mod);
    if (words.seasonList.has(s, "verb") && det.isEmpty() && y == null
        && !(Character.isUpperCase(m.group("s").charAt(0)) && isSentenceStart(text, m.start("t")))) {
      return null; // "a été": the verb
    }
    if (det.isEmpty() && (precededBy(text, m.start("t"), "de") || m.start("t") > 1
        && "'’".indexOf(text.charAt(m.start("t") - 1)) >= 0)) {
      return null; // "Jeux d'hiver", "sports d'hiver"
    }
    boolean demonstrative = det.startsWith("ce");
    int startMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    Meaning meaning = t -> {
      if (y != null) {
        return y + "-" + code;
      }
      LocalDate pub = t.published();
      if (!demonstrative && mod.isEmpty()) {
        return "XXXX-" + code;
      }
      if (pub == null) {
        return "XXXX-" + code; // "l'été dernier" with nothing dated: the season of an unknown year
      }
      int year = pub.getYear();
      if (demonstrative && code.equals("WI") && pub.getMonthValue() <= 3) {
        year--;
      } else if (move < 0) {
        year = startMonth >= pub.getMonthValue() ? year - 1 : year;
      } else if (move > 0) {
        year = startMonth > pub.getMonthValue() ? year : year + 1;
      }
      return year + "-" + code;
    };
    return new Mention(start(m), end(m), DateType.DATE, meaning);
  }
}
