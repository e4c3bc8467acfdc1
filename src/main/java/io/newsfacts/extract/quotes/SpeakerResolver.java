package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a noun phrase of a reporting clause names: a person mentioned there, a role introduced
 * earlier ("le porte-parole" for the person given that role), a pronoun ("il", "elle": the
 * previous speaker or the last fitting person), an organisation, or an unnamed source kept as the
 * article words it ("une source diplomatique").
 */
final class SpeakerResolver {
  /** Heads of noun phrases that can speak without a name: "une source", "l'entourage", "le tribunal". */
  private static final Set<String> SOURCE_NOUNS = Set.copyOf(Lexicon.lines("quotes/source-nouns.txt"));

  static boolean isSourceNoun(String lower) { // models/quotes/source-nouns.txt: "source", "entourage"
    return SOURCE_NOUNS.contains(lower);
  }
  /** Determiners of someone the article does not name: "un député UMP", "plusieurs élus". */
  private static final Set<String> INDEFINITE = Set.of("un", "une", "des", "plusieurs", "certains", "certaines",
      "d'autres", "deux", "trois", "quelques");

  /** Adjectives before a role whose form shows the holder's gender when an elided article does not. */
  private static final Map<String, Character> ADJECTIVE_GENDERS = Map.of("ancienne", 'f', "ancien", 'm',
      "nouvelle", 'f', "nouveau", 'm', "première", 'f', "premier", 'm', "actuelle", 'f', "actuel", 'm');

  /** {@link Speaker#how}: a role phrase resolved to a person the article introduced with that role. */
  static final String COREFERENCE = "coreference";
  /** {@link Speaker#how}: "il", "elle" resolved to a person. */
  static final String PRONOUN = "pronoun";

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;

  private final MentionPositions positions;
  private final RoleHolders holders;
  private final Antecedents antecedents;
  private final AnaphoricDescriptions anaphors;
  private final Media media;
  private final PhraseCompletions completions;
  private final Replies replies;
  private final Variations variations;
  private final RoleNeighbours neighbours;
  private final Bodies bodies;
  private final Organisations organisations;
  private final IntroducedSources introduced;
  private final KinDescriptions kin;

  SpeakerResolver(QuotedText quoted, People people, RoleNouns roleNouns, VerbGroups verbs) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.positions = new MentionPositions(text, people, roleNouns);
    this.holders = new RoleHolders(text, people, positions);
    this.antecedents = new Antecedents(quoted, people, roleNouns, holders, positions);
    this.anaphors = new AnaphoricDescriptions(quoted, people, antecedents);
    this.media = new Media(quoted, people);
    this.replies = new Replies(quoted, people, verbs);
    this.variations = new Variations(quoted, people, positions);
    this.bodies = new Bodies(quoted, people);
    this.organisations = new Organisations(quoted, people);
    this.completions = new PhraseCompletions(quoted, people, roleNouns, bodies, organisations);
    this.introduced = new IntroducedSources(quoted, people);
    this.kin = new KinDescriptions(quoted, people);
    this.neighbours = new RoleNeighbours(quoted, people, verbs, holders, roleNouns);
  }

  /** Whether a noun phrase's head is a name, a role ("le porte-parole") or a source ("une source"). */
  boolean namesSpeaker(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    while (head >= 0 && head < ws.size() - 1 && FrenchWords.TITLES.contains(ws.get(head).lower())) {
      head++;
    }
    if (head < 0) {
      return false;
    }
    Word h = ws.get(head);
    Entity e = people.at(h.start());
    if (e != null) {
      return e.type() != EntityType.MISC || NamedSources.isSource(e, ws, quoted); // "YouGov relève que «"
    }
    String noun = h.lower();
    String singular = noun.endsWith("s") || noun.endsWith("x") ? noun.substring(0, noun.length() - 1) : noun;
    return roleNouns.startsAt(ws, head) > 0 || roleNouns.contains(singular) || SOURCE_NOUNS.contains(noun)
        || anaphors.anaphor(ws) != null;
  }

  /**
   * Who the noun phrase text[start, end) names. {@code strict}: keep article words as the speaker
   * only when they look like a source ("une source", "l'entourage de X"), not any noun phrase.
   */
  Speaker resolve(int start, int end, int at, Speaker previous, boolean strict) {
    Speaker s = resolveWords(start, end, at, previous, strict);
    boolean words = s != null && s.how() == null && s.name().equals(phrase(start, end));
    String completed = words ? completions.ofOrganisation(quoted.words(start, end), s.name(), start) : null;
    return completed == null ? s : new Speaker(completed, s.role(), s.gender(), s.at()); // "un porte-parole de la banque"
  }

  private Speaker resolveWords(int start, int end, int at, Speaker previous, boolean strict) {
    List<Word> ws = quoted.words(start, end);
    if (ws.isEmpty()) {
      return null;
    }
    if (ws.size() == 1 && ws.get(0).is("lui", "eux")) {
      return pronoun(ws.get(0).is("lui") ? "il" : "ils", start, previous);
    }
    if (ws.size() == 1 && FrenchWords.SUBJECT_PRONOUNS.contains(ws.get(0).lower())) {
      return ws.get(0).is("on") ? null : pronoun(ws.get(0).lower(), start, previous);
    }
    if (SurveyShares.is(quoted, ws, start)) {
      return null;
    }
    AnaphoricDescriptions.Anaphor anaphor = anaphors.anaphor(ws);
    if (anaphor != null) {
      // "a répondu l'intéressé", "poursuit ce dernier": the person they stand for, or no one;
      // "l'adolescent" the article never named stays the article's words
      Speaker s = anaphors.anaphor(anaphor, start, previous);
      if (s != null || !anaphor.kind().equals("person")) {
        return s;
      }
    }
    Entity firstPerson = null;
    Entity firstOther = null;
    int personIndex = -1;
    for (int i = 0; i < ws.size(); i++) {
      Entity e = people.at(ws.get(i).start());
      if (e == null) {
        continue;
      }
      if (e.type() == EntityType.PERSON && firstPerson == null) {
        firstPerson = e;
        personIndex = i;
      } else if (e.type() != EntityType.PERSON && firstOther == null
          && (e.type() != EntityType.MISC || NamedSources.isSource(e, ws, quoted))) {
        firstOther = e;
      }
    }
    int head = headIndex(ws);
    String phrase = phrase(start, end);
    if (firstPerson != null) {
      int before = personIndex - 1;
      while (before >= 0 && FrenchWords.TITLES.contains(ws.get(before).lower())) {
        before--;
      }
      boolean complement = before >= 0 && ws.get(before).is("de", "du", "des", "d'");
      if (!complement) {
        String role = before >= head && head >= 0 ? roleOf(ws.get(head).start(), ws.get(before).end()) : null;
        return person(firstPerson, role);
      }
      // "la garde rapprochée de Pierre Moscovici": the person is not the speaker; "l'ancienne
      // porte-parole de X": the one the article ties to that role, never X (RelationRoles); the one
      // who spoke before only from the same or the paragraph just before
      String of = people.canonical(firstPerson);
      Speaker taken = firstOther == null && head < personIndex
          ? variations.demonstrative(ws, head, start, genderOf(ws), previous, of) : null;
      taken = taken == null && head < personIndex ? kin.titlePerson(ws, head, start, of) : taken; // "la nièce de X"
      if (taken != null) {
        return taken; // "poursuit ce haut fonctionnaire proche d'Alain Juppé": the one who spoke, never Juppé
      }
      Speaker holder = RelationRoles.holder(ws, head, personIndex, roleNouns)
          ? role(ws, head, start, end, at, RelationRoles.adjacent(text, previous, start) ? previous : null,
              Set.of(of)) : null;
      return holder != null && COREFERENCE.equals(holder.how()) ? holder : new Speaker(phrase, null, genderOf(ws), start);
    }
    if (head >= 0 && isGroupOfRoles(ws, head)) {
      return new Speaker(phrase, null, null, start); // "les quatre ministres": several people, never one of them
    }
    Speaker varied = variations.described(ws, head, start, genderOf(ws), previous); // "ajoute le sondeur"
    if (varied != null) {
      return varied;
    }
    if (head >= 0 && roleNouns.startsAt(ws, head) > 0) {
      return role(ws, head, start, end, at, previous);
    }
    Speaker seat = head >= 0 ? SeatPeriphrases.holder(people, ws, head, start, at) : null;
    if (seat != null) {
      return seat;
    }
    if (firstOther != null && (head < 0 || people.at(ws.get(head).start()) == firstOther)) {
      if (firstOther.start() == ws.get(0).start() && media.spokenTo(firstOther.start())) {
        return null; // "a déclaré au quotidien The Star que": the medium heard the words
      }
      return new Speaker(people.canonical(firstOther), null, null, start);
    }
    if (head >= 0 && firstOther == null && Media.isMediumNoun(ws, head)) {
      // "précise le site", "explique le quotidien": the medium the article named before
      String medium = media.namedBefore(start);
      if (medium != null) {
        return new Speaker(medium, null, null, start, COREFERENCE);
      }
    }
    String body = head >= 0 && firstOther == null && Bodies.isBodyNoun(ws, head) ? bodies.namedBefore(ws.get(head).lower(), start)
        : null;
    if (body == null && head >= 0 && firstOther == null && Organisations.isOrganisationNoun(ws, head)) {
      body = organisations.namedBefore(ws.get(head).lower(), start); // "le CNCT ... poursuit l'association"
    }
    if (body != null) {
      return new Speaker(body, null, null, start, COREFERENCE); // "a souligné l'agence": the agency named before
    }
    if (head >= 0 && FrenchWords.DEFINITE.contains(ws.get(0).lower()) && !ws.get(head).isCapitalised()
        && firstOther == null && !SOURCE_NOUNS.contains(ws.get(head).lower())) {
      // (a source noun, "le quotidien", "le tribunal", names a body, not a person described so)
      // "a estimé l'historien", "l'international espagnol": the person the article describes so
      String who = people.described(ws.get(head).lower(), contentWords(ws, head), at);
      if (who != null) {
        return new Speaker(who, people.role(who), people.gender(who), start, COREFERENCE);
      }
    }
    Speaker unnamed = introduced.source(ws, head, start, end, previous);
    if (unnamed != null) {
      return unnamed;
    }
    Speaker taken = firstOther == null ? variations.demonstrative(ws, head, start, genderOf(ws), previous, null) : null;
    if (taken != null) {
      return taken; // "«...», analyse X. «...», poursuit cet ami d'enfance"
    }
    if (PhraseCompletions.isElliptic(ws)) {
      String noun = completions.pluralBefore(start);
      return new Speaker(noun == null ? phrase : phrase + " " + noun, null, genderOf(ws), start);
    }
    if (head >= 1 && FrenchWords.TIME_NOUNS.contains(ws.get(head).lower()) && isCount(ws.get(head - 1))) {
      return null; // "une circulaire datée du 18 mai 2007 stipule": a date says nothing
    }
    boolean sourceLike = head >= 0 && SOURCE_NOUNS.contains(ws.get(head).lower());
    if (sourceLike && head == 1 && ws.get(0).is("ce", "cet", "cette", "ces")) {
      String first = EarlierSources.earlier(quoted, ws.get(head).lower(), start);
      if (first != null) {
        return new Speaker(first, null, genderOf(ws), start, COREFERENCE); // "a ajouté cette source"
      }
    }
    if (head >= 0 && FrenchWords.DETERMINERS.contains(ws.get(0).lower())
        && (sourceLike || firstOther != null || !strict && ws.size() >= 2)) {
      String owned = sourceLike && head == ws.size() - 1 && FrenchWords.DEFINITE.contains(ws.get(0).lower())
          ? completions.ofRelative(phrase, start) : null; // "le Premier ministre dont l'entourage"
      return new Speaker(owned != null ? owned : phrase, null, genderOf(ws), start);
    }
    return null;
  }

  /** The lower-case words of {@code ws} from {@code head} on, less prepositions and articles. */
  private static List<String> contentWords(List<Word> ws, int head) {
    List<String> content = new ArrayList<>();
    for (int i = head; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.isWord() && !w.is("de", "du", "des", "d'", "l'", "la", "le", "les", "à", "au", "aux")) {
        content.add(w.lower());
      }
    }
    return content;
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
    Speaker s = role(ws, head, start, end, at, previous);
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
    Speaker s = role(ws, head, start, end, at, null, excluded);
    return s == null || excluded.contains(s.name()) ? null : s;
  }

  private Speaker role(List<Word> ws, int head, int start, int end, int at, Speaker previous) {
    return role(ws, head, start, end, at, previous, Set.of());
  }

  /**
   * A role phrase ("le porte-parole", "le ministre de l'Intérieur") resolved to a person, never one
   * of {@code excluded} (the person a relation role names: "le porte-parole de X"); with such a
   * person, only on a tie the article makes (a role given, the paragraph, the previous speaker if given).
   */
  private Speaker role(List<Word> ws, int head, int start, int end, int at, Speaker previous, Set<String> excluded) {
    List<String> content = contentWords(ws, head);
    String roleText = text.substring(ws.get(head).start(), end).strip();
    if (INDEFINITE.contains(ws.get(0).lower())) {
      // "un député UMP", "des proches du ministre": someone the article does not name, whoever
      // else holds the role, unless the next sentence names them
      Speaker named = introduced.source(ws, head, start, end, null);
      return named != null ? named : new Speaker(phrase(start, end), null, genderOf(ws), start);
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
      // opened a sentence since ("«...», a dit X. Y et Z le rappellent. «...», déclarait le président")
      if (previous != null && at - previous.at() <= Speaker.CARRY && people.mentions(previous.name()) > 0
          && !spokenTo.contains(previous.name())
          && holders.fitsRoleOrOffice(previous.name(), gender, words, seat)
          && previous.fits(gender) && (holders.mayHoldSeat(previous.name(), seat) || variations.aloneSince(previous, start))
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
            : new Speaker(phrase(start, end), null, gender, start);
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
    }
    return new Speaker(phrase(start, end), null, gender, start);
  }

  /**
   * The person a definite role phrase text[start, end) stands for who is not {@code excluded} (the
   * subject of the clause after a "Pour le président de X," frame), on the ties of {@link #role};
   * null when it is no role phrase or stands for no one else.
   */
  Speaker roleHolderBut(int start, int end, int at, Speaker previous, String excluded) {
    List<Word> ws = quoted.words(start, end);
    int head = headIndex(ws);
    if (head < 0 || roleNouns.startsAt(ws, head) == 0) {
      return null;
    }
    Speaker s = role(ws, head, start, end, at, previous, Set.of(excluded));
    return s != null && COREFERENCE.equals(s.how()) ? s : null;
  }

  /** The canonical name of the person mention at offset {@code at}, or null. */
  private String name(int at) {
    Entity e = people.at(at);
    return e == null ? null : people.canonical(e);
  }

  /**
   * The article's words for a speaker it does not name, as one speaker however the sentence
   * starts: "Le Premier ministre" and "le Premier ministre" are both "le Premier ministre".
   */
  String phrase(int start, int end) {
    String phrase = text.substring(start, end).strip();
    int space = phrase.indexOf(' ');
    int apostrophe = Math.max(phrase.indexOf('\''), phrase.indexOf('’'));
    int cut = apostrophe > 0 && (space < 0 || apostrophe < space) ? apostrophe + 1 : space;
    String first = cut > 0 ? phrase.substring(0, cut).strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'') : "";
    if (FrenchWords.DETERMINERS.contains(first)) {
      return phrase.substring(0, cut).toLowerCase(Locale.ROOT) + phrase.substring(cut);
    }
    return phrase;
  }

  /** See {@link Antecedents#notAntecedent}. */
  boolean notAntecedent(int at) {
    return antecedents.notAntecedent(at);
  }

  /** "le gouvernement X": see {@link MentionPositions#isModifier}; "le discours de X ... Il a dit" may still mean X. */
  boolean isModifierMention(Entity e) {
    return positions.isModifierMention(e);
  }

  Speaker person(Entity e, String role) {
    String name = people.canonical(e);
    return new Speaker(name, role != null ? role : people.role(name), people.gender(name), e.start());
  }

  /** "il" / "elle": see {@link Antecedents#pronoun}. */
  Speaker pronoun(String pronoun, int at, Speaker previous) {
    return antecedents.pronoun(pronoun, at, previous);
  }

  /** The index of the head noun: the first word after determiners and role adjectives. */
  private int headIndex(List<Word> ws) {
    int i = 0;
    while (i < ws.size() && (FrenchWords.DETERMINERS.contains(ws.get(i).lower())
        || FrenchWords.ROLE_ADJECTIVES.contains(ws.get(i).lower()) || ws.get(i).is("de", "d'")
        || isCount(ws.get(i)) && i + 1 < ws.size() && !FrenchWords.DETERMINERS.contains(ws.get(i + 1).lower()))) {
      i++;
    }
    return i < ws.size() ? i : -1;
  }

  /** "les ministres", "ces députés", "quatre ministres": a plural role noun after a plural determiner or a count. */
  private boolean isGroupOfRoles(List<Word> ws, int head) {
    String noun = ws.get(head).lower();
    boolean plural = ws.get(0).is("les", "ces", "leurs")
        || head > 0 && isCount(ws.get(head - 1)) && !ws.get(head - 1).is("un", "une");
    return plural && (noun.endsWith("s") || noun.endsWith("x"))
        && roleNouns.contains(noun.substring(0, noun.length() - 1));
  }

  /** A count word or a number before a head noun ("les quatre ministres", "les 27"). */
  private static boolean isCount(Word w) {
    return FrenchWords.COUNT_WORDS.contains(w.lower()) || w.isDigits();
  }

  /** The role words of text[start, end) when they start with a role noun, else null. */
  String roleOf(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    int h = headIndex(ws);
    if (h < 0 || roleNouns.startsAt(ws, h) == 0) {
      return null;
    }
    int last = ws.size() - 1;
    while (last > h && !ws.get(last).isWord()) {
      last--;
    }
    return text.substring(ws.get(h).start(), ws.get(last).end());
  }

  static Character genderOf(List<Word> ws) {
    String d = ws.get(0).lower();
    if (d.equals("une") || d.equals("la") || d.equals("cette") || d.equals("sa")) {
      return 'f';
    }
    if (d.equals("un") || d.equals("le") || d.equals("ce") || d.equals("cet") || d.equals("son")) {
      return 'm';
    }
    return null;
  }
}
