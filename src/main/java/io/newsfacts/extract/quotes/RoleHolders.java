package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which person of the article may be the one a role phrase stands for ("le député PS", "l'ancien
 * banquier"): the role and gender the article gave them agree with the phrase, they are no
 * noun's complement ("la condamnation de X") nor a name qualifying a noun ("la loi Macron"), and,
 * among several, the one the article names most.
 */
final class RoleHolders {
  private final String text;
  private final People people;
  private final RoleNouns roleNouns;

  RoleHolders(String text, People people, RoleNouns roleNouns) {
    this.text = text;
    this.people = people;
    this.roleNouns = roleNouns;
  }

  /** How many times the article must name a person before a description far from any name is theirs. */
  private static final int MAIN_MENTIONS = 3;

  /**
   * Of the person mentions given, the one named at least {@link #MAIN_MENTIONS} times among them
   * and twice as often as any other who fits the role phrase {@code role}; null if none stands out.
   */
  String mainPerson(List<Entity> mentions, Character gender, List<String> role) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : mentions) {
      String name = people.canonical(e);
      if (!isComplement(e) && fitsRole(name, gender, role)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > first) {
        second = first;
        first = c.getValue();
        best = c.getKey();
      } else if (c.getValue() > second) {
        second = c.getValue();
      }
    }
    return first >= MAIN_MENTIONS && first >= 2 * second ? best : null;
  }

  /**
   * Of the person mentions given (last first), the one the article mentions most that may hold a
   * role of words {@code role} and is no noun's complement; ties go to the latest. Null if none.
   */
  String mostMentioned(List<Entity> mentions, Character gender, List<String> role) {
    String best = null;
    int bestCount = 0;
    for (Entity e : mentions) {
      String name = people.canonical(e);
      if (isComplement(e) || !fitsRole(name, gender, role)) {
        continue;
      }
      int count = people.mentions(name);
      if (count > bestCount) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * Whether a mention completes a noun ("la condamnation de X", "le discours d'Y") or names
   * something after a person ("le gouvernement Hollande-Cazeneuve", "l'affaire Benalla", "la loi
   * Macron"), or the topic of "quant à X" (what follows speaks of X): the person holds no role of
   * the sentence and says nothing there.
   */
  boolean isComplement(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return i >= 0 && before.get(i).is("de", "d'", "du", "des") || isModifier(before, i)
        || i >= 1 && before.get(i).is("à") && before.get(i - 1).is("quant");
  }

  /**
   * "le gouvernement X", "l'affaire X": word {@code i} is a common noun (not a role, which the
   * name would hold: "le président X") right after a determiner, so the name after it only
   * qualifies that noun.
   */
  boolean isModifier(List<Word> before, int i) {
    if (i < 1 || !before.get(i).isWord() || before.get(i).isCapitalised()
        || !FrenchWords.DETERMINERS.contains(before.get(i - 1).lower())
        || FrenchWords.DETERMINERS.contains(before.get(i).lower())) {
      return false;
    }
    String noun = before.get(i).lower();
    if (FrenchWords.TIME_NOUNS.contains(noun) || FrenchWords.NP_STOPS.contains(noun)) {
      return false; // "a assuré ce samedi X"
    }
    String last = noun.substring(noun.lastIndexOf('-') + 1); // "l'ex-ministre X", "le vice-président X"
    String singular = last.endsWith("s") || last.endsWith("x") ? last.substring(0, last.length() - 1) : last;
    return roleNouns.startsAt(before, i) == 0 && !roleNouns.contains(singular) && !roleNouns.contains(last)
        && !FrenchWords.ROLE_ADJECTIVES.contains(noun) && !namesSomeone(singular);
  }

  /** Endings of nouns and adjectives that describe people ("le socialiste X", "l'élu X", "le Marseillais"). */
  private static final String[] PERSON_ENDINGS = {"iste", "ien", "ienne", "ain", "aine", "ais", "aise", "ois",
      "oise", "eur", "euse", "rice", "ier", "ière", "ant", "ante", "é", "ée", "u", "ue"};

  /**
   * Whether a noun may describe the person it stands before ("le socialiste X", "l'avocat X"):
   * its ending says so, and it is no "-ment" noun ("le gouvernement X").
   */
  private static boolean namesSomeone(String noun) {
    if (noun.endsWith("ment")) {
      return false;
    }
    for (String ending : PERSON_ENDINGS) {
      if (noun.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** "le gouvernement X": see {@link #isModifier}; "le discours de X ... Il a dit" may still mean X. */
  boolean isModifierMention(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return isModifier(before, i);
  }

  /** How far around a mention of a person the place of their office may be named (about a sentence). */
  private static final int SEAT_WINDOW = 150;

  /**
   * Whether {@code name} may hold the office a role phrase ties to a named place ({@code seat}: "le
   * maire de Meaux", "le préfet du Nord"): a place has one such office holder, so a person the
   * article gives no role must be shown with that place near one of their mentions ("Jean-François
   * Copé, à Meaux"), or the phrase is not theirs (the article's main person is not the mayor of a
   * town it never ties to them). A body ("le député PS") has many members: the person just named is
   * one as likely as not, so it asks no tie. A person of a known role was weighed against the
   * phrase's words by {@link #fitsRole}. True when there is no seat.
   */
  boolean mayHoldSeat(String name, Seat seat) {
    if (seat == null || !seat.place() || people.role(name) != null) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String wanted = seat.name().toLowerCase(Locale.ROOT);
    for (Entity e : people.personsSince(0, text.length(), i -> false)) {
      if (!people.canonical(e).equals(name)) {
        continue;
      }
      int from = Math.max(0, e.start() - SEAT_WINDOW);
      int to = Math.min(text.length(), e.end() + SEAT_WINDOW);
      for (int at = lower.indexOf(wanted, from); at >= 0 && at + wanted.length() <= to; at = lower.indexOf(wanted, at + 1)) {
        if (at < seat.start() || at >= seat.end()) {
          return true; // (the role phrase itself ties no one)
        }
      }
    }
    return false;
  }

  /**
   * The one person of the article whose role names the place or body of {@code seat} ("Florian
   * Philippot, vice-président du Front national" for "le numéro deux du Front national" or "du
   * FN"), of the phrase's gender and tense (former or current, role words {@code role}); null if
   * none or several.
   */
  String seatMember(Seat seat, Character gender, List<String> role) {
    if (seat == null) {
      return null;
    }
    String found = null;
    for (Entity e : people.personsSince(0, text.length(), i -> false)) {
      String name = people.canonical(e);
      String known = people.role(name);
      Character g = people.gender(name);
      if (name.equals(found) || known == null || !names(known, seat.name())
          || gender != null && g != null && !gender.equals(g)
          || RoleWords.former(role) != RoleWords.former(RoleWords.of(known))) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = name;
    }
    return found;
  }

  /** Words of a body's name that its initials leave out ("Union pour un mouvement populaire": UMP). */
  private static final Set<String> GLUE = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "pour", "un", "une",
      "et");

  /**
   * Whether role {@code role} names the place or body {@code name}: in full ("présidente du Front
   * national") or, for a name in capitals, by the initials of its last words, a capitalised name
   * ("FN").
   */
  static boolean names(String role, String name) {
    String lower = role.toLowerCase(Locale.ROOT);
    if (lower.contains(name.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (name.length() < 2 || !name.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    String[] words = role.strip().split("[\\s'’-]+");
    StringBuilder initials = new StringBuilder();
    int i = words.length - 1;
    for (; i >= 0 && initials.length() < name.length(); i--) {
      if (!words[i].isEmpty() && !GLUE.contains(words[i].toLowerCase(Locale.ROOT))) {
        initials.insert(0, Character.toUpperCase(words[i].charAt(0)));
      }
    }
    // the body's name starts with a capital ("Parti socialiste", not "procureur de Strasbourg")
    return initials.toString().equals(name) && Character.isUpperCase(words[i + 1].charAt(0));
  }

  /**
   * The place or body a role phrase text[start, end) names as the seat of its office ("Meaux" in
   * "le maire de Meaux", {@code place}; "Front national" in "le numéro deux du Front national").
   */
  record Seat(String name, boolean place, int start, int end) {
  }

  /**
   * Whether a person of unknown role, or of a role the phrase's words {@code role} (head first, less
   * articles) may name, is the one the phrase names: the same gender, the same head noun or a
   * generic one ("l'élu" for a deputy), and no qualifier that says otherwise ("le député PS" is not
   * "le député UMP X", "le chef de l'Etat" not "l'ancien chef de l'Etat X").
   */
  boolean fitsRole(String name, Character gender, List<String> role) {
    Character g = people.gender(name);
    if (gender != null && g != null && !gender.equals(g)) {
      return false;
    }
    String known = people.role(name);
    return known == null || RoleWords.compatible(role, RoleWords.of(known));
  }
}
