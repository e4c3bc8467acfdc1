package io.newsfacts.extract.dates;

import io.newsfacts.lexicon.FrenchCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar's rules, as a table: each a pattern and the reader that turns its match into a
 * mention. A pattern is a Java regular expression (matched ignoring case) written with four
 * shorthands, so that it reads like the French it matches:
 *
 * <ul>
 *   <li>a space: one or more spaces, non-breaking ones included;
 *   <li>{@code _}: optional spaces (the words may be glued: "lasemaine");
 *   <li>{@code '}: an apostrophe, straight or curly;
 *   <li>{@code {name}}: a fragment, most of them a word list of {@code models/dates} ({@link
 *       #fragments}); {@code {list:tag}} the words of a list that carry a tag ("{unit:period}").
 * </ul>
 *
 * <p>A rule written with {@link #phrase} is one expression between word boundaries, captured as
 * the group "t" (the span of the mention); one written with {@link #rule} says its own bounds. The
 * words a rule's matches may begin with are read from its pattern ({@link RuleStarts}): nothing
 * here lists them.
 */
final class TimexRules {
  private static final String SPACES = "[\\s\\u00a0\\u202f]+";
  private static final String GLUE = "[\\s\\u00a0]*";
  private static final String APOSTROPHE = "['’]";

  private final Map<String, String> fragments = new HashMap<>();
  private final List<Rule> rules = new ArrayList<>();

  /** The rules, in the order the grammar runs them. */
  static List<Rule> of(TimeWords words) {
    return new TimexRules(words).rules;
  }

  private TimexRules(TimeWords words) {
    fragments(words);
    CalendarDates dates = new CalendarDates(words);
    DateRanges ranges = new DateRanges(words);
    RelativeDates relative = new RelativeDates(words);
    Weekdays weekdays = new Weekdays(words);
    Durations durations = new Durations(words);
    Sets sets = new Sets(words);
    Clock clock = new Clock(words);
    PartsOfDay partsOfDay = new PartsOfDay(words, weekdays);
    MonthParts monthParts = new MonthParts(words);
    Seasons seasons = new Seasons(words);
    Holidays holidays = new Holidays(words);

    // "le 27 mai 1998", "dimanche 29 août", "le 6 mai dernier", "lun. 18 février"
    phrase("(?:(?:le|ce) )?(?:(?<wd>{weekday}|{weekdayAbbr}) )?(?<d>{day})(?:er|e|ème)?(?: |-)(?<mo>{month})"
        + "(?: (?<y>{year}))?(?: (?<mod>{modifier}))?{podAfter}", dates::dayMonth);
    // "jeudi 15", "samedi 16 à 18 h": the month is the one that puts that day on that weekday
    rule("{L}(?<t>(?:(?:le|ce) )?(?<wd>{weekday}) (?<d>{day})(?:er)?)"
        + "(?=_(?:[,;.:)]|$|(?:à|au|et|vers|dès|de|en){R}))", dates::weekdayAndDay);
    // "du 3 au 5 mai", "les 23 et 24 mai", "entre le 13 et le 15 juillet", "13-15 juillet"
    phrase("(?:les )?(?:(?:{weekday}) )?(?<d1>{day})(?:er|e)?_(?<to>et|au|à|-|–|jusqu'au)_"
        + "(?:le )?(?:(?:{weekday}) )?(?<d2>{day})(?:er|e)? (?<mo>{month})(?: (?<y>{year}))?(?: (?<mod>{modifier}))?", ranges::dayRange);
    // "les 6 et 13 avril": two days, the first takes the month of the second
    rule("{L}(?<t>(?:les )?(?<d>{day})(?:er)?)(?=[\\s\\u00a0]+et (?<d2>{day})(?:er)? (?<mo>{month})"
        + "(?: (?<y>{year}))?(?: (?<mod>{modifier}))?{R})", ranges::firstOfTwoDays);
    // "octobre 98", "mars 2011", "le mois de juin", "septembre dernier", "début mars", "mi-décembre"
    phrase("(?<edge>{edge})?(?:(?:le |au |les )?mois d'?_)?(?<mo>{month})(?: (?<y>{year}))?(?: (?<mod>{modifier}))?",
        dates::monthYear);
    // "le 16 à 18 h", "le 2 vers 5 h": a day of the story's month, told with its time
    // ("le 16 à 6 h du soir", "le 20 à partir de 10 h")
    rule("{L}(?<t>le (?<d>[12]\\d|3[01]|0?[1-9])(?:er)? (?:à|vers|dès|à partir de) (?<ah>[01]?\\d|2[0-3])_[hH](?:_(?<am>[0-5]\\d))?"
        + "(?![\\p{L}\\d]){dayHalf})(?![\\p{L}\\d])", dates::dayWithClock);
    // "la semaine du 6 octobre", "la première semaine d'octobre 2014", "le dernier week-end de juin"
    phrase("la semaine du (?<d>{day})(?:er)? (?<mo>{month})(?: (?<y>{year4}))?", monthParts::weekOf);
    phrase("(?:(?:le|la|au|à la) )?(?<ord>premier|première|1er|1re|deuxième|second|seconde|troisième|dernier|dernière)"
        + " (?<u>jour|semaine|week-end|weekend|quinzaine) (?:du mois )?(?:de |d')_(?<mo>{month})(?: (?<y>{year4}))?",
        monthParts::ordinal);
    // "2016", "l'année 2001", "fin 2016"
    phrase("(?<edge>{edge})?(?:l'_(?:an|année) )?(?<y>{year4})", dates::year);
    // "en 98.", "depuis 97,": a year in two digits after a preposition of time, closing its phrase
    rule("{L}(?:en|depuis|dès|jusqu'en) (?<t>'?(?<y>\\d\\d))(?![\\d,.]\\d)(?=_(?:[,;.:)!?]|$))", dates::shortYear);
    // "2016-2017", "la saison 2002/2003", "entre 2010 et 2015", "de 2010 à 2015"
    phrase("(?<y1>{year4})_[-–/]_(?<y2>{year4}|\\d\\d)", ranges::yearRange);
    phrase("entre (?<y1>{year4}) et (?<y2>{year4})", ranges::yearRange);
    phrase("de (?<y1>{year4}) (?:à|au) (?<y2>{year4})", ranges::yearRange);
    // "du 6 janvier au 3 février 2020", "entre le 10 juin et le 1er juillet": days of two months
    phrase("(?:du |entre le )?(?<d1>{day})(?:er|e)? (?<mo1>{month})(?: (?<y1>{year4}))?_(?<to>et|au|à|-|–|jusqu'au)_"
        + "(?:le )?(?<d2>{day})(?:er|e)? (?<mo2>{month})(?: (?<y>{year4}))?", ranges::monthsRange);
    // "May 11, 2014": the date line of an embedded tweet, in English
    phrase("(?-i:(?<mo>{englishMonth})) (?<d>[12]\\d|3[01]|0?[1-9]), (?<y>{year4})", dates::englishDate);
    // "15.05.2016", "15/05/2016", "20/02/14", "le 17/02", "2015-03-03"
    rule("(?<![\\d./-])(?<t>(?<d>[0-3]?\\d)[./](?<mo>[01]?\\d)[./](?<y>\\d{4}|\\d\\d))(?![\\d]|[./]\\d)",
        dates::numericDate);
    rule("{L}(?<t>le (?<d>[0-3]?\\d)/(?<mo>[01]?\\d))(?![\\d/]|\\.\\d)", dates::numericDate);
    rule("(?<![\\d./-])(?<t>(?<y>(?:19|20)\\d\\d)-(?<mo>[01]?\\d)-(?<d>[0-3]?\\d))(?![\\d-])", dates::numericDate);
    // "années 60", "les années 1980", "XXe siècle"
    phrase("(?:les )?années (?<dec>(?:19|20)?\\d0|{numberWords})", dates::decade);
    phrase("(?:le )?(?<c>[IVXL]+|\\d{1,2})(?:e|è|ème|eme|ᵉ) siècle", dates::century);
    // "hier", "hier matin", "aujourd'hui vendredi", "la veille au soir", "le lendemain du 13 février"
    phrase("(?<rd>{relativeDay})(?: (?<wd>{weekday}))?{podAfter}"
        + "(?: (?:du|de) (?<d>{day})(?:er)? (?<mo>{month})(?: (?<y>{year4}))?)?{atClock}", relative::relativeDay);
    // "mardi", "mercredi dernier", "ce dimanche", "mardi soir", "tous les jeudis", "lundi en huit"
    phrase("(?:(?<det>ce même|ce|le|chaque|tous les) )?(?<wd>{weekday})(?<pl>s)?(?: (?<mod>{modifier}"
        + "|en (?:huit|8|quinze|15)|(?:de )?la semaine {modifier:week}"
        + "|(?:de )?cette semaine))?{podAfter}{atClock}", weekdays::weekday);
    // "la semaine dernière", "l'an dernier", "cette année", "ce week-end", "en fin d'année"
    phrase("(?<edge>{edge})?(?:(?<det>la|cette|ce|cet|l'|le)_)?(?<u>{unit:period})(?<ci>-ci)?(?: (?<mod>{modifier}))?", relative::relativeUnit);
    phrase("la nouvelle année", relative::newYear);
    // "au premier trimestre", "le second semestre 2016"
    phrase("(?:(?:au|le|ce) )?(?<ord>premier|1er|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème"
        + "|dernier) (?<u>{partOfYear})(?: (?<y>{year4}))?", dates::quarter);
    // "il y a trois jours", "dans deux semaines", "il y a 20 ans jour pour jour"
    rule("{L}(?<t>(?<prep>il y a|voici|voilà|dans) {qualifier}?(?<n>{number}|{vague}) (?<u>{unit}){R}"
        + "(?<jpj> jour pour jour)?)", relative::agoOrIn);
    // "deux jours plus tard", "un an après"
    phrase("{qualifier}?(?<n>{number}) (?<u>{unit}) (?<dir>plus tard|après|plus tôt|auparavant|avant)",
        relative::later);
    // "pendant deux mois", "depuis 7 ans", "30,4 secondes", "environ une heure"
    phrase("{qualifier}?(?<n>{about}|{number}|{vague}|de longs|de longues|de nombreux|de nombreuses"
        + "|longs|longues)(?:(?<=['’])| )(?<u>{unit}){R}(?<half> et demie?)?", durations::duration);
    rule("{L}(?<prep>depuis|pendant|durant|il y a|au fil|au cours|après) (?<t>des (?<u>{unit:many})){R}", durations::duration);
    // "les semaines à venir", "au cours des années précédentes", "les deux ans écoulés"
    phrase("(?:ces|les|des) (?:(?<n>{number}) )?(?<u>{unit:many}|ans) (?:passés|passées|écoulés|écoulées|précédents"
        + "|précédentes|suivants|suivantes|à venir|qui viennent|qui suivent)", durations::duration);
    phrase("(?:ces|les|des) (?:(?<n>{number}) )?(?:derniers|dernières|prochains|prochaines) (?<u>{unit})",
        durations::duration);
    phrase("{durationNoun}", durations::durationNoun);
    // "de 45 à 90 jours", "entre deux et trois ans": the first end is a duration of the same unit
    rule("{L}(?:de|entre) (?<t>(?<n>\\d+(?:,\\d+)?|{numberWords}))(?= (?:à|et) (?:\\d+(?:,\\d+)?|{numberWords}) (?<u>{unit}){R})",
        durations::firstOfRange);
    // "chaque jour", "tous les 3 ans", "chaque année", "toute l'année"
    phrase("(?:chaque|tous les|toutes les) (?:(?<n>{number}) )?(?<u>{unit}|{partOfDay:each}s?)", sets::set);
    phrase("toute l'année", sets::everyYear);
    // "chaque été", "tous les hivers", "chaque mois de mai", "tous les 14 juillet", "deux fois par an"
    phrase("(?:chaque|tous les) (?<s>{season})s?", sets::season);
    phrase("(?:chaque|tous les) (?:mois (?:de |d'))?(?<mo>{month})", sets::month);
    phrase("(?:chaque|tous les) (?<d>{day})(?:er)? (?<mo>{month})", sets::dayOfYear);
    phrase("(?<n>{number}|{vague}) fois par (?<u>{unit})", sets::timesPer);
    // "à 14 h 30", "18 h", "10h30", "15:00", "à quinze heures", "vers midi"
    phrase("(?<h>[01]?\\d|2[0-3])_[hH](?:_(?<mi>[0-5]\\d))?(?![\\p{L}\\d])(?: passées)?{dayHalf}", clock::clock);
    rule("{L}(?<t>(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d))(?![\\d:])", clock::clock);
    phrase("(?<h>\\d{1,2}|{numberWords}) heures?(?: (?<mi>\\d{1,2}|et quart|et demie?|moins le quart|trois quarts"
        + "|(?:et )?{numberWords}(?= minutes?)|{numberWords})(?: minutes?)?)?(?: passées)?{dayHalf}", clock::clock);
    phrase("(?<h>midi|minuit)(?: (?<mi>et quart|et demie?|moins le quart|moins {numberWords}|{numberWords}))?",
        clock::clock);
    // "la soirée", "dans la nuit", "en fin de soirée", "ce soir", "le matin même"
    phrase("(?<det>la|l'|en (?:début|milieu|fin|cours) (?:de |d')|en)_(?<pod>{partOfDay:the})",
        partsOfDay::partOfDay);
    phrase("(?<det>ce|cet|cette) (?<pod>{partOfDay:this})", partsOfDay::partOfDay);
    // "le matin du 12 mai", "dans la soirée de mardi"
    // ("la nuit du 22 au 23 mai" is the span of days, "la nuit de samedi à dimanche" two days)
    phrase("(?:le|la|l')_(?<pod>{partOfDay:of})(?: du (?<d>{day})(?:er)? (?<mo>{month})(?: (?<y>{year4}))?"
        + "| de (?<wd>{weekday})(?! (?:à|au) {weekday}))", partsOfDay::ofDay);
    phrase("(?<det>le|ce) (?<pod>{partOfDay:same}) même", partsOfDay::partOfDay);
    phrase("(?<det>(?:très )?tôt le|le) (?<pod>{partOfDay:early})(?: (?:très )?tôt)?", partsOfDay::partOfDay);
    // seasons, holidays, "désormais"
    phrase("(?:(?<det>l'|en|cet|cette|ce|(?:les )?mois d')_)?(?<s>{season})(?: (?<y>{year4}))?"
        + "(?: (?<mod>{modifier:season}))?", seasons::season);
    phrase("(?:(?:le|la|l')_)?(?<hol>{holiday})(?: (?<y>{year4}))?", holidays::holiday);
    if (!words.presentWords.isEmpty()) {
      phrase("{presentWord}", relative::presentWord);
    }
  }

  /** The fragments a pattern may name, built from the word lists and from each other. */
  private void fragments(TimeWords words) {
    fragments.put("L", "(?<![\\p{L}\\p{N}])");
    fragments.put("R", "(?![\\p{L}\\p{N}])");
    fragment("year4", "(?:1[5-9]\\d\\d|20\\d\\d)");
    fragment("year", "(?:{year4}|'?\\d\\d)(?![\\d,.]\\d)");
    fragments.put("month", TimeWords.alternatives(words.months.keySet()));
    fragments.put("englishMonth", FrenchCalendar.alternation(words.englishMonths.keySet()));
    fragments.put("weekday", TimeWords.alternatives(words.weekdays.keySet()));
    fragments.put("weekdayAbbr", TimeWords.alternatives(words.weekdayAbbreviations.keySet()));
    fragments.put("numberWord", TimeWords.alternatives(words.numbers.entrySet().stream()
        .filter(e -> !e.getValue().equals("X") && !e.getKey().endsWith("aine")).map(Map.Entry::getKey).toList()));
    fragments.put("aboutWord",
        TimeWords.alternatives(words.numbers.keySet().stream().filter(k -> k.endsWith("aine")).toList()));
    // "une dizaine d'", "quelques centaines de"
    fragment("about", "(?:une|la|quelques) {aboutWord} d(?:e|')");
    fragment("numberWords", "{numberWord}(?:[-\\s](?:et[-\\s])?{numberWord})*");
    fragment("number", "(?:\\d+(?:,\\d+)?|{numberWords})");
    fragment("day", "(?:1er|1re|premier|[12]\\d|3[01]|0?[1-9]|{numberWords})(?!\\d)");
    fragments.put("unit", TimeWords.alternatives(words.units.keySet()));
    fragments.put("modifier", TimeWords.alternatives(words.modifiers.keySet()));
    fragments.put("relativeDay", TimeWords.alternatives(words.relativeDays.keySet()));
    fragments.put("season", TimeWords.alternatives(words.seasons.keySet()));
    fragments.put("holiday", TimeWords.alternatives(words.holidays.keySet()));
    fragments.put("durationNoun", TimeWords.alternatives(words.durationNouns.keySet()));
    fragments.put("presentWord", TimeWords.alternatives(words.presentWords.keySet()));
    fragments.put("vague", TimeWords.exactly(words.numbers.entrySet().stream()
        .filter(e -> e.getValue().equals("X")).map(Map.Entry::getKey).toList()));
    // {list:tag}: the words of a list that carry a tag, matched as written ("unit:period")
    tagged("unit", words.unitList);
    tagged("modifier", words.modifierList);
    tagged("partOfDay", words.partOfDayList);
    fragments.put("partOfYear", TimeWords.exactly(words.unitList.written("period").stream()
        .filter(u -> Set.of("Q", "HALF").contains(words.units.get(TimeWords.key(u)))).toList()));
    fragments.put("dayHalfWords", TimeWords.exactly(words.dayHalfList.written()));
    // "environ", "près de", "au moins" before an amount
    fragment("qualifier", "(?:(?:environ|à peu près|près de|plus de|moins de|quelque|au moins|presque|pas moins de) )");
    // "début", "fin de", "à la mi-" before a month, a year or a unit
    fragment("edge", "(?:(?:(?:en|au|à la|dès la|dès|la|le) )?(?:début|fin|mi-|milieu|courant)"
        + "(?: (?:du|de la|de l'|d'|de))?_)");
    // a part of day after a day: "hier soir", "mardi matin", "le 3 mai au matin"
    fragment("pod", "(?<pod>{partOfDay:after}){R}");
    fragment("podAfter", "(?: (?:au |en |dans l'|dans la |en (?:début|milieu|fin) (?:de |d'))?{pod})?");
    // "à 10 h" right after a day word, without a comma: one time ("Hier à 10 h")
    fragment("atClock", "(?: à (?<ah>[01]?\\d|2[0-3])_[hH](?:_(?<am>[0-5]\\d))?(?![\\p{L}\\d]))?");
    // what may follow a clock time to say which half of the day it is in
    fragment("dayHalf", "(?: (?<half>{dayHalfWords}))?");
  }

  private void tagged(String name, WordList list) {
    for (String tag : list.tagNames()) {
      fragments.put(name + ":" + tag, TimeWords.exactly(list.written(tag)));
    }
  }

  private void fragment(String name, String template) {
    fragments.put(name, expand(template, fragments));
  }

  /** A rule that is one expression between word boundaries: the match is the mention. */
  private void phrase(String template, Rule.Reader reader) {
    rule("{L}(?<t>" + template + "){R}", reader);
  }

  private void rule(String template, Rule.Reader reader) {
    rules.add(new Rule(Pattern.compile(expand(template, fragments), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader));
  }

  /** The regular expression a template stands for (see the class comment). */
  static String expand(String template, Map<String, String> fragments) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\') { // an escape, whole: "\p{L}" names no fragment
        int end = i + 2;
        if (end < template.length() && "pP".indexOf(template.charAt(i + 1)) >= 0 && template.charAt(end) == '{') {
          end = template.indexOf('}', end) + 1;
        }
        out.append(template, i, end);
        i = end - 1;
      } else if (inClass || c == '[') {
        inClass = c != ']';
        out.append(c);
      } else if (c == ' ') {
        out.append(SPACES);
      } else if (c == '_') {
        out.append(GLUE);
      } else if (c == '\'') {
        out.append(APOSTROPHE);
      } else if (c == '{' && i + 1 < template.length() && Character.isLetter(template.charAt(i + 1))) {
        int close = template.indexOf('}', i);
        String name = template.substring(i + 1, close);
        String fragment = fragments.get(name);
        if (fragment == null) {
          throw new IllegalArgumentException("no fragment {" + name + "} in rule " + template);
        }
        out.append(fragment);
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
