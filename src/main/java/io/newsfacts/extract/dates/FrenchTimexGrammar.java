package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The French temporal expressions the extractor knows, as rules: a pattern built once from the
 * word lists of {@link TimeWords}, and a reading that checks the context and says what the match
 * means. {@link #find} runs every rule and keeps the longest matches that do not overlap. Each
 * rule also says which words its matches may begin with ({@link Starts}), so that a pattern is
 * tried only there and not at every character of the text.
 *
 * <p>Span convention (from the gold files): the shortest form that carries the date, with its
 * determiner and modifiers ("le 27 mai 1998", "mercredi dernier", "hier matin") but without the
 * preposition before it ("depuis", "du", "vers").
 */
final class FrenchTimexGrammar {
  private static final String S = "[\\s\\u00a0\\u202f]+";
  private static final String AP = "['’]";
  private static final String L = "(?<![\\p{L}\\p{N}])";
  private static final String R = "(?![\\p{L}\\p{N}])";
  private static final String YEAR4 = "(?:1[5-9]\\d\\d|20\\d\\d)";
  private static final String YEAR = "(?:" + YEAR4 + "|" + AP + "?\\d\\d)(?![\\d,.]\\d)";
  private static final String QUALIFIER =
      "(?:(?:environ|près" + S + "de|plus" + S + "de|moins" + S + "de|quelque|au" + S + "moins|presque|pas"
          + S + "moins" + S + "de)" + S + ")";
  private static final String EDGE = "(?:(?:(?:en|au|à" + S + "la|dès" + S + "la|dès|la|le)" + S
      + ")?(?:début|fin|mi-|milieu|courant)" + "(?:" + S + "(?:du|de" + S + "la|de" + S + "l" + AP + "|d"
      + AP + "|de)" + ")?[\\s\\u00a0]*)";
  /** "à 10 h" right after a day word, without a comma: one time ("Hier à 10 h"). */
  private static final String AT_CLOCK = "(?:" + S + "à" + S + "(?<ah>[01]?\\d|2[0-3])[\\s\\u00a0]*[hH](?:[\\s\\u00a0]*(?<am>[0-5]\\d))?"
      + "(?![\\p{L}\\d]))?";
  /** What may follow a clock time to say which half of the day it is in. */
  private static final String DAY_HALF = "(?:" + S + "(?<half>du" + S + "matin|du" + S + "soir|de" + S + "l" + AP
      + "après-midi|ce" + S + "soir|cet" + S + "après-midi|dans" + S + "la" + S + "soirée))?";


  private final TimeWords words;
  private final List<Rule> rules = new ArrayList<>();
  /** Where each rule's matches may begin, by index. */
  private final List<Starts> ruleStarts = new ArrayList<>();
  private final FirstWords firstWords = new FirstWords();
  /** For each lead (a Start with a next word) of the rules: its rule, and whether a digit may follow. */
  private final List<Integer> leadRules = new ArrayList<>();
  private final List<Boolean> leadBeforeDigit = new ArrayList<>();
  /** The rules and leads that may begin at a word starting with a digit, the rules at any digit. */
  private int[] digitRules = new int[0];
  private int[] digitLeads = new int[0];
  private int[] anyDigitRules = new int[0];


  /**
   * Where a rule's matches may begin, as words of the text (runs of letters and digits after a
   * character that is neither) compared in lower case. An entry counts up to its first character
   * that is not a letter or digit ("l'" is the word "l", "mi-" the word "mi"). It must cover every
   * way the rule's pattern can begin, since {@link #find} tries the pattern nowhere else.
   *
   * @param items the ways to begin; see {@link Start}
   * @param needs when not empty, the rule is tried only in a text where a word begins with one of
   *     them: a word every match of the pattern contains after a space ("siècle")
   */
  private record Starts(Set<Start> items, Set<String> needs) {
    static final Starts NONE = new Starts(Set.of(), Set.of());

    Starts {
      items = Set.copyOf(items);
      needs = Set.copyOf(needs);
    }

    Starts and(Starts more) {
      return new Starts(union(items, more.items), union(needs, more.needs));
    }

    Starts needing(String... more) {
      return new Starts(items, union(needs, List.of(more)));
    }

    /** The same ways to begin, whatever the next word: what may begin the word after a lead. */
    Starts flat() {
      return new Starts(items.stream().map(s -> new Start(s.kind(), s.word(), null)).collect(Collectors.toSet()),
          Set.of());
    }

    /** Every way to begin here, allowed only before a word of {@code next}. */
    Starts before(Starts next) {
      return new Starts(items.stream().map(s -> new Start(s.kind(), s.word(), next.flat())).collect(Collectors.toSet()),
          needs);
    }

    private static <T> Set<T> union(Collection<T> a, Collection<T> b) {
      Set<T> all = new HashSet<>(a);
      all.addAll(b);
      return all;
    }
  }

  /**
   * One way a match may begin: at a word that is exactly {@code word} (WORD: the pattern puts a
   * separator after it), at a word beginning with it (STEM: letters may follow, "mardi" of
   * "mardis"), at a word beginning with an ASCII digit (DIGIT), or at any ASCII digit not after
   * another (ANY_DIGIT, for patterns without the word-boundary look-behind). With {@code next}
   * (a lead) only when the next word, after a separator, begins one of those ways: "le" before a
   * weekday or a day. A determiner the pattern glues to the next word with {@code \s*} ("la
   * semaine") also comes glued to each next word as a stem ("lasemaine").
   */
  private record Start(StartKind kind, String word, Starts next) {}

  private enum StartKind { WORD, STEM, DIGIT, ANY_DIGIT }

  private static final Starts DIGIT = new Starts(Set.of(new Start(StartKind.DIGIT, "", null)), Set.of());
  private static final Starts DIGIT_ANYWHERE = new Starts(Set.of(new Start(StartKind.ANY_DIGIT, "", null)), Set.of());

  /** Whole words: the pattern puts a separator after each, and may go on with anything. */
  private static Starts word(String... words) {
    return new Starts(Arrays.stream(words).map(w -> new Start(StartKind.WORD, w, null)).collect(Collectors.toSet()),
        Set.of());
  }

  /** Stems: the pattern may go on with letters after each. */
  private static Starts stem(String... stems) {
    return new Starts(Arrays.stream(stems).map(w -> new Start(StartKind.STEM, w, null)).collect(Collectors.toSet()),
        Set.of());
  }

  /** Whole words the pattern follows with a separator and a word of {@code next}. */
  private static Starts lead(Starts next, String... words) {
    return word(words).before(next);
  }

  /**
   * Determiners the pattern joins to a word of {@code next} by {@code \s*}: leads before it ("la
   * semaine") and stems glued to it ("lasemaine").
   */
  private static Starts glued(Starts next, String... determiners) {
    Set<String> stems = new HashSet<>();
    for (String d : determiners) {
      for (Start n : next.items()) {
        if (n.kind() == StartKind.WORD || n.kind() == StartKind.STEM) {
          stems.add(d + firstWord(n.word()));
        }
      }
    }
    return lead(next, determiners).and(stem(stems.toArray(String[]::new)));
  }

  /**
   * The entries of a word list made a pattern alternative by {@link TimeWords#alternatives}, where
   * a separator always stands between two words: an entry of one word is a stem (what may follow
   * depends on the pattern), an entry of several ("la veille", "aujourd'hui") a lead before a stem,
   * a word with a sign after it ("lun.") a whole word.
   */
  private static Starts listed(Collection<String> entries) {
    Starts all = Starts.NONE;
    for (String e : entries) {
      String first = firstWord(e);
      int at = first.length();
      while (at < e.length() && !Character.isLetterOrDigit(e.charAt(at))) {
        at++;
      }
      String second = firstWord(e.substring(at));
      if (!second.isEmpty()) {
        all = all.and(lead(stem(second), first));
      } else {
        all = all.and(at == first.length() ? stem(first) : word(first));
      }
    }
    return all;
  }

  /** The first words of the entries of a word list, as stems: what may begin a word that follows. */
  private static Starts next(Collection<String> entries) {
    return stem(entries.stream().map(FrenchTimexGrammar::firstWord).toArray(String[]::new));
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  /** {@code next}, or a qualifier before it ("environ", "près de", "au moins", "pas moins de"). */
  private static Starts qualified(Starts next) {
    return next.and(lead(next.and(word("de", "moins")), "environ", "près", "plus", "moins", "quelque", "au", "presque",
        "pas"));
  }

  FrenchTimexGrammar(TimeWords words) {
    this.words = words;
    CalendarDates dates = new CalendarDates(words);
    DateRanges ranges = new DateRanges(words);
    RelativeDates relative = new RelativeDates(words);
    Weekdays weekdays = new Weekdays(words);
    Durations durations = new Durations(words);
    Sets sets = new Sets(words);
    Clock clock = new Clock(words);
    PartsOfDay partsOfDay = new PartsOfDay(words);
    Seasons seasons = new Seasons(words);
    Holidays holidays = new Holidays(words);
    String month = TimeWords.alternatives(words.months.keySet());
    String weekday = TimeWords.alternatives(words.weekdays.keySet());
    String weekdayAbbr = TimeWords.alternatives(words.weekdayAbbreviations.keySet());
    String numberWord = TimeWords.alternatives(words.numbers.entrySet().stream()
        .filter(e -> !e.getValue().equals("X") && !e.getKey().endsWith("aine")).map(Map.Entry::getKey).toList());
    String about = "(?:une|la|quelques)" + S + TimeWords.alternatives(
        words.numbers.keySet().stream().filter(k -> k.endsWith("aine")).toList()) + S + "d(?:e" + S + "|" + AP + ")";
    String numberWords = numberWord + "(?:[-\\s](?:et[-\\s])?" + numberWord + ")*";
    String number = "(?:\\d+(?:,\\d+)?|" + numberWords + ")";
    String day = "(?:1er|1re|premier|[12]\\d|3[01]|0?[1-9]|" + numberWords + ")(?!\\d)";
    String unit = TimeWords.alternatives(words.units.keySet());
    String modifier = TimeWords.alternatives(words.modifiers.keySet());
    String relativeDay = TimeWords.alternatives(words.relativeDays.keySet());
    String season = TimeWords.alternatives(words.seasons.keySet());
    String holiday = TimeWords.alternatives(words.holidays.keySet());
    String durationNoun = TimeWords.alternatives(words.durationNouns.keySet());
    String presentWord = TimeWords.alternatives(words.presentWords.keySet());
    String pod = "(?<pod>matin|matinée|après-midi|soir|soirée|midi|nuit)" + R;
    String podAfter = "(?:" + S + "(?:au" + S + "|en" + S + "|dans" + S + "l" + AP + "|dans" + S + "la" + S + ")?"
        + pod + ")?";

    // the words each rule may begin with (see Starts), from the same lists as its pattern
    Set<String> numberWordList = words.numbers.entrySet().stream()
        .filter(e -> !e.getValue().equals("X") && !e.getKey().endsWith("aine")).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    Starts numbers = listed(numberWordList).and(DIGIT);
    Starts days = numbers.and(stem("premier"));
    Starts weekdayWords = listed(words.weekdays.keySet());
    Starts weekdayAbbrs = listed(words.weekdayAbbreviations.keySet());
    Starts months = listed(words.months.keySet());
    Starts units = next(words.units.keySet());
    // what follows a number: more of it ("vingt et un", the "4" of "30,4"), else its unit or month
    Starts numberGoesOn = listed(numberWordList).and(word("et"));
    Starts counted = numbers.before(numberGoesOn.and(DIGIT).and(units));
    Starts edgeCore = stem("début", "fin", "milieu", "courant").and(word("mi"));
    Starts edge = edgeCore.and(lead(edgeCore.and(word("la")), "en", "au", "à", "dès", "la", "le"));
    Starts relativeUnits =
        word("semaine", "mois", "année", "an", "week-end", "weekend", "trimestre", "semestre", "décennie", "siècle");
    Starts ordinals = word("premier", "deuxième", "second", "troisième", "quatrième", "dernier").and(DIGIT);
    Starts aboutWords = lead(next(words.numbers.keySet().stream().filter(k -> k.endsWith("aine")).toList()),
        "une", "la", "quelques");
    Starts pods = next(List.of("soirée", "matinée", "nuit", "après-midi", "journée"));
    Starts seasonWords = next(words.seasons.keySet());
    Starts holidayWords = next(words.holidays.keySet());

    // "le 27 mai 1998", "dimanche 29 août", "le 6 mai dernier", "lun. 18 février"
    add(lead(weekdayWords.and(weekdayAbbrs).and(days), "le", "ce").and(weekdayWords).and(weekdayAbbrs)
        .and(days.before(numberGoesOn.and(months))),
        L + "(?<t>(?:(?:le|ce)" + S + ")?(?:(?<wd>" + weekday + "|" + weekdayAbbr + ")" + S + ")?(?<d>" + day
        + ")(?:er|e|ème)?(?:" + S + "|-)(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>"
        + modifier + "))?" + podAfter + ")" + R, dates::dayMonth);
    // "jeudi 15", "samedi 16 à 18 h": the month is the one that puts that day on that weekday
    add(lead(weekdayWords, "le", "ce").and(weekdayWords),
        L + "(?<t>(?:(?:le|ce)" + S + ")?(?<wd>" + weekday + ")" + S + "(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]*(?:[,;.:)]|$|(?:à|au|et|vers|dès|de|en)"
        + R + "))", dates::weekdayAndDay);
    // "du 3 au 5 mai", "les 23 et 24 mai", "entre le 13 et le 15 juillet", "13-15 juillet"
    add(lead(weekdayWords.and(days), "les").and(weekdayWords)
        .and(days.before(days.and(weekdayWords).and(months).and(stem("et", "au", "à", "jusqu", "le")))),
        L + "(?<t>(?:les" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d1>" + day + ")(?:er|e)?[\\s\\u00a0]*(?<to>et|au|à|-|–|jusqu"
        + AP + "au)[\\s\\u00a0]*(?:le" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d2>" + day + ")(?:er|e)?" + S + "(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, ranges::dayRange);
    // "les 6 et 13 avril": two days, the first takes the month of the second
    add(lead(days, "les").and(days.before(numberGoesOn)),
        L + "(?<t>(?:les" + S + ")?(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]+et" + S + "(?<d2>" + day + ")(?:er)?" + S + "(?<mo>" + month
        + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?" + R + ")", ranges::firstOfTwoDays);
    // "octobre 98", "mars 2011", "le mois de juin", "septembre dernier", "début mars", "mi-décembre"
    add(edge.and(lead(word("mois"), "le", "au", "les")).and(lead(stem("d"), "mois")).and(months),
        L + "(?<t>(?<edge>" + EDGE + ")?(?:(?:le" + S + "|au" + S + "|les" + S + ")?mois" + S + "d" + AP + "?[\\s\\u00a0]*)?(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, dates::monthYear);
    // "2016", "l'année 2001", "fin 2016"
    add(edge.and(lead(stem("an"), "l")).and(DIGIT),
        L + "(?<t>(?<edge>" + EDGE + ")?(?:l" + AP + "[\\s\\u00a0]*(?:an|année)" + S + ")?(?<y>" + YEAR4 + "))" + R,
        dates::year);
    // "2016-2017", "entre 2010 et 2015", "de 2010 à 2015"
    add(DIGIT,
        L + "(?<t>(?<y1>" + YEAR4 + ")[\\s\\u00a0]*[-–][\\s\\u00a0]*(?<y2>" + YEAR4 + "|\\d\\d))" + R, ranges::yearRange);
    add(lead(DIGIT, "entre"),
        L + "(?<t>entre" + S + "(?<y1>" + YEAR4 + ")" + S + "et" + S + "(?<y2>" + YEAR4 + "))" + R, ranges::yearRange);
    // "May 11, 2014": the date line of an embedded tweet, in English
    add(word(CalendarDates.ENGLISH_MONTHS.keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new)),
        L + "(?<t>(?-i:(?<mo>" + String.join("|", CalendarDates.ENGLISH_MONTHS.keySet()) + "))" + S + "(?<d>[12]\\d|3[01]|0?[1-9]),"
        + S + "(?<y>" + YEAR4 + "))" + R, dates::englishDate);
    // "15.05.2016", "15/05/2016", "20/02/14", "le 17/02", "2015-03-03"
    add(DIGIT_ANYWHERE,
        "(?<![\\d./-])(?<t>(?<d>[0-3]?\\d)[./](?<mo>[01]?\\d)[./](?<y>\\d{4}|\\d\\d))(?![\\d]|[./]\\d)", dates::numericDate);
    add(lead(DIGIT, "le"),
        L + "(?<t>le" + S + "(?<d>[0-3]?\\d)/(?<mo>[01]?\\d))(?![\\d/]|\\.\\d)", dates::numericDate);
    add(DIGIT_ANYWHERE,
        "(?<![\\d./-])(?<t>(?<y>(?:19|20)\\d\\d)-(?<mo>[01]?\\d)-(?<d>[0-3]?\\d))(?![\\d-])", dates::numericDate);
    // "années 60", "les années 1980", "XXe siècle"
    add(lead(word("années"), "les").and(word("années")).needing("années"),
        L + "(?<t>(?:les" + S + ")?années" + S + "(?<dec>(?:19|20)?\\d0|" + numberWords + "))" + R, dates::decade);
    add(lead(stem("i", "v", "x", "l").and(DIGIT), "le").and(stem("i", "v", "x", "l")).and(DIGIT).needing("siècle"),
        L + "(?<t>(?:le" + S + ")?(?<c>[IVXL]+|\\d{1,2})(?:e|è|ème|eme|ᵉ)" + S + "siècle)" + R, dates::century);
    // "hier", "hier matin", "aujourd'hui vendredi", "la veille au soir", "le lendemain du 13 février"
    add(listed(words.relativeDays.keySet()),
        L + "(?<t>(?<rd>" + relativeDay + ")(?:" + S + "(?<wd>" + weekday + "))?" + podAfter + "(?:" + S + "(?:du|de)" + S
        + "(?<d>" + day + ")(?:er)?" + S + "(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR4 + "))?)?" + AT_CLOCK + ")" + R,
        relative::relativeDay);
    // "mardi", "mercredi dernier", "ce dimanche", "mardi soir", "tous les jeudis", "lundi en huit"
    add(lead(weekdayWords.and(word("même", "les")), "ce", "le", "chaque", "tous").and(weekdayWords),
        L + "(?<t>(?:(?<det>ce" + S + "même|ce|le|chaque|tous" + S + "les)" + S + ")?(?<wd>" + weekday + ")(?<pl>s)?"
        + "(?:" + S + "(?<mod>" + modifier + "|en" + S + "(?:huit|8|quinze|15)|(?:de" + S + ")?la" + S
        + "semaine" + S + "(?:dernière|prochaine|passée|suivante|d" + AP + "après)|(?:de" + S + ")?cette" + S
        + "semaine))?" + podAfter + AT_CLOCK + ")" + R, weekdays::weekday);
    // "la semaine dernière", "l'an dernier", "cette année", "ce week-end", "en fin d'année"
    add(edge.and(lead(relativeUnits, "l")).and(glued(relativeUnits, "la", "cette", "ce", "cet", "le"))
        .and(relativeUnits),
        L + "(?<t>(?<edge>" + EDGE + ")?(?<det>la|cette|ce|cet|l" + AP + "|le)?[\\s\\u00a0]*(?<u>semaine|mois|année|an|week-end|weekend"
        + "|trimestre|semestre|décennie|siècle)(?<ci>-ci)?(?:" + S + "(?<mod>" + modifier + "))?)" + R, relative::relativeUnit);
    add(lead(word("nouvelle"), "la").needing("nouvelle"),
        L + "(?<t>la" + S + "nouvelle" + S + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
        t -> t.published() == null ? null : Timeline.year(t.published().getYear() + (t.published().getMonthValue() == 12 ? 1 : 0))));
    // "au premier trimestre", "le second semestre 2016"
    add(lead(ordinals, "au", "le", "ce").and(ordinals).needing("trimestre", "semestre"),
        L + "(?<t>(?:(?:au|le|ce)" + S + ")?(?<ord>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième"
        + "|4e|4ème|dernier)" + S + "(?<u>trimestre|semestre)(?:" + S + "(?<y>" + YEAR4 + "))?)" + R, dates::quarter);
    // "il y a trois jours", "dans deux semaines", "il y a 20 ans jour pour jour"
    add(lead(word("y"), "il")
        .and(lead(qualified(numbers.and(word("quelques", "plusieurs"))), "voici", "voilà", "dans")),
        L + "(?<t>(?<prep>il" + S + "y" + S + "a|voici|voilà|dans)" + S + QUALIFIER + "?(?<n>" + number
        + "|quelques|plusieurs)" + S + "(?<u>" + unit + ")" + R + "(?<jpj>" + S + "jour" + S + "pour" + S + "jour)?)",
        relative::agoOrIn);
    // "deux jours plus tard", "un an après"
    add(qualified(counted),
        L + "(?<t>" + QUALIFIER + "?(?<n>" + number + ")" + S + "(?<u>" + unit + ")" + S + "(?<dir>plus" + S + "tard|après|plus" + S
        + "tôt|auparavant|avant))" + R, relative::later);
    // "pendant deux mois", "depuis 7 ans", "30,4 secondes", "environ une heure"
    add(qualified(counted.and(aboutWords).and(lead(units, "quelques", "plusieurs", "longs", "longues"))
        .and(lead(word("longs", "longues", "nombreux", "nombreuses"), "de"))),
        L + "(?<t>" + QUALIFIER + "?(?<n>" + number + "|" + about + "|quelques|plusieurs|de" + S + "longs|de" + S + "longues|de" + S
        + "nombreux|de" + S + "nombreuses|longs|longues)(?:(?<=['’])|" + S + ")(?<u>" + unit + ")" + R + "(?<half>" + S + "et" + S
        + "demie?)?)" + R, durations::duration);
    add(lead(word("des"), "depuis", "pendant", "durant").and(lead(word("y"), "il")),
        L + "(?<prep>depuis|pendant|durant|il" + S + "y" + S + "a)" + S + "(?<t>des" + S + "(?<u>années|mois|semaines|jours"
        + "|siècles|décennies|heures))" + R, durations::duration);
    add(lead(numbers.and(word("derniers", "dernières", "prochains", "prochaines")), "ces", "les", "des")
        .needing("derniers", "dernières", "prochains", "prochaines"),
        L + "(?<t>(?:ces|les|des)" + S + "(?:(?<n>" + number + ")" + S + ")?(?:derniers|dernières|prochains|prochaines)" + S
        + "(?<u>" + unit + "))" + R, durations::duration);
    add(listed(words.durationNouns.keySet()),
        L + "(?<t>" + durationNoun + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DURATION,
        constant(words.durationNouns.get(TimeWords.key(m.group("t"))))));
    // "chaque jour", "tous les 3 ans", "chaque année", "toute l'année"
    add(lead(numbers.and(units).and(stem("matin", "soir", "nuit", "midi")), "chaque")
        .and(lead(word("les"), "tous", "toutes")),
        L + "(?<t>(?:chaque|tous" + S + "les|toutes" + S + "les)" + S + "(?:(?<n>" + number + ")" + S + ")?(?<u>" + unit
        + "|matins?|soirs?|nuits?|midis?))" + R, sets::set);
    add(lead(word("l"), "toute"),
        L + "(?<t>toute" + S + "l" + AP + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.SET, constant("P1Y")));
    // "à 14 h 30", "18 h", "10h30", "15:00", "à quinze heures", "vers midi"
    add(DIGIT,
        L + "(?<t>(?<h>[01]?\\d|2[0-3])[\\s\\u00a0]*[hH](?:[\\s\\u00a0]*(?<mi>[0-5]\\d))?(?![\\p{L}\\d])" + DAY_HALF + ")" + R,
        clock::clock);
    add(DIGIT,
        L + "(?<t>(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d))(?![\\d:])", clock::clock);
    add(numbers.needing("heure"),
        L + "(?<t>(?<h>\\d{1,2}|" + numberWords + ")" + S + "heures?(?:" + S + "(?<mi>\\d{1,2}|et" + S + "quart|et" + S
        + "demie?|moins" + S + "le" + S + "quart|trois" + S + "quarts|" + numberWords + "))?" + DAY_HALF + ")" + R, clock::clock);
    add(word("midi", "minuit"),
        L + "(?<t>(?<h>midi|minuit)(?:" + S + "(?<mi>et" + S + "quart|et" + S + "demie?|moins" + S + "le" + S + "quart|moins"
        + S + numberWords + "|" + numberWords + "))?)" + R, clock::clock);
    // "la soirée", "dans la nuit", "en fin de soirée", "ce soir", "le matin même"
    add(lead(pods, "l").and(glued(pods, "la", "en")).and(lead(word("début", "milieu", "fin"), "en")),
        L + "(?<t>(?<det>la|l" + AP + "|en" + S + "(?:début|milieu|fin)" + S + "(?:de" + S + "|d" + AP + ")|en)[\\s\\u00a0]*(?<pod>soirée"
        + "|matinée|nuit|après-midi|journée))" + R, partsOfDay::partOfDay);
    add(lead(stem("matin", "soir", "après", "nuit"), "ce", "cet", "cette"),
        L + "(?<t>(?<det>ce|cet|cette)" + S + "(?<pod>matin|soir|après-midi|nuit))" + R, partsOfDay::partOfDay);
    add(lead(stem("matin", "soir"), "le", "ce").needing("même"),
        L + "(?<t>(?<det>le|ce)" + S + "(?<pod>matin|soir)" + S + "même)" + R, partsOfDay::partOfDay);
    add(lead(word("tôt"), "très").and(lead(word("le"), "tôt")).and(lead(word("matin"), "le")).needing("matin"),
        L + "(?<t>(?<det>(?:très" + S + ")?tôt" + S + "le|le)" + S + "(?<pod>matin)(?:" + S + "(?:très" + S + ")?tôt)?)" + R,
        partsOfDay::partOfDay);
    // seasonWords, holidayWords, "désormais"
    add(lead(seasonWords, "l").and(glued(seasonWords, "en", "cet", "cette", "ce")).and(lead(word("mois"), "les"))
        .and(lead(stem("d"), "mois")).and(listed(words.seasons.keySet())),
        L + "(?<t>(?:(?<det>l" + AP + "|en|cet|cette|ce|(?:les" + S + ")?mois" + S + "d" + AP + ")[\\s\\u00a0]*)?(?<s>" + season + ")(?:"
        + S + "(?<y>" + YEAR4 + "))?(?:" + S + "(?<mod>dernier|prochain))?)" + R, seasons::season);
    add(lead(holidayWords, "l").and(glued(holidayWords, "le", "la")).and(listed(words.holidays.keySet())),
        L + "(?<t>(?:(?:le|la|l" + AP + ")[\\s\\u00a0]*)?(?<hol>" + holiday + ")(?:" + S + "(?<y>" + YEAR4 + "))?)" + R,
        holidays::holiday);
    if (!words.presentWords.isEmpty()) {
      add(listed(words.presentWords.keySet()),
          L + "(?<t>" + presentWord + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
          constant(words.presentWords.get(TimeWords.key(m.group("t"))))));
    }
  }

  private void add(Starts starts, String regex, Rule.Reader reader) {
    int index = rules.size();
    rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader));
    ruleStarts.add(starts);
    starts.needs().forEach(w -> firstWords.node(w).needs = append(firstWords.node(w).needs, index));
    for (Start start : starts.items()) {
      if (start.next() == null) {
        switch (start.kind()) {
          case WORD -> firstWords.node(start.word()).words = append(firstWords.node(start.word()).words, index);
          case STEM -> firstWords.node(start.word()).stems = append(firstWords.node(start.word()).stems, index);
          case DIGIT -> digitRules = append(digitRules, index);
          case ANY_DIGIT -> anyDigitRules = append(anyDigitRules, index);
        }
        continue;
      }
      int id = leadRules.size();
      leadRules.add(index);
      leadBeforeDigit.add(start.next().items().stream().anyMatch(n -> n.kind() == StartKind.DIGIT));
      switch (start.kind()) {
        case WORD -> firstWords.node(start.word()).leads = append(firstWords.node(start.word()).leads, id);
        case STEM -> firstWords.node(start.word()).stemLeads = append(firstWords.node(start.word()).stemLeads, id);
        case DIGIT -> digitLeads = append(digitLeads, id);
        case ANY_DIGIT -> throw new IllegalArgumentException("no lead at any digit");
      }
      for (Start n : start.next().items()) {
        if (n.kind() == StartKind.WORD) {
          firstWords.node(n.word()).nextWords = append(firstWords.node(n.word()).nextWords, id);
        } else if (n.kind() == StartKind.STEM) {
          firstWords.node(n.word()).nextStems = append(firstWords.node(n.word()).nextStems, id);
        }
      }
    }
  }

  private static int[] append(int[] rules, int rule) {
    if (Arrays.stream(rules).anyMatch(r -> r == rule)) {
      return rules;
    }
    int[] more = Arrays.copyOf(rules, rules.length + 1);
    more[rules.length] = rule;
    return more;
  }

  /**
   * The mentions of {@code text}: the longest readings, not overlapping, in text order. Each rule's
   * pattern is tried only where a word it may begin with stands (its {@link Starts}), which finds
   * exactly what scanning the whole text would, at a fraction of the cost.
   */
  List<Mention> find(String text) {
    int n = rules.size();
    int[][] starts = new int[n][];
    int[] counts = new int[n];
    boolean[] needed = new boolean[n];
    int[] followed = new int[leadRules.size()];
    int[] pending = new int[leadRules.size()];
    char[] cs = text.toCharArray();
    int len = cs.length;
    boolean afterWordChar = false;
    boolean afterDigit = false;
    for (int p = 0; p < len; p++) {
      char c = cs[p];
      boolean wordChar = FirstWords.isWordChar(c);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !afterDigit) {
        for (int r : anyDigitRules) {
          addStart(starts, counts, r, p);
        }
      }
      if (wordChar && !afterWordChar) {
        int leads = 0;
        if (digit) {
          for (int r : digitRules) {
            addStart(starts, counts, r, p);
          }
          for (int id : digitLeads) {
            pending[leads++] = id;
          }
        }
        FirstWords.Node node = firstWords.root;
        for (int i = p; i < len; i++) {
          node = node.child(FirstWords.fold(cs[i]));
          if (node == null) {
            break;
          }
          for (int r : node.stems) {
            addStart(starts, counts, r, p);
          }
          for (int id : node.stemLeads) {
            pending[leads++] = id;
          }
          for (int r : node.needs) {
            needed[r] = true;
          }
          if (i + 1 == len || !FirstWords.isWordChar(cs[i + 1])) {
            for (int r : node.words) {
              addStart(starts, counts, r, p);
            }
            for (int id : node.leads) {
              pending[leads++] = id;
            }
            break;
          }
        }
        if (leads > 0) {
          int end = p + 1;
          while (end < len && FirstWords.isWordChar(cs[end])) {
            end++;
          }
          addLeads(cs, end, pending, leads, followed, starts, counts, p);
        }
      }
      afterWordChar = wordChar;
      afterDigit = digit;
    }
    List<Mention> all = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Rule rule = rules.get(r);
      if (!needed[r] && !ruleStarts.get(r).needs().isEmpty()) {
        continue;
      }
      // the look-arounds see the text beyond the region, as they would in a scan of the whole text
      Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int next = 0; // like Matcher.find, the next match starts after the previous one
      for (int k = 0; k < counts[r]; k++) {
        int p = starts[r][k];
        if (p < next) {
          continue;
        }
        m.region(p, len);
        if (!m.lookingAt()) {
          continue;
        }
        next = m.end() > p ? m.end() : p + 1;
        Mention mention = rule.reader().read(m, text);
        if (mention != null) {
          all.add(mention);
        }
      }
    }
    return longestFirst(all);
  }

  /**
   * The same as {@link #find}, by running every pattern over the whole text: the slow reference
   * that tests compare {@link #find} with.
   */
  List<Mention> findScanningWholeText(String text) {
    List<Mention> all = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Mention mention = rule.reader().read(m, text);
        if (mention != null) {
          all.add(mention);
        }
      }
    }
    return longestFirst(all);
  }

  /**
   * Adds {@code at} to the rules of the first {@code n} of {@code leads} (leads at a word ending at
   * {@code end}) that the next word allows. {@code followed} marks the leads the next word may
   * follow, with its position + 1.
   */
  private void addLeads(char[] cs, int end, int[] leads, int n, int[] followed, int[][] starts, int[] counts,
      int at) {
    int len = cs.length;
    int q = end;
    while (q < len && !FirstWords.isWordChar(cs[q])) {
      q++;
    }
    if (q == len) {
      return;
    }
    int mark = q + 1;
    FirstWords.Node node = firstWords.root;
    for (int i = q; i < len; i++) {
      node = node.child(FirstWords.fold(cs[i]));
      if (node == null) {
        break;
      }
      for (int id : node.nextStems) {
        followed[id] = mark;
      }
      if (i + 1 == len || !FirstWords.isWordChar(cs[i + 1])) {
        for (int id : node.nextWords) {
          followed[id] = mark;
        }
        break;
      }
    }
    boolean digit = cs[q] >= '0' && cs[q] <= '9';
    for (int k = 0; k < n; k++) {
      int id = leads[k];
      if (followed[id] == mark || digit && leadBeforeDigit.get(id)) {
        addStart(starts, counts, leadRules.get(id), at);
      }
    }
  }

  private static void addStart(int[][] starts, int[] counts, int rule, int at) {
    int[] list = starts[rule];
    int c = counts[rule];
    if (list == null) {
      list = starts[rule] = new int[16];
    } else if (list[c - 1] == at) {
      return; // reached by two of its start words ("l", "le")
    } else if (c == list.length) {
      list = starts[rule] = Arrays.copyOf(list, c * 2);
    }
    list[c] = at;
    counts[rule] = c + 1;
  }

  /** The longest of overlapping mentions, in text order. */
  private static List<Mention> longestFirst(List<Mention> all) {
    all.sort(Comparator.comparingInt((Mention x) -> x.end() - x.start()).reversed()
        .thenComparingInt(Mention::start));
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention x : all) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(x.end() - 1);
      if (before != null && before.getValue().end() > x.start()) {
        continue;
      }
      kept.put(x.start(), x);
    }
    return new ArrayList<>(kept.values());
  }

  /** The rules each start word leads to, as a trie over lower-case letters and digits. */
  private static final class FirstWords {
    final Node root = new Node();

    static final class Node {
      private char[] keys = new char[0];
      private Node[] children = new Node[0];
      /** The rules that may begin at a word ending here, at a word through here, that need such a word. */
      int[] words = new int[0];
      int[] stems = new int[0];
      int[] needs = new int[0];
      /** The leads at this word (whole) and through it (stem), and those it may follow (whole or stem). */
      int[] leads = new int[0];
      int[] stemLeads = new int[0];
      int[] nextWords = new int[0];
      int[] nextStems = new int[0];

      /** The children by letter, for a node with many (the root). */
      private Node[] byLetter;

      Node child(char c) {
        if (byLetter != null && c < byLetter.length) {
          return byLetter[c];
        }
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == c) {
            return children[i];
          }
        }
        return null;
      }

      private Node childOrNew(char c) {
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) {
          return children[i];
        }
        int at = -i - 1;
        char[] k = new char[keys.length + 1];
        Node[] ch = new Node[keys.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(children, 0, ch, 0, at);
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        System.arraycopy(children, at, ch, at + 1, keys.length - at);
        k[at] = c;
        ch[at] = new Node();
        keys = k;
        children = ch;
        if (keys.length > 8) {
          byLetter = new Node[0x250];
          for (int j = 0; j < keys.length; j++) {
            if (keys[j] < byLetter.length) {
              byLetter[keys[j]] = children[j];
            }
          }
        }
        return ch[at];
      }
    }

    /** Latin letters and signs: the case folds and letter-or-digit tests, looked up. */
    private static final char[] FOLDED = new char[0x250];
    private static final boolean[] WORD_CHAR = new boolean[0x250];

    static {
      for (char c = 0; c < FOLDED.length; c++) {
        FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
        WORD_CHAR[c] = Character.isLetterOrDigit(c);
      }
    }

    /** The case-insensitive form of a letter, as the patterns compare them (UNICODE_CASE). */
    static char fold(char c) {
      return c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether {@code c} is part of a word (a letter or digit). */
    static boolean isWordChar(char c) {
      return c < WORD_CHAR.length ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    /** The node of {@code word} up to its first character that is not a letter or digit. */
    Node node(String word) {
      Node node = root;
      for (int i = 0; i < word.length() && Character.isLetterOrDigit(word.charAt(i)); i++) {
        node = node.childOrNew(fold(word.charAt(i)));
      }
      if (node == root) {
        throw new IllegalArgumentException("a start word must begin with a letter or digit: '" + word + "'");
      }
      return node;
    }
  }
}
