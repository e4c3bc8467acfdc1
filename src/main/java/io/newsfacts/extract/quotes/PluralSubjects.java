package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The group a plural pronoun takes up ("ils estiment que «", "», écrivent-elles"): the plural noun
 * phrase that opens the pronoun's sentence or the one before, as the subject of its verb, when its
 * noun can speak (a person noun, a role, a body or a group: "Les syndicats de cheminots ont quitté
 * la table. «...», ont-ils prévenu", "Dix-sept anciennes ministres signent une tribune", "Un groupe
 * de députés socialistes avait appelé"). The article's phrase is the speaker; never a named person.
 */
final class PluralSubjects {
  /** Determiners of a plural subject: "les", "ces", "des", "plusieurs", and cardinal numbers. */
  private static final Set<String> DETERMINERS = Set.of(
      "les", "des", "ces", "leurs", "ses", "nos", "mes", "plusieurs", "certains", "certaines", "quelques",
      "nombreux", "nombreuses");
  /** models/numbers/number-words.txt: the cardinal words above one ("deux", "dix", "cent"). */
  private static final Set<String> NUMBERS = Lexicon.lines("numbers/number-words.txt").stream()
      .map(l -> l.split("\t")).filter(f -> f.length == 3 && Long.parseLong(f[1]) >= 2).map(f -> f[0])
      .collect(Collectors.toUnmodifiableSet());
  /** "un groupe de", "un collectif de", "une dizaine de": a singular noun of several people, then "de". */
  private static final Set<String> GROUPS = Set.of("groupe", "collectif", "collège", "poignée", "dizaine",
      "douzaine", "quinzaine", "vingtaine", "trentaine", "cinquantaine", "centaine", "millier");
  /** The most words from the determiner to the verb. */
  private static final int MAX_WORDS = 8;
  /** Words that open a sentence before its subject ("Mais les syndicats ..."). */
  private static final Set<String> OPENERS = Set.of("mais", "et", "or", "alors", "puis", "ensuite", "enfin");

  /** Role nouns ("ministres", "députés"), read in the singular. */
  private static final RoleNouns ROLES = new RoleNouns();

  private final QuotedText quoted;
  private final VerbGroups verbs;

  PluralSubjects(QuotedText quoted, VerbGroups verbs) {
    this.quoted = quoted;
    this.verbs = verbs;
  }

  /**
   * The group opening, as a plural subject, the sentence of the pronoun at {@code at} (before it)
   * or the sentence before it in its paragraph: [start, end) offsets of its phrase, or null.
   */
  int[] before(int at) {
    int own = quoted.sentenceStart(at);
    int[] np = opening(quoted.words(own, at));
    if (np != null) {
      return np;
    }
    int previous = quoted.previousSentenceStart(at);
    if (previous >= own || quoted.text().lastIndexOf('\n', at) >= previous) {
      return null; // another paragraph's
    }
    return opening(quoted.words(previous, own));
  }

  /** The plural subject phrase opening {@code ws}, followed by its verb: [start, end) or null. */
  private int[] opening(List<Word> ws) {
    int i = 0;
    while (i < ws.size() && OPENERS.contains(ws.get(i).lower())) {
      i++;
    }
    if (i >= ws.size() || quoted.inQuote(ws.get(i).start())) {
      return null;
    }
    int noun = nounAfterDeterminer(ws, i);
    if (noun < 0 || noun >= ws.size() || !speaks(ws.get(noun).lower())) {
      return null;
    }
    for (int k = noun + 1; k < ws.size() && k - i <= MAX_WORDS; k++) {
      Word w = ws.get(k);
      if (!w.isWord() || verbs.isVerbAt(ws, k) && !w.isCapitalised()) {
        return w.isWord() ? new int[] {ws.get(i).start(), ws.get(k - 1).end()} : null;
      }
      if (FrenchWords.NP_STOPS.contains(w.lower()) && !w.is("de", "du", "des", "d'")) {
        return null; // "Les syndicats, selon ..." or "Les syndicats et le patronat": no plain subject
      }
    }
    return null;
  }

  /** The index of the noun after the plural determiner at {@code i} (one adjective read over), or -1. */
  private int nounAfterDeterminer(List<Word> ws, int i) {
    String d = ws.get(i).lower();
    int k;
    if (DETERMINERS.contains(d) || isNumber(ws.get(i))) {
      k = i + 1;
    } else if (d.matches("une?") && i + 2 < ws.size() && GROUPS.contains(ws.get(i + 1).lower())
        && ws.get(i + 2).is("de", "d'")) {
      k = i + 3; // "un groupe de députés"
    } else {
      return -1;
    }
    if (k + 1 < ws.size() && !speaks(ws.get(k).lower()) && ws.get(k).isWord() && !ws.get(k).isCapitalised()
        && speaks(ws.get(k + 1).lower())) {
      k++; // "dix-sept anciennes ministres", "des jeunes militants"
    }
    return k;
  }

  /** Whether {@code w} is a cardinal number above one: "17", "quatre", "dix-sept". */
  private static boolean isNumber(Word w) {
    String l = w.lower();
    if (l.matches("\\d+") && !l.equals("1") && !l.equals("0")) {
      return true;
    }
    for (String part : l.split("-")) {
      if (!NUMBERS.contains(part) && !part.equals("et")) {
        return false;
      }
    }
    return NUMBERS.contains(l.split("-")[0]);
  }

  /** Whether the plural noun {@code noun} names people who can speak: a person noun, a role, a body or a group. */
  private boolean speaks(String noun) {
    if (!noun.endsWith("s") && !noun.endsWith("x") && !noun.equals("ong")) {
      return false;
    }
    String singular = noun.endsWith("aux") ? noun.substring(0, noun.length() - 3) + "al"
        : noun.endsWith("s") || noun.endsWith("x") ? noun.substring(0, noun.length() - 1) : noun;
    return SpeakerResolver.isSourceNoun(noun) || PersonNouns.is(noun) || ROLES.contains(singular)
        || ROLES.contains(noun) || noun.equals("ong");
  }

  /** The phrase text[start, end) as a speaker: its first word in lower case ("Les syndicats" is "les syndicats"). */
  static String phrase(String text, int start, int end) {
    String p = text.substring(start, end).strip();
    int space = p.indexOf(' ');
    return space > 0 ? p.substring(0, space).toLowerCase(Locale.ROOT) + p.substring(space) : p;
  }
}
