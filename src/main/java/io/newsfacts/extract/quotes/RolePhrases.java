package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.SpeakerResolver.COREFERENCE;
import static io.newsfacts.extract.quotes.SpeakerResolver.contentWords;
import static io.newsfacts.extract.quotes.SpeakerResolver.genderOf;
import static io.newsfacts.extract.quotes.SpeakerResolver.headIndex;
import static io.newsfacts.extract.quotes.SpeakerResolver.phrase;

import io.newsfacts.model.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a role phrase names ("le porte-parole", "le ministre de l'Intérieur", "un député UMP"): the
 * person the article ties to that role (a role given, the paragraph, the previous speaker), else
 * the article's words. Its one job is that tie, for {@link SpeakerResolver} and for the rules that
 * look for another holder of a role. Split from {@link SpeakerResolver}.
 */
final class RolePhrases {
  /** Determiners of someone the article does not name: "un député UMP", "plusieurs élus". */
  private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "plusieurs", "certains", "certaines",
      "d'autres", "deux", "trois", "quelques");

  /** Adjectives before a role whose form shows the holder's gender when an elided article does not. */
  private static final Map<String, Character> ADJECTIVE_GENDERS = Map.of("ancienne", 'f', "ancien", 'm',
      "nouvelle", 'f', "nouveau", 'm', "première", 'f', "premier", 'm', "actuelle", 'f', "actuel", 'm');

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;
  private final RoleHolders holders;
  private final Variations variations;
  private final IntroducedSources introduced;
  private final RoleNeighbours neighbours;
  private final Replies replies;
  private final NamedJustBefore justNamed;

  RolePhrases(QuotedText quoted, People people, RoleNouns roleNouns, RoleHolders holders, Variations variations,
      IntroducedSources introduced, RoleNeighbours neighbours, Replies replies, NamedJustBefore justNamed) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.holders = holders;
    this.variations = variations;
    this.introduced = introduced;
    this.neighbours = neighbours;
    this.replies = replies;
    this.justNamed = justNamed;
  }

  /**
   * The person a definite role phrase text[start, end) stands for ("l'ancien eurodéputé
   * écologiste et actuel soutien", read without the name completing it), or null when it is no role
   * phrase or stands for no one the article names.
   */
  Speaker roleHolder(int start, int end, int at, Speaker previous) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    if (head < 0 || roleNouns.startsAt(ws, head) == 0) {
      return null;
    }
    Speaker s = resolve(ws, head, start, end, at, previous);
    return s != null && COREFERENCE.equals(s.how()) ? s : null;
  }

  /**
   * The holder of the definite role phrase text[start, end) other than the people in {@code
   * excluded} ("l'eurodéputé" when the one first found is the one the quote speaks of), else the
   * phrase itself when no one else may hold it; null when the phrase is no definite role.
   */
  Speaker otherHolder(int start, int end, int at, Set<String> excluded) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    if (head < 0 || !FrenchWords.DEFINITE.contains(ws.get(0).lower()) || roleNouns.startsAt(ws, head) == 0) {
      return null;
    }
    Speaker s = resolve(ws, head, start, end, at, null, excluded);
    return s == null || excluded.contains(s.name()) ? null : s;
  }

  /** {@link #resolve(List, int, int, int, int, Speaker, Set)} with no one excluded. */
  Speaker resolve(List<Word> ws, int head, int start, int end, int at, Speaker previous) {
    return resolve(ws, head, start, end, at, previous, Set.of());
  }

  /**
   * A role phrase ("le porte-parole", "le ministre de l'Intérieur") resolved to a person, never one
   * of {@code excluded} (the person a relation role names: "le porte-parole de X"); with such a
   * person, only on a tie the article makes (a role given, the paragraph, the previous speaker if given).
   */
  Speaker resolve(List<Word> ws, int head, int start, int end, int at, Speaker previous, Set<String> excluded) {
    List<String> content = contentWords(ws, head);
    String roleText = text.substring(ws.get(head).start(), end).strip();
    String untagged = excluded.isEmpty() ? UntaggedNames.trailing(text, ws, head, people) : null;
    if (untagged != null) {
      return new Speaker(untagged, null, genderOf(ws), start); // "le premier secrétaire du PS Harlem Désir"
    }
    if (INDEFINITE.contains(ws.get(0).lower())) {
      // "un député UMP", "des proches du ministre": someone the article does not name, whoever
      // else holds the role, unless the next sentence names them
      Speaker named = introduced.source(ws, head, start, end, null);
      return named != null ? named : new Speaker(phrase(text, start, end), null, genderOf(ws), start);
    }
    if (ws.get(0).is("ce", "cet", "cette")) {
      Speaker same = introduced.source(ws, head, start, end, previous);
      if (same != null) {
        return same;
      }
    }
    // "l'ancien banquier": an elided article leaves the gender to the role's own words
    Character gender = genderOf(ws) != null ? genderOf(ws) : roleNouns.gender(roleText, null);
    for (int i = 0; i < head && gender == null; i++) {
      gender = ADJECTIVE_GENDERS.get(ws.get(i).lower()); // "l'ancienne garde des Sceaux"
    }
    int first = 0;
    while (first < head && FrenchWords.DETERMINERS.contains(ws.get(first).lower())) {
      first++;
    }
    List<String> words = RoleWords.of(people.spelledOut(text.substring(ws.get(first).start(), end))); // "Premier ministre"
    RoleHolders.Seat seat = holders.seatOf(ws, head, start, end);
    Speaker again = FrenchWords.DEFINITE.contains(ws.get(0).lower()) && excluded.isEmpty() && previous != null
        && holders.fitsRoleOrOffice(previous.name(), gender, words, seat) ? variations.justSpoke(previous, start, gender)
        : null;
    if (again != null) {
      return again; // "«...», a affirmé X. «...», a ajouté le candidat": X named anew
    }
    String who = people.withRole(content, at);
    if (who == null) {
      who = people.withRoleWithin(content, at, false);
    }
    if (who != null && !excluded.contains(who) && holders.fitsRole(who, gender, words)) {
      return new Speaker(who, people.role(who), people.gender(who), start, COREFERENCE);
    }
    if (FrenchWords.DEFINITE.contains(ws.get(0).lower())) {
      // "le ministre de l'Intérieur", never introduced by name: a person of the paragraph before
      // the phrase who may hold it, when the evidence is strong (RoleHolders#paragraphHolder); "le
      // président de la région s'inquiète de voir Y «" is not Y's
      Set<String> spokenTo = RelationRoles.union(RelationRoles.union(neighbours.addressees(start, end, previous), excluded),
          replies.answered(start, end, Math.min(at, start)));
      String holder = holders.paragraphHolder(people.personsSince(quoted.paragraphStart(Math.min(at, start)),
          Math.min(at, start), quoted::inQuote), gender, words, seat, spokenTo, quoted::sentenceStart);
      if (holder != null) {
        return new Speaker(holder, roleText, people.gender(holder), start, COREFERENCE);
      }
      // "le numéro deux du Front national": the one person the article gives a role in that body,
      // a tie the subject of the sentence before yields to (answered further down)
      String member = excluded.isEmpty() ? holders.seatMember(seat, gender, words) : null;
      String subject = !excluded.isEmpty() || member != null ? null
          : neighbours.subjectBefore(start, gender, words, spokenTo);
      if (subject != null) {
        return new Speaker(subject, roleText, people.gender(subject), start, COREFERENCE); // "X a dit que ... «», a ajouté l'élu"
      }
      // "«...», a affirmé X. «...», a ajouté le candidat": the person who spoke just before, before
      // a holder of the role the article names only further on; not when another who may hold it
      // opened a sentence since ("«...», a dit X. Y et Z le rappellent. «...», déclarait le président").
      // The office of a place may be a second one ("la porte-parole de LaREM X ... a assuré la
      // députée des Yvelines"), and a place the article never shows X with is X's when everyone
      // named since is only spoken of ("X juge les reproches adressés par Y. «...», critique le
      // député des Bouches-du-Rhône")
      if (previous != null && at - previous.at() <= Speaker.CARRY && people.mentions(previous.name()) > 0
          && !spokenTo.contains(previous.name())
          && (holders.fitsRoleOrOffice(previous.name(), gender, words, seat)
              || holders.otherOffice(previous.name(), words, seat))
          && previous.fits(gender) && (holders.mayHoldSeat(previous.name(), seat) || variations.aloneSince(previous, start)
              || holders.onlySpokenOf(people.personsSince(previous.at() + 1, start, quoted::inQuote), previous.name()))
          && !holders.othersFit(people.personsSince(previous.at() + 1, Math.min(at, start),
              i -> quoted.inQuote(i) || excluded.contains(name(i))),
              previous.name(), gender, words, quoted::sentenceStart)) {
        return new Speaker(previous.name(), roleText, previous.gender(), start, COREFERENCE);
      }
      // "a estimé le chercheur" before "le chercheur Paul Martin" further on: the article names
      // the holder of a definite role later
      String later = people.withRoleAfter(content, at);
      // "le Président Macron" further on, a title before a name, for "le président de la République"; not
      // for an office of a named place ("la députée des Yvelines" is not "la députée X" named later)
      later = later != null || seat != null ? later : people.withRoleWithin(content, at, true);
      if (later != null && !excluded.contains(later) && holders.fitsRole(later, gender, words)) {
        return new Speaker(later, people.role(later), people.gender(later), start, COREFERENCE);
      }
      if (!excluded.isEmpty()) {
        // (far from its holder, "la porte-parole de X": only the person the article is about)
        String main = holders.mainPerson(people.personsSince(0, Math.min(at, start),
            i -> quoted.inQuote(i) || spokenTo.contains(name(i))), gender, words, seat);
        return main != null ? new Speaker(main, roleText, people.gender(main), start, COREFERENCE)
            : new Speaker(phrase(text, start, end), null, gender, start);
      }
      // the body's member found above: a tie to the phrase the people of the text before may not have
      if (member != null) {
        return new Speaker(member, people.role(member), people.gender(member), start, COREFERENCE);
      }
      // "X a dit ceci.\n«...», estime le président": a paragraph that names no one before the
      // phrase, the one the paragraph before ties to it, on the same evidence, a subject
      String back = holders.paragraphHolder(neighbours.peopleBefore(Math.min(at, start)), gender, words, seat, spokenTo,
          quoted::sentenceStart, true);
      if (back != null) {
        return new Speaker(back, roleText, people.gender(back), start, COREFERENCE);
      }
      // "Invité de France Inter, Alexis Corbière a dénoncé ... \n « ... », a estimé le député de LFI":
      // the person the article is about, among those of the text just before
      String before = holders.mostMentioned(people.personsSince(Math.max(0, at - Speaker.CARRY), Math.min(at, start),
          i -> quoted.inQuote(i) || spokenTo.contains(name(i))), gender, words, seat);
      if (before == null) {
        // "l'ancien banquier" far from any name: the one person the article is about, if it has one
        // (named at least MAIN_MENTIONS times before, twice as often as anyone else who fits)
        before = holders.mainPerson(people.personsSince(0, Math.min(at, start),
            i -> quoted.inQuote(i) || spokenTo.contains(name(i))), gender, words, seat);
      }
      if (before != null && holders.mayHoldSeat(before, seat)) {
        return new Speaker(before, roleText, people.gender(before), start, COREFERENCE);
      }
      // "Guillaume Chiche, élu des Deux-Sèvres, a dévoilé ses pistes. «...», ajoutait le parlementaire",
      // "le président du MoDem François Bayrou ... «...», a déclaré le maire de Pau": the one person the
      // sentence just before names, whom the place of an office need not be shown with; one of another
      // office only for the office of a place (people hold several: a party's and a town's)
      Character agreed = gender;
      String near = ws.get(0).is("le", "la", "l'")
          ? justNamed.person(Math.min(at, start), gender, name -> !spokenTo.contains(name)
              && (holders.fitsRole(name, agreed, words) || holders.otherOffice(name, words, seat)))
          : null;
      if (near != null) {
        return new Speaker(near, roleText, people.gender(near), start, COREFERENCE);
      }
      // "«...», a-t-elle poursuivi. «...», a ajouté l'ancienne candidate": the one who just spoke,
      // whom the article gave another role
      Speaker renamed = variations.renamed(previous, Math.min(at, start), gender, words, spokenTo);
      if (renamed != null) {
        return new Speaker(renamed.name(), roleText, renamed.gender(), start, COREFERENCE);
      }
    }
    return new Speaker(phrase(text, start, end), null, gender, start);
  }

  /**
   * The person a definite role phrase text[start, end) stands for who is not {@code excluded} (the
   * subject of the clause after a "Pour le président de X," frame), on the ties of {@link #resolve};
   * null when it is no role phrase or stands for no one else.
   */
  Speaker roleHolderBut(int start, int end, int at, Speaker previous, String excluded) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    if (head < 0 || roleNouns.startsAt(ws, head) == 0) {
      return null;
    }
    Speaker s = resolve(ws, head, start, end, at, previous, Set.of(excluded));
    return s != null && COREFERENCE.equals(s.how()) ? s : null;
  }

  /** The canonical name of the person mention at offset {@code at}, or null. */
  private String name(int at) {
    Entity e = people.at(at);
    return e == null ? null : people.canonical(e);
  }
}
