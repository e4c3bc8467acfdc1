package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.NormalText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * News media as speakers (models/quotes/media.txt): a medium's name ("Sud Ouest", "Le Parisien"),
 * and the nouns that stand for the medium the article named before ("précise le site", "explique
 * le quotidien" after "selon Le Monde"). A medium reports others' words; "il"/"elle" stand for a
 * person, not for the medium that last spoke.
 */
final class Media {
  /** models/quotes/media.txt: the media's names (capitalised lines) and the nouns for a medium. */
  private static final List<String> LINES = Lexicon.lines("quotes/media.txt");
  /** The names of media.txt (its capitalised lines), lower case, without their article. */
  private static final Set<String> NAMES = LINES.stream()
      .filter(m -> Character.isUpperCase(m.charAt(0))).map(Media::key).collect(Collectors.toUnmodifiableSet());
  /** The names of several words ("Ouest-France", "Sud Ouest"), found in the text even where no entity is. */
  private static final Pattern LONG_NAMES = Pattern.compile("(?<![\\p{L}\\d])(?:" + LINES
      .stream().filter(m -> Character.isUpperCase(m.charAt(0)) && m.matches(".*[ '’-].*"))
      .sorted((x, y) -> y.length() - x.length())
      .map(m -> Pattern.quote(m).replaceAll("[ -]", "\\\\E[ -]\\\\Q")).collect(Collectors.joining("|"))
      + ")(?![\\p{L}\\d])");
  /** models/quotes/news-agencies.txt: the agencies among the names, compared as {@link #NAMES}. */
  private static final Set<String> AGENCIES = Lexicon.lines("quotes/news-agencies.txt").stream().map(Media::key)
      .collect(Collectors.toUnmodifiableSet());
  /** The nouns of media.txt (its lower-case lines): "quotidien", "site", "radio". */
  private static final Set<String> NOUNS = LINES.stream()
      .filter(m -> Character.isLowerCase(m.charAt(0))).collect(Collectors.toUnmodifiableSet());

  /** The lines of media.txt in lower case: names and nouns ("le monde", "quotidien"). */
  private static final Set<String> LOWER_LINES = LINES.stream().map(m -> m.toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  /** How far back the medium that "le quotidien" stands for is looked for. */
  private static final int REACH = Speaker.CARRY;
  /** A web site's name as written: "kebab-frites.com", "Cadremploi.fr". */
  private static final Pattern DOMAIN = Pattern.compile(
      "(?<![\\p{L}\\d@.-])[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.(?:com|fr|net|org|info|be|ch|eu|tv)(?![\\p{L}\\d])");

  private final String text;
  private final QuotedText quoted;
  private final People people;

  Media(QuotedText quoted, People people) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
  }

  /** " à l'AFP", " auprès du Monde", " au quotidien": the medium an unnamed source spoke to, after its phrase. */
  private static final Pattern SPOKEN_TO = Pattern.compile(
      " (?:à|au|aux|auprès de|auprès du|auprès des|sur) (?:l'|le |la |les )?(.+)$");
  /** The phrases of an unnamed source: "un élu", "une source", "des proches", "l'un des signataires". */
  private static final Pattern UNNAMED = Pattern.compile("^(?:un|une|des|l['’]une?|plusieurs|certains|certaines) .*");

  /**
   * An unnamed source keeps the article's phrase less the medium it spoke to ({@link
   * #withoutSpokenTo}: "une source diplomatique à l'AFP" is "une source diplomatique"); other
   * speakers are left as they are.
   */
  static Speaker withoutWhere(Speaker s) {
    String name = withoutSpokenTo(s.name());
    return name.equals(s.name()) ? s : new Speaker(name, s.role(), s.gender(), s.at(), s.how());
  }

  /**
   * An unnamed source's phrase less the medium it spoke to, named or by its site's address: "une
   * source diplomatique à l'AFP" is "une source diplomatique", "un fidèle d'Edouard Philippe auprès
   * du Monde" is "un fidèle d'Edouard Philippe", "l'un des signataires auprès de BFMTV.com" is "l'un
   * des signataires"; "une source à l'UMP" keeps its party. Other names are returned as they are.
   */
  static String withoutSpokenTo(String name) {
    if (!UNNAMED.matcher(name).matches()) {
      return name;
    }
    Matcher m = SPOKEN_TO.matcher(name);
    for (int from = name.indexOf(' ') + 1; m.find(from); from = m.start() + 1) {
      String medium = m.group(1);
      if (LOWER_LINES.contains(medium.toLowerCase(Locale.ROOT)) || DOMAIN.matcher(medium).matches()) {
        return name.substring(0, m.start());
      }
    }
    return name;
  }

  /** Whether a speaker's name is a medium's ("Sud Ouest", "le Parisien", "L'Obs"). */
  static boolean isMedium(String name) {
    return NAMES.contains(key(name));
  }

  /** A name as compared: lower case, straight apostrophe, hyphens as spaces, no leading article. */
  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('’', '\'').replace('-', ' ').replaceFirst("^(?:le |la |les |l')", "");
  }

  /**
   * Whether the noun phrase {@code ws}, head at {@code head}, is a definite medium noun with no
   * complement: "le quotidien", "le site d'informations", "l'hebdomadaire allemand"; not "le site
   * de la mairie", "le journal officiel" is one too (a lower-case adjective), which a medium named
   * before then resolves.
   */
  static boolean isMediumNoun(List<Word> ws, int head) {
    if (head < 1 || !ws.get(0).is("le", "la", "l'") || !NOUNS.contains(ws.get(head).lower())) {
      return false;
    }
    for (int i = head + 1; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.isCapitalised() || w.is("de", "du", "des") || w.is("d'") && !(i + 1 < ws.size()
          && ws.get(i + 1).lower().startsWith("info"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The medium the article named last before {@code start} (outside quotes, at most {@link #REACH}
   * before): an organisation of media.txt or one right after a medium noun ("le quotidien serbe
   * Danas"), or a web site's address, never a news agency (news-agencies.txt: "le quotidien" is
   * not the AFP the article named before); null if none.
   */
  String namedBefore(int start) {
    int from = Math.max(0, start - REACH);
    String best = null;
    int bestAt = -1;
    for (Entity e : people.mentionsSince(from, start)) {
      if (e.type() == EntityType.ORGANIZATION && !quoted.inQuote(e.start())
          && !AGENCIES.contains(key(people.canonical(e))) && (isMedium(people.canonical(e)) || afterMediumNoun(e.start()))) {
        best = people.canonical(e);
        bestAt = e.start();
        break; // last first
      }
    }
    for (Pattern p : List.of(DOMAIN, LONG_NAMES)) {
      Matcher m = p.matcher(text).region(from, start);
      while (m.find()) {
        Entity e = people.at(m.start());
        String name = e != null && e.type() == EntityType.ORGANIZATION ? people.canonical(e) : m.group();
        if (m.start() > bestAt && !quoted.inQuote(m.start()) && !AGENCIES.contains(key(name))) {
          best = name;
          bestAt = m.start();
        }
      }
    }
    return best;
  }

  /**
   * Whether the name at offset {@code at} is that of a medium spoken to: a medium noun of a dative
   * right before it ("a déclaré au quotidien The Star que", "a confié à la radio X"), with at
   * most one adjective between ("au quotidien malaisien The Star"). Such a medium heard the words.
   */
  boolean spokenTo(int at) {
    List<Word> before = Word.scan(text, Math.max(0, at - 50), at);
    int i = before.size() - 1;
    if (i >= 1 && !NOUNS.contains(before.get(i).lower()) && before.get(i).isWord() && !before.get(i).isCapitalised()) {
      i--; // ("malaisien")
    }
    if (i < 1 || !NOUNS.contains(before.get(i).lower())) {
      return false;
    }
    Word d = before.get(i - 1);
    return d.is("au", "aux") || i >= 2 && d.is("la", "l'") && before.get(i - 2).is("à");
  }

  /** Whether one of the three words before offset {@code at} is a medium noun ("le quotidien serbe X"). */
  private boolean afterMediumNoun(int at) {
    List<Word> before = Word.scan(text, Math.max(0, at - 40), at);
    for (int i = before.size() - 1; i >= 0 && i >= before.size() - 3; i--) {
      if (NOUNS.contains(NormalText.lowerStraight(before.get(i).text()))) {
        return true;
      }
    }
    return false;
  }
}
