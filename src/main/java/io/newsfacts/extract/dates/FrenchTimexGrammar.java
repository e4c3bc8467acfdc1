package io.newsfacts.extract.dates;

import static io.newsfacts.extract.dates.Matched.end;
import static io.newsfacts.extract.dates.Matched.start;
import static io.newsfacts.extract.dates.Mention.Meaning.constant;

import io.newsfacts.model.DateType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French temporal expressions the extractor knows, as rules: a pattern built once from the
 * word lists of {@link TimeWords}, and a reading that checks the context and says what the match
 * means. {@link #find} runs every rule and keeps the longest matches that do not overlap. The
 * words each rule's matches may begin with are read from its pattern ({@link RuleStarts}) and
 * looked up as the text is read ({@link StartIndex}), so that a pattern is tried only there and not
 * at every character of the text.
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
  /** Where each rule's matches may begin, read from its pattern. */
  private final StartIndex index;

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

    // "le 27 mai 1998", "dimanche 29 août", "le 6 mai dernier", "lun. 18 février"
    add(L + "(?<t>(?:(?:le|ce)" + S + ")?(?:(?<wd>" + weekday + "|" + weekdayAbbr + ")" + S + ")?(?<d>" + day
        + ")(?:er|e|ème)?(?:" + S + "|-)(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>"
        + modifier + "))?" + podAfter + ")" + R, dates::dayMonth);
    // "jeudi 15", "samedi 16 à 18 h": the month is the one that puts that day on that weekday
    add(L + "(?<t>(?:(?:le|ce)" + S + ")?(?<wd>" + weekday + ")" + S + "(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]*(?:[,;.:)]|$|(?:à|au|et|vers|dès|de|en)"
        + R + "))", dates::weekdayAndDay);
    // "du 3 au 5 mai", "les 23 et 24 mai", "entre le 13 et le 15 juillet", "13-15 juillet"
    add(L + "(?<t>(?:les" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d1>" + day + ")(?:er|e)?[\\s\\u00a0]*(?<to>et|au|à|-|–|jusqu"
        + AP + "au)[\\s\\u00a0]*(?:le" + S + ")?(?:(?:" + weekday + ")" + S + ")?(?<d2>" + day + ")(?:er|e)?" + S + "(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, ranges::dayRange);
    // "les 6 et 13 avril": two days, the first takes the month of the second
    add(L + "(?<t>(?:les" + S + ")?(?<d>" + day + ")(?:er)?)(?=[\\s\\u00a0]+et" + S + "(?<d2>" + day + ")(?:er)?" + S + "(?<mo>" + month
        + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?" + R + ")", ranges::firstOfTwoDays);
    // "octobre 98", "mars 2011", "le mois de juin", "septembre dernier", "début mars", "mi-décembre"
    add(L + "(?<t>(?<edge>" + EDGE + ")?(?:(?:le" + S + "|au" + S + "|les" + S + ")?mois" + S + "d" + AP + "?[\\s\\u00a0]*)?(?<mo>"
        + month + ")(?:" + S + "(?<y>" + YEAR + "))?(?:" + S + "(?<mod>" + modifier + "))?)" + R, dates::monthYear);
    // "2016", "l'année 2001", "fin 2016"
    add(L + "(?<t>(?<edge>" + EDGE + ")?(?:l" + AP + "[\\s\\u00a0]*(?:an|année)" + S + ")?(?<y>" + YEAR4 + "))" + R,
        dates::year);
    // "2016-2017", "entre 2010 et 2015", "de 2010 à 2015"
    add(L + "(?<t>(?<y1>" + YEAR4 + ")[\\s\\u00a0]*[-–][\\s\\u00a0]*(?<y2>" + YEAR4 + "|\\d\\d))" + R, ranges::yearRange);
    add(L + "(?<t>entre" + S + "(?<y1>" + YEAR4 + ")" + S + "et" + S + "(?<y2>" + YEAR4 + "))" + R, ranges::yearRange);
    // "May 11, 2014": the date line of an embedded tweet, in English
    add(L + "(?<t>(?-i:(?<mo>" + String.join("|", CalendarDates.ENGLISH_MONTHS.keySet()) + "))" + S + "(?<d>[12]\\d|3[01]|0?[1-9]),"
        + S + "(?<y>" + YEAR4 + "))" + R, dates::englishDate);
    // "15.05.2016", "15/05/2016", "20/02/14", "le 17/02", "2015-03-03"
    add("(?<![\\d./-])(?<t>(?<d>[0-3]?\\d)[./](?<mo>[01]?\\d)[./](?<y>\\d{4}|\\d\\d))(?![\\d]|[./]\\d)", dates::numericDate);
    add(L + "(?<t>le" + S + "(?<d>[0-3]?\\d)/(?<mo>[01]?\\d))(?![\\d/]|\\.\\d)", dates::numericDate);
    add("(?<![\\d./-])(?<t>(?<y>(?:19|20)\\d\\d)-(?<mo>[01]?\\d)-(?<d>[0-3]?\\d))(?![\\d-])", dates::numericDate);
    // "années 60", "les années 1980", "XXe siècle"
    add(L + "(?<t>(?:les" + S + ")?années" + S + "(?<dec>(?:19|20)?\\d0|" + numberWords + "))" + R, dates::decade);
    add(L + "(?<t>(?:le" + S + ")?(?<c>[IVXL]+|\\d{1,2})(?:e|è|ème|eme|ᵉ)" + S + "siècle)" + R, dates::century);
    // "hier", "hier matin", "aujourd'hui vendredi", "la veille au soir", "le lendemain du 13 février"
    add(L + "(?<t>(?<rd>" + relativeDay + ")(?:" + S + "(?<wd>" + weekday + "))?" + podAfter + "(?:" + S + "(?:du|de)" + S
        + "(?<d>" + day + ")(?:er)?" + S + "(?<mo>" + month + ")(?:" + S + "(?<y>" + YEAR4 + "))?)?" + AT_CLOCK + ")" + R,
        relative::relativeDay);
    // "mardi", "mercredi dernier", "ce dimanche", "mardi soir", "tous les jeudis", "lundi en huit"
    add(L + "(?<t>(?:(?<det>ce" + S + "même|ce|le|chaque|tous" + S + "les)" + S + ")?(?<wd>" + weekday + ")(?<pl>s)?"
        + "(?:" + S + "(?<mod>" + modifier + "|en" + S + "(?:huit|8|quinze|15)|(?:de" + S + ")?la" + S
        + "semaine" + S + "(?:dernière|prochaine|passée|suivante|d" + AP + "après)|(?:de" + S + ")?cette" + S
        + "semaine))?" + podAfter + AT_CLOCK + ")" + R, weekdays::weekday);
    // "la semaine dernière", "l'an dernier", "cette année", "ce week-end", "en fin d'année"
    add(L + "(?<t>(?<edge>" + EDGE + ")?(?:(?<det>la|cette|ce|cet|l" + AP + "|le)[\\s\\u00a0]*)?(?<u>semaine|mois|année|an|week-end|weekend"
        + "|trimestre|semestre|décennie|siècle)(?<ci>-ci)?(?:" + S + "(?<mod>" + modifier + "))?)" + R, relative::relativeUnit);
    add(L + "(?<t>la" + S + "nouvelle" + S + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
        t -> t.published() == null ? null : Timeline.year(t.published().getYear() + (t.published().getMonthValue() == 12 ? 1 : 0))));
    // "au premier trimestre", "le second semestre 2016"
    add(L + "(?<t>(?:(?:au|le|ce)" + S + ")?(?<ord>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième"
        + "|4e|4ème|dernier)" + S + "(?<u>trimestre|semestre)(?:" + S + "(?<y>" + YEAR4 + "))?)" + R, dates::quarter);
    // "il y a trois jours", "dans deux semaines", "il y a 20 ans jour pour jour"
    add(L + "(?<t>(?<prep>il" + S + "y" + S + "a|voici|voilà|dans)" + S + QUALIFIER + "?(?<n>" + number
        + "|quelques|plusieurs)" + S + "(?<u>" + unit + ")" + R + "(?<jpj>" + S + "jour" + S + "pour" + S + "jour)?)",
        relative::agoOrIn);
    // "deux jours plus tard", "un an après"
    add(L + "(?<t>" + QUALIFIER + "?(?<n>" + number + ")" + S + "(?<u>" + unit + ")" + S + "(?<dir>plus" + S + "tard|après|plus" + S
        + "tôt|auparavant|avant))" + R, relative::later);
    // "pendant deux mois", "depuis 7 ans", "30,4 secondes", "environ une heure"
    add(L + "(?<t>" + QUALIFIER + "?(?<n>" + number + "|" + about + "|quelques|plusieurs|de" + S + "longs|de" + S + "longues|de" + S
        + "nombreux|de" + S + "nombreuses|longs|longues)(?:(?<=['’])|" + S + ")(?<u>" + unit + ")" + R + "(?<half>" + S + "et" + S
        + "demie?)?)" + R, durations::duration);
    add(L + "(?<prep>depuis|pendant|durant|il" + S + "y" + S + "a)" + S + "(?<t>des" + S + "(?<u>années|mois|semaines|jours"
        + "|siècles|décennies|heures))" + R, durations::duration);
    add(L + "(?<t>(?:ces|les|des)" + S + "(?:(?<n>" + number + ")" + S + ")?(?:derniers|dernières|prochains|prochaines)" + S
        + "(?<u>" + unit + "))" + R, durations::duration);
    add(L + "(?<t>" + durationNoun + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DURATION,
        constant(words.durationNouns.get(TimeWords.key(m.group("t"))))));
    // "chaque jour", "tous les 3 ans", "chaque année", "toute l'année"
    add(L + "(?<t>(?:chaque|tous" + S + "les|toutes" + S + "les)" + S + "(?:(?<n>" + number + ")" + S + ")?(?<u>" + unit
        + "|matins?|soirs?|nuits?|midis?))" + R, sets::set);
    add(L + "(?<t>toute" + S + "l" + AP + "année)" + R, (m, text) -> new Mention(start(m), end(m), DateType.SET, constant("P1Y")));
    // "à 14 h 30", "18 h", "10h30", "15:00", "à quinze heures", "vers midi"
    add(L + "(?<t>(?<h>[01]?\\d|2[0-3])[\\s\\u00a0]*[hH](?:[\\s\\u00a0]*(?<mi>[0-5]\\d))?(?![\\p{L}\\d])" + DAY_HALF + ")" + R,
        clock::clock);
    add(L + "(?<t>(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d))(?![\\d:])", clock::clock);
    add(L + "(?<t>(?<h>\\d{1,2}|" + numberWords + ")" + S + "heures?(?:" + S + "(?<mi>\\d{1,2}|et" + S + "quart|et" + S
        + "demie?|moins" + S + "le" + S + "quart|trois" + S + "quarts|" + numberWords + "))?" + DAY_HALF + ")" + R, clock::clock);
    add(L + "(?<t>(?<h>midi|minuit)(?:" + S + "(?<mi>et" + S + "quart|et" + S + "demie?|moins" + S + "le" + S + "quart|moins"
        + S + numberWords + "|" + numberWords + "))?)" + R, clock::clock);
    // "la soirée", "dans la nuit", "en fin de soirée", "ce soir", "le matin même"
    add(L + "(?<t>(?<det>la|l" + AP + "|en" + S + "(?:début|milieu|fin)" + S + "(?:de" + S + "|d" + AP + ")|en)[\\s\\u00a0]*(?<pod>soirée"
        + "|matinée|nuit|après-midi|journée))" + R, partsOfDay::partOfDay);
    add(L + "(?<t>(?<det>ce|cet|cette)" + S + "(?<pod>matin|soir|après-midi|nuit))" + R, partsOfDay::partOfDay);
    add(L + "(?<t>(?<det>le|ce)" + S + "(?<pod>matin|soir)" + S + "même)" + R, partsOfDay::partOfDay);
    add(L + "(?<t>(?<det>(?:très" + S + ")?tôt" + S + "le|le)" + S + "(?<pod>matin)(?:" + S + "(?:très" + S + ")?tôt)?)" + R,
        partsOfDay::partOfDay);
    // seasons, holidays, "désormais"
    add(L + "(?<t>(?:(?<det>l" + AP + "|en|cet|cette|ce|(?:les" + S + ")?mois" + S + "d" + AP + ")[\\s\\u00a0]*)?(?<s>" + season + ")(?:"
        + S + "(?<y>" + YEAR4 + "))?(?:" + S + "(?<mod>dernier|prochain))?)" + R, seasons::season);
    add(L + "(?<t>(?:(?:le|la|l" + AP + ")[\\s\\u00a0]*)?(?<hol>" + holiday + ")(?:" + S + "(?<y>" + YEAR4 + "))?)" + R,
        holidays::holiday);
    if (!words.presentWords.isEmpty()) {
      add(L + "(?<t>" + presentWord + ")" + R, (m, text) -> new Mention(start(m), end(m), DateType.DATE,
          constant(words.presentWords.get(TimeWords.key(m.group("t"))))));
    }
    index = new StartIndex(rules.stream().map(r -> RuleStarts.of(r.pattern().pattern())).toList());
  }

  private void add(String regex, Rule.Reader reader) {
    rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader));
  }

  /**
   * The mentions of {@code text}: the longest readings, not overlapping, in text order. Each rule's
   * pattern is tried only where a word it may begin with stands ({@link StartIndex}), which finds
   * exactly what scanning the whole text would, at a fraction of the cost.
   */
  List<Mention> find(String text) {
    int n = rules.size();
    StartIndex.Candidates candidates = index.find(text);
    int[][] starts = candidates.at();
    int[] counts = candidates.count();
    int len = text.length();
    List<Mention> all = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Rule rule = rules.get(r);
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
}
