package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two spellings of one name in one article that {@link EntityLinker} would otherwise keep apart:
 * <ul>
 *   <li>the same words with and without hyphens ("Jean-Frédéric Poisson" and "Jean Frédéric
 *       Poisson", "Parc-des-Princes" and "Parc des Princes");</li>
 *   <li>an acronym the article never defines and the one name of the article, no person's, whose
 *       initials spell it ("FO" and "Force ouvrière", "LDH" and "Ligue des droits de l'homme",
 *       "ASOC" and "Antarctic and Southern Ocean Coalition"): French news writes both forms
 *       without saying they are one. An acronym the gazetteers know is left to them ("PS" is the
 *       party, not "Public Sénat");</li>
 *   <li>a person's first name misspelt by one letter beside the same surname ("Jean-Françis Copé"
 *       and "Jean-François Copé", "Benyamin Netanyahu" and "Benjamin Netanyahu", "Danièle
 *       Simonet" and "Danielle Simonet"), not a masculine and a feminine ("Denis" and "Denise",
 *       "Sami" and "Samia": two people of one family);</li>
 *   <li>a compound first name written with its initials, without their periods, beside the same
 *       surname ("JC Lagarde", "J-Christophe Buisson", "M-A Carlotti" and "Marie-Arlette
 *       Carlotti"), when one full name of the article fits;</li>
 *   <li>a person's name written surname first ("Corbiere Alexis" and "Alexis Corbière").</li>
 * </ul>
 */
final class NameVariants {
  private static final Pattern HYPHENS = Pattern.compile("[\\-\u2010]");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
  /** The words that join a commune's name to its qualifier: "-sur-", "-en-", "-le-". */
  private static final Set<String> QUALIFIERS =
      Set.of("sur", "sous", "en", "le", "la", "les", "lez", "de", "du", "des", "aux");

  private NameVariants() {}

  /** Pairs of mention indexes (in {@code ms}) that name one entity. */
  static List<int[]> pairs(List<Candidate> ms, String[] names, String[][] words,
      NameLexicons lexicons) {
    List<int[]> out = new ArrayList<>();
    Map<String, Integer> byLoose = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).origin() == Candidate.Origin.WEAK) {
        continue;
      }
      Integer same = byLoose.putIfAbsent(loose(String.join(" ", words[i])), i);
      if (same != null) {
        out.add(new int[] {same, i});
      }
    }
    acronyms(ms, names, words, out);
    shortPlaces(ms, names, words, lexicons, out);
    misspeltFirstNames(ms, names, words, out);
    misspeltSurnames(ms, words, lexicons, out);
    surnameFirst(ms, words, lexicons, out);
    return out;
  }

  /**
   * A person's name written surname first, as tweets, lists and signatures write it ("Corbiere
   * Alexis" beside "Alexis Corbière"): two words that, case and accents aside, are a two-word
   * person's name the other way round, whose first word the first-name lexicon knows.
   */
  private static void surnameFirst(List<Candidate> ms, String[][] words, NameLexicons lexicons,
      List<int[]> out) {
    Map<String, Integer> reversed = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() == EntityType.PERSON && twoWords(ms.get(i), words[i])
          && lexicons.firstName(words[i][0])) {
        reversed.putIfAbsent(words[i][1] + " " + words[i][0], i);
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      Integer person = twoWords(ms.get(i), words[i]) ? reversed.get(String.join(" ", words[i])) : null;
      if (person != null) {
        out.add(new int[] {person, i});
      }
    }
  }

  private static boolean twoWords(Candidate m, String[] words) {
    return words.length == 2 && !words[0].equals(words[1]) && m.origin() != Candidate.Origin.WEAK;
  }

  private static void misspeltFirstNames(List<Candidate> ms, String[] names, String[][] words,
      List<int[]> out) {
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() == EntityType.PERSON && words[i].length >= 2
          && ms.get(i).origin() != Candidate.Origin.WEAK) {
        String surname = String.join(" ", Arrays.copyOfRange(words[i], 1, words[i].length));
        bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> same : bySurname.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          if (misspelt(words[same.get(a)][0], words[same.get(b)][0])) {
            out.add(new int[] {same.get(a), same.get(b)});
          }
        }
      }
      for (int a : same) {
        int full = -1;
        boolean several = false; // several first names fit: none is taken
        for (int b : same) {
          if (initialsOf(names[a].split(" ")[0], words[b][0])) {
            several |= full >= 0 && !words[full][0].equals(words[b][0]);
            full = full < 0 ? b : full;
          }
        }
        if (full >= 0 && !several) {
          out.add(new int[] {full, a});
        }
      }
    }
  }

  /** Characters within which two such names are two people side by side ("Jean Dupont et Jean Dupond"). */
  private static final int NEAR = 80;
  /** Fewest letters of a surname that may be misspelt by one letter: "Tourraine", not "Lang". */
  private static final int MISSPELT_SURNAME = 6;

  /**
   * A person's surname misspelt by one letter beside the same first name ("Marisol Tourraine" and
   * "Marisol Touraine"): names of two words, surnames of {@link #MISSPELT_SURNAME} letters or more,
   * not side by side, and one spelling known by the family-name lexicon or written more often (see
   * {@link #likelierFirstName}).
   */
  private static void misspeltSurnames(List<Candidate> ms, String[][] words, NameLexicons lexicons, List<int[]> out) {
    Map<String, List<Integer>> byFirstName = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).type() == EntityType.PERSON && words[i].length == 2 && ms.get(i).origin() != Candidate.Origin.WEAK) {
        byFirstName.computeIfAbsent(words[i][0], k -> new ArrayList<>()).add(i);
        count.merge(words[i][1], 1, Integer::sum);
      }
    }
    for (List<Integer> same : byFirstName.values()) {
      for (int a = 0; a < same.size(); a++) {
        for (int b = a + 1; b < same.size(); b++) {
          Candidate x = ms.get(same.get(a));
          Candidate y = ms.get(same.get(b));
          String sx = words[same.get(a)][1];
          String sy = words[same.get(b)][1];
          // one spelling must stand out, or the names stay apart: a wrong name kept is worse than two
          boolean told = lexicons.familyName(sx) != lexicons.familyName(sy) || !count.get(sx).equals(count.get(sy));
          if (misspeltSurname(sx, sy) && told && Math.abs(x.start() - y.start()) > NEAR) {
            out.add(new int[] {same.get(a), same.get(b)});
          }
        }
      }
    }
  }

  /** Whether two folded surnames differ by one letter added, dropped or changed, each long enough. */
  private static boolean misspeltSurname(String a, String b) {
    if (a.equals(b) || a.length() < MISSPELT_SURNAME || b.length() < MISSPELT_SURNAME) {
      return false;
    }
    return a.length() <= b.length() ? oneEdit(a, b) : oneEdit(b, a);
  }

  /**
   * Whether first name {@code written} gives compound first name {@code full} (folded) by its
   * initials: "JC" or "J-C" for "jean-christophe", "J-Christophe", "M-A" for "marie-arlette".
   */
  static boolean initialsOf(String written, String full) {
    String[] parts = full.split("-");
    if (parts.length < 2 || written.indexOf('.') >= 0) {
      return false; // (initials with periods are PersonInitials')
    }
    String[] given = written.split("-");
    if (given.length == 1 && written.length() == parts.length
        && written.chars().allMatch(Character::isUpperCase)) {
      given = written.split(""); // "JC"
    }
    if (given.length != parts.length) {
      return false;
    }
    boolean initial = false;
    for (int k = 0; k < parts.length; k++) {
      String g = EntityLexicon.fold(given[k]);
      if (g.length() == 1 && Character.isUpperCase(given[k].charAt(0))
          && parts[k].startsWith(g)) {
        initial = true;
      } else if (!g.equals(parts[k])) {
        return false;
      }
    }
    return initial;
  }

  /**
   * Whether two folded first names differ by one letter added, dropped or changed, each of three
   * letters or more, and not as a masculine and its feminine ("denis", "denise"; "sami", "samia").
   */
  static boolean misspelt(String a, String b) {
    if (a.equals(b) || a.length() < 3 || b.length() < 3) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
        && "ea".indexOf(longer.charAt(longer.length() - 1)) >= 0) {
      return false;
    }
    return oneEdit(shorter, longer);
  }

  /** Whether {@code longer} (as long as {@code shorter} or one letter longer) is one edit away. */
  private static boolean oneEdit(String shorter, String longer) {
    if (longer.length() - shorter.length() > 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (longer.length() == shorter.length()) {
      return shorter.substring(i + 1).equals(longer.substring(i + 1));
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }

  /**
   * Whether spelling {@code a} of a name written {@code ca} times is the likelier of two
   * spellings of one person's first name (the more frequent, then the one the lexicon knows) or,
   * with the same first name, of their surname (the one the family-name lexicon knows, then the
   * more frequent).
   */
  static boolean likelierFirstName(String a, String b, int ca, int cb, NameLexicons lexicons) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length == 2 && y.length == 2 && x[0].equals(y[0])) {
      // the surname was misspelt: the spelling the dictionary knows ("Thatcher", not "Tchatcher"
      // written twice), then the more frequent
      boolean kx = lexicons.familyName(x[1]);
      return kx != lexicons.familyName(y[1]) ? kx : ca > cb;
    }
    if (ca != cb) {
      return ca > cb;
    }
    return lexicons.givenName(x[0]) && !lexicons.givenName(y[0]);
  }

  /**
   * Whether two person names have the same surname and first names one letter apart, or (two
   * words each) the same first name and surnames one letter apart.
   */
  static boolean misspeltPerson(String a, String b) {
    String[] x = EntityLexicon.fold(a).split(" ");
    String[] y = EntityLexicon.fold(b).split(" ");
    return x.length == y.length && x.length >= 2
        && (Arrays.equals(x, 1, x.length, y, 1, y.length) && misspelt(x[0], y[0])
            || x.length == 2 && x[0].equals(y[0]) && misspeltSurname(x[1], y[1]));
  }

  /**
   * A commune named in full with its qualifier ("Gaillan-en-Médoc", "Roquebrune-sur-Argens",
   * "Noisy-le-Grand") and by its first word alone ("Gaillan"): one place, when that word is the
   * first of one such name only and no place of its own in the lexicons ("Gironde" of
   * "Gironde-sur-Dropt" is the department).
   */
  private static void shortPlaces(List<Candidate> ms, String[] names, String[][] words,
      NameLexicons lexicons, List<int[]> out) {
    Map<String, Integer> byFirst = new HashMap<>();
    for (int j = 0; j < ms.size(); j++) {
      String[] parts = words[j].length == 1 ? words[j][0].split("-") : new String[0];
      if (ms.get(j).type() != EntityType.LOCATION || parts.length < 3
          || !QUALIFIERS.contains(parts[1]) || !Character.isLowerCase(connector(names[j]))) {
        continue;
      }
      Integer other = byFirst.putIfAbsent(parts[0], j);
      if (other != null && !String.join(" ", words[other]).equals(String.join(" ", words[j]))) {
        byFirst.put(parts[0], -1); // "Neuilly-sur-Seine" and "Neuilly-sur-Marne"
      }
    }
    for (int i = 0; i < ms.size(); i++) {
      Integer full = words[i].length == 1 ? byFirst.get(words[i][0]) : null;
      if (full != null && full >= 0 && ms.get(i).type() != EntityType.PERSON
          && ms.get(i).origin() != Candidate.Origin.WEAK && !lexicons.place(names[i])) {
        out.add(new int[] {full, i});
      }
    }
  }

  /** The first letter after the first hyphen of a name. */
  private static char connector(String name) {
    int dash = name.indexOf('-');
    return dash >= 0 && dash + 1 < name.length() ? name.charAt(dash + 1) : 'X';
  }

  /** A folded name with its hyphens made spaces: "jean frederic poisson". */
  static String loose(String folded) {
    return HYPHENS.matcher(folded).replaceAll(" ");
  }

  /** Whether two names differ only by hyphens and spaces (and case and accents). */
  static boolean sameButHyphens(String a, String b) {
    return loose(EntityLexicon.fold(a)).equals(loose(EntityLexicon.fold(b)));
  }

  /**
   * Whether spelling {@code a} of a name written {@code ca} times is the likelier of two that
   * differ by hyphens only: the more frequent, then the one with more hyphens before a capital
   * ("Jean-Frédéric Poisson", the rule for compound first names), then the one with fewer other
   * hyphens ("Valéry Giscard d'Estaing"), then the one with a capital first.
   */
  static boolean likelier(String a, String b, int ca, int cb) {
    if (ca != cb) {
      return ca > cb;
    }
    int hyphens = capitalHyphens(a) - capitalHyphens(b);
    if (hyphens != 0) {
      return hyphens > 0;
    }
    long others = a.chars().filter(ch -> ch == '-').count() - b.chars().filter(ch -> ch == '-').count();
    if (others != 0) {
      return others < 0; // "Valéry Giscard d'Estaing"
    }
    return Character.isUpperCase(a.charAt(0)) && !Character.isUpperCase(b.charAt(0));
  }

  /** The hyphens of a name before a capital: "Jean-Frédéric" 1, "Giscard-d'Estaing" 0. */
  private static int capitalHyphens(String name) {
    int n = 0;
    for (int i = 0; i + 1 < name.length(); i++) {
      if (name.charAt(i) == '-' && Character.isUpperCase(name.charAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  private static void acronyms(List<Candidate> ms, String[] names, String[][] words,
      List<int[]> out) {
    Map<String, Integer> spelledBy = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      Candidate c = ms.get(i);
      if (c.key() != null || c.origin() == Candidate.Origin.WEAK
          || !ACRONYM.matcher(names[i]).matches()) {
        continue;
      }
      Integer known = spelledBy.get(names[i]);
      int full = known != null ? known : spelling(ms, names, words, names[i]);
      spelledBy.put(names[i], full);
      if (full >= 0) {
        out.add(new int[] {full, i});
      }
    }
  }

  /** The mention of the one name spelled by {@code acronym}; -1 for none or several names. */
  private static int spelling(List<Candidate> ms, String[] names, String[][] words,
      String acronym) {
    int found = -1;
    for (int j = 0; j < ms.size(); j++) {
      Candidate c = ms.get(j);
      if (words[j].length < 2 || c.type() == EntityType.PERSON
          || c.origin() == Candidate.Origin.WEAK || !Acronyms.initialsSpell(names[j], acronym)) {
        continue;
      }
      if (found >= 0 && !sameButHyphens(names[found], names[j])) {
        return -1; // "JO": the Jeux olympiques and the Journal officiel
      }
      found = found >= 0 ? found : j;
    }
    return found;
  }
}
