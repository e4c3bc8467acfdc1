package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.previousWord;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Matched.textAfter;

import io.newsfacts.model.DateType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers of holidays: "Noël", "la Toussaint", "le lundi de Pâques 2019", the Fête nationale. */
final class Holidays {
  private static final Pattern NAME_FOLLOWS = Pattern.compile("[\\s\\u00a0]\\p{Lu}");
  private final TimeWords words;

  Holidays(TimeWords words) {
    this.words = words;
  }

  Mention holiday(Matcher m, String text) {
    String name = TimeWords.key(m.group("hol"));
    String rule = words.holidays.get(name);
    boolean capital = words.holidayList.has(name, "capital");
    if (capital && !Character.isUpperCase(m.group("hol").charAt(0))) {
      return null;
    }
    String after = textAfter(text, m.end("t"), 3);
    if (NAME_FOLLOWS.matcher(after).lookingAt()) {
      return null; // "Noël Mamère", "Toussaint Louverture"
    }
    if (partOfAName(text, m.start("t"))) {
      return null; // "le père Noël", "un sapin de Noël", "l'île de Pâques"
    }
    String chosen = rule.strip();
    if (chosen.contains("|")) {
      String[] parts = chosen.split("\\|");
      chosen = parts[0].strip();
      String[] alt = parts[1].split(":");
      if (text.toLowerCase(Locale.ROOT).contains(alt[0].strip())) {
        chosen = alt[1].strip();
      }
    }
    String r = chosen;
    String y = m.group("y");
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      if (y != null) {
        return Timeline.day(holidayIn(r, Integer.parseInt(y)));
      }
      LocalDate pub = t.published();
      if (pub == null) {
        return r.matches("\\d\\d-\\d\\d") ? "XXXX-" + r : null;
      }
      // the last one if the verb is past or it was under two weeks ago, else the coming one
      LocalDate last = null;
      LocalDate next = null;
      for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
        LocalDate d = holidayIn(r, year);
        if (d != null && d.isAfter(pub) && next == null) {
          next = d;
        } else if (d != null && !d.isAfter(pub)) {
          last = d;
        }
      }
      boolean past = t.tense() == Tense.PAST || last != null && ChronoUnit.DAYS.between(last, pub) <= 14;
      return Timeline.day(past && last != null ? last : next);
    });
  }

  private boolean partOfAName(String text, int start) {
    String prev = previousWord(text, start);
    if (prev.equals("de") || prev.equals("d'")) {
      int de = start;
      while (de > 0 && Character.isSpaceChar(text.charAt(de - 1))) {
        de--;
      }
      prev = previousWord(text, Math.max(0, de - prev.length()));
    }
    return words.holidayThings.contains(prev.substring(prev.lastIndexOf('\'') + 1)); // "l'île de Pâques"
  }

  private static LocalDate holidayIn(String rule, int year) {
    if (rule.startsWith("easter")) {
      return Timeline.easter(year).plusDays(Integer.parseInt(rule.substring(6).replace("+", "")));
    }
    if (rule.contains("*")) {
      String[] p = rule.split("[*-]");
      return Timeline.nthWeekday(year, Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }
    String[] p = rule.split("-");
    return Timeline.safeDate(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }
}
