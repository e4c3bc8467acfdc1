package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The large lexicons of models/entities/lexicons, built from licensed resources by
 * models/build/entities-lexicons.sh: first and family names, proper nouns and every common word
 * form of the Dicollecte French dictionary; first names of English-speaking countries
 * (models/build/first-names-en.sh); country names in French; GeoNames cities, and the French
 * names of foreign cities and regions ("Londres", "Pékin", "Californie"); French
 * regions, departments and communes; brand names (simple-icons); English words (wamerican).
 * The rules use them as evidence about a capitalised word, never
 * as a list of names to find: see {@link TaggerMentions} and {@link EntityLinker}.
 */
final class NameLexicons {
  /** The files read, under models/. */
  static final List<String> FILES = List.of("entities/lexicons/first-names.txt",
      "entities/lexicons/first-names-en.txt",
      "entities/lexicons/family-names.txt", "entities/lexicons/proper-nouns.txt",
      "entities/lexicons/common-words.txt", "entities/lexicons/countries.txt",
      "entities/lexicons/cities.txt", "entities/lexicons/cities-fr.txt",
      "entities/lexicons/french-territories.txt",
      "entities/lexicons/brands.txt", "entities/lexicons/english-words.txt",
      "entities/lexicons/french-small-communes.txt");

  /** Folded ({@link EntityLexicon#fold}). */
  private final Set<String> firstNames;
  /**
   * First names of English-speaking countries that the French dictionary lacks ("Keri", "Ty"):
   * weaker evidence, many are also surnames or places ("Washington", "Jackson", "Yale").
   */
  private final Set<String> englishFirstNames;
  private final Set<String> familyNames;
  private final Set<String> properNouns;
  private final Set<String> countries;
  /** Cities (GeoNames names and French names of foreign ones), regions, departments, communes. */
  private final Set<String> places;
  /**
   * French communes of fewer than 1,000 inhabitants: weak evidence, as many are named like a
   * person ("Cahuzac", "Cazeneuve") or a thing ("Château").
   */
  private final Set<String> smallCommunes;
  /** Companies, online services, websites and apps (simple-icons). */
  private final Set<String> brands;
  /** Feasts and holidays named by one word (models/entities/holidays.txt), some first names too. */
  private final Set<String> holidays;
  /**
   * Lower case, accents kept, straight apostrophes, sorted: a binary search over one array loads
   * faster and takes less memory than a hash set of 186,000 words.
   */
  private final String[] commonWords;
  /** Lower-case English words that are no French word ("beauty", "thinner"), sorted. */
  private final String[] englishWords;

  NameLexicons() {
    firstNames = folded("entities/lexicons/first-names.txt");
    englishFirstNames = folded("entities/lexicons/first-names-en.txt");
    familyNames = folded("entities/lexicons/family-names.txt");
    properNouns = folded("entities/lexicons/proper-nouns.txt");
    countries = folded("entities/lexicons/countries.txt");
    places = folded("entities/lexicons/cities.txt");
    places.addAll(folded("entities/lexicons/cities-fr.txt"));
    places.addAll(folded("entities/lexicons/french-territories.txt"));
    smallCommunes = folded("entities/lexicons/french-small-communes.txt");
    brands = folded("entities/lexicons/brands.txt");
    holidays = folded("entities/holidays.txt");
    List<String> words = Lexicon.lines("entities/lexicons/common-words.txt");
    String[] sorted = new String[words.size()];
    boolean inOrder = true;
    for (int i = 0; i < sorted.length; i++) {
      String w = words.get(i);
      sorted[i] = w.indexOf('\u2019') >= 0 || !w.equals(w.toLowerCase(Locale.ROOT)) ? lower(w) : w;
      inOrder &= i == 0 || sorted[i - 1].compareTo(sorted[i]) <= 0;
    }
    if (!inOrder) {
      Arrays.sort(sorted); // the build script writes it sorted; a hand edit may not be
    }
    commonWords = sorted;
    englishWords = Lexicon.lines("entities/lexicons/english-words.txt").toArray(new String[0]);
    Arrays.sort(englishWords);
  }

  /** A lower-case English word that is no French one: "Beauty", "Thinner", "Impulse". */
  boolean englishWord(String word) {
    return Arrays.binarySearch(englishWords, word.toLowerCase(Locale.ROOT)) >= 0;
  }

  /** A common French word written with a capital: "Chercher", "Allocation", "Mesdames". */
  boolean commonWord(String word) {
    String l = lower(word);
    if (Arrays.binarySearch(commonWords, l) >= 0) {
      return true;
    }
    // capitals often lose their accent: "Etat", "Ecole" are "état", "école"
    if (!l.isEmpty() && l.charAt(0) == 'e' && word.charAt(0) == 'E') {
      for (char accented : new char[] {'é', 'è', 'ê'}) {
        if (Arrays.binarySearch(commonWords, accented + l.substring(1)) >= 0) {
          return true;
        }
      }
    }
    // a prefix written with a hyphen that the dictionary joins: "Co-Fondateur" is "cofondateur"
    int hyphen = l.indexOf('-');
    return hyphen > 0 && hyphen < l.length() - 1
        && Arrays.binarySearch(commonWords, l.replace("-", "")) >= 0;
  }

  boolean firstName(String word) {
    return firstNameFolded(EntityLexicon.fold(word));
  }

  /**
   * A folded first name of the dictionary, or a compound of them joined by hyphens ("jean-vincent",
   * "marie-christine"): the dictionary lists a few compounds only, news names many more.
   */
  private boolean firstNameFolded(String f) {
    if (firstNames.contains(f)) {
      return true;
    }
    int hyphen = f.indexOf('-');
    if (hyphen <= 0) {
      return false; // most words: no hyphen
    }
    for (String part : f.split("-", -1)) {
      if (!firstNames.contains(part)) {
        return false;
      }
    }
    return true;
  }

  boolean familyName(String word) {
    return familyNames.contains(EntityLexicon.fold(word));
  }

  /** A country; its name may be written with spaces for its hyphens ("Etats Unis"). */
  boolean country(String name) {
    return countries.contains(EntityLexicon.fold(name)) || countries.contains(hyphenated(name));
  }

  /**
   * A country, city, region, department or commune; its name may be written with spaces for its
   * hyphens ("Vaison La Romaine", "Saint Paul de Vence", "Etats Unis"), as news often writes them.
   */
  boolean place(String name) {
    String f = EntityLexicon.fold(name);
    if (countries.contains(f) || places.contains(f)) {
      return true;
    }
    String h = hyphenated(name);
    return h != null && (countries.contains(h) || places.contains(h));
  }

  /** A name of several words folded with hyphens for its spaces, or null for one word. */
  private static String hyphenated(String name) {
    return name.indexOf(' ') < 0 ? null : EntityLexicon.fold(name.trim().replaceAll("\\s+", "-"));
  }

  /** A country, or a place that is no common word nor person's name: a place for sure ("Vietnam", "Évry"). */
  boolean surePlace(String name) {
    return country(name) || placeOnly(name);
  }

  /**
   * A place whose name is not also a common word or a person's name ("Évry", "Vietnam"; not
   * "Avion", "Florence", "Hollande").
   */
  boolean placeOnly(String name) {
    return place(name) && !commonWord(name) && !firstName(name) && !familyName(name);
  }

  /**
   * A feast or holiday named by one word ("Noël", "Pâques", "Toussaint"), given folded: alone it
   * names the day, not the person whose first name it may be.
   */
  boolean holiday(String folded) {
    return holidays.contains(folded);
  }

  /**
   * A French commune of fewer than 1,000 inhabitants whose name is no common word nor person's
   * name ("Bezonvaux", "Leménil-Mitry"): a place where a place is expected ("à Nadillac"), and
   * never an organisation for want of a lexicon knowing it.
   */
  boolean smallCommune(String name) {
    return !name.equals(name.toUpperCase(Locale.ROOT)) // "l'ENS", no village of Ens
        && smallCommunes.contains(EntityLexicon.fold(name)) && !commonWord(name) && !firstName(name)
        && !familyName(name) && !englishFirstNames.contains(EntityLexicon.fold(name));
  }

  boolean brand(String name) {
    return brands.contains(EntityLexicon.fold(name));
  }

  /**
   * A brand that nothing else names: a company, service or app ("Uber", "Kickstarter", "YouTube"),
   * not also a first or family name, a place or a common French word ("Hugo", "Orange", "Peugeot").
   */
  boolean brandOnly(String name) {
    return brand(name) && !firstName(name) && !familyName(name)
        && !place(name) && !commonWord(name);
  }

  /**
   * Whether a name is "Le" or "La" and a word that no lexicon knows, with one capital and no
   * apostrophe, and is no place: a surname of that form ("Le Drian", "Le Foll", "Le Scouarnec"),
   * not a title or a party and its article ("Le Lab", "Le HuffPost", "La Poste", "Le Pontet").
   */
  boolean articleSurname(String[] parts) {
    if (parts.length != 2 || !"Le".equals(parts[0]) && !"La".equals(parts[0])) {
      return false;
    }
    String w = parts[1];
    String rest = w.length() > 2 ? w.substring(1) : "";
    return !rest.isEmpty() && Character.isUpperCase(w.charAt(0)) && rest.equals(lower(rest))
        && w.indexOf('\'') < 0 && w.indexOf('\u2019') < 0 && !knownName(w) && !commonWord(w)
        && !place(w) && !englishWord(w) && !brand(w) && !place(parts[0] + " " + w)
        && !place(parts[0] + "-" + w);
  }

  /**
   * Whether a name of two words is a company's and a country's, the company's branch there ("EY
   * France", "Mondadori France", "Uber France"): the first word no first name, common word or
   * place ("Anatole France", "Douce France", "Paris France").
   */
  boolean countryBranch(String[] parts) {
    return parts.length == 2 && country(parts[1]) && Character.isUpperCase(parts[0].charAt(0))
        && !givenName(parts[0]) && !commonWord(parts[0]) && !place(parts[0])
        && !familyName(parts[0]) && !country(parts[0]);
  }

  /**
   * Whether a name opens with a country or a town and goes on with a capitalised common word, a
   * short acronym or a figure: a body, a medium or a club named after where it works ("France
   * Stratégie", "France 3 Ile-de-France", "Toulouse Business School", "Paris SG"), not a place ("Guinée
   * Bissau", "Guinée Equatoriale", "Paris 15e") nor someone named like one ("France Gall",
   * "Florence Berger").
   *
   * @param taggedPerson whether the tagger calls the name a person's: then it needs a figure or a
   *     short acronym after the place ("Harlem Désir" is someone)
   */
  boolean namedAfterPlace(String[] parts, boolean taggedPerson) {
    if (parts.length < 2 || !place(parts[0]) || place(String.join(" ", parts))
        || parts[1].isEmpty()) {
      return false;
    }
    String second = parts[1];
    // a town named like a common word opens a name of words too ("Mont Blanc", "Mère Nature")
    boolean common = !country(parts[0]) && commonWord(parts[0]);
    // "France 2", "Europe 1"; not a year, "Paris 2024"
    boolean figure = second.length() <= 2 && second.chars().allMatch(Character::isDigit);
    boolean acronym = second.length() >= 2 && second.length() <= 3
        && second.chars().allMatch(ch -> Character.isUpperCase(ch));
    if (figure || acronym) {
      return true;
    }
    // a town and one capitalised word may be a person whom the tagger missed once ("Harlem Désir"):
    // only a country ("France Stratégie") or a longer name ("Toulouse Business School") opens a body
    return Character.isUpperCase(second.charAt(0)) && !taggedPerson && !common
        && (country(parts[0]) || parts.length >= 3)
        && commonWord(second) && !place(second) && !knownName(second);
  }

  /** A name of the dictionary or of the place lists: first name, family name, proper noun, place. */
  boolean knownName(String name) {
    String f = EntityLexicon.fold(name);
    return firstNames.contains(f) || familyNames.contains(f) || properNouns.contains(f)
        || countries.contains(f) || places.contains(f) && !commonWord(name);
  }

  /** {@link #commonWord(String)} of a word of the text, with its cached lower-case form. */
  boolean commonWord(Word w) {
    String l = w.lower();
    return l.indexOf('\u2019') < 0 && w.text().charAt(0) != 'E' && l.indexOf('-') < 0
        ? Arrays.binarySearch(commonWords, l) >= 0 : commonWord(w.text());
  }

  /** {@link #firstName(String)} of a word of the text, with its cached folded form. */
  boolean firstName(Word w) {
    return firstNameFolded(w.folded());
  }

  /**
   * A first name of the French dictionary or of the English list ("Keri", "Chrissy"; not one that
   * is a French word written without its accent, "Chère"): evidence only before a family name,
   * as alone many of the English ones name a place or a firm.
   */
  boolean givenName(String word) {
    String f = EntityLexicon.fold(word);
    return firstNameFolded(f) || englishFirstNames.contains(f) && !commonWord(word);
  }

  /**
   * Whether a name's words are an English first name of three letters or more, then words that
   * are no common word, French or English, nor a place or name the lexicons know but a family
   * name: "Brendon Urie", "Ira Helfand"; not "Urban Outfitters", "Run My City", "Elysée Montmartre".
   */
  boolean englishFirstNameAndSurname(String[] words) {
    if (words.length < 2 || words[0].length() < 3 || firstName(words[0]) || !givenName(words[0])) {
      return false;
    }
    for (int k = 1; k < words.length; k++) {
      if (commonWord(words[k]) || englishWord(words[k])
          || knownName(words[k]) && !familyName(words[k])) {
        return false; // not "Elysée Montmartre"
      }
    }
    return true;
  }

  /** {@link #givenName(String)} of a word of the text, with its cached folded form. */
  boolean givenName(Word w) {
    return firstNameFolded(w.folded())
        || englishFirstNames.contains(w.folded()) && !commonWord(w); // not "Chère" (Chere)
  }

  boolean familyName(Word w) {
    return familyNames.contains(w.folded());
  }

  /** {@link #knownName(String)} of a word of the text, with its cached folded form. */
  boolean knownName(Word w) {
    String f = w.folded();
    return firstNames.contains(f) || familyNames.contains(f) || properNouns.contains(f)
        || countries.contains(f) || places.contains(f) && !commonWord(w);
  }

  /** How many entries each file gave (for the test that every entry is read). */
  int size(String file) {
    return switch (file) {
      case "entities/lexicons/first-names.txt" -> firstNames.size();
      case "entities/lexicons/first-names-en.txt" -> englishFirstNames.size();
      case "entities/lexicons/family-names.txt" -> familyNames.size();
      case "entities/lexicons/proper-nouns.txt" -> properNouns.size();
      case "entities/lexicons/common-words.txt" -> distinct(commonWords);
      case "entities/lexicons/countries.txt" -> countries.size();
      case "entities/lexicons/brands.txt" -> brands.size();
      case "entities/lexicons/english-words.txt" -> distinct(englishWords);
      case "entities/lexicons/french-small-communes.txt" -> smallCommunes.size();
      default -> places.size();
    };
  }

  private static int distinct(String[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      n += i == 0 || !sorted[i].equals(sorted[i - 1]) ? 1 : 0;
    }
    return n;
  }

  private static String lower(String w) {
    return w.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
  }

  private static Set<String> folded(String file) {
    List<String> lines = Lexicon.lines(file);
    Set<String> out = new HashSet<>(lines.size() * 4 / 3 + 1);
    for (String l : lines) {
      out.add(EntityLexicon.fold(l));
    }
    return out;
  }
}
