package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the role an article writes beside a person's name: the words just before it ("le
 * porte-parole du MIDI, Jonathan Lavallée") or in the apposition after it ("Sébastien Chenu,
 * secrétaire national"), and the article that opens that role ("la", "le": its gender). Split from
 * {@link People}.
 */
final class RoleAppositions {
  private static final int MAX_ROLE_WORDS = 14;
  /** How far before a name its role is looked for. */
  static final int ROLE_REACH = 200;
  /** Clitics that only stand before a verb: a role phrase holds none ("se", "ne"). */
  static final String[] VERB_CLITICS = {"se", "s'", "ne", "n'", "me", "m'", "te", "t'"};

  private final String text;
  private final RoleNouns roleNouns;
  /** The article's mentions, to stop a role at another person's name. */
  private final People people;
  /** String -> where it occurs in the text (see {@link #lastIndexOf}). */
  private final Map<String, int[]> occurrences = new HashMap<>();

  RoleAppositions(String text, RoleNouns roleNouns, People people) {
    this.text = text;
    this.roleNouns = roleNouns;
    this.people = people;
  }

  /** "le porte-parole du MIDI, Jonathan Lavallée": the role written just before the name. */
  String before(Entity e) {
    int floor = e.start() - ROLE_REACH;
    int from = Math.max(lastNewline(e.start(), Math.max(floor, 0)) + 1, floor);
    List<Word> words = Word.scan(text, from, e.start());
    int n = words.size();
    int i = n - 1;
    if (i >= 0 && words.get(i).is(",")) {
      i--;
    }
    while (i >= 0 && FrenchWords.TITLES.contains(words.get(i).lower())) {
      i--;
    }
    if (i >= 0 && words.get(i).is("de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "avec", "contre")) {
      return null; // "conseiller politique de François Hollande": the name completes someone else's role
    }
    if (i >= 1 && isInfinitive(words.get(i)) && roleNouns.startsAt(words, i) == 0
        && words.get(i - 1).is("de", "d'", "à", "pour")) {
      return null; // "un dirigeant associatif chargé d'introduire X": X is the verb's object
    }
    int end = i;
    if (i >= 0 && words.get(i).is(")")) {
      // "le président de l'Association de l'olive (AFIDOL), Olivier Marchetti": the acronym is part of it
      int open = i;
      while (open >= 0 && !words.get(open).is("(")) {
        open--;
      }
      if (open <= 0 || i - open > 4) {
        return null;
      }
      i = open - 1;
    }
    int roleStart = -1;
    for (int k = i; k >= 0 && k >= n - 1 - MAX_ROLE_WORDS; k--) {
      Word w = words.get(k);
      if (!w.isWord() && !w.is("-")) {
        break;
      }
      Entity other = people.at(w.start());
      if (other != null && other.type() == EntityType.PERSON) {
        break;
      }
      if (w.is("qui", "que", "qu'", "dont", "où", "mais", "car", "donc", "si", "selon", "par", "avec",
          "pour", "sur", "dans") || FrenchWords.AUXILIARIES.contains(w.lower())
          || FrenchWords.FINITE_VERBS.contains(w.lower()) || w.is(VERB_CLITICS)) {
        break; // "le président de la région s'inquiète de voir X": a clause, X is its object
      }
      if (roleNouns.startsAt(words, k) > 0) {
        roleStart = k;
      }
    }
    if (roleStart < 0) {
      return null;
    }
    return text.substring(words.get(roleStart).start(), words.get(end).end());
  }

  /** A lower-case word with the ending of an infinitive ("introduire", "soutenir", "recevoir"). */
  private static boolean isInfinitive(Word w) {
    String l = w.lower();
    return w.isWord() && !w.isCapitalised() && l.length() > 3 && Word.infinitiveEnding(l);
  }

  /** "Sébastien Chenu, secrétaire national chargé de l'Exception culturelle.": the role after. */
  String after(Entity e) {
    int to = Math.min(text.length(), e.end() + ROLE_REACH);
    int line = newline(e.end(), to); // the line's end, if before "to"
    int limit = line < 0 ? to : line;
    int first = e.end();
    while (first < limit && Word.isSpace(text.charAt(first))) {
      first++;
    }
    if (first >= limit || text.charAt(first) != ',') {
      return null; // the first word is not a comma: no apposition (and nothing to scan)
    }
    List<Word> words = Word.scan(text, e.end(), limit);
    if (words.size() < 2 || !words.get(0).is(",")) {
      return null;
    }
    int k = 1;
    if (FrenchWords.DEFINITE.contains(words.get(k).lower())) {
      k++;
    }
    while (k < words.size() && roleNouns.adjectiveAt(words, k)) {
      k++;
    }
    if (roleNouns.startsAt(words, k) == 0) {
      return null;
    }
    int end = k;
    while (end + 1 < words.size() && end - k < MAX_ROLE_WORDS
        && (words.get(end + 1).isWord() || words.get(end + 1).is("-"))
        && !words.get(end + 1).is("qui", "a", "est", "avait", "et") && !words.get(end + 1).is(VERB_CLITICS)) {
      end++;
    }
    if (k > 1 && end + 1 < words.size() && (FrenchWords.AUXILIARIES.contains(words.get(end + 1).lower())
        || FrenchWords.FINITE_VERBS.contains(words.get(end + 1).lower()) || words.get(end + 1).is(VERB_CLITICS))) {
      // "ce projet de X, le Premier ministre a commenté": the role opens the next clause as its
      // subject; it is no apposition of X
      return null;
    }
    return text.substring(words.get(k).start(), words.get(end).end());
  }

  /**
   * {@code text.lastIndexOf(s, from)} without reading the whole text back each time: the text
   * just before {@code from} first (where a role usually stands), then the occurrences of {@code
   * s}, found once per string (a role carried over from the first mention stands far back).
   */
  private int lastIndexOf(String s, int from) {
    int p = Math.min(from, text.length() - s.length());
    int floor = p - ROLE_REACH;
    for (; p >= 0 && p >= floor; p--) {
      if (text.startsWith(s, p)) {
        return p;
      }
    }
    if (p < 0) {
      return -1;
    }
    int[] all = occurrences.computeIfAbsent(s, this::occurrences);
    int i = Arrays.binarySearch(all, p); // the last occurrence at or before p
    return i >= 0 ? all[i] : -i - 2 >= 0 ? all[-i - 2] : -1;
  }

  /** Every offset where {@code s} starts in the text, in order. */
  private int[] occurrences(String s) {
    List<Integer> found = new ArrayList<>();
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      found.add(i);
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The last '\n' in text[floor, at] (at included, as String.lastIndexOf), or -1: a bounded search. */
  private int lastNewline(int at, int floor) {
    for (int i = Math.min(at, text.length() - 1); i >= floor; i--) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The first '\n' in text[from, to), or -1. */
  private int newline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The word just before the last occurrence of {@code role} before {@code e} ("la", "le"), or null. */
  String articleBefore(Entity e, String role) {
    int at = lastIndexOf(role, e.start());
    if (at <= 0) {
      return null;
    }
    List<Word> before = Word.scan(text, Math.max(0, at - 12), at);
    return before.isEmpty() ? null : before.get(before.size() - 1).lower();
  }
}
