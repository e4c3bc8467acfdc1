package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The title of a work between quotation marks right after the noun of a work or after "intitulé":
 * "un livre, « Marine est au courant de tout »", "l'ouvrage "Identité nationale et
 * multiculturalisme"", "le poème "A une passante"", "une étude intitulée "Changement climatique,
 * genre et santé"". A title is written like a sentence, so the tagger misses it or keeps a piece of
 * it ("Identité nationale", "Walk" of "Walk on the Wild Side"); the whole title between the marks
 * is one name, and the names inside it are no mentions of their own. The nouns of works are those
 * of models/entities/type-cues.txt typed MISC with "+after" ("film", "livre", "émission", "poème"),
 * and "essai", "rapport", "étude" that are never cues of a name outside quotation marks.
 */
final class QuotedWorks {
  /** Nouns of works that only introduce a title between quotation marks. */
  private static final Set<String> QUOTED_ONLY = Set.of("essai", "rapport", "étude", "pièce",
      "tribune", "texte", "article", "blog");
  /** Words that make the words after a noun a phrase of its own: "la série de « gardes »". */
  private static final Set<String> GRAMMAR = Set.of("de", "du", "des", "d'", "d\u2019", "à", "au",
      "aux", "qui", "que", "qu'", "qu\u2019", "et", "ou", "dont", "où", "en", "le", "la", "les",
      "l'", "l\u2019", "un", "une", "sur", "pour", "par", "avec", "dans", "comme");
  /** The longest title taken, in words: a longer quotation is a quotation of someone's words. */
  private static final int MAX_WORDS = 16;

  private static final Pattern CUE = Pattern.compile(cue());

  /** A sentence end inside quoted text (a colon may open a subtitle: "Body Count : ..."). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.;!?][ \u00a0]+\\S");

  private QuotedWorks() {}

  /**
   * The cue, a lower-case word or two after it (not grammatical ones: "le livre événement", "un
   * livre sorti mercredi,"), the opening mark, the title opening on a capital or a figure, the
   * closing mark.
   */
  private static String cue() {
    List<String> nouns = new ArrayList<>(QUOTED_ONLY);
    for (String line : Lexicon.lines("entities/type-cues.txt")) {
      String[] f = line.split("\\s+");
      if (f.length >= 3 && "MISC".equals(f[1]) && List.of(f).contains("+after")) {
        nouns.add(f[0]);
      }
    }
    String alternation = nouns.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return "(?<![\\p{L}\\-])(?:(?:" + alternation + ")[sx]?|intitul\u00e9e?s?|titr\u00e9e?s?)"
        + "((?:[ \u00a0]+\\p{Ll}[\\p{L}'\u2019\\-]*){0,2})[ \u00a0]*,?[ \u00a0]*"
        + "(?:\u00ab[ \u00a0\u202f]*([\\p{Lu}\\d][^\u00ab\u00bb\"\u201c\u201d\\n]{0,150}?)[ \u00a0\u202f]*\u00bb"
        + "|\"[ \u00a0]*([\\p{Lu}\\d][^\u00ab\u00bb\"\u201c\u201d\\n]{0,150}?)[ \u00a0]*\""
        + "|\u201c[ \u00a0]*([\\p{Lu}\\d][^\u00ab\u00bb\"\u201c\u201d\\n]{0,150}?)[ \u00a0]*\u201d)";
  }

  /**
   * {@code all} with the quoted titles of works of {@code text} added as MISC mentions, and the
   * mentions overlapping them dropped.
   */
  static List<Candidate> withTitles(String text, List<Candidate> all) {
    List<int[]> titles = titles(text);
    if (titles.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size() + titles.size());
    for (Candidate c : all) {
      if (titles.stream().noneMatch(t -> c.start() < t[1] && t[0] < c.end())) {
        out.add(c);
      }
    }
    for (int[] t : titles) {
      out.add(new Candidate(t[0], t[0], t[1], EntityType.MISC, Candidate.Origin.CRF, null));
    }
    return out;
  }

  /** The spans [start, end) of the quoted titles of works of {@code text}. */
  static List<int[]> titles(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = CUE.matcher(text);
    while (m.find()) {
      if (!Character.isLowerCase(text.charAt(m.start())) || !plainWords(m.group(1))) {
        continue; // "Roman" opening a sentence is no cue; "la série de « gardes du corps »"
      }
      int g = m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
      String title = m.group(g);
      int end = m.end(g);
      boolean closes = m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end()));
      if (closes && title.split("\\s+").length <= MAX_WORDS && !sentences(title)) {
        out.add(new int[] {m.start(g), end});
      }
    }
    return out;
  }

  /** Whether the words between the cue and the opening mark are no grammatical words. */
  private static boolean plainWords(String words) {
    for (String w : words.strip().split("[ \u00a0]+")) {
      if (GRAMMAR.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the quoted text holds a sentence end before its last word: a quotation, no title. */
  private static boolean sentences(String title) {
    return SENTENCE_END.matcher(title).find();
  }
}
