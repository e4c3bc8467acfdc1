package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role an article gives a person, from the phrase next to the name: before it ("le
 * porte-parole du MIDI, Jonathan Lavallée", "la candidate démocrate Hillary Clinton") or in
 * apposition after it ("Jean-Louis Borloo, le président du groupe, ..."). The phrase starts at a
 * role noun (models/common/role-nouns.txt), or at the adjectives before it, and holds no verb.
 */
final class Roles {
  private static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "l\u2019", "les", "un",
      "une", "son", "sa", "ses", "leur", "leurs", "du", "des", "de", "d'", "d\u2019", "au", "aux",
      "ce", "cet", "cette", "notre", "votre");
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "(", "»", "«", "!",
      "?", "\"", "\u201d", "\u201c", "|", "\u2013", "\u2014");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int MAX_WORDS = 15;
  private final EntityLexicon lexicon;

  Roles(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The role given to the person whose name spans words [from, to) of {@code ws}, or null.
   *
   * @param taken whether a word belongs to another entity mention (a role never spans a person)
   */
  String of(String text, List<Word> ws, int from, int to, WordFilter taken) {
    String before = before(text, ws, from, taken);
    return before != null ? before : after(text, ws, to, taken);
  }

  /** Which words belong to a person mention. */
  interface WordFilter {
    boolean test(int index);
  }

  private String before(String text, List<Word> ws, int from, WordFilter taken) {
    int last = from - 1;
    if (last >= 0 && ws.get(last).text().equals(",")) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    int best = -1;
    for (int i = last; i >= 0 && last - i < MAX_WORDS; i--) {
      Word w = ws.get(i);
      if (w.punctuation() && !w.text().equals("-") || w.verb() || taken.test(i)) {
        break;
      }
      if (i + 1 <= last && ("et".equals(w.lower()) || "ou".equals(w.lower()))
          && DETERMINERS.contains(ws.get(i + 1).lower())) {
        break; // "le chef de l'Etat et le ministre de l'Intérieur": the nearer phrase only
      }
      if (lexicon.roleNoun(w.text())
          && (i == 0 || DETERMINERS.contains(ws.get(i - 1).lower()) || adjective(ws.get(i - 1)))) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    while (best > 0 && adjective(ws.get(best - 1))) {
      best--; // "l'ancienne ministre", "le jeune député"
    }
    return phrase(text, ws, best, last);
  }

  private String after(String text, List<Word> ws, int to, WordFilter taken) {
    if (to >= ws.size() || !ws.get(to).text().equals(",")) {
      return null;
    }
    int i = to + 1;
    if (i < ws.size() && DETERMINERS.contains(ws.get(i).lower())) {
      i++;
    }
    int first = i;
    while (i < ws.size() && adjective(ws.get(i))) {
      i++;
    }
    if (i >= ws.size() || !lexicon.roleNoun(ws.get(i).text())) {
      return null;
    }
    int j = i;
    while (j < ws.size() && !CLOSERS.contains(ws.get(j).text()) && j - first < MAX_WORDS) {
      if (ws.get(j).verb() && !participle(ws.get(j)) || taken.test(j)) {
        return null;
      }
      j++;
    }
    if (j < ws.size() && !CLOSERS.contains(ws.get(j).text())) {
      return null;
    }
    return phrase(text, ws, first, j - 1);
  }

  /** A lower-case adjective before a role noun ("ancien", "actuel"). */
  private static boolean adjective(Word w) {
    return "ADJ".equals(w.pos()) && !w.capitalised();
  }

  /** "chargé de", "nommé à": a past participle inside a role phrase. */
  private static boolean participle(Word w) {
    String l = w.lower();
    return l.endsWith("é") || l.endsWith("ée") || l.endsWith("és") || l.endsWith("ées");
  }

  private static String phrase(String text, List<Word> ws, int from, int to) {
    if (to < from) {
      return null;
    }
    return SPACES.matcher(text.substring(ws.get(from).start(), ws.get(to).end())).replaceAll(" ");
  }
}
