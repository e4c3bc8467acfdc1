package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Known names from the editable lists in models/entities (institutions, parties, media and
 * companies, products). Each line is one entity: all its names found in an article share one key.
 * Names match whatever the case after their first letter, which must be a capital in the text;
 * acronyms and other names with inner capitals ("UMP", "MoDem") match exactly.
 */
final class Gazetteer {
  private final Alternation names;
  private final Alternation exact;
  /** Names that open with "Le", "La", "Les" or "L'", without it: "Monde" of "Le Monde". */
  private final Alternation bare;
  private final Map<String, Entry> byName = new HashMap<>();
  /** The forms of the lists as written, by {@link #lookup} key. */
  private final Map<String, List<String>> formsOf = new HashMap<>();

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern AFTER_APOSTROPHE = Pattern.compile("'\\s+");
  /** A lower-case letter, then capitals and a lower-case letter: "CNews", "OpinionWay", "MoDem". */
  private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}|\\p{Ll}\\p{Lu}");
  /** Between a lower-case letter and a capital starting a word: "Opinion|Way", "Huff|Post". */
  private static final Pattern INNER_CAPITAL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
  /** A title's own article, written with its capital in the list: "Le Monde", "L'Express". */
  private static final Pattern TITLE_ARTICLE =
      Pattern.compile("(?:Le|La|Les) (?=\\p{Lu})|L['\u2019](?=\\p{Lu})");
  /**
   * The article of a title as the sentence writes it, in lower case or merged with "de" or "à":
   * "le Monde", "du Monde", "au Figaro", "des Républicains", "l'Express".
   */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile(
      "(?:^|[^\\p{L}])(?:(\\p{L}+)[ \u00a0]+)?(?:le|la|les|du|au|des|aux)[ \u00a0]+$"
      + "|(?:^|[^\\p{L}])(?:(\\p{L}+)[ \u00a0]+)?(?:l|de l|à l)['\u2019]$");

  private record Entry(String key, EntityType type) {}

  Gazetteer() {
    this(List.of(
        new Source("entities/institutions.txt", EntityType.ORGANIZATION),
        new Source("entities/parties.txt", EntityType.ORGANIZATION),
        new Source("entities/armed-groups.txt", EntityType.ORGANIZATION),
        new Source("entities/media-and-companies.txt", EntityType.ORGANIZATION),
        new Source("entities/products.txt", EntityType.MISC),
        new Source("entities/events.txt", EntityType.MISC)));
  }

  /** A list file and the type of its names. */
  record Source(String file, EntityType type) {}

  Gazetteer(List<Source> sources) {
    List<String> loose = new ArrayList<>();
    List<String> strict = new ArrayList<>();
    List<String> withoutArticle = new ArrayList<>();
    for (Source source : sources) {
      for (String line : Lexicon.lines(source.file())) {
        String[] forms = line.split("\\s*\\|\\s*");
        Entry entry = new Entry("gaz:" + EntityLexicon.fold(forms[0]), source.type());
        for (String form : forms) {
          if (form.isEmpty()) {
            continue;
          }
          byName.putIfAbsent(lookup(form), entry);
          formsOf.computeIfAbsent(lookup(form), k -> new ArrayList<>()).add(form);
          (caseSensitive(form) ? strict : loose).add(form);
          for (String variant : camelVariants(form)) {
            byName.putIfAbsent(lookup(variant), entry);
            formsOf.computeIfAbsent(lookup(variant), k -> new ArrayList<>()).add(variant);
            loose.add(variant);
          }
          Matcher article = TITLE_ARTICLE.matcher(form);
          if (article.lookingAt()) {
            String rest = form.substring(article.end());
            byName.putIfAbsent(lookup(rest), entry);
            formsOf.computeIfAbsent(lookup(rest), k -> new ArrayList<>()).add(rest);
            withoutArticle.add(rest);
          }
        }
      }
    }
    names = new Alternation(loose, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    exact = new Alternation(strict, 0);
    bare = new Alternation(withoutArticle, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every known name in {@code text}. */
  List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    collect(names.scan(text), text.length(), true, out);
    Set<Integer> starts = new HashSet<>();
    out.forEach(c -> starts.add(c.start()));
    List<Candidate> exactly = new ArrayList<>();
    collect(exact.scan(text), text.length(), false, exactly);
    for (Candidate c : exactly) {
      if (starts.add(c.start())) { // "OpinionWay" is also its loose variant "Opinionway"
        out.add(c);
      }
    }
    List<Candidate> titles = new ArrayList<>();
    collect(bare.scan(text), text.length(), true, titles);
    for (Candidate c : titles) {
      if (!starts.contains(c.start()) && afterItsArticle(text, c.start(), c.end())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a title found without its article has the article before it, in lower case or merged
   * ("les journalistes du Monde", "selon le Figaro", "de l'Express"), and is not the end of a
   * longer capitalised name ("la Coupe du Monde") nor the start of a hyphenated one ("la
   * Croix-Rouge").
   */
  private static boolean afterItsArticle(String text, int start, int end) {
    if (end < text.length()
        && (text.charAt(end) == '-' || Character.isLetterOrDigit(text.charAt(end)))) {
      return false;
    }
    Matcher m = ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
    if (!m.find()) {
      return false;
    }
    String before = m.group(1) != null ? m.group(1) : m.group(2);
    return before == null || !Character.isUpperCase(before.charAt(0));
  }

  /** The key of the gazetteer line that has this name, or null. */
  String keyOf(String name) {
    Entry e = byName.get(lookup(name));
    return e == null ? null : e.key();
  }

  private void collect(Alternation.Scan m, int length, boolean needCapital, List<Candidate> out) {
    int from = 0;
    while (from < length && m.find(from)) {
      from = m.end();
      if (needCapital && !Character.isUpperCase(m.group().charAt(0))) {
        from = m.start() + 1; // a longer lower-case phrase may hide a shorter name inside
        continue;
      }
      String key = lookup(m.group());
      Entry e = byName.get(key);
      if (e != null && (!needCapital || capitalsKept(m.group(), formsOf.get(key)))) {
        out.add(new Candidate(m.start(), m.start(), m.end(), e.type(), Candidate.Origin.GAZETTEER,
            e.key()));
      }
    }
  }

  /**
   * Whether the text keeps the capitals of one of the forms on its later words: "Le Monde" is the
   * newspaper, "Le monde" opening a sentence is not.
   */
  private static boolean capitalsKept(String text, List<String> forms) {
    String[] words = SPACES.split(text);
    for (String form : forms) {
      String[] fw = SPACES.split(form);
      boolean kept = true;
      for (int i = 1; i < fw.length && i < words.length && fw.length == words.length; i++) {
        kept &= !Character.isUpperCase(fw[i].charAt(0)) || Character.isUpperCase(words[i].charAt(0));
      }
      if (kept) {
        return true;
      }
    }
    return false;
  }

  private static String lookup(String name) {
    String f = HYPHEN.matcher(EntityLexicon.fold(name)).replaceAll("-");
    return AFTER_APOSTROPHE.matcher(f).replaceAll("'");
  }

  /**
   * The other spellings of a name written with inner capitals after a lower-case letter, as news
   * writes them with one capital or split in two words: "CNews" as "Cnews", "OpinionWay" as
   * "Opinionway" and "Opinion Way", "HuffPost" as "Huffpost". They match whatever their case
   * after a first capital in the text. None for acronyms ("UMP") and names with no lower-case
   * letter before a capital.
   */
  static List<String> camelVariants(String form) {
    if (!caseSensitive(form) || !CAMEL.matcher(form).find()
        || !Character.isUpperCase(form.charAt(0))) {
      return List.of();
    }
    String oneCapital = form.charAt(0) + form.substring(1).toLowerCase(java.util.Locale.ROOT);
    String split = INNER_CAPITAL.matcher(form).replaceAll(" ");
    return split.equals(form) ? List.of(oneCapital) : List.of(oneCapital, split);
  }

  private static boolean caseSensitive(String form) {
    if (form.contains(" ")) {
      return false;
    }
    for (int i = 1; i < form.length(); i++) {
      if (Character.isUpperCase(form.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
