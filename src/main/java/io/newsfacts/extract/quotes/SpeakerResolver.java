package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a noun phrase of a reporting clause names: a person mentioned there, a role introduced
 * earlier ("le porte-parole" for the person given that role), a pronoun ("il", "elle": the
 * previous speaker or the last fitting person), an organisation, or an unnamed source kept as the
 * article words it ("une source diplomatique"). A role phrase's holder is {@link RolePhrases}'s to find.
 */
final class SpeakerResolver {
  /** Heads of noun phrases that can speak without a name: "une source", "l'entourage", "le tribunal". */
  private static final Set<String> SOURCE_NOUNS = Set.copyOf(Lexicon.lines("quotes/source-nouns.txt"));

  static boolean isSourceNoun(String lower) { // models/quotes/source-nouns.txt: "source", "entourage"
    return SOURCE_NOUNS.contains(lower);
  }

  /** {@link Speaker#how}: a role phrase resolved to a person the article introduced with that role. */
  static final String COREFERENCE = "coreference";
  /** {@link Speaker#how}: "il", "elle" resolved to a person. */
  static final String PRONOUN = "pronoun";

  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;

  private final MentionPositions positions;
  private final Antecedents antecedents;
  private final AnaphoricDescriptions anaphors;
  private final Media media;
  private final PhraseCompletions completions;
  private final Variations variations;
  private final RolePhrases roles;
  private final Bodies bodies;
  private final Organisations organisations;
  private final IntroducedSources introduced;
  private final KinDescriptions kin;
  private final NamedJustBefore justNamed;

  SpeakerResolver(QuotedText quoted, People people, RoleNouns roleNouns, VerbGroups verbs) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.positions = new MentionPositions(text, people, roleNouns);
    RoleHolders holders = new RoleHolders(text, people, positions);
    this.antecedents = new Antecedents(quoted, people, roleNouns, holders, positions);
    this.anaphors = new AnaphoricDescriptions(quoted, people, antecedents);
    this.media = new Media(quoted, people);
    Replies replies = new Replies(quoted, people, verbs);
    this.variations = new Variations(quoted, people, positions);
    this.bodies = new Bodies(quoted, people);
    this.organisations = new Organisations(quoted, people);
    this.completions = new PhraseCompletions(quoted, people, roleNouns, bodies, organisations);
    this.introduced = new IntroducedSources(quoted, people);
    this.kin = new KinDescriptions(quoted, people);
    RoleNeighbours neighbours = new RoleNeighbours(quoted, people, verbs, holders, roleNouns);
    this.justNamed = new NamedJustBefore(quoted, people, positions);
    this.roles = new RolePhrases(quoted, people, roleNouns, holders, variations, introduced, neighbours, replies,
        justNamed);
  }

  /** Who a role phrase names: see {@link RolePhrases}. */
  RolePhrases roles() {
    return roles;
  }

  /** Words read back from a complement for the role noun it completes ("chef de file du groupe"). */
  private static final int ROLE_COMPLEMENT_WORDS = 4;

  /**
   * Whether the words just before offset {@code start} (a "du" phrase) hold a role noun the phrase
   * completes, with nothing but lower-case words between: "spécialiste du PS", "chef de file du
   * groupe"; not "les mots du chef de l'Etat", "au sein du PS" (whose complement may speak).
   */
  private boolean completesRole(int start) {
    List<Word> before = quoted.words(Math.max(0, start - 60), start);
    for (int k = before.size() - 1; k >= 0 && before.size() - k <= ROLE_COMPLEMENT_WORDS; k--) {
      Word w = before.get(k);
      if (!w.isWord() || w.isCapitalised() || people.at(w.start()) != null) {
        return false;
      }
      if (roleNouns.startsAt(before, k) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words text[start, end) are a role phrase naming no one: a role noun heads them, no name among them. */
  private boolean isRolePhrase(int start, int end) {
    List<Word> ws = quoted.words(start, end);
    if (ws.isEmpty() || ws.stream().anyMatch(w -> people.at(w.start()) != null)) {
      return false;
    }
    for (int head = headIndex(ws); head >= 0 && head < ws.size(); head++) { // (past "autre": "un autre député")
      if (roleNouns.startsAt(ws, head) > 0) {
        return true;
      }
    }
    return false;
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
    if (completed == null && words && isRolePhrase(start, end)) {
      completed = completions.qualifiedBy(s.name(), end); // "tonne un autre député En Marche."
    }
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
    if (ws.size() > 1 && ws.get(0).is("du") && completesRole(start)) {
      return null; // "grand spécialiste [du PS] :": a role's complement, never the clause's subject
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
          ? roles.resolve(ws, head, start, end, at, RelationRoles.adjacent(text, previous, start) ? previous : null,
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
      Entity apposed = completions.apposedAfter(end); // "l'ancien ambassadeur d'Israël [en France, X]."
      return apposed != null ? person(apposed, null) : roles.resolve(ws, head, start, end, at, previous);
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
    Speaker near = justNamed.described(ws, head, start, at); // "«...», explique le diplomate"
    if (near != null) {
      return near;
    }
    Speaker unnamed = introduced.source(ws, head, start, end, previous);
    if (unnamed != null) {
      return unnamed;
    }
    Speaker taken = firstOther == null ? variations.demonstrative(ws, head, start, genderOf(ws), previous, null) : null;
    if (taken != null) {
      return taken; // "«...», analyse X. «...», poursuit cet ami d'enfance"
    }
    String other = ElidedNouns.completed(ws, start, previous); // "résume un autre": "un autre élu LaREM"
    if (other != null) {
      return new Speaker(other, null, genderOf(ws), start);
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
  static List<String> contentWords(List<Word> ws, int head) {
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
   * The article's words for a speaker it does not name, as one speaker however the sentence
   * starts: "Le Premier ministre" and "le Premier ministre" are both "le Premier ministre".
   */
  String phrase(int start, int end) {
    return phrase(text, start, end);
  }

  /** {@link #phrase(int, int)} over {@code text}. */
  static String phrase(String text, int start, int end) {
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
  static int headIndex(List<Word> ws) {
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
