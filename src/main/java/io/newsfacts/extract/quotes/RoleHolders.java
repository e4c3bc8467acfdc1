package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Demonyms;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Which person of the article may be the one a role phrase stands for ("le député PS", "l'ancien
 * banquier"): the role and gender the article gave them agree with the phrase, they are no
 * noun's complement ("la condamnation de X") nor a name qualifying a noun ("la loi Macron"), and,
 * among several, the one the article names most. Where a mention stands in its sentence is read
 * by {@link MentionPositions}.
 */
final class RoleHolders {
  private final String text;
  private final People people;
  private final MentionPositions positions;

  RoleHolders(String text, People people, MentionPositions positions) {
    this.text = text;
    this.people = people;
    this.positions = positions;
  }

  /** How many times the article must name a person before a description far from any name is theirs. */
  private static final int MAIN_MENTIONS = 3;

  /**
   * Of the person mentions given, the one named at least {@link #MAIN_MENTIONS} times among them
   * and twice as often as any other who fits the role phrase {@code role} (or holds it as a
   * {@link #secondOffice} of {@code seat}); null if none stands out.
   */
  String mainPerson(List<Entity> mentions, Character gender, List<String> role, Seat seat) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : mentions) {
      String name = people.canonical(e);
      if (!positions.isComplement(e) && fitsRoleOrOffice(name, gender, role, seat)) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    Lead lead = Lead.of(counts);
    return lead.first() >= MAIN_MENTIONS && lead.first() >= 2 * lead.second() ? lead.best() : null;
  }

  /** The person named most ({@code best}, {@code first} times) and the count of the next one. */
  record Lead(String best, int first, int second) {
    static Lead of(Map<String, Integer> counts) {
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
      return new Lead(best, first, second);
    }
  }

  /**
   * The person of the text just before a definite role phrase ({@code mentions}, last first) that
   * the phrase stands for, when the evidence is strong: one the article gave a role the phrase's
   * words {@code role} may name, if named after anyone of unknown role or if that role has the
   * phrase's head ("le ministre de l'Intérieur X ... a déclaré le ministre");
   * else, of those of unknown role and of a gender that may agree ("l'animatrice" is not "Paul X"),
   * the only one; of several, the subject of the last sentence that names any, if it opens that
   * sentence ("X a reçu Y et Z. ... a dit le président": X). Never a noun's complement,
   * the complement of a preposition ("rendre hommage à X": X is spoken of, not speaking), a person
   * of {@code excluded} (the one spoken to), nor the holder of an office of a place the person is
   * not shown with ({@link #mayHoldSeat}). Null otherwise: a wrong person is worse than the
   * article's words.
   */
  String paragraphHolder(List<Entity> mentions, Character gender, List<String> role, Seat seat, Set<String> excluded,
      IntUnaryOperator sentenceStart) {
    return paragraphHolder(mentions, gender, role, seat, excluded, sentenceStart, false);
  }

  /**
   * As {@link #paragraphHolder(List, Character, List, Seat, Set, IntUnaryOperator)}; with {@code
   * subjects}, only people who are the subject of their sentence (opening it, or after a reporting
   * verb: "a expliqué X."), not one who speaks to another ("lui a demandé X": the one asked answers
   * next) nor an object ("Il a cité X en passant"): for a paragraph further back, a weaker tie.
   */
  String paragraphHolder(List<Entity> mentions, Character gender, List<String> role, Seat seat, Set<String> excluded,
      IntUnaryOperator sentenceStart, boolean subjects) {
    List<String> unknown = new ArrayList<>();
    String latest = null;
    String subject = null; // the latest who opens a sentence, if everyone after is of that sentence
    int sentence = -1;
    boolean laterSentence = false;
    for (Entity e : mentions) {
      String name = people.canonical(e);
      if (positions.isComplement(e) || positions.afterPreposition(e) || excluded.contains(name)
          || !fitsRoleOrOffice(name, gender, role, seat) || !mayHoldSeat(name, seat)
          || subjects && (!(positions.opensSentence(e, sentenceStart.applyAsInt(e.start()))
              || positions.invertedSubject(e)) || listed(e))) {
        continue;
      }
      String known = people.role(name);
      if (known != null && (latest == null || RoleWords.sameHead(role, RoleWords.of(known)))) {
        return name; // a role the phrase names (before anyone later of unknown role): the article ties them
      }
      if (known != null) {
        continue;
      }
      int from = sentenceStart.applyAsInt(e.start());
      if (latest == null) {
        latest = name;
        sentence = from;
      }
      laterSentence |= from != sentence;
      if (subject == null && !laterSentence && positions.opensSentence(e, from) && !positions.coordinated(e)) {
        subject = name;
      }
      if (!unknown.contains(name)) {
        unknown.add(name);
      }
    }
    return unknown.size() <= 1 ? latest : subject;
  }

  /**
   * Whether a person mention stands between commas in a list of people ("dont X, Y, Z ou W
   * assistaient"): one of several named together, no sentence's subject alone.
   */
  private boolean listed(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 3), e.start());
    if (before.isEmpty() || !before.get(before.size() - 1).is(",")) {
      return false;
    }
    int comma = before.get(before.size() - 1).start();
    Entity previous = comma > 0 ? people.at(comma - 1) : null;
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 3));
    // another person just before the comma ("X, Y"), or after ("Y, Z" or "Y et Z"); not an apposed
    // name ("le député-maire de Saint-Denis, X, affirme")
    boolean personAfter = !after.isEmpty() && after.get(0).is(",") && nextIsPerson(e.end());
    return previous != null && previous.type() == EntityType.PERSON || personAfter || positions.coordinated(e);
  }

  /** Whether a person mention follows the comma after offset {@code end}. */
  private boolean nextIsPerson(int end) {
    List<Word> after = Word.scan(text, end, Math.min(text.length(), end + 40));
    if (after.size() < 2) {
      return false;
    }
    Entity next = people.at(after.get(1).start());
    return next != null && next.type() == EntityType.PERSON;
  }

  /**
   * Whether every mention among {@code mentions} (those named since a speaker spoke) other than of
   * {@code name} is only spoken of: a noun's complement ("la position de X"), or that of a
   * preposition, the agent of a passive included ("les reproches adressés par X"). None of them
   * was brought in as a new subject that a role phrase after them may describe.
   */
  boolean onlySpokenOf(List<Entity> mentions, String name) {
    for (Entity e : mentions) {
      if (!people.canonical(e).equals(name) && !positions.isComplement(e) && !positions.afterPreposition(e)
          && !afterAgentPar(e)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word just before a mention is "par" ("remis en cause par X"). */
  private boolean afterAgentPar(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 12), e.start());
    return !before.isEmpty() && before.get(before.size() - 1).is("par");
  }

  /**
   * Whether someone other than {@code name} among {@code mentions} may hold the role of words
   * {@code role} and opens a sentence of the text as its subject (not a heading's: "Fillon cible
   * Hollande" above a paragraph is no one's speech; not one of a list: "dont X, Y ou Z"), of agreeing gender.
   */
  boolean othersFit(List<Entity> mentions, String name, Character gender, List<String> role,
      IntUnaryOperator sentenceStart) {
    for (Entity e : mentions) {
      String other = people.canonical(e);
      if (!other.equals(name) && positions.opensSentence(e, sentenceStart.applyAsInt(e.start()))
          && !positions.inHeading(e) && !listed(e) && fitsRole(other, gender, role)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the person mentions given (last first), the one the article mentions most that may hold a
   * role of words {@code role} (or a {@link #secondOffice} of {@code seat}) and is no noun's or
   * preposition's complement. Null if none, or if two are named as often (nothing tells which one
   * the phrase stands for).
   */
  String mostMentioned(List<Entity> mentions, Character gender, List<String> role, Seat seat) {
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Entity e : mentions) {
      String name = people.canonical(e);
      if (positions.isComplement(e) || positions.afterPreposition(e) || name.equals(best)
          || !fitsRoleOrOffice(name, gender, role, seat)) {
        continue;
      }
      int count = people.mentions(name);
      if (count > bestCount) {
        best = name;
        bestCount = count;
        tie = false;
      } else if (count == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
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
    return seat == null || !seat.place() || people.role(name) != null || shownWith(name, seat);
  }

  /**
   * Whether the article gave {@code name} another office than the one a role phrase ties to a
   * named place ({@code seat}: "le maire de Pau" for "François Bayrou, président du MoDem"), and
   * shows them with that place ({@link #shownWith}: "à savoir être maire de Pau"): people hold
   * several offices at once, and the article names each its own way. Not a former office of the
   * phrase, not one of the same head ("le maire de Pau" is not "le maire de Lyon X"), not one of
   * a disagreeing gender.
   */
  boolean secondOffice(String name, Character gender, List<String> role, Seat seat) {
    String known = people.role(name);
    Character g = people.gender(name);
    if (seat == null || !seat.place() || known == null || gender != null && g != null && !gender.equals(g)
        || RoleWords.former(role)) {
      return false;
    }
    return !RoleWords.sameHead(role, RoleWords.of(people.spelledOut(known))) && shownWith(name, seat);
  }

  /**
   * Whether {@code name}, of a known role of another head, may also hold the office of a named
   * place that a present role phrase of words {@code role} gives ({@code seat}: "le maire de Pau"
   * for "président du MoDem" X): people hold a party's or a government's office and a town's or a
   * constituency's at once. Unlike {@link #secondOffice}, the article need not show them with the
   * place: for a tie the caller found otherwise (the one person of the sentence just before).
   */
  boolean otherOffice(String name, List<String> role, Seat seat) {
    String known = people.role(name);
    if (seat == null || !seat.place() || known == null || RoleWords.former(role) || role.isEmpty()) {
      return false;
    }
    List<String> knownWords = RoleWords.of(people.spelledOut(known));
    String head = RoleWords.masculine(role.get(0));
    // (nor the office itself in a compound: "ancien député-maire" is no "député de X" today)
    return !RoleWords.sameHead(role, knownWords)
        && knownWords.stream().noneMatch(w -> List.of(w.split("-")).contains(head));
  }

  /** Whether the place of {@code seat} is named near a mention of {@code name}, outside the role phrase itself. */
  private boolean shownWith(String name, Seat seat) {
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
   * The place or body a role phrase text[start, end) of words {@code ws} names as the seat of
   * its office, a place or organisation entity among the words after its head {@code head} ("le
   * maire de Meaux", "la chef de file du FN"), or null.
   */
  Seat seatOf(List<Word> ws, int head, int start, int end) {
    for (int i = head + 1; i < ws.size(); i++) {
      Entity e = people.at(ws.get(i).start());
      if (e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION) && e.end() <= end) {
        return new Seat(text.substring(e.start(), e.end()), e.type() == EntityType.LOCATION, start, end);
      }
    }
    return null;
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
  /**
   * Whether {@code name} may be described by the role of words {@code role}: {@link #fitsRole}, or
   * as a {@link #secondOffice} of {@code seat} ("le maire de Pau" for the president of the MoDem).
   */
  boolean fitsRoleOrOffice(String name, Character gender, List<String> role, Seat seat) {
    return fitsRole(name, gender, role) || secondOffice(name, gender, role, seat);
  }

  boolean fitsRole(String name, Character gender, List<String> role) {
    Character g = people.gender(name);
    if (gender != null && g != null && !gender.equals(g)) {
      return false;
    }
    String known = people.role(name);
    if (known == null) {
      // "le président turc": of those the article gives no role, only one it ties to that country
      String country = RoleWords.nationality(role);
      return country == null || country.equals(RoleWords.FRENCH) || tiedTo(name, country);
    }
    return RoleWords.compatible(role, RoleWords.of(people.spelledOut(known)));
  }

  /** Words read before a mention for the nationality the article gives the person ("le Turc X"). */
  private static final int NATIONALITY_WORDS = 3;

  /**
   * Whether the article puts a form of nationality {@code country} (as {@link Demonyms#base} gives
   * it) among the few words before a mention of {@code name}, in its sentence: "le Turc Recep
   * Tayyip Erdogan", "son homologue turc, Recep Tayyip Erdogan".
   */
  private boolean tiedTo(String name, String country) {
    for (Entity e : people.personsSince(0, text.length(), i -> false)) {
      if (!people.canonical(e).equals(name)) {
        continue;
      }
      int line = text.lastIndexOf('\n', e.start()) + 1;
      List<Word> before = Word.scan(text, Math.max(line, e.start() - 60), e.start());
      for (int i = before.size() - 1, seen = 0; i >= 0 && seen < NATIONALITY_WORDS; i--) {
        Word w = before.get(i);
        if (w.is(".", ";", ":", "!", "?")) {
          break;
        }
        if (!w.isWord()) {
          continue;
        }
        if (country.equals(Demonyms.base(w.lower()))) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }
}
