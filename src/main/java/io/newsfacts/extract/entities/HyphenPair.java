package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Two people the tagger ran into one person over a hyphen: "le duo Hollande-Valls", "le ticket
 * Fillon-Baroin" (two surnames of people of the article), "le déjeuner Pierre Mauroy-François
 * Mitterrand" (a first name, a surname, a hyphen, a first name and a surname). A double surname
 * stays one ("Nathalie Kosciusko-Morizet", "Daniel Cohn-Bendit": a first name before, no first
 * name after the hyphen), and so does a double first name ("Jean-Pierre Raffarin").
 */
final class HyphenPair {
  private HyphenPair() {}

  /**
   * Adds the two people of the person run [s, e) to {@code out} and says so, or adds nothing.
   * {@code surnames}: the folded last words of the article's other people of two words or more.
   */
  static boolean split(List<Word> ws, int s, int e, NameLexicons names, Set<String> surnames,
      List<Candidate> out) {
    if (e - s == 1) { // "Hollande-Valls"
      Word w = ws.get(s);
      int dash = dash(w);
      if (dash < 0) {
        return false;
      }
      String left = w.text().substring(0, dash);
      String right = w.text().substring(dash + 1);
      if (names.firstName(left) && names.firstName(right) || !surnames.contains(EntityLexicon.fold(left))
          || !surnames.contains(EntityLexicon.fold(right))) {
        return false;
      }
      add(w.start(), w.start() + dash, out);
      add(w.start() + dash + 1, w.end(), out);
      return true;
    }
    if (e - s < 3 || !names.firstName(ws.get(s))) {
      return false;
    }
    for (int k = s + 1; k + 1 < e; k++) { // "Pierre Mauroy-François Mitterrand"
      Word w = ws.get(k);
      int dash = dash(w);
      if (dash < 0) {
        continue;
      }
      String left = w.text().substring(0, dash);
      String right = w.text().substring(dash + 1);
      if (names.firstName(left) || !names.firstName(right) || !ws.get(k + 1).capitalised()
          || !surnames.contains(EntityLexicon.fold(left)) && !names.familyName(left)) {
        return false;
      }
      add(ws.get(s).start(), w.start() + dash, out);
      add(w.start() + dash + 1, ws.get(e - 1).end(), out);
      return true;
    }
    return false;
  }

  /** The index of the one hyphen between two capitalised parts of the word, or -1. */
  private static int dash(Word w) {
    String t = w.text();
    int dash = t.indexOf('-');
    return dash > 0 && dash == t.lastIndexOf('-') && dash + 1 < t.length()
        && Character.isUpperCase(t.charAt(0)) && Character.isUpperCase(t.charAt(dash + 1))
        && Character.isLowerCase(t.charAt(dash - 1)) ? dash : -1;
  }

  private static void add(int start, int end, List<Candidate> out) {
    out.add(new Candidate(start, start, end, EntityType.PERSON, Candidate.Origin.CRF, null));
  }
}
