package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a subject pronoun of a reporting clause ("a-t-il déclaré", "elle précise") stands for: the
 * previous speaker when no other fitting person came up since, else the last person of its gender
 * who is not spoken of (a complement, a name in a relative clause or a list), else the holder of
 * the last role phrase of its gender. Also which mentions can be such an antecedent at all (read
 * by {@link AnaphoricDescriptions} too).
 */
final class Antecedents {
  private final String text;
  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;
  private final RoleHolders holders;
  private final MentionPositions positions;
  private final Bystanders bystanders;
  private final ClauseSubjectsBefore subjects;
  private final Background background;
  private final RelativeMentions relatives;
  private final SubordinatePronouns subordinates;

  Antecedents(QuotedText quoted, People people, RoleNouns roleNouns, RoleHolders holders,
      MentionPositions positions) {
    this.text = quoted.text();
    this.quoted = quoted;
    this.people = people;
    this.roleNouns = roleNouns;
    this.holders = holders;
    this.positions = positions;
    this.bystanders = new Bystanders(quoted, people);
    this.background = new Background(quoted, people);
    this.relatives = new RelativeMentions(quoted);
    this.subordinates = new SubordinatePronouns(quoted, people);
    this.subjects = new ClauseSubjectsBefore(quoted, people, roleNouns, this::notPronounAntecedent, background);
  }

  /**
   * Whether the mention at offset {@code at} is no candidate for a pronoun: in a quote, a name
   * qualifying a noun, a name that names a street, a law or a building after its noun ("une
   * avenue X", "la loi X": {@link #NAME_NOUNS}), or the complement of a preposition of {@link
   * #COMPANY_PREPOSITIONS} ("Mariage avec Arnaud Montebourg ? ... », a-t-il déclaré": the one who speaks is not the one
   * spoken of).
   */
  boolean notAntecedent(int at) {
    if (quoted.inQuote(at)) {
      return true;
    }
    Entity e = people.at(at);
    if (e == null) {
      return false;
    }
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    return positions.isModifier(before, i) || i >= 0 && before.get(i).is(COMPANY_PREPOSITIONS)
        || i >= 0 && NAME_NOUNS.contains(before.get(i).lower()) || bystanders.listed(e, before, i)
        || bystanders.inParticipleFrame(e) || bystanders.inGerund(e) || bystanders.glossesComplement(e);
  }

  /**
   * Whether the mention at {@code at} can be no antecedent of a subject pronoun: {@link
   * #notAntecedent}, or a name inside a section heading ({@link #inHeading}). (Only for pronouns:
   * a heading naming the one the section quotes still sets the paragraph's speaker.)
   */
  private boolean notPronounAntecedent(int at) {
    if (notAntecedent(at)) {
      return true;
    }
    Entity e = people.at(at);
    return e != null && inHeading(e);
  }

  /**
   * Whether mention {@code e} stands in a section heading of the body ("Pas de suspension pour
   * Moscovici / Le Premier ministre a écarté l'idée ... «...», a-t-il dit"): the editor's words
   * over the section, not a clause of the story, so no subject a pronoun below could take up. A
   * name opening the heading may be the person the section is about ("Marie Dupont, 45 ans /
   * Elle raconte : «"), and the article's first line, its title, is left to the other rules.
   */
  private boolean inHeading(Entity e) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, e.start() - 1));
    if (lineStart < 0 || text.substring(lineStart + 1, e.start()).isBlank()) {
      return false;
    }
    int lineEnd = text.indexOf('\n', e.end());
    return lineEnd >= 0 && ParagraphSpeakers.headingBetween(text, lineStart, lineEnd + 1);
  }

  /**
   * Nouns that make one name with the name after them (models/entities/name-nouns.txt: "rue",
   * "avenue", "loi", "stade"): the person "l'avenue Roger X" is named after is not there to
   * speak, whatever the noun's ending says ("avenue" ends like "élue").
   */
  private static final Set<String> NAME_NOUNS = Set.copyOf(Lexicon.lines("entities/name-nouns.txt").stream()
      .map(line -> line.split("\\s+")[0]).toList());

  /**
   * Prepositions whose complement is spoken of, not speaking: "avec X", "contre X", "devant X"
   * (an audience). Not "à" ("On
   * demande à X si ... », répond-il"), "pour", "selon", "par" (they introduce speakers), nor "de"
   * ("aux yeux de X, une culture qui, notait-il, «").
   */
  private static final String[] COMPANY_PREPOSITIONS = {"avec", "contre", "sans", "entre", "envers", "malgré",
      "vers", "devant", "parmi"};

  /**
   * "il" / "elle": the person a topic frame just set ("Quant à X, il"; {@link Speaker#UNNAMED} when
   * the frame names no one), else the previous speaker if no other fitting person came up since,
   * else the last one.
   */
  Speaker pronoun(String pronoun, int at, Speaker previous) {
    if (PersonGenders.ofPronoun(pronoun) == null) {
      return null;
    }
    Speaker s = antecedent(pronoun, at, previous);
    if (s != null && s != Speaker.UNNAMED && s.at() < at && people.mentions(s.name()) <= 1
        && ParagraphSpeakers.headingBetween(text, s.at(), at) && (previous == null || !previous.name().equals(s.name()))) {
      // "Le coup de foudre en seconde / ... «...», dit-elle": a person named once, in an earlier
      // section, who was not the last to speak is no antecedent past the section's heading (the
      // article's recurring figures are: "Déjà condamné / Selon lui, ..., avait-il soutenu")
      return null;
    }
    return s;
  }

  private Speaker antecedent(String pronoun, int at, Speaker previous) {
    Character gender = PersonGenders.ofPronoun(pronoun);
    at = invertedBefore(pronoun, at);
    Topic framed = topicFrame(at);
    if (framed != null) {
      // "Quant à l'ancien ministre X, il a indiqué «": the pronoun takes up the topic just set;
      // "Quant à l'avocat de X, il": the one the frame sets, whom no name gives (no weaker cue
      // may give the words to someone else)
      Entity e = framed.person();
      Character g = e == null ? null : gender(people.canonical(e));
      return e == null || g != null && !g.equals(gender) ? Speaker.UNNAMED : person(e).via(SpeakerResolver.PRONOUN);
    }
    Entity named = subordinates.named(at, gender);
    if (named != null) {
      return person(named).via(SpeakerResolver.PRONOUN); // "par X quand il rappelle que «": X
    }
    if (previous != null && Media.isMedium(previous.name())) {
      previous = null; // "..., rapporte Sud Ouest. Elle précise : «Je ...»": a person, not the medium
    }
    boolean recent = previous != null && fits(previous, gender) && at - previous.at() <= Speaker.CARRY;
    // the speaker the story follows, whom a sentence told as background does not take the
    // pronoun from, unless the pronoun's own verb is a pluperfect ("«...», avait-il écrit")
    String followed = recent && !background.pluperfectPronoun(at) ? previous.name() : null;
    Speaker clauseSubject = subjects.before(at, gender, recent ? previous.at() + 1 : Math.max(0, at - Speaker.CARRY),
        followed);
    if (clauseSubject != null && fits(clauseSubject, gender)) {
      return clauseSubject; // "X écarte cette possibilité. «...», affirme-t-il": the subject of the clause before speaks
    }
    Entity last = people.lastPerson(at, gender, k -> notPronounAntecedent(k) || !fits(people.at(k), gender));
    if (last != null && spokenOf(last)) {
      // "X a tenu un discours proche de celui de Y : «...», a-t-il dit": the subject, not the
      // complement, speaks; the last person who is no complement since the previous speaker,
      // else that speaker
      Entity subject = null;
      int from = recent ? previous.at() + 1 : Math.max(0, at - Speaker.CARRY);
      for (Entity e : people.personsSince(from, at, this::notPronounAntecedent)) {
        Character g = gender(people.canonical(e));
        if ((g == null || g.equals(gender)) && !spokenOf(e)) {
          subject = e;
          break;
        }
      }
      if (subject != null) {
        last = subject;
      } else if (recent) {
        return previous.via(SpeakerResolver.PRONOUN);
      }
    }
    Entity subject = last == null ? null : subjectBefore(last, gender);
    if (subject != null) {
      last = subject; // "X a soutenu Y. «Je vote pour lui», a-t-il dit": X speaks, Y is spoken of
    }
    int same = last == null || subject != null ? -1 : pronounBefore(last, pronoun);
    if (same < 0 && last != null && subject == null) {
      same = openingPronoun(last, pronoun);
    }
    if (same >= 0) {
      // "il reçoit Y. Il lui dit : «": Y is the object of a clause whose subject is the same
      // pronoun; the later "il" stands for what the earlier one stands for
      return antecedent(pronoun, same, previous);
    }
    if (previous != null && fits(previous, gender) && at - previous.at() <= Speaker.CARRY
        && (last == null || last.start() <= previous.at() || people.canonical(last).equals(previous.name())
            || relatives.inRelativeClause(last) || afterInSentence(last, previous)
            || followed != null && background.recalledBesides(last, followed))) {
      // "X, qui avait adressé un reproche à Y, affiche ses doutes. «...», explique-t-il": a name
      // inside a relative clause is spoken of; the speaker carried over is the one spoken to
      return previous.via(SpeakerResolver.PRONOUN);
    }
    if (last == null || !recent && relatives.inAppositiveRelative(last)) {
      // "l'opposant, qui compte défier Y en 2018, a passé la nuit en détention. «...», avait-il
      // écrit": a name inside a relative clause set between commas is spoken of; the role phrase
      // it completes may speak
      return roleBefore(at, gender);
    }
    return person(last).via(SpeakerResolver.PRONOUN);
  }

  /**
   * The offset of the inverted pronoun {@code pronoun} of a reporting incise earlier in the
   * sentence of offset {@code at}, outside quotes ("«...», a-t-il affirmé, souhaitant que le
   * premier geste d'X soit de «...»"), else {@code at}: the pronoun stands there, and the person
   * it stands for comes before it, never one named after it.
   */
  private int invertedBefore(String pronoun, int at) {
    List<Word> ws = quoted.words(quoted.sentenceStart(at), at);
    for (int i = ws.size() - 1; i >= 0; i--) {
      Word w = ws.get(i);
      if (w.lower().endsWith("-" + pronoun) && !quoted.inQuote(w.start())) {
        return w.start();
      }
    }
    return at;
  }

  /**
   * The gender the article gives a person, else the usual gender of a name that is a lone given
   * name ("Guillaume", "Morgane": first-person stories name friends by their given name only), or
   * null. A full name's given name already counts in {@link People#gender}.
   */
  private Character gender(String canonical) {
    Character g = people.gender(canonical);
    return g != null || canonical.contains(" ") ? g : people.firstNameGender(canonical.toLowerCase(Locale.ROOT));
  }

  /** Whether mention {@code e} (or no mention) may be a pronoun of {@code gender}. */
  private boolean fits(Entity e, Character gender) {
    Character g = e == null ? null : gender(people.canonical(e));
    return g == null || g.equals(gender);
  }

  /** Whether the previous speaker may be a pronoun of {@code gender}: "«...», dit-elle" is not Guillaume's. */
  private boolean fits(Speaker previous, Character gender) {
    Character g = gender(previous.name());
    return previous.fits(gender) && (g == null || g.equals(gender));
  }

  /** The person a topic frame sets ("Quant à X,"), null when it names no one as its noun. */
  private record Topic(Entity person) {}

  /** Words of the noun phrase a topic frame sets ("Quant à l'ancien ministre de l'Intérieur X,"). */
  private static final int TOPIC_WORDS = 10;

  /**
   * The person a topic frame opening the sentence of offset {@code at} sets before the subject
   * pronoun at or right before {@code at}: "Quant à X, il", "Quant à l'ancienne ministre X, elle";
   * a topic with no person when no person is the frame's noun ("Quant à l'avocat de X, il": X
   * is spoken of; "Quant au ministre, il"), and null when there is no such frame.
   */
  private Topic topicFrame(int at) {
    int from = quoted.sentenceStart(at);
    List<Word> ws = quoted.words(from, Math.max(at, quoted.sentenceEnd(at)));
    if (ws.size() < 4 || !ws.get(0).is("quant") || !ws.get(1).is("à", "au", "aux")) {
      return null;
    }
    int comma = -1;
    for (int k = 2; k < ws.size() && k <= 2 + TOPIC_WORDS; k++) {
      if (ws.get(k).is(",")) {
        comma = k;
        break;
      }
    }
    Word p = comma < 0 || comma + 1 >= ws.size() ? null : ws.get(comma + 1);
    if (p == null || !p.is("il", "elle") || at < p.start()
        || p.end() < at && quoted.words(p.end(), at).stream().anyMatch(w -> !w.isWord())) {
      return null; // the pronoun is no subject right after the frame
    }
    Entity person = null;
    for (Entity e : people.personsSince(ws.get(2).start(), ws.get(comma).start(), quoted::inQuote)) {
      person = e;
    }
    if (person == null) {
      // "Quant au ministre, il": someone no name gives; "Quant aux mesures prévues, il": a thing,
      // no frame for the pronoun
      boolean role = false;
      for (int k = 2; k < comma; k++) {
        role |= roleNouns.startsAt(ws, k) > 0;
      }
      return role ? new Topic(null) : null;
    }
    List<Word> lead = quoted.words(ws.get(2).start(), person.start());
    int i = lead.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(lead.get(i).lower())) {
      i--;
    }
    // "Quant à l'avocat de X": the frame's noun is someone else ("Quant au trésorier du FN X" is X)
    return new Topic(i >= 0 && lead.get(i).is("de", "d'", "du", "des") ? null : person);
  }

  /**
   * Whether {@code e} comes after the previous speaker's mention in its sentence, a clause
   * whose subject that speaker is: "«...», a ajouté le maire de Pau, sans citer Jean-Luc
   * Mélenchon. Il a dénoncé «...»" (Mélenchon is spoken of; "il" is still the mayor).
   */
  private boolean afterInSentence(Entity e, Speaker previous) {
    // a speaker its reporting verb gave, a person or a phrase ("le maire de Pau"), not a
    // carried or guessed one nor a platform ("a jugé sur son compte Twitter, «")
    return e.start() > previous.at() && quoted.sentenceStart(e.start()) <= previous.at()
        && (previous.how() == null || !GUESSED.contains(previous.how()))
        && (people.mentions(previous.name()) > 0 || Character.isLowerCase(previous.name().charAt(0)));
  }

  /** How a speaker is found when no words of the text name them: not evidence of a subject. */
  private static final Set<String> GUESSED = Set.of(SpeakerResolver.PRONOUN, Cue.FLOATING.evidence,
      Cue.INTRODUCED.evidence);

  /**
   * Words that open a subordinate clause put at the head of a sentence ("Alors que", "Quand",
   * "Si", "Tandis que"): a name inside it is not the sentence's subject.
   */
  private static final String[] SUBORDINATORS = {"que", "qu'", "quand", "lorsque", "lorsqu'", "si", "puisque",
      "puisqu'", "tandis", "comme"};

  /** Words before a sentence's subject at most ("Le candidat socialiste à la présidentielle X"). */
  private static final int SUBJECT_LEAD = 12;

  /**
   * The person opening the sentence of mention {@code e} as its subject, when {@code e} comes after
   * a verb of that sentence ("X a soutenu Y", "X critique Y"): no verb before the subject, words
   * other than a coordination between the two ("X et Y" are both subjects). Null otherwise.
   */
  private Entity subjectBefore(Entity e, Character gender) {
    int from = quoted.sentenceStart(e.start());
    List<Entity> before = people.personsSince(from, e.start(), this::notAntecedent);
    if (before.isEmpty()) {
      return null;
    }
    Entity first = before.get(before.size() - 1);
    Character g = gender(people.canonical(first));
    if (g != null && !g.equals(gender) || spokenOf(first) || people.canonical(first).equals(people.canonical(e))) {
      return null;
    }
    List<Word> lead = quoted.words(from, first.start());
    if (lead.size() > SUBJECT_LEAD || lead.stream().anyMatch(w -> !w.isWord() && !w.is(",", "-")
        || w.is(SUBORDINATORS) && lead.indexOf(w) <= 1 // "Alors qu'on veut remplacer Y, X écarte": Y is in the clause put first
        || FrenchWords.isFinite(w.lower())
        || FrenchWords.PREPOSITIONS.contains(w.lower()) && lead.indexOf(w) == lead.size() - 1)) {
      return null; // a verb, a quote or a preposition right before it: no subject opening the sentence
    }
    boolean verb = false;
    for (Word w : quoted.words(first.end(), e.start())) {
      if (w.is(".", "!", "?", ";", ":") || w.is("qui", "que", "qu'", "dont")) {
        return null; // another sentence or a relative clause: not the same clause's object
      }
      verb |= w.isWord() && !w.isCapitalised() && !w.is("et", "ou") && !FrenchWords.TITLES.contains(w.lower());
    }
    return verb ? first : null;
  }

  /**
   * The offset of the pronoun {@code pronoun} ("il") that is the subject of the clause holding
   * mention {@code e} after it ("il reçoit X", "il a salué le travail de X"): the last such word
   * of the sentence before the mention, outside quotes, with no comma, colon or relative pronoun
   * between; -1 if none.
   */
  private int pronounBefore(Entity e, String pronoun) {
    List<Word> ws = quoted.words(quoted.sentenceStart(e.start()), e.start());
    for (int i = ws.size() - 1; i >= 0; i--) {
      Word w = ws.get(i);
      if (w.is(",", ":", ";", "«»", "qui", "que", "qu'", "dont") || w.is("(", ")")) {
        return -1;
      }
      if (w.is(pronoun) && !quoted.inQuote(w.start())) {
        return w.start();
      }
    }
    return -1;
  }

  /** Forms of "avoir" after which a participle makes a compound past ("il a annoncé"). */
  private static final Set<String> AVOIR = Set.of("a", "avait", "aura", "aurait", "eut");
  /** Participles of impersonal verbs: "il a fallu" says nothing of a person. */
  private static final Set<String> IMPERSONAL = Set.of("fallu", "semblé", "suffi", "paru");
  /** Words after a mention read over before its verb: "X (UMP) a dit", "X, lui, a dit". */
  private static final int MENTION_TAIL = 6;

  /**
   * The offset of the subject pronoun {@code pronoun} that opens the sentence of mention {@code e}
   * in a compound past ("Il a aussi annoncé une mission confiée à la présidente et au rapporteur,
   * Y (PS) et Z (UMP), pour réfléchir à ..."), when {@code e} comes after it and is not itself the
   * subject of a verb: the names of the sentence are its complements, and a later "a-t-il jugé"
   * stands for what the opening "il" stands for. -1 otherwise.
   */
  private int openingPronoun(Entity e, String pronoun) {
    int from = quoted.sentenceStart(e.start());
    List<Word> ws = quoted.words(from, e.start());
    if (ws.size() < 3 || !ws.get(0).is(pronoun) || quoted.inQuote(ws.get(0).start())
        || !AVOIR.contains(ws.get(1).lower()) || IMPERSONAL.contains(ws.get(2).lower())) {
      return -1;
    }
    for (Word w : ws) {
      if (w.is(";", ":", "«»", "qui", "que", "qu'", "dont")) {
        return -1; // a relative or a complement clause may have the name as its subject
      }
    }
    List<Word> after = quoted.words(e.end(), quoted.sentenceEnd(e.end()));
    int k = 0;
    if (k < after.size() && after.get(k).is("(")) {
      while (k < after.size() && !after.get(k).is(")")) {
        k++;
      }
      k++;
    }
    for (int j = k; j < after.size() && j < k + MENTION_TAIL; j++) {
      String w = after.get(j).lower();
      if (FrenchWords.isFinite(w)) {
        return -1; // "..., Y (PS) a répondu": Y acts
      }
    }
    return ws.get(0).start();
  }

  /** Prepositions whose complement a sentence speaks of: "celui de X", "interrogé par X", "chez X". */
  private static final String[] OF_PREPOSITIONS = {"de", "d'", "du", "des", "par", "sur", "chez"};

  /**
   * Whether a person mention is spoken of rather than speaking: the complement of a noun or of a
   * participle ("le discours de X", "interrogé par X"), or a name inside the frame that opens a
   * sentence whose subject is a pronoun ("S'en prenant à X, il a mis en cause").
   */
  private boolean spokenOf(Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 40), e.start());
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    if (i >= 0 && before.get(i).is(OF_PREPOSITIONS)) {
      return !(before.get(i).is("par") && VerblessAgents.agent(quoted, e));
    }
    if (e.start() <= quoted.sentenceStart(e.start())) {
      return false; // "X, il a dit": the name opens the sentence
    }
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 20));
    return after.size() >= 2 && after.get(0).is(",") && after.get(1).is("il", "elle") && !quoted.inQuote(e.start());
  }

  /** How far back a pronoun with no person to stand for looks for a role phrase. */
  private static final int ROLE_PHRASE_REACH = 600;

  /**
   * "la chancelière recevait le président. «...», avait-elle déclaré": with no person of its
   * gender nearby, a pronoun stands for the last definite role phrase of that gender before it,
   * resolved to the person the article gives that role (before or after); null when no one holds
   * it: a wrong person is worse than none.
   */
  private Speaker roleBefore(int at, Character gender) {
    List<Word> ws = Word.scan(text, Math.max(0, at - ROLE_PHRASE_REACH), at);
    for (int i = ws.size() - 2; i >= 0; i--) {
      Word d = ws.get(i);
      if (!d.is("le", "la", "l'") || quoted.inQuote(d.start())) {
        continue;
      }
      int h = i + 1;
      while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
        h++;
      }
      int n = roleNouns.startsAt(ws, h);
      if (n == 0 || i > 0 && ws.get(i - 1).is("de", "d'", "à", "par", "pour", "avec", "contre")) {
        continue; // "le conseiller du président": the president is spoken of
      }
      String noun = n == 2 ? ws.get(h).lower() + " " + ws.get(h + 1).lower() : ws.get(h).lower();
      Character g = roleNouns.gender(noun, d.lower());
      if (g == null || !g.equals(gender)) {
        continue;
      }
      List<String> content = List.of(noun.split(" "));
      String who = people.withRole(content, at);
      if (who == null) {
        who = people.withRoleAfter(content, at);
      }
      if (who == null || !holders.fitsRole(who, gender, content)) {
        return null;
      }
      return new Speaker(who, people.role(who), people.gender(who), d.start(), SpeakerResolver.PRONOUN);
    }
    return null;
  }

  /** The speaker mention {@code e} names, with the role and gender the article gives them. */
  Speaker person(Entity e) {
    String name = people.canonical(e);
    return new Speaker(name, people.role(name), people.gender(name), e.start());
  }
}
