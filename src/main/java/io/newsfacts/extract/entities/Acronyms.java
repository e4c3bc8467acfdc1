package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import io.newsfacts.model.SortedOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Acronyms the article defines: "Le ministère québécois de l'Immigration (MIDI)" makes "MIDI" a
 * name of that ministry everywhere in the article. The name is the mention that ends right before
 * the parenthesis or, failing one, the words before it whose initials spell the acronym
 * ("Zones de sécurité prioritaire (ZSP)"). The press writes many acronyms with one capital
 * ("Mrap", "Halde", "Ukip"): such a word is taken for an acronym only beside a name of as many
 * words at least, whose initials hold its letters in order ({@link #initialsCover}).
 */
final class Acronyms {
  private static final Pattern DEFINITION =
      Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\p{N}&]{1,9})\\s*\\)");
  private static final Pattern NAME_PARTS = Pattern.compile("[\\s\\-\u2010]+");
  /** "IGPN (Inspection générale ...)": an acronym in capitals, then its name in parentheses. */
  private static final Pattern ACRONYM_THEN_NAME =
      Pattern.compile("\\b(\\p{Lu}{2,8})\\s*\\(\\s*(\\p{Lu}[^()\n,;:]{3,100}?)\\s*\\)");
  /** "(en Centre de rétention administrative, CRA)": a name and its acronym in one parenthesis. */
  private static final Pattern NAME_AND_ACRONYM =
      Pattern.compile("\\((?:[^()\n,;:]{0,30}?\\s)?(\\p{Lu}[^()\n,;:]{3,100}?),\\s*(\\p{Lu}{2,8})\\s*\\)");
  /** "la Halde (Haute autorité de lutte ...)": an acronym in one capital, then its name. */
  private static final Pattern TITLE_CASE_THEN_NAME =
      Pattern.compile("(\\p{Lu}\\p{Ll}{2,7})\\s*\\(\\s*(\\p{Lu}[^()\n,;:]{3,100}?)\\s*\\)");
  private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}{2,7}");
  private static final Set<String> SKIPPED =
      Set.of("de", "d'", "d\u2019", "du", "des", "la", "le", "l'", "l\u2019", "les", "et", "en",
          "pour", "à", "au", "aux", "sur", "and", "of", "the", "for");

  private Acronyms() {}

  /**
   * Links acronyms defined in {@code text} to their full names: returns {@code accepted} with the
   * full names keyed, a mention for every use of each acronym, and mentions that overlap those
   * uses removed.
   */
  static List<Candidate> link(String text, List<List<Word>> sentences, List<Candidate> accepted) {
    Map<String, String> keyOf = new HashMap<>();
    Map<String, EntityType> typeOf = new HashMap<>();
    List<Candidate> result = new ArrayList<>(accepted);
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      boolean titleCase = TITLE_CASE.matcher(acronym).matches();
      if (capitals(acronym) < 2 && !titleCase || keyOf.containsKey(acronym)) {
        continue;
      }
      int before = m.start();
      while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      int index = -1;
      for (int i = 0; i < result.size(); i++) {
        Candidate c = result.get(i);
        if (c.end() == before && c.origin() != Candidate.Origin.WEAK
            && !acronym.equals(c.name(text))
            && (index < 0 || c.start() < result.get(index).start())) {
          index = i; // the longest name ending there, not the place that ends it
        }
      }
      Candidate spelled = titleCase ? null : spelled(acronym, before, sentences);
      if (index >= 0 && spelled != null && spelled.start() < result.get(index).start()
          && !initialsSpell(result.get(index).name(text), acronym)) {
        // "Terres Australes et Antarctiques Françaises (TAAF)": the words whose initials spell the
        // acronym are the name, not the last part the tagger cut at "et"
        EntityType partType = result.get(index).type(); // the tagger's type of the parts
        spelled = partType == EntityType.PERSON ? spelled : spelled.withType(partType);
        int from = spelled.start();
        int to = before;
        result.removeIf(c -> from <= c.start() && c.end() <= to);
        index = -1;
      }
      Candidate full = index >= 0 ? result.get(index) : spelled;
      if (titleCase && full != null && !initialsCover(full.name(text), acronym)) {
        continue; // "Saint-Quentin (Aisne)", "Amélie (Nothomb)": a place or a name, not an acronym
      }
      if (full == null || full.type() == EntityType.PERSON && !initialsOf(full.name(text), acronym)) {
        continue; // "Thierry Mandon (PS)": a person's party, not another name of that person
      }
      if (full.type() == EntityType.LOCATION && !lettersInOrder(full.name(text), acronym)) {
        continue; // "élu de Paris (UMP)", "l'Afrique du Sud (BRICS)": the place's party or group
      }
      String key = full.key() != null ? full.key() : "acr:" + acronym;
      full = full.withKey(key);
      if (index >= 0) {
        result.set(index, full);
      } else {
        result.add(full);
      }
      keyOf.put(acronym, key);
      typeOf.put(acronym, full.type());
    }
    for (Definition d : reverseDefinitions(text)) {
      String name = text.substring(d.from(), d.to());
      boolean spells = capitals(d.acronym()) < 2 ? initialsCover(name, d.acronym())
          : initialsSpell(name, d.acronym());
      if (keyOf.containsKey(d.acronym()) || !spells) {
        continue;
      }
      int index = -1;
      for (int i = 0; i < result.size(); i++) {
        Candidate c = result.get(i);
        if (c.start() == d.from() && c.end() == d.to() && c.origin() != Candidate.Origin.WEAK) {
          index = i;
        }
      }
      Candidate full = index >= 0 ? result.get(index)
          : new Candidate(d.from(), d.from(), d.to(), EntityType.ORGANIZATION, Candidate.Origin.ACRONYM, null);
      if (index < 0) {
        if (crossesAny(result, d.from(), d.to())) {
          continue; // a name runs into the parenthesis or out of it
        }
        result.removeIf(c -> d.from() <= c.start() && c.end() <= d.to()); // parts of the full name
      }
      String key = full.key() != null ? full.key() : "acr:" + d.acronym();
      full = full.withKey(key);
      if (index >= 0) {
        result.set(index, full);
      } else {
        result.add(full);
      }
      keyOf.put(d.acronym(), key);
      typeOf.put(d.acronym(), full.type());
    }
    if (keyOf.isEmpty()) {
      return result;
    }
    List<Candidate> uses = new ArrayList<>();
    for (List<Word> ws : sentences) {
      for (Word w : ws) {
        String key = keyOf.get(w.text());
        if (key != null) {
          uses.add(new Candidate(w.start(), w.start(), w.end(), typeOf.get(w.text()),
              Candidate.Origin.ACRONYM, key));
        }
      }
    }
    // a use inside a longer tagged name ("l'ARS Bretagne") leaves the name, typed as the (last)
    // acronym inside it; uses are found by binary search, not by comparing every use and name
    Spans useSpans = new Spans(uses);
    boolean[] inside = new boolean[uses.size()];
    for (int i = 0; i < result.size(); i++) {
      Candidate c = result.get(i);
      if (c.origin() != Candidate.Origin.CRF) {
        continue;
      }
      int last = -1;
      for (int u : useSpans.startingIn(c.start(), c.end())) {
        Candidate use = uses.get(u);
        if (c.contains(use) && c.end() - c.start() > use.end() - use.start()) {
          inside[u] = true;
          last = Math.max(last, u);
        }
      }
      if (last >= 0) {
        result.set(i, c.withType(uses.get(last).type()));
      }
    }
    List<Candidate> kept = new ArrayList<>(uses.size());
    for (int u = 0; u < uses.size(); u++) {
      if (!inside[u]) {
        kept.add(uses.get(u));
      }
    }
    Spans keptSpans = new Spans(kept);
    result.removeIf(c -> keptSpans.overlap(c.start(), c.end()));
    result.addAll(kept);
    return result;
  }

  /** An acronym and where the full name it stands for is written, [from, to) of the text. */
  private record Definition(String acronym, int from, int to) {}

  /**
   * Acronyms defined the other way round: "l'IGPN (Inspection générale de la police nationale)",
   * and the name and its acronym inside one parenthesis: "(Centre de rétention administrative, CRA)".
   */
  private static List<Definition> reverseDefinitions(String text) {
    List<Definition> out = new ArrayList<>();
    // both patterns hold one opening parenthesis: they are tried only where one can match around
    // it, which finds what Matcher.find finds without testing every character of the text
    Matcher m = ACRONYM_THEN_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int start = capitalsBefore(text, p);
      if (start >= next && start < p) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          out.add(new Definition(m.group(1), m.start(2), m.end(2)));
          next = m.end();
        }
      }
    }
    m = TITLE_CASE_THEN_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    next = 0;
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      int start = wordBefore(text, p);
      if (start >= next && start < p) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          out.add(new Definition(m.group(1), m.start(2), m.end(2)));
          next = m.end();
        }
      }
    }
    m = NAME_AND_ACRONYM.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    next = 0;
    for (int p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      if (p >= next) {
        m.region(p, text.length());
        if (m.lookingAt()) {
          out.add(new Definition(m.group(2), m.start(1), m.end(1)));
          next = m.end();
        }
      }
    }
    return out;
  }

  /**
   * Where the capitals before the parenthesis at {@code paren} start, spaces between them aside:
   * at most nine back, more than {@link #ACRONYM_THEN_NAME} takes, so a longer run fails its \b.
   */
  private static int capitalsBefore(String text, int paren) {
    int q = paren;
    while (q > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(q - 1)) >= 0) {
      q--;
    }
    int r = q;
    while (r > 0 && q - r < 9 && Character.getType(text.charAt(r - 1)) == Character.UPPERCASE_LETTER) {
      r--;
    }
    return r;
  }

  /**
   * Whether the initials of the name's words, less its small words ("de", "la", "l'"), are the
   * acronym's letters, accents aside: "École nationale d'administration" ENA, "Conseil contre
   * l'islamophobie en France" CCIF; not "Reuters" for PARIS.
   */
  static boolean initialsSpell(String name, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String part : NAME_PARTS.split(name)) {
      String w = part.replaceFirst("^(?i)[ldj]['\u2019]", "");
      if (w.isEmpty() || SKIPPED.contains(part.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      initials.append(w.charAt(0));
    }
    String a = EntityLexicon.fold(acronym).replaceAll("[^\\p{L}]", "");
    return a.length() >= 2 && EntityLexicon.fold(initials.toString()).equals(a);
  }

  /**
   * Where the word of letters right before the parenthesis at {@code paren} starts (spaces
   * aside), or {@code paren} when a letter or figure runs into it from before.
   */
  private static int wordBefore(String text, int paren) {
    int q = paren;
    while (q > 0 && Character.isWhitespace(text.charAt(q - 1))) {
      q--;
    }
    int r = q;
    while (r > 0 && q - r < 9 && Character.isLetter(text.charAt(r - 1))) {
      r--;
    }
    return r == q || r > 0 && Character.isLetterOrDigit(text.charAt(r - 1)) ? paren : r;
  }

  /**
   * Whether an acronym written in one capital ("Mrap", "Halde") fits a name: the name has as many
   * words at least, the first word opens with the acronym's first letter and the initials of the
   * words after it, small words included, hold its other letters in order: "Mouvement contre le
   * racisme et pour l'amitié entre les peuples" Mrap; not "Meyranne" Gard.
   */
  static boolean initialsCover(String name, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String part : NAME_PARTS.split(name)) {
      String w = part.replaceFirst("^(?i)[ldjqu]+['’]", "");
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        initials.append(EntityLexicon.fold(w.substring(0, 1)).charAt(0));
      }
    }
    String a = EntityLexicon.fold(acronym).replaceAll("[^\\p{L}]", "");
    return a.length() >= 2 && initials.length() >= a.length() && opensAndHolds(initials, a);
  }

  /** Whether {@code letters} open with {@code a}'s first letter and hold all its letters in order. */
  private static boolean opensAndHolds(CharSequence letters, String a) {
    if (a.isEmpty() || letters.length() == 0 || letters.charAt(0) != a.charAt(0)) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < letters.length() && k < a.length(); i++) {
      if (letters.charAt(i) == a.charAt(k)) {
        k++;
      }
    }
    return k == a.length();
  }

  /** Whether a candidate overlaps [from, to) without lying inside it. */
  private static boolean crossesAny(List<Candidate> cs, int from, int to) {
    for (Candidate c : cs) {
      if (c.start() < to && from < c.end() && (c.start() < from || c.end() > to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the acronym's letters come in the name in its order, the first one opening the name
   * ("République démocratique du Congo" RDC, "Émirats arabes unis" EAU; not "Paris" UMP, "Afrique du
   * Sud" BRICS): a place is named by its own acronym only so.
   */
  static boolean lettersInOrder(String name, String acronym) {
    return opensAndHolds(EntityLexicon.fold(name).replaceAll("[^\\p{L}]", ""),
        EntityLexicon.fold(acronym).replaceAll("[^\\p{L}]", ""));
  }

  /** Whether the acronym is spelled by the initials of the name's words ("Dominique Strauss-Kahn" DSK). */
  private static boolean initialsOf(String name, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String part : NAME_PARTS.split(name)) {
      if (!part.isEmpty()) {
        initials.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return initials.toString().equals(acronym.toUpperCase(Locale.ROOT));
  }

  /** Candidates sorted by start, for finding those that start in or overlap a span. */
  private static final class Spans {
    private final int[] order;
    private final int[] starts;
    /** maxEnd[k]: the largest end among the first k + 1 candidates by start. */
    private final int[] maxEnd;

    Spans(List<Candidate> cs) {
      order = IntStream.range(0, cs.size()).boxed()
          .sorted(Comparator.comparingInt(i -> cs.get(i).start()))
          .mapToInt(Integer::intValue).toArray();
      starts = new int[order.length];
      maxEnd = new int[order.length];
      for (int k = 0; k < order.length; k++) {
        Candidate c = cs.get(order[k]);
        starts[k] = c.start();
        maxEnd[k] = Math.max(c.end(), k > 0 ? maxEnd[k - 1] : Integer.MIN_VALUE);
      }
    }

    /** Indexes (in the list given) of the candidates starting in [from, to). */
    List<Integer> startingIn(int from, int to) {
      List<Integer> out = new ArrayList<>();
      for (int k = firstStartingAt(from); k < starts.length && starts[k] < to; k++) {
        out.add(order[k]);
      }
      return out;
    }

    /** Whether a candidate overlaps [from, to). */
    boolean overlap(int from, int to) {
      int k = firstStartingAt(to) - 1; // the last candidate starting before "to"
      return k >= 0 && maxEnd[k] > from;
    }

    private int firstStartingAt(int at) {
      return SortedOffsets.firstAtLeast(starts.length, i -> starts[i], at);
    }
  }

  /** The words ending at {@code before} whose initials spell {@code acronym}, or null. */
  private static Candidate spelled(String acronym, int before, List<List<Word>> sentences) {
    for (List<Word> ws : sentences) {
      int last = -1;
      for (int i = 0; i < ws.size(); i++) {
        if (ws.get(i).end() == before) {
          last = i;
        }
      }
      if (last < 0) {
        continue;
      }
      StringBuilder capitals = new StringBuilder();
      acronym.chars().filter(Character::isUpperCase).forEach(ch -> capitals.append((char) ch));
      String letters = capitals.toString();
      int need = letters.length() - 1;
      int i = last;
      for (; i >= 0 && need >= 0 && last - i < 3 * letters.length(); i--) {
        Word w = ws.get(i);
        if (w.punctuation()) {
          return null;
        }
        if (SKIPPED.contains(w.lower())) {
          continue;
        }
        if (Character.toUpperCase(w.text().charAt(0)) != letters.charAt(need)) {
          return null;
        }
        need--;
        if (need < 0) {
          break;
        }
      }
      if (need >= 0 || i < 0 || !ws.get(i).capitalised()) {
        return null;
      }
      return new Candidate(ws.get(i).start(), ws.get(i).start(), before,
          EntityType.ORGANIZATION, Candidate.Origin.ACRONYM, null);
    }
    return null;
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
