package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people around a definite role phrase that a reporting clause names ("a estimé la chef de
 * file des écologistes"), read from the text near it: the people of the paragraphs before it when
 * its own names no one, whom its clause speaks to, and the subject of the sentence just before
 * it, whom French news names anew by a role ({@link #subjectBefore}).
 */
final class RoleNeighbours {
  /** How many paragraphs with no person a role phrase looks back over (a heading, a quote alone). */
  private static final int PARAGRAPHS_BACK = 2;
  /** Words between a dative clitic and the role phrase it goes with ("lui a alors rétorqué le ministre"). */
  private static final int CLITIC_REACH = 4;
  /** Words that may open a sentence before its subject ("Donc X", "Mais X", "Selon X"). */
  private static final Set<String> OPENERS = Set.of("et", "mais", "donc", "puis", "ainsi", "alors", "enfin",
      "selon", "d'après", "or", "aussi");
  /**
   * Forms of a past participle, which the tagger may call a verb: "Invité sur BFMTV, X", "la France
   * insoumise X" open no clause of their own.
   */
  private static final Pattern PARTICIPLE = Pattern.compile(".*(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|erte?s?)");

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final RoleHolders holders;
  private final RoleNouns roleNouns;

  RoleNeighbours(QuotedText quoted, People people, VerbGroups verbs, RoleHolders holders, RoleNouns roleNouns) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.verbs = verbs;
    this.holders = holders;
    this.roleNouns = roleNouns;
  }

  /**
   * When the paragraph of offset {@code at} names no one before it ("X a dit ceci.\n«...», estime le
   * président"), the person mentions outside quotes of the paragraph before it, over at most {@link
   * #PARAGRAPHS_BACK} paragraphs that name no one or end with no stop (a heading), last first; else
   * none.
   */
  List<Entity> peopleBefore(int at) {
    int from = quoted.paragraphStart(at);
    List<Entity> found = people.personsSince(from, at, quoted::inQuote);
    if (!found.isEmpty()) {
      return List.of(); // (the paragraph's own were weighed already)
    }
    for (int back = 0; found.isEmpty() && from > 0 && back < PARAGRAPHS_BACK; back++) {
      int end = from - 1;
      from = quoted.paragraphStart(end);
      if (isHeading(from, end)) {
        continue; // a heading, a tweet's signature: no sentence that ties anyone to the phrase
      }
      found = people.personsSince(from, at, quoted::inQuote);
    }
    return found;
  }

  /** Whether text[from, end) is a line that ends with no stop: a heading, a tweet's signature. */
  private boolean isHeading(int from, int end) {
    String line = text.substring(from, end).strip();
    return !line.isEmpty() && ".!?:»\"".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /**
   * Whether text[from, end) is a line that ends with no stop, quotation marks at its end aside: a
   * heading ("Jacques Toubon «a changé»") or a title.
   */
  private boolean isTitleLine(int from, int end) {
    String line = text.substring(from, end).strip().replaceAll("[\\s»\"”]+$", "");
    return !line.isEmpty() && ".!?:…".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /**
   * Who a role phrase's clause speaks to, so that the phrase does not stand for them: "X a répondu
   * : «...». Le ministre lui a fait observer", "«...», lui rétorque le ministre": with a dative "lui"
   * or "leur" right after the subject or a few words before an inverted one, the speaker who just
   * spoke (not whoever was named last: "X est visé par une plainte d'une collaboratrice. L'élu lui
   * aurait écrit" is X). Empty otherwise.
   */
  Set<String> addressees(int start, int end, Speaker previous) {
    Set<String> complements = complementsAfter(end);
    if (previous == null || start - previous.at() > Speaker.CARRY) {
      return complements;
    }
    List<Word> after = quoted.words(end, Math.min(text.length(), end + 30));
    int i = 0;
    while (i < after.size() && after.get(i).is("ne", "n'")) {
      i++;
    }
    boolean dative = i < after.size() && after.get(i).is("lui", "leur");
    List<Word> before = quoted.words(Math.max(0, start - 40), start);
    for (int k = before.size() - 1; k >= 0 && k >= before.size() - CLITIC_REACH && !dative; k--) {
      if (!before.get(k).isWord()) {
        break;
      }
      dative = before.get(k).is("lui", "leur");
    }
    return dative ? RelationRoles.union(complements, Set.of(previous.name())) : complements;
  }

  /** How far after a role phrase its clause's complements are read. */
  private static final int COMPLEMENT_REACH = 120;

  /**
   * The people the rest of a role phrase's sentence, after offset {@code end}, names as a
   * preposition's complement: "a dit la procureure à l'adresse de X et Y", "a lancé le ministre
   * face à X": spoken to or of, never the phrase's holder. Read up to the sentence's end, a line's
   * end or a quote.
   */
  private Set<String> complementsAfter(int end) {
    List<Word> ws = quoted.words(end, Math.min(text.length(), end + COMPLEMENT_REACH));
    Set<String> found = new HashSet<>();
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (w.is(".", "!", "?", ";", "«", "»", "\"") || quoted.inQuote(w.start())
          || text.substring(end, w.start()).indexOf('\n') >= 0) {
        break;
      }
      Entity e = people.at(w.start());
      if (e == null || e.start() != w.start() || k == 0) {
        continue;
      }
      Word before = ws.get(k - 1);
      boolean and = before.is("et") && k >= 2 && !found.isEmpty();
      if (e.type() == EntityType.PERSON && (FrenchWords.PREPOSITIONS.contains(before.lower()) || and)) {
        found.add(people.canonical(e)); // ("à l'adresse de X et Y": both)
      }
    }
    return found;
  }

  /**
   * The person who is the subject of the sentence just before the role phrase starting at {@code
   * start} (over a heading between), or of the phrase's own sentence before it: "Emmanuelle Cosse,
   * secrétaire nationale d'EELV, a demandé que ... \n«...», a estimé la chef de file des
   * écologistes", "Le leader de La France insoumise Jean-Luc Mélenchon a estimé que ... «...», a
   * commencé le député des Bouches-du-Rhône": French news names the one it just spoke of anew by
   * another of their roles. The caller asks this only when the article gives the phrase's role to
   * no one. Not someone the clause speaks to ({@code spokenTo}), nor a subject of another gender,
   * nor one whose known role rules the phrase's out ({@link #conflicts}), nor when someone named
   * after the subject was given a role of that head or stands in a later sentence. Null otherwise.
   */
  String subjectBefore(int start, Character gender, List<String> role, Set<String> spokenTo) {
    int from = quoted.previousSentenceStart(start);
    int sentence = quoted.sentenceStart(start);
    if (from < sentence && from > 0 && isTitleLine(from, sentence)) {
      from = quoted.previousSentenceStart(from); // "«...», a jugé X.\nUn intertitre\n«...», selon le député"
    }
    List<Entity> named = people.personsSince(from, start, quoted::inQuote);
    for (int i = 0; i < named.size(); i++) {
      Entity e = named.get(i);
      if (!isSubject(e)) {
        continue;
      }
      String name = people.canonical(e);
      for (Entity after : named.subList(0, i)) {
        String other = people.canonical(after);
        String known = people.role(other);
        if (!other.equals(name) && (quoted.sentenceStart(after.start()) != quoted.sentenceStart(e.start())
            || known != null && RoleWords.sameHead(role, RoleWords.of(people.spelledOut(known))))) {
          return null; // ("X a salué le maire Y. «...», a dit le maire"; "X a dit ceci. Interrogé sur Y, le ministre")
        }
      }
      Character g = people.gender(name);
      return spokenTo.contains(name) || conflicts(name, gender, role) || gender != null && g != null
          && !gender.equals(g) ? null : name;
    }
    return null;
  }

  /**
   * Whether the role the article gave {@code name} rules out the phrase's role {@code role}:
   * people hold several roles at once ("leader de La France insoumise" is also "le député des
   * Bouches-du-Rhône"), but not another seat of the same office ("maire de Lyon" for "le maire de
   * Pau"), not an office only its holders are called by ("le parlementaire", "le chef de l'Etat",
   * {@link RoleWords#namesOneOffice}), not an office of another state ("président américain" for "le
   * président turc"; for one given no role, a state the article does not tie them to).
   */
  private boolean conflicts(String name, Character gender, List<String> role) {
    String known = people.role(name);
    boolean fits = holders.fitsRole(name, gender, role);
    if (known == null || fits) {
      return !fits; // (no role: only a foreign office the article does not tie them to)
    }
    List<String> words = RoleWords.of(people.spelledOut(known));
    return RoleWords.sameHead(role, words) || RoleWords.namesOneOffice(role) || !RoleWords.sameCountry(role, words);
  }

  /**
   * Whether the person mention {@code e} is its sentence's subject: no conjugated verb ({@link
   * #PARTICIPLE}s are none) since the sentence starts and no preposition right before it, past a
   * fronted phrase and its comma ("Invité sur BFMTV, X assure") or a role before the name ("la
   * candidate du FN X"); not in a heading, not one of names joined by "et". Or the inverted subject
   * of the incise of a quote opening the sentence.
   */
  private boolean isSubject(Entity e) {
    int sentence = quoted.sentenceStart(e.start());
    int lineEnd = text.indexOf('\n', e.end());
    if (isTitleLine(quoted.paragraphStart(e.start()), lineEnd < 0 ? text.length() : lineEnd)) {
      return false; // a heading's name ("Ayrault va parler") is no sentence's subject
    }
    List<Word> ws = quoted.words(sentence, e.start());
    if (!ws.isEmpty() && verbs.isVerbAt(ws, ws.size() - 1) && quoted.inQuote(ws.get(0).start())) {
      // "«...», a affirmé X": the inverted subject of the quote's incise; not one who spoke to
      // someone ("«...?», lui a demandé X": the phrase after may be the one asked)
      for (int k = Math.max(0, ws.size() - CLITIC_REACH); k < ws.size(); k++) {
        if (ws.get(k).is("lui", "leur")) {
          return false;
        }
      }
      return true;
    }
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (w.isWord() && !OPENERS.contains(w.lower()) && (FrenchWords.FINITE_VERBS.contains(w.lower())
          || FrenchWords.CLAUSE_OPENERS.contains(w.lower())
          || verbs.isVerbAt(ws, k) && !PARTICIPLE.matcher(w.lower()).matches())) {
        return false;
      }
    }
    String last = ws.isEmpty() ? "" : ws.get(ws.size() - 1).lower();
    if (ws.size() > 1 && (last.equals("'") || last.equals("’"))) {
      last = ws.get(ws.size() - 2).lower() + "'"; // ("d’Emmanuel Macron")
    }
    if (FrenchWords.PREPOSITIONS.contains(last) || last.equals("(")) {
      return false; // "la visite de X", "(X)", "Y, président du MoDem et soutien d'X"
    }
    int k = ws.size();
    while (k > 0 && !ws.get(k - 1).is(",")) {
      k--; // the words since the last comma: "Invité sur BFMTV, X", "Pour redresser la barre, le coprésident X"
    }
    while (k < ws.size() && OPENERS.contains(ws.get(k).lower())) {
      k++;
    }
    if (k < ws.size() && !roleBeforeName(ws.subList(k, ws.size()))) {
      return false; // "la visite de X", "Les cas du français X", "Patrick Rotman et X"
    }
    List<Word> after = quoted.words(e.end(), Math.min(text.length(), e.end() + 20));
    return after.isEmpty() || !after.get(0).is("et");
  }

  /**
   * Whether words {@code ws} written right before a name are a role given to it ("Le leader de La
   * France insoumise X", "le coprésident du groupe X", "M. X"): a role noun or a title first,
   * after a determiner and adjectives.
   */
  private boolean roleBeforeName(List<Word> ws) {
    int i = 0;
    while (i < ws.size() && (FrenchWords.DETERMINERS.contains(ws.get(i).lower()) || roleNouns.adjectiveAt(ws, i))) {
      i++;
    }
    return i < ws.size() && (roleNouns.startsAt(ws, i) > 0 || FrenchWords.TITLES.contains(ws.get(i).lower()));
  }
}
