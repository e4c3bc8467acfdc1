package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.SpeakerResolver.COREFERENCE;
import static io.newsfacts.extract.quotes.SpeakerResolver.genderOf;

import io.newsfacts.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The person a definite singular description stands for when the sentence just before names them
 * and no one else it could be: "... a reçu Khaled Issa, représentant du territoire kurde. «...»,
 * explique le diplomate"; "François Hollande persiste. «...», demande l'ex locataire de
 * l'Élysée". The last sentence before the quote (or the phrase) that names anyone is read, in its
 * paragraph or the one before, never across a heading; of its people, those who complete a noun
 * ("celle de X", "la loi X") are left out, and the one left must be alone of a gender that agrees.
 */
final class NamedJustBefore {
  /** Sentences read back at most for one that names someone. */
  private static final int SENTENCES_BACK = 4;
  /** The longest line read as a heading when it ends with no stop. */
  private static final int HEADING_CHARS = 100;

  private final QuotedText quoted;
  private final String text;
  private final People people;
  private final MentionPositions positions;

  NamedJustBefore(QuotedText quoted, People people, MentionPositions positions) {
    this.quoted = quoted;
    this.text = quoted.text();
    this.people = people;
    this.positions = positions;
  }

  /**
   * The one person the last sentence naming anyone before offset {@code at} names that may be the
   * description, of gender {@code gender} (null: any) and for whom {@code fits} holds; null when
   * that sentence names none or several who may be, or is too far back.
   */
  String person(int at, Character gender, Predicate<String> fits) {
    int paragraph = quoted.paragraphStart(at);
    int floor = paragraph > 0 ? quoted.paragraphStart(paragraph - 1) : 0;
    int to = quoted.sentenceStart(at);
    if (!people.personsSince(to, at, quoted::inQuote).isEmpty()) {
      return null; // the quote's own sentence names people: "Pour cela, X doit «...», estime le sondeur" speaks of X
    }
    for (int back = 0; back < SENTENCES_BACK && to > floor; back++) {
      int from = quoted.previousSentenceStart(to);
      if (from >= to) {
        return null;
      }
      if (isHeading(from, to)) {
        return null; // a heading stands between: the text before it is about something else
      }
      List<Entity> named = people.personsSince(from, to, quoted::inQuote);
      if (!named.isEmpty()) {
        return only(named, gender, fits);
      }
      to = from;
    }
    return null;
  }

  /** The one person of {@code named} who completes no noun, of an agreeing gender, that {@code fits}; or null. */
  private String only(List<Entity> named, Character gender, Predicate<String> fits) {
    List<String> found = new ArrayList<>();
    for (Entity e : named) {
      String name = people.canonical(e);
      Character g = people.gender(name);
      if (positions.isComplement(e) || gender != null && g != null && !gender.equals(g) || found.contains(name)) {
        continue;
      }
      found.add(name);
    }
    return found.size() == 1 && fits.test(found.get(0)) ? found.get(0) : null;
  }

  /** The appositions of the article's people, read on first use. */
  private Descriptions descriptions;

  private Descriptions descriptions() {
    if (descriptions == null) {
      descriptions = new Descriptions(text, people, people.personsSince(0, text.length(), i -> false));
    }
    return descriptions;
  }

  /** Words of an office that tell no office apart. */
  private static final Set<String> GLUE = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "ancien", "ancienne", "ex");

  /** The content words of the office a seat periphrasis from {@code head} on names ("locataire de l'Élysée"), or null. */
  private static List<String> seatOffice(List<Word> ws, int head) {
    List<String> office = SeatPeriphrases.office(ws, head); // (its articles already out)
    if (office != null) {
      office.removeAll(GLUE);
    }
    return office;
  }

  private static List<String> officeWords(String role) {
    List<String> words = new ArrayList<>(RoleWords.of(role.replace('\'', ' ')));
    words.removeAll(GLUE);
    return words;
  }

  /** Whether the known role {@code role}, former or present, is the office of words {@code office}. */
  private static boolean holds(String role, List<String> office) {
    return officeWords(role).containsAll(office);
  }

  /** Whether text[from, to) is a short line that ends with no stop: a heading, no sentence. */
  private boolean isHeading(int from, int to) {
    String line = text.substring(from, Math.min(to, text.length())).strip();
    return !line.isEmpty() && line.length() <= HEADING_CHARS && line.indexOf('\n') < 0
        && ".!?:…»\"".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /**
   * The person a definite singular description headed by a noun that names a person by its form
   * and is no role ("le diplomate", "l'ex locataire de l'Élysée", "la résidente de Tournon":
   * {@link HumanNouns}) stands for, by {@link #person}; null when the phrase is none such or the
   * sentence before ties no one to it. Words of people the article does not name ("le jeune
   * homme", "la voisine": {@link PersonNouns}) and of media and bodies are none; a noun of an unnamed
   * source ("un diplomate") is a description once definite. A seat periphrasis ("l'ex locataire de
   * l'Élysée") ties only one of no role or of its office ("ancien président de la République"); another
   * noun anyone the article gave no apposition of another trade ("X, boulanger" is not "le facteur";
   * "X, représentant du territoire kurde", an office, may be "le diplomate").
   */
  Speaker described(List<Word> ws, int head, int start, int at) {
    if (head < 0 || !ws.get(0).is("le", "la", "l'") || ws.get(head).isCapitalised()) {
      return null;
    }
    String noun = ws.get(head).lower();
    if (!HumanNouns.is(noun) || PersonNouns.is(noun) || people.at(ws.get(head).start()) != null
        || Media.isMediumNoun(ws, head) || Bodies.isBodyNoun(ws, head) || Organisations.isOrganisationNoun(ws, head)) {
      return null;
    }
    Character gender = genderOf(ws) != null ? genderOf(ws) : HumanNouns.gender(noun);
    List<String> office = seatOffice(ws, head);
    // a seat stands for one of no role or of its office ("le maire X" is not "le locataire de
    // Matignon"); another noun for one the article gave no other trade ("X, boulanger" is not "le
    // facteur")
    Predicate<String> fits = office != null ? name -> people.role(name) == null || holds(people.role(name), office)
        : name -> !descriptions().describedOtherwise(name, noun);
    String who = person(Math.min(at, start), gender, fits);
    return who == null ? null : new Speaker(who, people.role(who), people.gender(who), start, COREFERENCE);
  }
}
