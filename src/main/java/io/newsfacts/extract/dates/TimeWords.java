package io.newsfacts.extract.dates;

import io.newsfacts.lexicon.FrenchCalendar;
import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The French words of dates, read once from {@code models/dates/} (month and weekday names from
 * {@link FrenchCalendar}, shared with the other stages): number words, units, relative words,
 * holidays. Offers each list as a lookup table and as a regular
 * expression alternative (longest entries first, apostrophes and spaces matched loosely).
 */
final class TimeWords {
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:[,.]\\d+)?");
  final Map<String, Integer> months = keyed(FrenchCalendar.months());
  final Map<String, Integer> weekdays = keyed(FrenchCalendar.weekdays());
  /** The month names written in full ("mai", "août"), not abbreviations ("janv."). */
  final Set<String> monthNames = Set.copyOf(FrenchCalendar.monthNames());
  /** Month names that are also other words ("mars", "mai"). */
  final Set<String> ambiguousMonths = new HashSet<>();
  /** English month names as written ("May"), for the date line of embedded tweets. */
  final Map<String, Integer> englishMonths = new LinkedHashMap<>();
  final Map<String, Integer> weekdayAbbreviations = ints("dates/weekday-abbreviations.txt");
  final Map<String, String> numbers = strings("dates/numbers.txt");
  final WordList unitList = WordList.read("dates/units.txt");
  final Map<String, String> units = unitList.values();
  final Map<String, String> relativeDays = strings("dates/relative-days.txt");
  final WordList modifierList = WordList.read("dates/modifiers.txt");
  final Map<String, String> modifiers = modifierList.values();
  final WordList partOfDayList = WordList.read("dates/parts-of-day.txt");
  final Map<String, String> partsOfDay = partOfDayList.values();
  /** After a clock time: "du soir" -> PM. */
  final WordList dayHalfList = WordList.read("dates/day-halves.txt");
  final Map<String, String> dayHalves = dayHalfList.values();
  final WordList seasonList = WordList.read("dates/seasons.txt");
  final Map<String, String> seasons = seasonList.values();
  final WordList holidayList = WordList.read("dates/holidays.txt");
  final Map<String, String> holidays = holidayList.values();
  final Map<String, String> durationNouns = strings("dates/duration-nouns.txt");
  final Map<String, String> presentWords = strings("dates/present-words.txt");
  final Set<String> durationHeads = new HashSet<>();
  /** Adverbs between a verb of age and "N ans": "j'ai à peu près 5 ans". */
  final Set<String> ageAdverbs = new HashSet<>();
  /** Nouns that make a holiday part of a thing's name ("le père Noël", "un sapin de Noël"). */
  final Set<String> holidayThings = lowerCase(Lexicon.lines("dates/holiday-things.txt"));
  /** Nouns a number counts that the plural rule misses ("euro", "km"). */
  final Set<String> countedNouns = lowerCase(Lexicon.lines("dates/counted-nouns.txt"));
  /** Plural-looking words that are not what a number counts ("quelques", "depuis"). */
  final Set<String> notCounted = lowerCase(Lexicon.lines("dates/not-counted.txt"));
  final Set<String> pastAuxiliaries = new HashSet<>();
  final Set<String> futureAuxiliaries = new HashSet<>();
  final Set<String> futureWords = new HashSet<>();
  final Set<String> etreAuxiliaries = new HashSet<>();
  final Set<String> etrePastParticiples = new HashSet<>();
  final Set<String> reflexives = new HashSet<>();
  final Set<String> ageVerbs = new HashSet<>();

  TimeWords() {
    for (String line : Lexicon.lines("dates/ambiguous-months.txt")) {
      ambiguousMonths.add(key(line));
    }
    for (String[] kv : Lexicon.pairs("dates/english-months.txt")) {
      englishMonths.put(kv[0], Integer.parseInt(kv[1]));
    }
    for (String line : Lexicon.lines("dates/duration-heads.txt")) {
      durationHeads.add(key(line));
    }
    Map<String, String> tense = strings("dates/tense.txt");
    pastAuxiliaries.addAll(List.of(tense.getOrDefault(key("past-aux"), "").split(" ")));
    futureAuxiliaries.addAll(List.of(tense.getOrDefault(key("future-aux"), "").split(" ")));
    futureWords.addAll(List.of(tense.getOrDefault(key("future-words"), "").split(" ")));
    etreAuxiliaries.addAll(List.of(tense.getOrDefault(key("etre-aux"), "").split(" ")));
    etrePastParticiples.addAll(List.of(tense.getOrDefault(key("etre-past"), "").split(" ")));
    reflexives.addAll(List.of(tense.getOrDefault(key("reflexive"), "").split(" ")));
    ageVerbs.addAll(List.of(tense.getOrDefault(key("age-verbs"), "").split(" ")));
    ageAdverbs.addAll(List.of(tense.getOrDefault(key("age-adverbs"), "").split(" ")));
  }

  /**
   * The lookup form of a word as listed or as matched: lower case, straight apostrophe with no
   * space after it, hyphens as spaces ("après-midi" and "après midi" are one word), single spaces.
   */
  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c == '’') {
        c = '\'';
      }
      boolean space = c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (space) {
        int last = sb.length() - 1;
        if (last >= 0 && sb.charAt(last) != ' ' && sb.charAt(last) != '\'') {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  /** A regular expression matching any of {@code words}, longest first (then in alphabetical order). */
  static String alternatives(Iterable<String> words) {
    List<String> list = new ArrayList<>();
    words.forEach(list::add);
    list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder("(?:");
    for (String w : list) {
      if (sb.length() > 3) {
        sb.append('|');
      }
      StringBuilder one = new StringBuilder();
      for (String part : w.split("((?<=[ '’-])|(?=[ '’-]))")) {
        switch (part) {
          case " " -> one.append("[-\\s\\u00a0\\u202f]+");
          case "'", "’" -> one.append("['’]\\s*");
          case "-" -> one.append("[-\\s]");
          default -> one.append(Pattern.quote(part));
        }
      }
      sb.append(one);
    }
    return sb.append(')').toString();
  }

  /**
   * A regular expression matching any of {@code phrases} as written, longest first: a space is
   * any spaces, an apostrophe either one, a hyphen only a hyphen ("après-midi").
   */
  static String exactly(Iterable<String> phrases) {
    List<String> list = new ArrayList<>();
    phrases.forEach(list::add);
    list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder sb = new StringBuilder("(?:");
    for (String w : list) {
      if (sb.length() > 3) {
        sb.append('|');
      }
      for (String part : w.split("((?<=[ '’])|(?=[ '’]))")) {
        switch (part) {
          case " " -> sb.append("[\\s\\u00a0\\u202f]+");
          case "'", "’" -> sb.append("['’]");
          default -> sb.append(Pattern.quote(part));
        }
      }
    }
    return sb.append(')').toString();
  }

  /**
   * The value of a number written in digits or words ("18", "dix-huit", "vingt et un",
   * "30,4"), or null for a vague one ("quelques").
   */
  Double number(String written) {
    String k = key(written);
    if (DECIMAL.matcher(k).matches()) {
      return Double.parseDouble(k.replace(',', '.'));
    }
    double total = 0;
    double last = 0;
    for (String part : k.split("[- ']+")) {
      if (part.endsWith("aine") && numbers.containsKey(part)) {
        return Double.valueOf(numbers.get(part)); // "une dizaine d'années"
      }
    }
    for (String part : k.split("[- ]+")) {
      if (part.equals("et")) {
        continue;
      }
      String v = numbers.get(part);
      if (v == null || v.equals("X")) {
        return null;
      }
      double n = Double.parseDouble(v);
      if (last > 0 && n >= last && n != 100 && !(n == 20 && last == 4)) {
        return null; // "deux trois" is two guesses, not one number
      }
      if (n == 100) {
        total = (total == 0 ? 1 : total) * 100;
      } else if (n == 20 && last == 4) {
        total += 80 - 4;
      } else {
        total += n;
      }
      last = n;
    }
    return total;
  }

  /** The TIMEX3 code of a part of day ("soirée" -> "EV"), or null. */
  String podCode(String written) {
    return written == null ? null : partsOfDay.get(key(written));
  }

  /** The day of the month written in digits or words ("1er", "premier", "vingt"), or null. */
  Integer dayNumber(String written) {
    String k = key(written);
    if (k.equals("1er") || k.equals("1re") || k.equals("premier")) {
      return 1;
    }
    Double v = number(k);
    return v == null || v < 1 || v > 31 || v % 1 != 0 ? null : v.intValue();
  }

  /** The ISO number of a weekday or its abbreviation, or null. */
  Integer weekdayNumber(String written) {
    if (written == null) {
      return null;
    }
    String k = key(written);
    Integer d = weekdays.get(k);
    return d != null ? d : weekdayAbbreviations.get(k);
  }

  /** Which way a modifier points, from the publication or the story's day: -1, +1, or 0. */
  int move(String modifier) {
    String rule = modifiers.get(key(modifier));
    return rule == null ? 0 : Integer.signum(Integer.parseInt(rule.replace("~", "").replace("+", "")));
  }

  /** Where a modifier moves a date: -1, +1, or 0 (none, or relative to the story's day). */
  int direction(String modifier) {
    if (modifier == null) {
      return 0;
    }
    String rule = modifiers.get(key(modifier));
    return rule == null || rule.startsWith("~") ? 0 : Integer.signum(Integer.parseInt(rule.replace("+", "")));
  }

  /**
   * Whether a word after a number is what it counts ("2000 personnes", "1500 euro"), so that the
   * number is not a year: a plural-looking word (see {@link #looksPlural}) or a listed noun.
   */
  boolean looksLikeCountedNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return looksPlural(w) && !notCounted.contains(w) || countedNouns.contains(w);
  }

  /** Four letters or more ending in -s or -x, not a verb ending (-ons, -ez, -ais, -ent). */
  static boolean looksPlural(String w) {
    return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ons") && !w.endsWith("ez")
        && !w.endsWith("ais") && !w.endsWith("ent");
  }

  private static Set<String> lowerCase(List<String> lines) {
    Set<String> out = new HashSet<>();
    lines.forEach(l -> out.add(l.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** The same names in the lookup form of {@link #key}. */
  private static Map<String, Integer> keyed(Map<String, Integer> names) {
    Map<String, Integer> out = new LinkedHashMap<>();
    names.forEach((name, n) -> out.put(key(name), n));
    return out;
  }

  private static Map<String, Integer> ints(String name) {
    Map<String, Integer> out = new HashMap<>();
    for (String[] kv : Lexicon.pairs(name)) {
      out.put(key(kv[0]), Integer.parseInt(kv[1]));
    }
    return out;
  }

  private static Map<String, String> strings(String name) {
    Map<String, String> out = new HashMap<>();
    for (String[] kv : Lexicon.pairs(name)) {
      out.put(key(kv[0]), kv[1]);
    }
    return out;
  }
}
