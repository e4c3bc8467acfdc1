package io.newsfacts.extract.dates;

import io.newsfacts.extract.dates.Mention.Meaning;
import io.newsfacts.model.DateType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
  /** English month names, capitalised: only the "Month d, yyyy" of embedded tweets uses them. */
  private static final Map<String, Integer> ENGLISH_MONTHS = Map.ofEntries(Map.entry("January", 1),
      Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4), Map.entry("May", 5), Map.entry("June", 6),
      Map.entry("July", 7), Map.entry("August", 8), Map.entry("September", 9), Map.entry("October", 10),
      Map.entry("November", 11), Map.entry("December", 12));
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
  /** Words before "N heures" that make it a clock time ("à 15 heures"), not a duration. */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("à", "a", "vers", "dès", "jusqu'à", "avant", "après", "entre", "et", "ce", "aux", "environ");
  /** "à 10 h" right after a day word, without a comma: one time ("Hier à 10 h"). */
  private static final String AT_CLOCK = "(?:" + S + "à" + S + "(?<ah>[01]?\\d|2[0-3])[\\s\\u00a0]*[hH](?:[\\s\\u00a0]*(?<am>[0-5]\\d))?"
      + "(?![\\p{L}\\d]))?";
  /** What may follow a clock time to say which half of the day it is in. */
  private static final String DAY_HALF = "(?:" + S + "(?<half>du" + S + "matin|du" + S + "soir|de" + S + "l" + AP
      + "après-midi|ce" + S + "soir|cet" + S + "après-midi|dans" + S + "la" + S + "soirée))?";

  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  private static final Pattern OF_SOMETHING = Pattern.compile("[\\s\\u00a0]+(?:d['’]|(?:de|du|des)(?!\\p{L}))");
  private static final Pattern RELATIVE_TO_SOMETHING = Pattern.compile(
      "[\\s\\u00a0]+(?:l['’]|qu['’]|d['’]|(?:le|la|les|son|sa|ses|leur|leurs|que|de|du|des|un|une|cette|ce|cet)(?!\\p{L}))");
  private static final Pattern INSTEAD_OF = Pattern.compile("au[\\s\\u00a0]+lieu[\\s\\u00a0]+de[\\s\\u00a0]+$");
  private static final Pattern OF_PLACE = Pattern.compile("[\\s\\u00a0]+de[\\s\\u00a0]+\\p{Lu}");
  private static final Pattern PART_OF_SOMETHING = Pattern.compile(
      "[\\s\\u00a0]+(?:d['’]|(?:de|du|des|où|qui|que|suivante|précédente)(?!\\p{L}))");
  private static final Pattern BETWEEN = Pattern.compile("entre( le)?$");
  private static final Pattern NAME_FOLLOWS = Pattern.compile("[\\s\\u00a0]\\p{Lu}");

  private final TimeWords words;
  /** A weekday then "à", "au" or "et": the next weekday is later in the same stretch of days. */
  private final Pattern dayThen;
  private final List<Rule> rules = new ArrayList<>();
  private final FirstWords firstWords = new FirstWords();
  /** For each lead (a Start with a next word) of the rules: its rule, and whether a digit may follow. */
  private final List<Integer> leadRules = new ArrayList<>();
  private final List<Boolean> leadBeforeDigit = new ArrayList<>();
  /** The rules and leads that may begin at a word starting with a digit, the rules at any digit. */
  private int[] digitRules = new int[0];
  private int[] digitLeads = new int[0];
  private int[] anyDigitRules = new int[0];

  private interface Reader {
    /** What the match means, or null when its context says it is not a date. */
    Mention read(Matcher m, String text);
  }

  /** A pattern, where its matches may begin, and what a match means. */
  private record Rule(Pattern pattern, Starts starts, Reader reader) {}

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
    String month = TimeWords.alternatives(words.months.keySet());
    String weekday = TimeWords.alternatives(words.weekdays.keySet());
    String weekdayAbbr = TimeWords.alternatives(words.weekdayAbbreviations.keySet());
    dayThen = Pattern.compile(weekday + "[\\s\\u00a0]+(?:à|au|et|jusqu['’]à)[\\s\\u00a0]+$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    Starts weekdays = listed(words.weekdays.keySet());
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
    Starts seasons = next(words.seasons.keySet());
    Starts holidays = next(words.holidays.keySet());

    // "le 27 mai 1998", "dimanche 29 août", "le 6 mai dernier", "lun. 18 février"
    add(lead(weekdays.and(weekdayAbbrs).and(days), "le", "ce").and(weekdays).and(weekdayAbbrs)
        .and(days.before(numberGoesOn.and(months))),
        L + "(?<t>(?:(?:le|ce)" + S + ")?(?:(?<wd>" + weekday + "|" + weekdayAbbr + ")" + S + ")?(?<d>" + day
        + ")(?:er|e|ème)?(?:" + S + "|-)(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>"
        + modifier + "))?" + podAfter + ")" + R, this::dayMonth);
    // "jeudi 15", "samedi 16 à 18 h": the month is the one that puts that day on that weekday
    add(lead(weekdays, "le", "ce").and(weekdays),
        L + "(?<t>(?:(?:le|ce)" + S + ")?(?<wd>" + weekday + ")" + S + "(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]*(?:[,;.:)]|$|(?:à|au|et|vers|dès|de|en)"
        + R + "))", this::weekdayAndDay);
    // "du 3 au 5 mai", "les 23 et 24 mai", "entre le 13 et le 15 juillet", "13-15 juillet"
    add(lead(weekdays.and(days), "les").and(weekdays)
        .and(days.before(days.and(weekdays).and(months).and(stem("et", "au", "à", "jusqu", "le")))),
        L + "(?<t>(?:les" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d1>" + day + ")(?:er|e)?[\\s\\u00a0]*(?<to>et|au|à|-|–|jusqu"
        + AP + "au)[\\s\\u00a0]*(?:le" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d2>" + day + ")(?:er|e)?" + S + "(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, this::dayRange);
    // "les 6 et 13 avril": two days, the first takes the month of the second
    add(lead(days, "les").and(days.before(numberGoesOn)),
        L + "(?<t>(?:les" + S + ")?(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]+et" + S + "(?<d2>" + day + ")(?:er)?" + S + "(?<mo>" + month
        + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?" + R + ")", this::firstOfTwoDays);
    // "octobre 98", "mars 2011", "le mois de juin", "septembre dernier", "début mars", "mi-décembre"
    add(edge.and(lead(word("mois"), "le", "au", "les")).and(lead(stem("d"), "mois")).and(months),
        L + "(?<t>(?<edge>" + EDGE + ")?(?:(?:le" + S + "|au" + S + "|les" + S + ")?mois" + S + "d" + AP + "?[\\s\\u00a0]*)?(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, this::monthYear);
    // "2016", "l'année 2001", "fin 2016"
    add(edge.and(lead(stem("an"), "l")).and(DIGIT),
        L + "(?<t>(?<edge>" + EDGE + ")?(?:l" + AP + "[\\s\\u00a0]*(?:an|année)" + S + ")?(?<y>" + YEAR4 + "))" + R,
        this::year);
    // "2016-2017", "entre 2010 et 2015", "de 2010 à 2015"
    add(DIGIT,
        L + "(?<t>(?<y1>" + YEAR4 + ")[\\s\\u00a0]*[-–][\\s\\u00a0]*(?<y2>" + YEAR4 + "|\\d\\d))" + R, this::yearRange);
    add(lead(DIGIT, "entre"),
        L + "(?<t>entre" + S + "(?<y1>" + YEAR4 + ")" + S + "et" + S + "(?<y2>" + YEAR4 + "))" + R, this::yearRange);
    // "May 11, 2014": the date line of an embedded tweet, in English
    add(word(ENGLISH_MONTHS.keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new)),
        L + "(?<t>(?-i:(?<mo>" + String.join("|", ENGLISH_MONTHS.keySet()) + "))" + S + "(?<d>[12]\\d|3[01]|0?[1-9]),"
        + S + "(?<y>" + YEAR4 + "))" + R, this::englishDate);
    // "15.05.2016", "15/05/2016", "20/02/14", "le 17/02", "2015-03-03"
    add(DIGIT_ANYWHERE,
        "(?<![\\d./-])(?<t>(?<d>[0-3]?\\d)[./](?<mo>[01]?\\d)[./](?<y>\\d{4}|\\d\\d))(?![\\d]|[./]\\d)", this::numericDate);
    add(lead(DIGIT, "le"),
        L + "(?<t>le" + S + "(?<d>[0-3]?\\d)/(?<mo>[01]?\\d))(?![\\d/]|\\.\\d)", this::numericDate);
    add(DIGIT_ANYWHERE,
        "(?<![\\d./-])(?<t>(?<y>(?:19|20)\\d\\d)-(?<mo>[01]?\\d)-(?<d>[0-3]?\\d))(?![\\d-])", this::numericDate);
    // "années 60", "les années 1980", "XXe siècle"
    add(lead(word("années"), "les").and(word("années")).needing("années"),
        L + "(?<t>(?:les" + S + ")?années" + S + "(?<dec>(?:19|20)?\\d0|" + numberWords + "))" + R, this::decade);
    add(lead(stem("i", "v", "x", "l").and(DIGIT), "le").and(stem("i", "v", "x", "l")).and(DIGIT).needing("siècle"),
        L + "(?<t>(?:le" + S + ")?(?<c>[IVXL]+|\\d{1,2})(?:e|è|ème|eme|ᵉ)" + S + "siècle)" + R, this::century);
    // "hier", "hier matin", "aujourd'hui vendredi", "la veille au soir", "le lendemain du 13 février"
    add(listed(words.relativeDays.keySet()),
        L + "(?<t>(?<rd>" + relativeDay + ")(?:" + S + "(?<wd>" + weekday + "))?" + podAfter + "(?:" + S + "(?:du|de)" + S
        + "(?<d>" + day + ")(?:er)?" + S + "(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR4 + "))?)?" + AT_CLOCK + ")" + R,
        this::relativeDay);
    // "mardi", "mercredi dernier", "ce dimanche", "mardi soir", "tous les jeudis", "lundi en huit"
    add(lead(weekdays.and(word("même", "les")), "ce", "le", "chaque", "tous").and(weekdays),
        L + "(?<t>(?:(?<det>ce" + S + "même|ce|le|chaque|tous" + S + "les)" + S + ")?(?<wd>" + weekday + ")(?<pl>s)?"
        + "(?:" + S + "(?<mod>" + modifier + "|en" + S + "(?:huit|8|quinze|15)|(?:de" + S + ")?la" + S
        + "semaine" + S + "(?:dernière|prochaine|passée|suivante|d" + AP + "après)|(?:de" + S + ")?cette" + S
        + "semaine))?" + podAfter + AT_CLOCK + ")" + R, this::weekday);
    // "la semaine dernière", "l'an dernier", "cette année", "ce week-end", "en fin d'année"
    add(edge.and(lead(relativeUnits, "l")).and(glued(relativeUnits, "la", "cette", "ce", "cet", "le"))
        .and(relativeUnits),
        L + "(?<t>(?<edge>" + EDGE + ")?(?<det>la|cette|ce|cet|l" + AP + "|le)?[\\s\\u00a0]*(?<u>semaine|mois|année|an|week-end|weekend"
        + "|trimestre|semestre|décennie|siècle)(?<ci>-ci)?(?:" + S + "(?<mod>" + modifier + "))?)" + R, this::relativeUnit);
    add(lead(word("nouvelle"), "la").needing("nouvelle"),
        L + "(?<t>la" + S + "nouvelle" + S + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
        t -> t.published() == null ? null : Timeline.year(t.published().getYear() + (t.published().getMonthValue() == 12 ? 1 : 0))));
    // "au premier trimestre", "le second semestre 2016"
    add(lead(ordinals, "au", "le", "ce").and(ordinals).needing("trimestre", "semestre"),
        L + "(?<t>(?:(?:au|le|ce)" + S + ")?(?<ord>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième"
        + "|4e|4ème|dernier)" + S + "(?<u>trimestre|semestre)(?:" + S + "(?<y>" + YEAR4 + "))?)" + R, this::quarter);
    // "il y a trois jours", "dans deux semaines", "il y a 20 ans jour pour jour"
    add(lead(word("y"), "il")
        .and(lead(qualified(numbers.and(word("quelques", "plusieurs"))), "voici", "voilà", "dans")),
        L + "(?<t>(?<prep>il" + S + "y" + S + "a|voici|voilà|dans)" + S + QUALIFIER + "?(?<n>" + number
        + "|quelques|plusieurs)" + S + "(?<u>" + unit + ")" + R + "(?<jpj>" + S + "jour" + S + "pour" + S + "jour)?)",
        this::agoOrIn);
    // "deux jours plus tard", "un an après"
    add(qualified(counted),
        L + "(?<t>" + QUALIFIER + "?(?<n>" + number + ")" + S + "(?<u>" + unit + ")" + S + "(?<dir>plus" + S + "tard|après|plus" + S
        + "tôt|auparavant|avant))" + R, this::later);
    // "pendant deux mois", "depuis 7 ans", "30,4 secondes", "environ une heure"
    add(qualified(counted.and(aboutWords).and(lead(units, "quelques", "plusieurs", "longs", "longues"))
        .and(lead(word("longs", "longues", "nombreux", "nombreuses"), "de"))),
        L + "(?<t>" + QUALIFIER + "?(?<n>" + number + "|" + about + "|quelques|plusieurs|de" + S + "longs|de" + S + "longues|de" + S
        + "nombreux|de" + S + "nombreuses|longs|longues)(?:(?<=['’])|" + S + ")(?<u>" + unit + ")" + R + "(?<half>" + S + "et" + S
        + "demie?)?)" + R, this::duration);
    add(lead(word("des"), "depuis", "pendant", "durant").and(lead(word("y"), "il")),
        L + "(?<prep>depuis|pendant|durant|il" + S + "y" + S + "a)" + S + "(?<t>des" + S + "(?<u>années|mois|semaines|jours"
        + "|siècles|décennies|heures))" + R, this::duration);
    add(lead(numbers.and(word("derniers", "dernières", "prochains", "prochaines")), "ces", "les", "des")
        .needing("derniers", "dernières", "prochains", "prochaines"),
        L + "(?<t>(?:ces|les|des)" + S + "(?:(?<n>" + number + ")" + S + ")?(?:derniers|dernières|prochains|prochaines)" + S
        + "(?<u>" + unit + "))" + R, this::duration);
    add(listed(words.durationNouns.keySet()),
        L + "(?<t>" + durationNoun + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DURATION,
        constant(words.durationNouns.get(TimeWords.key(m.group("t"))))));
    // "chaque jour", "tous les 3 ans", "chaque année", "toute l'année"
    add(lead(numbers.and(units).and(stem("matin", "soir", "nuit", "midi")), "chaque")
        .and(lead(word("les"), "tous", "toutes")),
        L + "(?<t>(?:chaque|tous" + S + "les|toutes" + S + "les)" + S + "(?:(?<n>" + number + ")" + S + ")?(?<u>" + unit
        + "|matins?|soirs?|nuits?|midis?))" + R, this::set);
    add(lead(word("l"), "toute"),
        L + "(?<t>toute" + S + "l" + AP + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.SET, constant("P1Y")));
    // "à 14 h 30", "18 h", "10h30", "15:00", "à quinze heures", "vers midi"
    add(DIGIT,
        L + "(?<t>(?<h>[01]?\\d|2[0-3])[\\s\\u00a0]*[hH](?:[\\s\\u00a0]*(?<mi>[0-5]\\d))?(?![\\p{L}\\d])" + DAY_HALF + ")" + R,
        this::clock);
    add(DIGIT,
        L + "(?<t>(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d))(?![\\d:])", this::clock);
    add(numbers.needing("heure"),
        L + "(?<t>(?<h>\\d{1,2}|" + numberWords + ")" + S + "heures?(?:" + S + "(?<mi>\\d{1,2}|et" + S + "quart|et" + S
        + "demie?|moins" + S + "le" + S + "quart|trois" + S + "quarts|" + numberWords + "))?" + DAY_HALF + ")" + R, this::clock);
    add(word("midi", "minuit"),
        L + "(?<t>(?<h>midi|minuit)(?:" + S + "(?<mi>et" + S + "quart|et" + S + "demie?|moins" + S + "le" + S + "quart|moins"
        + S + numberWords + "|" + numberWords + "))?)" + R, this::clock);
    // "la soirée", "dans la nuit", "en fin de soirée", "ce soir", "le matin même"
    add(lead(pods, "l").and(glued(pods, "la", "en")).and(lead(word("début", "milieu", "fin"), "en")),
        L + "(?<t>(?<det>la|l" + AP + "|en" + S + "(?:début|milieu|fin)" + S + "(?:de" + S + "|d" + AP + ")|en)[\\s\\u00a0]*(?<pod>soirée"
        + "|matinée|nuit|après-midi|journée))" + R, this::partOfDay);
    add(lead(stem("matin", "soir", "après", "nuit"), "ce", "cet", "cette"),
        L + "(?<t>(?<det>ce|cet|cette)" + S + "(?<pod>matin|soir|après-midi|nuit))" + R, this::partOfDay);
    add(lead(stem("matin", "soir"), "le", "ce").needing("même"),
        L + "(?<t>(?<det>le|ce)" + S + "(?<pod>matin|soir)" + S + "même)" + R, this::partOfDay);
    add(lead(word("tôt"), "très").and(lead(word("le"), "tôt")).and(lead(word("matin"), "le")).needing("matin"),
        L + "(?<t>(?<det>(?:très" + S + ")?tôt" + S + "le|le)" + S + "(?<pod>matin)(?:" + S + "(?:très" + S + ")?tôt)?)" + R,
        this::partOfDay);
    // seasons, holidays, "désormais"
    add(lead(seasons, "l").and(glued(seasons, "en", "cet", "cette", "ce")).and(lead(word("mois"), "les"))
        .and(lead(stem("d"), "mois")).and(listed(words.seasons.keySet())),
        L + "(?<t>(?:(?<det>l" + AP + "|en|cet|cette|ce|(?:les" + S + ")?mois" + S + "d" + AP + ")[\\s\\u00a0]*)?(?<s>" + season + ")(?:"
        + S + "(?<y>" + YEAR4 + "))?(?:" + S + "(?<mod>dernier|prochain))?)" + R, this::season);
    add(lead(holidays, "l").and(glued(holidays, "le", "la")).and(listed(words.holidays.keySet())),
        L + "(?<t>(?:(?:le|la|l" + AP + ")[\\s\\u00a0]*)?(?<hol>" + holiday + ")(?:" + S + "(?<y>" + YEAR4 + "))?)" + R,
        this::holiday);
    if (!words.presentWords.isEmpty()) {
      add(listed(words.presentWords.keySet()),
          L + "(?<t>" + presentWord + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
          constant(words.presentWords.get(TimeWords.key(m.group("t"))))));
    }
  }

  private void add(Starts starts, String regex, Reader reader) {
    int index = rules.size();
    rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), starts, reader));
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
      if (!needed[r] && !rule.starts().needs().isEmpty()) {
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

  // ---- readings ----

  private Mention dayMonth(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer day = dayNumber(m.group("d"));
    if (day == null || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    String mo = TimeWords.key(m.group("mo"));
    if (m.group("y") == null && (mo.equals("mars") || mo.equals("mai"))
        && isBareMonthWord(m.group("mo"), text, m.start("mo"))) {
      return null;
    }
    String y = m.group("y");
    Integer dow = weekdayNumber(m.group("wd"));
    int direction = direction(m.group("mod"));
    String pod = podCode(m.group("pod"));
    return new Mention(start(m), end(m), pod == null ? DateType.DATE : DateType.TIME, t -> {
      String date = Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, day, dow, direction), month, day);
      return pod == null ? date : date + (pod.equals("MI") ? "T12:00" : "T" + pod);
    });
  }

  private Mention englishDate(Matcher m, String text) {
    int month = ENGLISH_MONTHS.get(m.group("mo"));
    int day = Integer.parseInt(m.group("d"));
    int year = Integer.parseInt(m.group("y"));
    if (Timeline.safeDate(year, month, day) == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.day(year, month, day)));
  }

  private Mention weekdayAndDay(Matcher m, String text) {
    int dow = words.weekdays.get(TimeWords.key(m.group("wd")));
    Integer day = dayNumber(m.group("d"));
    if (day == null) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      LocalDate pub = t.published();
      if (pub == null) {
        return String.format(Locale.ROOT, "XXXX-XX-%02d", day);
      }
      boolean past = t.tense() == Tense.PAST;
      LocalDate best = null;
      for (int k = -6; k <= 11; k++) {
        LocalDate first = pub.withDayOfMonth(1).plusMonths(k);
        LocalDate d = Timeline.safeDate(first.getYear(), first.getMonthValue(), day);
        if (d == null || d.getDayOfWeek().getValue() != dow || (past ? d.isAfter(pub) : d.isBefore(pub))) {
          continue;
        }
        if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d)) < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
          best = d;
        }
      }
      return best == null ? String.format(Locale.ROOT, "XXXX-XX-%02d", day) : Timeline.day(best);
    });
  }

  private Mention firstOfTwoDays(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer d1 = dayNumber(m.group("d"));
    Integer d2 = dayNumber(m.group("d2"));
    if (d1 == null || d2 == null || d2 - d1 <= 1 || Timeline.safeDate(2000, month, d1) == null
        || BETWEEN.matcher(TimeWords.key(textBefore(text, m.start("t"), 10))).find()) {
      return null;
    }
    String y = m.group("y");
    int direction = direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE,
        t -> Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, d1, null, direction), month, d1));
  }

  private Mention dayRange(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    Integer d1 = dayNumber(m.group("d1"));
    Integer d2 = dayNumber(m.group("d2"));
    if (d1 == null || d2 == null || d1 >= d2 || Timeline.safeDate(2000, month, d2) == null) {
      return null;
    }
    boolean between = BETWEEN.matcher(TimeWords.key(textBefore(text, m.start("t"), 10))).find();
    if (TimeWords.key(m.group("to")).equals("et") && d2 - d1 > 1 && !between) {
      return null; // "les 6 et 13 avril": two separate days, not a span
    }
    String y = m.group("y");
    int direction = direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfDay(month, d1, null, direction);
      return Timeline.day(year, month, d1) + "/" + Timeline.day(year, month, d2);
    });
  }

  private Mention monthYear(Matcher m, String text) {
    int month = words.months.get(TimeWords.key(m.group("mo")));
    String y = m.group("y");
    if (y == null && m.group("edge") == null && isBareMonthWord(m.group("mo"), text, m.start("mo"))) {
      return null;
    }
    int direction = direction(m.group("mod"));
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? t.fullYear(y) : t.yearOfMonth(month, direction);
      return Timeline.month(year, month);
    });
  }

  /** "mars" (the planet), "Mai" (a name) and abbreviations alone are not months. */
  private static boolean isBareMonthWord(String word, String text, int at) {
    String k = TimeWords.key(word);
    if (k.endsWith(".") || k.length() <= 4 && !Set.of("mai", "juin", "mars", "août", "aout").contains(k)) {
      return true; // "janv", "oct." alone are abbreviations of something else
    }
    if (k.equals("mars") || k.equals("mai")) {
      // capitalised in mid-sentence: a name ("Mars", "Mai")
      return Character.isUpperCase(word.charAt(0)) && at > 1 && !isSentenceStart(text, at);
    }
    return false;
  }

  private Mention year(Matcher m, String text) {
    int s = m.start("y");
    int e = m.end("y");
    if (s >= 2 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\u00a0' || text.charAt(s - 1) == '.'
        || text.charAt(s - 1) == ',') && Character.isDigit(text.charAt(s - 2))) {
      return null; // "1 995 euros", "3.2016"
    }
    if (s >= 1 && (text.charAt(s - 1) == '°' || text.charAt(s - 1) == '-' || text.charAt(s - 1) == '+')) {
      return null;
    }
    if (e < text.length() && (text.charAt(e) == '%' || text.charAt(e) == '€' || text.charAt(e) == '$')) {
      return null;
    }
    String after = nextWord(text, e);
    if (after.startsWith("%") || after.startsWith("€") || THREE_DIGITS.matcher(after).lookingAt()) {
      return null;
    }
    if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && looksLikeCountedNoun(after)
        && m.group("edge") == null) {
      return null; // "2000 personnes", "1500 euros"
    }
    int y = Integer.parseInt(m.group("y"));
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.year(y)));
  }

  /** Plural words after a number that are not what it counts ("en 2018 quelques kilomètres"). */
  private static final Set<String> NOT_COUNTED = Set.of("puis", "dans", "sans", "sous", "depuis", "alors", "après",
      "vers", "lors", "mais", "plus", "moins", "quelques", "plusieurs", "tous", "toutes", "les", "des", "ses", "ces",
      "mes", "leurs", "nos", "vos", "très", "jamais", "toujours", "ailleurs", "dès", "selon", "pas", "contre", "parmi",
      "chez", "avons", "avez", "sommes", "êtes", "sont", "étaient", "avaient", "auprès", "ensuite", "aussi");

  private static boolean looksLikeCountedNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) && !NOT_COUNTED.contains(w)
        && !w.endsWith("ons") && !w.endsWith("ez") && !w.endsWith("ais") && !w.endsWith("ent")
        || w.equals("euros") || w.equals("euro") || w.equals("francs") || w.equals("dollars") || w.equals("km")
        || w.equals("mètres") || w.equals("m2") || w.equals("hectares") || w.equals("personnes") || w.equals("habitants");
  }

  private Mention yearRange(Matcher m, String text) {
    int y1 = Integer.parseInt(m.group("y1"));
    String second = m.group("y2");
    int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (y2 <= y1 || y2 - y1 > 50) {
      return null;
    }
    String after = nextWord(text, m.end("t"));
    if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && looksLikeCountedNoun(after)) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(Timeline.year(y1) + "/" + Timeline.year(y2)));
  }

  private Mention numericDate(Matcher m, String text) {
    int day = Integer.parseInt(m.group("d"));
    int month = Integer.parseInt(m.group("mo"));
    if (month < 1 || month > 12 || day < 1 || Timeline.safeDate(2000, month, day) == null) {
      return null;
    }
    String y = groupOrNull(m, "y");
    return new Mention(start(m), end(m), DateType.DATE,
        t -> Timeline.day(y != null ? t.fullYear(y) : t.yearOfDay(month, day, null, 0), month, day));
  }

  private Mention decade(Matcher m, String text) {
    String dec = m.group("dec");
    Double n = words.number(dec);
    if (n == null || n % 10 != 0) {
      return null;
    }
    int v = n.intValue();
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      if (v >= 1000) {
        return String.valueOf(v / 10);
      }
      int now = t.published() != null ? t.published().getYear() : 2000;
      int century = v + 2000 <= now ? 20 : 19;
      return String.format(Locale.ROOT, "%d%d", century, v / 10);
    });
  }

  private Mention century(Matcher m, String text) {
    String c = m.group("c");
    int n = c.matches("\\d+") ? Integer.parseInt(c) : roman(c.toUpperCase(Locale.ROOT));
    if (n < 1 || n > 21) {
      return null;
    }
    return new Mention(start(m), end(m), DateType.DATE, constant(String.format(Locale.ROOT, "%02d", n - 1)));
  }

  private Mention relativeDay(Matcher m, String text) {
    String rule = words.relativeDays.get(TimeWords.key(m.group("rd")));
    boolean story = rule.startsWith("~");
    int offset = Integer.parseInt(rule.replace("~", "").replace("+", ""));
    String tail = textAfter(text, m.end("t"), 6);
    if (story && m.group("mo") == null && OF_SOMETHING.matcher(tail).lookingAt()) {
      return null; // "le lendemain d'une élection": relative to an event, not a day
    }
    if (!story && offset > 0 && precededBy(text, m.start("t"), "de", "d'")
        && !precededBy(text, m.start("t") - 3, "partir")) {
      return null; // "les talents de demain": the future in general
    }
    String pod = podCode(m.group("pod"));
    boolean today = offset == 0 && !story;
    Integer dd = m.group("d") != null ? dayNumber(m.group("d")) : null;
    Integer mo = m.group("mo") != null ? words.months.get(TimeWords.key(m.group("mo"))) : null;
    String y = m.group("y");
    boolean namedDay = m.group("wd") != null;
    String clock = clockAfter(m);
    Meaning meaning = t -> {
      if (today && pod == null && t.quoted() && !namedDay) {
        return "PRESENT_REF";
      }
      LocalDate base;
      if (dd != null && mo != null) {
        Integer year = y != null ? Integer.valueOf(y) : t.yearOfDay(mo, dd, null, 0);
        base = year == null ? null : Timeline.safeDate(year, mo, dd);
      } else {
        base = story ? t.storyDay() : t.published();
      }
      return withClock(withPod(base == null ? null : base.plusDays(offset), pod), clock);
    };
    return new Mention(start(m), end(m), pod == null && clock == null ? DateType.DATE : DateType.TIME, meaning);
  }

  private Mention weekday(Matcher m, String text) {
    int dow = words.weekdays.get(TimeWords.key(m.group("wd")));
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    String pod = podCode(m.group("pod"));
    boolean plural = m.group("pl") != null;
    if (det.equals("chaque") || det.equals("tous les") || plural
        || det.equals("le") && mod.isEmpty() && !startsWithDigit(nextWord(text, m.end("t")))) {
      if (det.equals("le") && pod == null && precededBy(text, m.start("t"), "depuis", "dès", "jusqu'à", "avant", "après")) {
        return null;
      }
      String value = "XXXX-WXX-" + dow + (pod == null ? "" : "T" + pod);
      return new Mention(start(m), end(m), DateType.SET, constant(value));
    }
    boolean sequel = det.isEmpty() && mod.isEmpty() && dayThen.matcher(textBefore(text, m.start("t"), 16)).find();
    String clock = clockAfter(m);
    Meaning meaning = t -> {
      LocalDate d = sequel && t.storyDay() != null ? t.storyDay().with(TemporalAdjusters.next(DayOfWeek.of(dow)))
          : resolveWeekday(t, dow, det, mod);
      if (d == null) { // no anchor: the weekday is known, its week is not
        return "XXXX-WXX-" + dow + (clock != null ? clock : pod == null ? "" : "T" + pod);
      }
      return withClock(withPod(d, pod), clock);
    };
    return new Mention(start(m), end(m), pod == null && clock == null ? DateType.DATE : DateType.TIME, meaning);
  }

  private LocalDate resolveWeekday(Timeline t, int dow, String det, String mod) {
    LocalDate pub = t.published();
    if (mod.startsWith("en ")) {
      if (pub == null) {
        return null;
      }
      int days = mod.endsWith("huit") || mod.endsWith("8") ? 7 : 14;
      return pub.plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dow)));
    }
    if (mod.contains("semaine")) {
      if (pub == null) {
        return null;
      }
      int weeks = mod.contains("cette") ? 0 : mod.contains("dernière") || mod.contains("passée") ? -1 : 1;
      return pub.with(DayOfWeek.MONDAY).plusWeeks(weeks).plusDays(dow - 1L);
    }
    String rule = words.modifiers.get(mod);
    if (rule != null) {
      boolean story = rule.startsWith("~");
      LocalDate base = story ? t.storyDay() : pub;
      if (base == null) {
        return null;
      }
      int dir = Integer.parseInt(rule.replace("~", "").replace("+", ""));
      return dir < 0 ? base.with(TemporalAdjusters.previous(DayOfWeek.of(dow)))
          : base.with(TemporalAdjusters.next(DayOfWeek.of(dow)));
    }
    boolean demonstrative = det.startsWith("ce");
    LocalDate anchor = demonstrative && !det.contains("même") ? pub : t.weekdayAnchor();
    if (anchor == null) {
      return null;
    }
    // a story day on the far side of publication cannot anchor a weekday told in the other tense:
    // "rouvriront le 1er juillet, a annoncé mercredi l'ARS" is the Wednesday before publication
    if (pub != null && ((t.tense() == Tense.PAST && anchor.isAfter(pub))
        || (t.tense() == Tense.FUTURE && anchor.isBefore(pub)))) {
      anchor = pub;
    }
    if (anchor.getDayOfWeek().getValue() == dow) {
      // the day itself: a week earlier or later would be "mardi dernier", "mardi prochain"
      return anchor;
    }
    java.time.DayOfWeek d = DayOfWeek.of(dow);
    if (demonstrative && anchor.equals(pub) && t.tense() != Tense.PAST && t.tense() != Tense.FUTURE) {
      // "ce lundi" with no tense to point the way is a day of the publication's own days: "ce mardi"
      // read on a Wednesday is the day before (an article updated the next day), "ce jeudi" the day
      // after; three days back or more is too far to be sure, and the next one stays the reading
      LocalDate before = anchor.with(TemporalAdjusters.previous(d));
      return ChronoUnit.DAYS.between(before, anchor) <= 2 ? before : anchor.with(TemporalAdjusters.next(d));
    }
    return t.tense() == Tense.PAST ? anchor.with(TemporalAdjusters.previous(d)) : anchor.with(TemporalAdjusters.next(d));
  }

  private Mention relativeUnit(Matcher m, String text) {
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    boolean edge = m.group("edge") != null;
    boolean demonstrative = det.startsWith("ce") || m.group("ci") != null;
    if (mod.isEmpty() && !demonstrative && !(edge && (det.isEmpty() || det.equals("l'") || det.equals("la")))) {
      return null; // "la semaine", "l'année" alone are not dates
    }
    if (det.isEmpty() && !edge) {
      return null;
    }
    String u = TimeWords.key(m.group("u"));
    String rule = mod.isEmpty() ? "0" : words.modifiers.get(mod);
    if (rule == null) {
      return null;
    }
    boolean story = rule.startsWith("~");
    int dir = Integer.parseInt(rule.replace("~", "").replace("+", ""));
    Meaning meaning = t -> {
      LocalDate base = story ? t.storyDay() : t.published();
      if (base == null) {
        return switch (u) {
          case "semaine" -> "XXXX-WXX";
          case "mois" -> "XXXX-XX";
          default -> "XXXX";
        };
      }
      return switch (u) {
        case "semaine" -> Timeline.week(base.plusWeeks(dir));
        case "mois" -> Timeline.month(base.plusMonths(dir).getYear(), base.plusMonths(dir).getMonthValue());
        case "année", "an" -> Timeline.year(base.getYear() + dir);
        case "trimestre" -> {
          LocalDate q = base.plusMonths(3L * dir);
          yield q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
        }
        case "semestre" -> {
          LocalDate h = base.plusMonths(6L * dir);
          yield h.getYear() + "-H" + ((h.getMonthValue() - 1) / 6 + 1);
        }
        case "décennie" -> String.valueOf((base.getYear() + 10 * dir) / 10);
        case "siècle" -> String.valueOf((base.getYear() + 100 * dir) / 100);
        default -> { // week-end
          LocalDate w = base.plusWeeks(dir);
          if (dir == 0 && t.tense() == Tense.PAST && w.getDayOfWeek().getValue() < 6) {
            w = w.minusWeeks(1);
          }
          yield Timeline.week(w) + "-WE";
        }
      };
    };
    return new Mention(start(m), end(m), DateType.DATE, meaning);
  }

  private Mention quarter(Matcher m, String text) {
    String ord = TimeWords.key(m.group("ord"));
    boolean half = TimeWords.key(m.group("u")).equals("semestre");
    int n = switch (ord) {
      case "premier", "1er" -> 1;
      case "deuxième", "second", "2e", "2ème" -> 2;
      case "troisième", "3e", "3ème" -> 3;
      case "dernier" -> half ? 2 : 4;
      default -> 4;
    };
    if (half && n > 2) {
      return null;
    }
    String y = m.group("y");
    return new Mention(start(m), end(m), DateType.DATE, t -> {
      Integer year = y != null ? Integer.valueOf(y) : t.published() != null ? t.published().getYear() : null;
      return (year == null ? "XXXX" : Timeline.year(year)) + (half ? "-H" : "-Q") + n;
    });
  }

  private Mention agoOrIn(Matcher m, String text) {
    Double n = words.number(m.group("n"));
    String u = words.units.get(TimeWords.key(m.group("u")));
    if (n == null) {
      // "il y a quelques mois": only the vague duration is a date expression
      return new Mention(m.start("n"), m.end("u"), DateType.DURATION, constant(durationValue(null, u, false)));
    }
    boolean past = !TimeWords.key(m.group("prep")).equals("dans");
    boolean dayPrecise = m.group("jpj") != null;
    long amount = Math.round(n);
    return new Mention(start(m), end(m), DateType.DATE, t -> shifted(t.published(), u, past ? -amount : amount, dayPrecise));
  }

  private Mention later(Matcher m, String text) {
    Double n = words.number(m.group("n"));
    String u = words.units.get(TimeWords.key(m.group("u")));
    String dir = TimeWords.key(m.group("dir"));
    String tail = textAfter(text, m.end("t"), 6);
    if (n == null || RELATIVE_TO_SOMETHING.matcher(tail).lookingAt()) {
      return null; // "trois ans après l'élection": relative to an event, read as a duration
    }
    long amount = Math.round(n) * (dir.contains("tard") || dir.equals("après") ? 1 : -1);
    String asDuration = durationValue(Math.abs((double) amount), u, false);
    if (u.equals("H") || u.equals("MIN") || u.equals("S")) {
      // "une heure plus tard": the duration is the expression, "plus tard" only relates it
      return new Mention(start(m), m.end("u"), DateType.DURATION, constant(asDuration));
    }
    return new Mention(start(m), end(m), DateType.DATE,
        t -> t.storyDay() == null ? asDuration : shifted(t.storyDay(), u, amount, false));
  }

  private static String shifted(LocalDate base, String unit, long amount, boolean dayPrecise) {
    if (base == null) {
      return null;
    }
    return switch (unit) {
      case "D", "H", "MIN", "S" -> Timeline.day(base.plusDays("D".equals(unit) ? amount : 0));
      case "W" -> Timeline.day(base.plusWeeks(amount));
      case "2W" -> Timeline.day(base.plusWeeks(2 * amount));
      case "M" -> dayPrecise ? Timeline.day(base.plusMonths(amount))
          : Timeline.month(base.plusMonths(amount).getYear(), base.plusMonths(amount).getMonthValue());
      case "Y" -> dayPrecise ? Timeline.day(base.plusYears(amount)) : Timeline.year(base.getYear() + (int) amount);
      case "DE" -> Timeline.year(base.getYear() + 10 * (int) amount);
      case "CE" -> Timeline.year(base.getYear() + 100 * (int) amount);
      default -> null;
    };
  }

  private Mention duration(Matcher m, String text) {
    String unitWord = TimeWords.key(m.group("u"));
    String u = words.units.get(unitWord);
    if (u == null) {
      return null;
    }
    String n = groupOrNull(m, "n");
    String written = n == null ? "" : TimeWords.key(n);
    Double value = n == null ? null : words.number(n);
    int s = m.start("t");
    String prev = previousWord(text, s);
    boolean prepared = Set.of("pendant", "durant", "depuis", "en", "dans", "pour", "sur", "ici", "après", "avant")
        .contains(prev);
    if (u.equals("H") && TIME_PREPOSITIONS.contains(prev)) {
      return null; // "à 15 heures" is a clock time
    }
    if ((written.equals("un") || written.equals("une")) && (u.equals("D") || u.equals("WE")) && !prepared) {
      return null; // "un jour, il ..."
    }
    String qualified = TimeWords.key(m.group("t")).replaceAll("^(plus|moins|près) de .*", "$1");
    if (unitWord.equals("ans") && (qualified.equals("plus") || qualified.equals("moins")) && !prepared
        && !Set.of("il y a", "voici", "ici", "a").contains(prev)) {
      return null; // "les plus de 65 ans": an age group
    }
    boolean years = unitWord.equals("ans") || unitWord.equals("années");
    if (years && n != null && !written.startsWith("de ") && isAge(text, s, m.end("t"), prev)) {
      return null;
    }
    if (unitWord.startsWith("journée") && value == null) {
      return null;
    }
    boolean half = groupOrNull(m, "half") != null;
    Double amount = value == null ? null : half ? value + 0.5 : value;
    return new Mention(start(m), end(m), DateType.DURATION, constant(durationValue(amount, u, false)));
  }

  /** "un chauffeur de 38 ans", "Alain Parmentier, 53 ans,", "les 18-24 ans" are ages. */
  private boolean isAge(String text, int start, int end, String prev) {
    if (start > 0 && text.charAt(start - 1) == '-') {
      return true;
    }
    if (words.ageVerbs.contains(prev)) {
      return true; // "elle a eu 20 ans"
    }
    String next = nextWord(text, end);
    if (next.equals("et") && textAfter(text, end, 10).contains("plus")) {
      return true;
    }
    if (prev.equals("de") || prev.equals("d'")) {
      String head = previousWord(text, start - (prev.length() + 1));
      return !words.durationHeads.contains(head) && !head.endsWith("ici");
    }
    if (prev.equals("à") || prev.equals("a")) {
      String head = previousWord(text, start - 2);
      return !next.equals("de") && !next.equals("d") && !head.endsWith("ici");
    }
    if (Set.of("les", "des", "ses", "mes", "tes", "leurs", "nos", "vos", "ces").contains(prev)) {
      return true;
    }
    String before = textBefore(text, start, 3).strip();
    String after = textAfter(text, end, 2).strip();
    if (before.endsWith(":") && Set.of("âge", "age").contains(previousWord(text, text.lastIndexOf(':', start)))) {
      return true; // "Age: 40 ans"
    }
    return (before.endsWith(",") || before.endsWith("(")) && (after.startsWith(",") || after.startsWith(")")
        || after.startsWith(".") || next.equals("et"));
  }

  private Mention set(Matcher m, String text) {
    String uw = TimeWords.key(m.group("u"));
    String u = words.units.get(uw);
    Double n = m.group("n") == null ? Double.valueOf(1) : words.number(m.group("n"));
    String value;
    if (u != null) {
      value = durationValue(n, u, true);
    } else {
      String pod = podCode(uw.replaceAll("s$", ""));
      value = "XXXX-XX-XXT" + pod;
    }
    return new Mention(start(m), end(m), DateType.SET, constant(value));
  }

  private Mention clock(Matcher m, String text) {
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
      if (h == null || h > 24) {
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
    if (half != null && !TimeWords.key(half).contains("matin") && hour < 12) {
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

  private Mention partOfDay(Matcher m, String text) {
    String det = TimeWords.key(m.group("det"));
    String pod = podCode(m.group("pod"));
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

  private Mention season(Matcher m, String text) {
    String s = TimeWords.key(m.group("s"));
    String code = words.seasons.get(s);
    String det = m.group("det") == null ? "" : TimeWords.key(m.group("det"));
    String y = m.group("y");
    String mod = m.group("mod") == null ? "" : TimeWords.key(m.group("mod"));
    if ((s.equals("été") || s.equals("eté")) && det.isEmpty() && y == null
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
        return null;
      }
      int year = pub.getYear();
      if (demonstrative && code.equals("WI") && pub.getMonthValue() <= 3) {
        year--;
      } else if (mod.equals("dernier")) {
        year = startMonth >= pub.getMonthValue() ? year - 1 : year;
      } else if (mod.equals("prochain")) {
        year = startMonth > pub.getMonthValue() ? year : year + 1;
      }
      return year + "-" + code;
    };
    return new Mention(start(m), end(m), DateType.DATE, meaning);
  }

  private Mention holiday(Matcher m, String text) {
    String name = TimeWords.key(m.group("hol"));
    String rule = words.holidays.get(name);
    boolean capital = rule.contains("!capital");
    if (capital && !Character.isUpperCase(m.group("hol").charAt(0))) {
      return null;
    }
    String after = textAfter(text, m.end("t"), 3);
    if (NAME_FOLLOWS.matcher(after).lookingAt()) {
      return null; // "Noël Mamère", "Toussaint Louverture"
    }
    String chosen = rule.replace("!capital", "").strip();
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

  // ---- small helpers ----

  private static String durationValue(Double amount, String unit, boolean set) {
    String n = amount == null ? "X" : amount % 1 == 0 ? String.valueOf(amount.longValue())
        : String.valueOf(amount).replaceAll("0+$", "");
    return switch (unit) {
      case "S" -> "PT" + n + "S";
      case "MIN" -> "PT" + n + "M";
      case "H" -> "PT" + n + "H";
      case "2W" -> "P" + (amount == null ? "X" : String.valueOf(2 * amount.longValue())) + "W";
      case "Q" -> "P" + (amount == null ? "X" : String.valueOf(3 * amount.longValue())) + "M";
      case "HALF" -> "P" + (amount == null ? "X" : String.valueOf(6 * amount.longValue())) + "M";
      case "WE" -> set ? "XXXX-WXX-WE" : "P" + n + "WE";
      default -> "P" + n + unit;
    };
  }

  private String podCode(String written) {
    return written == null ? null : words.partsOfDay.get(TimeWords.key(written));
  }

  /** "T10:00" for a matched "à 10 h", or null. */
  private static String clockAfter(Matcher m) {
    String h = m.group("ah");
    if (h == null) {
      return null;
    }
    String mi = m.group("am");
    return String.format(Locale.ROOT, "T%02d:%02d", Integer.parseInt(h), mi == null ? 0 : Integer.parseInt(mi));
  }

  /** A day value with the clock time put in place of any part of day. */
  private static String withClock(String dayValue, String clock) {
    if (dayValue == null || clock == null) {
      return dayValue;
    }
    return dayValue.substring(0, Math.min(10, dayValue.length())) + clock;
  }

  private static String withPod(LocalDate day, String pod) {
    if (day == null) {
      return null;
    }
    if (pod == null) {
      return Timeline.day(day);
    }
    return Timeline.day(day) + (pod.equals("MI") ? "T12:00" : "T" + pod);
  }

  private Integer dayNumber(String written) {
    String k = TimeWords.key(written);
    if (k.equals("1er") || k.equals("1re") || k.equals("premier")) {
      return 1;
    }
    Double v = words.number(k);
    return v == null || v < 1 || v > 31 || v % 1 != 0 ? null : v.intValue();
  }

  private Integer weekdayNumber(String written) {
    if (written == null) {
      return null;
    }
    String k = TimeWords.key(written);
    Integer d = words.weekdays.get(k);
    return d != null ? d : words.weekdayAbbreviations.get(k);
  }

  private int direction(String modifier) {
    if (modifier == null) {
      return 0;
    }
    String rule = words.modifiers.get(TimeWords.key(modifier));
    return rule == null || rule.startsWith("~") ? 0 : Integer.signum(Integer.parseInt(rule.replace("+", "")));
  }

  private static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> 0;
      };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  private static Meaning constant(String value) {
    return t -> value;
  }

  private static int start(Matcher m) {
    return m.start("t");
  }

  private static int end(Matcher m) {
    return m.end("t");
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String textAfter(String text, int at, int n) {
    return text.substring(at, Math.min(text.length(), at + n));
  }

  private static String textBefore(String text, int at, int n) {
    return text.substring(Math.max(0, at - n), at);
  }

  /** The word (or sign) right after {@code at}, skipping spaces. */
  private static String nextWord(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && !Character.isSpaceChar(text.charAt(j))
        && (j == i || Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
      j++;
    }
    return text.substring(i, j);
  }

  /** The lower-case word right before {@code at} ("jusqu'à" and "d'" kept whole). */
  private static String previousWord(String text, int at) {
    int j = Math.min(at, text.length());
    while (j > 0 && Character.isSpaceChar(text.charAt(j - 1))) {
      j--;
    }
    int i = j;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
      i--;
    }
    return TimeWords.key(text.substring(i, j));
  }

  private static boolean precededBy(String text, int at, String... candidates) {
    String prev = previousWord(text, at);
    for (String c : candidates) {
      if (prev.equals(c) || prev.endsWith("'" + c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDigit(String s) {
    return !s.isEmpty() && Character.isDigit(s.charAt(0));
  }

  private static boolean isSentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isSpaceChar(text.charAt(i))) {
      i--;
    }
    return i < 0 || ".!?\n«\"—–-:".indexOf(text.charAt(i)) >= 0;
  }
}
