package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Elegant variation: French news names a person just quoted anew by a description ("«...», a
 * expliqué Eric Bonnet. «...», note encore le sondeur"; "«...», a dit X. «...», a éludé le maire
 * de Saint-Quentin"). The description is the one who just spoke when nothing between the two
 * names anyone else.
 */
final class Variations {
  /** models/quotes/trait-nouns.txt: "sondeur", "militante", "socialiste", "milieu". */
  static final Set<String> TRAITS = Set.copyOf(Lexicon.lines("quotes/trait-nouns.txt"));
  /** The traits of several words ("femme d'affaires", "homme politique"), each word without its plural s. */
  private static final List<String> TRAIT_GROUPS = TRAITS.stream().filter(t -> t.indexOf(' ') > 0)
      .map(Variations::singular).toList();
  /** Words of a description read for a trait of several words. */
  private static final int TRAIT_WORDS = 3;

  private final QuotedText quoted;
  private final People people;
  private final MentionPositions positions;

  Variations(QuotedText quoted, People people, MentionPositions positions) {
    this.quoted = quoted;
    this.people = people;
    this.positions = positions;
  }

  /**
   * Whether the description of words {@code ws} is headed by a trait ({@link #TRAITS}) at {@code
   * head}: the noun itself, the noun after "co" ("le coactionnaire"), or a trait of several words
   * ("la femme d'affaires", also as misspelt "d'affaire").
   */
  static boolean isTrait(List<Word> ws, int head) {
    String noun = ws.get(head).lower();
    if (TRAITS.contains(noun)) {
      return true;
    }
    String rest = noun.startsWith("co-") ? noun.substring(3) : noun.startsWith("co") ? noun.substring(2) : "";
    if (rest.length() > 3 && TRAITS.contains(rest)) {
      return true;
    }
    int end = head;
    while (end < ws.size() && end < head + TRAIT_WORDS && ws.get(end).isWord()) {
      end++;
    }
    String group = singular(Word.lowerPhrase(ws.subList(head, end)));
    return TRAIT_GROUPS.stream().anyMatch(t -> group.equals(t) || group.startsWith(t + " "));
  }

  /** Words without a final plural s ("d'affaires": "d'affaire"), lower case. */
  private static String singular(String words) {
    return words.toLowerCase(Locale.ROOT).replaceAll("s\\b", "");
  }

  /**
   * The person a definite description headed by a trait ({@link #isTrait}: "le sondeur", "la femme
   * d'affaires") in the incise of a quote stands for: the subject that opens the quote's sentence
   * and announces it with a colon ("X, lui, préfère temporiser : «...», a déclaré le coactionnaire
   * du Monde"), else the previous speaker ({@link #previousDescribed}), else, when that speaker is
   * no person or far, the one person introduced since the quote before ({@link #introduced}). Null
   * otherwise.
   */
  Speaker described(List<Word> ws, int head, int start, Character article, Speaker previous) {
    if (head < 0 || !ws.get(0).is("le", "la", "l'") || ws.get(head).isCapitalised() || !isTrait(ws, head)) {
      return null;
    }
    // "l'homme d'affaires": an elided article leaves the gender to the noun
    Character gender = article != null ? article : ws.get(head).is("homme") ? Character.valueOf('m')
        : ws.get(head).is("femme") ? Character.valueOf('f') : null;
    Speaker subject = sentenceSubject(start, gender);
    if (subject != null) {
      return subject;
    }
    boolean person = previous != null && start - previous.at() <= Speaker.CARRY && people.mentions(previous.name()) > 0;
    return person ? previousDescribed(ws, head, start, gender, previous) : introduced(start, gender);
  }

  /**
   * The one person who opens the sentence of offset {@code start} as its subject and announces
   * its quote with a colon ("Interrogé par X, Y, lui, préfère temporiser : «...», a déclaré le
   * coactionnaire du Monde": Y; not "Pour cela, X doit «...», estime le sondeur", where the
   * quote is the sondeur's words about X), of a gender that agrees; null if none or several.
   */
  private Speaker sentenceSubject(int start, Character gender) {
    int from = quoted.sentenceStart(start);
    int i = beforeOwnQuote(start, from);
    while (i > from && (Word.isSpace(quoted.text().charAt(i)) || "«\"“".indexOf(quoted.text().charAt(i)) >= 0)) {
      i--;
    }
    if (i <= from || quoted.text().charAt(i) != ':') {
      return null;
    }
    String found = null;
    Entity at = null;
    for (Entity e : people.personsSince(from, i, quoted::inQuote)) {
      if (!positions.opensSentence(e, from) || positions.isComplement(e)) {
        continue;
      }
      String name = people.canonical(e);
      if (found != null && !found.equals(name)) {
        return null;
      }
      found = name;
      at = e;
    }
    return found == null || !agrees(found, gender) ? null
        : new Speaker(found, people.role(found), people.gender(found), at.start(), SpeakerResolver.COREFERENCE);
  }

  /**
   * The one person named outside quotes between the quote before the description's own and the
   * description at {@code start} ("LeHuffPost a demandé des précisions à X, statisticien et
   * chercheur au CNRS.\n«...», précise le mathématicien"), when the article gives them no role or
   * one that holds a trait, of a gender that agrees; null if no one, or several, are named there.
   */
  private Speaker introduced(int start, Character gender) {
    int floor = Math.max(0, start - Speaker.CARRY);
    int i = beforeOwnQuote(start, floor);
    while (i > floor && !quoted.inQuote(i)) {
      i--; // back to the end of the quote before
    }
    String found = null;
    Entity at = null;
    for (Entity e : people.personsSince(i, start, quoted::inQuote)) {
      String name = people.canonical(e);
      if (found != null && !found.equals(name)) {
        return null;
      }
      if (!positions.isComplement(e)) {
        at = e;
      }
      found = name;
    }
    if (found == null || at == null || !agrees(found, gender)) {
      return null;
    }
    String role = people.role(found);
    if (role != null && RoleWords.of(role).stream().noneMatch(TRAITS::contains)) {
      return null; // "X, ministre de l'Intérieur" is no one a trait describes without the article saying so
    }
    return new Speaker(found, role, people.gender(found), at.start(), SpeakerResolver.COREFERENCE);
  }

  /**
   * The offset just before the quote a description at {@code start} follows (its incise's quote),
   * walking back no further than {@code floor}.
   */
  private int beforeOwnQuote(int start, int floor) {
    int i = start - 1;
    while (i > floor && !quoted.inQuote(i)) {
      i--; // back to the description's own quote
    }
    while (i > floor && quoted.inQuote(i)) {
      i--;
    }
    return i;
  }

  /** Whether the gender of the description, {@code gender}, is not the other one of {@code name}'s. */
  private boolean agrees(String name, Character gender) {
    Character known = people.gender(name);
    return gender == null || known == null || gender.equals(known);
  }

  /**
   * The person a demonstrative description ({@code ws}: "cet ami d'enfance", "ce haut fonctionnaire
   * proche d'Alain Juppé") stands for: always someone the article named already, the previous
   * speaker when a person of a gender that agrees, not far, and not {@code complement} (the person
   * the phrase's complement names). Null otherwise.
   */
  Speaker demonstrative(List<Word> ws, int head, int start, Character gender, Speaker previous, String complement) {
    if (head < 0 || !ws.get(0).is("ce", "cet", "cette") || ws.get(head).isCapitalised()
        || SpeakerResolver.isSourceNoun(ws.get(head).lower()) || FrenchWords.TIME_NOUNS.contains(ws.get(head).lower())
        || previous == null || start - previous.at() > Speaker.CARRY || people.mentions(previous.name()) == 0
        || !previous.fits(gender) || previous.name().equals(complement)) {
      return null;
    }
    return previous.via(SpeakerResolver.COREFERENCE);
  }

  /**
   * The previous speaker, when the definite description of words {@code ws} (head {@code head},
   * starting at {@code start}) names them by a trait ({@link #TRAITS}: "le sondeur", "la
   * militante", "le socialiste") of a gender that agrees, and nothing since their mention names
   * anyone else; whatever role the article gave them ("directeur d'études chez BVA" is also "le
   * sondeur"). Null otherwise.
   */
  Speaker previousDescribed(List<Word> ws, int head, int start, Character gender, Speaker previous) {
    if (head < 0 || previous == null || !ws.get(0).is("le", "la", "l'") || ws.get(head).isCapitalised()
        || !isTrait(ws, head) || start - previous.at() > Speaker.CARRY
        || people.mentions(previous.name()) == 0 || !previous.fits(gender) || !aloneSince(previous, start)) {
      return null;
    }
    Character known = people.gender(previous.name());
    return gender != null && known != null && !gender.equals(known) ? null
        : new Speaker(previous.name(), previous.role(), previous.gender(), start, SpeakerResolver.COREFERENCE);
  }

  /**
   * The previous speaker again for a definite role phrase in the incise of the next quote: "«...», a affirmé
   * X. «...», a ajouté le candidat à la présidentielle" is X, even when the article gives that role
   * to someone else too (the caller checks that X may hold it), when X was named by the reporting words of the sentence just before the
   * phrase's (at offset {@code start}), no one else since, of a gender that agrees. Null otherwise.
   */
  Speaker justSpoke(Speaker previous, int start, Character gender) {
    if (previous == null || previous.at() < quoted.previousSentenceStart(start)
        || previous.at() >= quoted.sentenceStart(start)
        || people.mentions(previous.name()) == 0 || !previous.fits(gender) || !aloneSince(previous, start)
        || previous.how() != null || !quoteBefore(start)) {
      return null;
    }
    Character known = people.gender(previous.name());
    return gender != null && known != null && !gender.equals(known) ? null
        : new Speaker(previous.name(), previous.role(), previous.gender(), start, SpeakerResolver.COREFERENCE);
  }

  /**
   * The previous speaker described anew by a definite role phrase of words {@code role} at offset
   * {@code start} that the role the article gave them does not name: people hold several offices
   * and the press names each its own way ("Stéphane Le Foll, porte-parole du gouvernement ... le
   * ministre a répondu"; "«...», a-t-elle poursuivi. «...», a ajouté l'ancienne candidate"). Only
   * when they spoke in the phrase's sentence or the one just before, no one else is named since,
   * the phrase's gender is known and agrees, their known role does not contradict the phrase (the
   * same head with another seat: "député PS" is no "député UMP"), and no one else the article
   * names holds a role of the phrase's head. Null otherwise: a last tie, after the article's others.
   */
  Speaker renamed(Speaker previous, int start, Character gender, List<String> role, Set<String> spokenTo) {
    if (previous == null || gender == null || previous.at() < sentenceBefore(start)
        || people.mentions(previous.name()) == 0 || spokenTo.contains(previous.name())
        || !previous.fits(gender) || !aloneSince(previous, start)) {
      return null;
    }
    Character known = people.gender(previous.name());
    String office = people.role(previous.name());
    if (known != null && !gender.equals(known) || office != null && contradicts(role, office)) {
      return null;
    }
    for (Entity e : people.personsSince(0, quoted.text().length(), i -> false)) {
      String other = people.canonical(e);
      String theirs = people.role(other);
      if (!other.equals(previous.name()) && theirs != null
          && RoleWords.sameHead(role, RoleWords.of(people.spelledOut(theirs)))) {
        return null; // "le ministre" when the article gives another person that office
      }
    }
    return new Speaker(previous.name(), previous.role(), previous.gender(), start, SpeakerResolver.COREFERENCE);
  }

  /**
   * The start of the sentence before the one of offset {@code at}, read over a heading between
   * them (a line ending with no stop: "Pas d'invasion").
   */
  private int sentenceBefore(int at) {
    int from = quoted.previousSentenceStart(at);
    String between = quoted.text().substring(from, quoted.sentenceStart(at)).strip();
    boolean heading = !between.isEmpty() && between.indexOf('\n') < 0 && (from == 0 || quoted.text().charAt(from - 1) == '\n')
        && ".!?:…".indexOf(between.charAt(between.length() - 1)) < 0;
    return heading ? quoted.previousSentenceStart(from) : from;
  }

  /**
   * Whether a known role has the phrase's head but not its tense or seat ("député UMP" for "le
   * député PS"), or another head when the phrase names an elected office ("sénateur" or
   * "préfet" for "le maire parisien", "le parlementaire").
   */
  private boolean contradicts(List<String> role, String office) {
    List<String> words = RoleWords.of(people.spelledOut(office));
    if (!role.isEmpty() && !words.isEmpty() && !RoleWords.sameHead(role, words)
        && RoleWords.elected(RoleWords.masculine(role.get(0)))) {
      return true; // an elected office the article would have named ("le sénateur X ... le maire parisien")
    }
    return RoleWords.sameHead(role, words) && !RoleWords.compatible(role, words);
  }

  /** Whether a quote stands in the sentence of offset {@code start}, before it: the phrase is its incise. */
  private boolean quoteBefore(int start) {
    for (int i = quoted.sentenceStart(start); i < start; i++) {
      if (quoted.inQuote(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text from the previous speaker's mention to offset {@code to} names no one else
   * outside quotes: "«...», a dit X. «...», a ajouté le maire de Y" with nothing between is X
   * described anew, even if the article never shows X with place Y.
   */
  boolean aloneSince(Speaker previous, int to) {
    return people.personsSince(previous.at() + 1, to, i -> quoted.inQuote(i) || isNamed(i, previous.name()))
        .isEmpty();
  }

  private boolean isNamed(int at, String name) {
    var e = people.at(at);
    return e != null && people.canonical(e).equals(name);
  }
}
