package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two people the tagger ran into one person over a hyphen: "le duo Hollande-Valls", "le ticket
 * Fillon-Baroin" (two surnames of people of the article), "le déjeuner Pierre Mauroy-François
 * Mitterrand" (a first name, a surname, a hyphen, a first name and a surname). A double surname
 * stays one ("Nathalie Kosciusko-Morizet", "Daniel Cohn-Bendit": a first name before, no first
 * name after the hyphen), and so does a double first name ("Jean-Pierre Raffarin"). Also makes
 * whole the compounds a mention was cut in ({@link #wholeCompounds}).
 */
final class HyphenPair {
  /** A compound going on after a mention: "-les-Pins" of "Juan-les-Pins", "-vous" of "Rendez-vous". */
  private static final Pattern COMPOUND_TAIL = Pattern.compile("(?:-\\p{Ll}[\\p{Ll}']*)+(?:-\\p{Lu}\\p{Ll}*)*(?![\\p{L}])");
  /** The subject pronoun of a question, after its verb: "Etes-vous", "Diriez-vous", "va-t-il". */
  private static final Pattern INVERTED_SUBJECT = Pattern.compile(
      "-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce)(?![\\p{L}-])");

  private HyphenPair() {}

  /**
   * {@code all} with the mentions cut before a hyphen and a lower-case word made whole: the rest of
   * a compound name ("Juan-les-Pins", "le Grand Rendez-vous"); a word before the subject pronoun of
   * a question ("Etes-vous satisfait", "Diriez-vous") is a verb, no name, and is dropped.
   */
  static List<Candidate> wholeCompounds(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    Matcher tail = COMPOUND_TAIL.matcher(text);
    Matcher subject = INVERTED_SUBJECT.matcher(text);
    for (Candidate c : all) {
      int end = c.end();
      if (end + 1 >= text.length() || text.charAt(end) != '-' || !Character.isLowerCase(text.charAt(end + 1))) {
        out.add(c);
        continue;
      }
      String name = text.substring(c.nameStart(), end);
      boolean oneWord = name.indexOf(' ') < 0;
      subject.region(end, text.length());
      if (oneWord && subject.lookingAt()) {
        continue; // "Etes-vous": a verb; "le Grand Rendez-vous" is a name of two words
      }
      if (name.chars().noneMatch(Character::isLowerCase)) {
        out.add(c); // an acronym before a hyphen: "la liste PS-écologistes", "le ni FN-ni PS"
        continue;
      }
      tail.region(end, text.length());
      out.add(tail.lookingAt()
          ? new Candidate(c.start(), c.nameStart(), tail.end(), c.type(), c.origin(), c.key()) : c);
    }
    return out;
  }

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
