package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Whether someone other than the previous speaker takes the turn between two offsets: a person, a
 * body or a role of the other gender that opens a main clause as the subject of a finite verb ("Y,
 * lui, estime", "Le parti met l'accent sur"). The words after such a clause are no longer the
 * previous speaker's. Split from {@link ParagraphSpeakers}.
 */
final class OtherActors {
  /** Words an apposition after a name may hold ("X, lui,", "X, le maire de Calais,"). */
  private static final int APPOSITION = 8;
  /** Words a body's phrase may hold after its head before its verb ("le parti socialiste de Paris"). */
  private static final int BODY_WORDS = 5;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;
  private final RoleNouns roleNouns;
  private final Background background;
  private final ApposedComplements complements;
  /** Words allowed before a subject in its sentence ("Sourire aux lèvres, la porte-parole"), as {@link ParagraphSpeakers}. */
  private static final int SUBJECT_LEAD = 8;

  OtherActors(ArticleReading reading, RoleNouns roleNouns) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
    this.roleNouns = roleNouns;
    this.background = new Background(quoted, people);
    this.complements = new ApposedComplements(verbs, roleNouns);
  }

  /**
   * Whether a person other than {@code previous} acts between offsets {@code from} and {@code at}
   * outside quotes: the subject of a finite verb ("Y, lui, estime", "De son côté, Y rappelle",
   * "tandis que Y répond"). The words after such a sentence are no longer the previous speaker's.
   * A person named as a complement ("a dit X à Y", "les propos de Y", "avec Y") does not act, nor
   * does one recalled in a sentence told as background ({@link Background}). A body acts too
   * ({@link #bodyActsBetween}).
   */
  boolean otherActsBetween(int from, int at, Speaker previous) {
    for (Entity e : people.personsSince(from, at, resolver::notAntecedent)) {
      if (resolver.isModifierMention(e) || previous != null && resolver.person(e, null).name().equals(previous.name())
          || recalled(e, previous)) {
        continue;
      }
      if (actsAsSubject(e.start(), e.end(), at)) {
        return true;
      }
    }
    return bodyActsBetween(from, at, previous);
  }

  /** Whether mention {@code e} is recalled as background while the story follows {@code previous}. */
  private boolean recalled(Entity e, Speaker previous) {
    return previous != null && people.mentions(previous.name()) > 0 && background.recalledBesides(e, previous.name());
  }

  /**
   * Whether an organisation ("L'UMP se garde d'avancer un chiffre", "Amnesty International
   * dénonce") or a definite phrase naming a body or a group ("Le parti met l'accent sur",
   * "le gouvernement a annoncé", "les syndicats estiment") other than {@code previous} opens a
   * main clause between offsets {@code from} and {@code at}, outside quotes, as the subject of a
   * finite verb: another actor has the turn. A role ("le député", "l'élu") may be the previous
   * speaker named again and does not count here, nor does the organisation the previous speaker's
   * role names.
   */
  boolean bodyActsBetween(int from, int at, Speaker previous) {
    String before = previous == null ? "" : previous.name();
    String role = previous == null || previous.role() == null ? "" : previous.role();
    for (Entity e : people.mentionsSince(from, at)) {
      // the body the previous speaker holds a role in acts for them: "a souligné X, directrice de
      // Voyages SNCF. Pour attirer une clientèle, la SNCF promet"
      if (e.type() == EntityType.ORGANIZATION && !quoted.inQuote(e.start()) && !resolver.isModifierMention(e)
          && !people.canonical(e).equals(before) && !role.contains(quoted.text().substring(e.start(), e.end()))
          && !role.contains(people.canonical(e)) && leadsClause(e.start()) && actsAsSubject(e.start(), e.end(), at)) {
        return true;
      }
    }
    List<Word> ws = quoted.words(from, at);
    if (previous != null && otherRoleActs(ws, at, previous)) {
      return true;
    }
    for (int k = 0; k + 1 < ws.size(); k++) {
      Word head = ws.get(k + 1);
      if (!ws.get(k).is("le", "la", "l'", "les") || !SpeakerResolver.isSourceNoun(head.lower()) || quoted.inQuote(head.start())
          || roleNouns.contains(head.lower()) || people.at(head.start()) != null) {
        continue;
      }
      int j = k + 2;
      while (j < ws.size() && j - k - 1 <= BODY_WORDS && ws.get(j).isWord() && !verbs.isVerbAt(ws, j)
          && !FrenchWords.FINITE_VERBS.contains(ws.get(j).lower()) && !FrenchWords.CLITICS.contains(ws.get(j).lower())
          && !ws.get(j).is("qui", "que", "qu'", "dont", "où", "et", "ou")) {
        j++;
      }
      int start = ws.get(k).start();
      int end = ws.get(j - 1).end();
      if (!quoted.text().substring(start, end).equalsIgnoreCase(before) && leadsClause(start)
          && actsAsSubject(start, end, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a definite role phrase that cannot be {@code previous} opens a main clause among
   * {@code ws} as the subject of a finite verb: one of the other gender ("la présidente X
   * s'alarmait : «...» / L'ancien patron d'Infogrames, élu du Rhône, impute ... au «...»"). A
   * role of the same gender may name the previous speaker again ("«...», a dit X. Le ministre
   * ajoute"), and a plural one may be people reacting to the previous speaker's words ("les
   * dirigeants italiens s'étaient indignés des propos de X, qui assurait que «...»").
   */
  private boolean otherRoleActs(List<Word> ws, int at, Speaker previous) {
    Character gender = previous.gender();
    for (int k = 0; k + 1 < ws.size(); k++) {
      Word d = ws.get(k);
      if (!d.is("le", "la", "l'", "les") || quoted.inQuote(d.start())) {
        continue;
      }
      int h = k + 1;
      while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
        h++;
      }
      int n = roleNouns.startsAt(ws, h);
      if (n == 0 || people.at(ws.get(h).start()) != null) {
        continue;
      }
      String noun = n == 2 ? ws.get(h).lower() + " " + ws.get(h + 1).lower() : ws.get(h).lower();
      Character g = roleNouns.gender(noun, d.lower());
      boolean other = !d.is("les") && gender != null && g != null && !g.equals(gender);
      if (!other) {
        continue;
      }
      int j = h + n;
      // its complements: "l'ancien directeur de l'hôpital" ("l'" after "de" is an article, not a clitic)
      while (j < ws.size() && j - h <= BODY_WORDS && ws.get(j).isWord() && !verbs.isVerbAt(ws, j)
          && !FrenchWords.FINITE_VERBS.contains(ws.get(j).lower())
          && (!FrenchWords.CLITICS.contains(ws.get(j).lower()) || ws.get(j - 1).is("de", "à"))
          && !ws.get(j).is("qui", "que", "qu'", "dont", "où", "et", "ou")) {
        j++;
      }
      if (leadsClause(d.start()) && actsAsSubject(d.start(), ws.get(j - 1).end(), at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether person {@code e} opens the sentence [from, to) as the subject of a verb that is neither
   * a state nor a passive ("X a rapporté", "X démontre", not "X est arrivé", "X a été élu"): the
   * frames read over ("Sourire aux lèvres, la porte-parole X"), at most an apposition after it. A
   * verb is known by the tagger, the reporting list or the dictionary's third-person forms.
   */
  boolean actsFirst(Entity e, int from, int to) {
    List<Word> all = quoted.words(from, e.start());
    List<Word> ws = all.subList(frameEnd(all), all.size());
    boolean role = false; // "la porte-parole du gouvernement X" is X with a role, not X modifying "gouvernement"
    for (int k = 0; k < ws.size(); k++) {
      role |= roleNouns.startsAt(ws, k) > 0;
    }
    if (ws.size() > SUBJECT_LEAD || !role && resolver.isModifierMention(e) || complements.apposedToRole(all, false)) {
      return false;
    }
    for (Word w : ws) {
      if (!w.isWord() || verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower())
          || FrenchWords.PREPOSITIONS.contains(w.lower()) && ws.indexOf(w) == ws.size() - 1) {
        return false; // "Loin de X", "A X, ...": a complement, not the subject
      }
    }
    if (!ws.isEmpty() && ws.get(ws.size() - 1).is("de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "avec")) {
      return false;
    }
    List<Word> after = quoted.words(e.end(), to);
    int k = 0;
    if (k < after.size() && after.get(k).is(",")) {
      k++;
      while (k < after.size() && k <= APPOSITION && after.get(k).isWord() && !verbs.isVerbAt(after, k)) {
        k++;
      }
      if (k >= after.size() || !after.get(k).is(",")) {
        return false;
      }
      k++;
    }
    k = VerbAdverbs.after(after, k);
    while (k < after.size() && FrenchWords.CLITICS.contains(after.get(k).lower())) {
      k++;
    }
    if (k >= after.size() || after.get(k).isCapitalised()) {
      return false;
    }
    Word v = after.get(k);
    return !VerbGroups.isState(after, k) && !VerbGroups.isParticiple(v) && (verbs.isVerbAt(after, k) || verbs.verbAt(after, k) != null
        || FrenchWords.FINITE_VERBS.contains(v.lower()) || VerbForms.thirdPerson(v.lower()));
  }

  /**
   * Where the frames opening the words {@code all} end ({@link Frames#end}), or else after their
   * last comma when no finite verb comes before it: "Sourire aux lèvres, la porte-parole X" (a
   * reporting verb's infinitive is no clause).
   */
  private int frameEnd(List<Word> all) {
    int f = Frames.end(all, verbs);
    int comma = -1;
    for (int k = 0; k < all.size(); k++) {
      Word w = all.get(k);
      if (verbs.tagged(w) || FrenchWords.FINITE_VERBS.contains(w.lower()) || w.is("«»")) {
        return f;
      }
      comma = w.is(",") ? k : comma;
    }
    return f == 0 && comma >= 0 ? comma + 1 : f;
  }

  /**
   * Whether the phrase at offset {@code start} comes first in its clause: at the start of its
   * sentence once the frames are read over ("Le 18 mars, à Paris, le parti"), a determiner aside,
   * or right after a semicolon, "mais", "tandis que", "alors que". "Les auditeurs de RMC et BFMTV
   * ont été nombreux" is the auditeurs' clause, not BFMTV's.
   */
  private boolean leadsClause(int start) {
    List<Word> all = quoted.words(quoted.sentenceStart(start), start);
    List<Word> ws = all.subList(Frames.end(all, verbs), all.size());
    int last = ws.size() - 1;
    if (last >= 0 && FrenchWords.DEFINITE.contains(ws.get(last).lower())) {
      last--;
    }
    return last < 0 || ws.get(last).is(";", "mais")
        || ws.get(last).is("que", "qu'") && last > 0 && ws.get(last - 1).is("tandis", "alors");
  }

  /** Whether the mention text[start, end) is the subject of a finite verb that follows it before offset {@code limit}. */
  private boolean actsAsSubject(int start, int end, int limit) {
    List<Word> before = quoted.words(Math.max(quoted.sentenceStart(start), start - 40), start);
    int i = before.size() - 1;
    while (i >= 0 && FrenchWords.TITLES.contains(before.get(i).lower())) {
      i--;
    }
    if (i >= 0 && (FrenchWords.PREPOSITIONS.contains(before.get(i).lower()) || before.get(i).is("selon"))) {
      // a complement: "a dit X à Y", "les propos de Y"; not the agent a verbless sentence brings
      // in ("Une analyse jugée «excellente» par X, qui juge à son tour ...")
      Entity e = people.at(start);
      return before.get(i).is("par") && e != null && VerblessAgents.agent(quoted, e);
    }
    if (!opensClause(start)) {
      return false;
    }
    List<Word> after = quoted.words(end, Math.min(limit, quoted.sentenceEnd(end)));
    int k = 0;
    boolean relative = after.size() > 1 && after.get(0).is(",") && after.get(1).is("qui", "dont");
    if (k < after.size() && after.get(k).is(",") && !relative) {
      int close = -1;
      for (int m = 1; m < after.size() && m <= APPOSITION + 1; m++) {
        if (after.get(m).is(",")) {
          close = m;
          break;
        }
        if (!after.get(m).isWord() || verbs.isVerbAt(after, m)) {
          return false; // "Y, qui a dit", "Y, arrivé hier": no apposition
        }
      }
      if (close < 0) {
        return false;
      }
      k = close + 1;
    } else if (relative) {
      // "X, qui compte voter contre, espère cependant": a relative clause apposed, then X's verb
      int close = relativeEnd(after);
      if (close < 0) {
        return false;
      }
      k = close + 1;
    }
    k = VerbAdverbs.after(after, k);
    while (k < after.size() && FrenchWords.CLITICS.contains(after.get(k).lower())) {
      k++;
    }
    return k < after.size() && !after.get(k).isCapitalised() && !VerbGroups.isParticiple(after.get(k))
        && (verbs.isVerbAt(after, k) || FrenchWords.FINITE_VERBS.contains(after.get(k).lower()));
  }

  /** Words a relative clause apposed to a subject may hold ("X, qui compte évidemment voter contre, espère"). */
  private static final int RELATIVE = 14;

  /**
   * The index of the comma closing a relative clause opened by "qui" or "dont" at word 1 of
   * {@code after} (word 0 is the comma after the name), or -1: a quote, a colon or a stop inside,
   * or no comma within {@link #RELATIVE} words.
   */
  private static int relativeEnd(List<Word> after) {
    for (int m = 2; m < after.size() && m <= RELATIVE + 1; m++) {
      Word w = after.get(m);
      if (w.is(",")) {
        return m;
      }
      if (w.is("«»", ":", ";", "(", ")")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a quote between offsets {@code from} (the previous speaker's quote) and {@code at} is
   * cued to someone other than {@code previous}: its own words after it name a speaker ({@code
   * named}: "«est surexposée», convient X", "«...», d'après X"), or a heading's "«...», pour X"
   * ends its line. That quote may have been left out (a fragment, a heading), but its speaker took
   * the turn: the words after it are no longer the previous speaker's.
   */
  boolean otherQuotedBetween(int from, int at, Speaker previous, IntFunction<Speaker> named) {
    List<Word> ws = quoted.words(from, at);
    for (int k = 0; k < ws.size(); k++) {
      Word w = ws.get(k);
      if (!w.is("«»") || w.start() <= from) {
        continue;
      }
      Speaker s = named.apply(w.end());
      if (s == null) {
        s = holderAfter(ws, k + 1);
      }
      if (s != null && s != Speaker.UNNAMED && !s.name().equals(previous.name())) {
        return true;
      }
    }
    return false;
  }

  /** "«...», pour X" closing its line at word {@code k} of {@code ws}: the person X, or null. */
  private Speaker holderAfter(List<Word> ws, int k) {
    if (k < ws.size() && ws.get(k).is(",")) {
      k++;
    }
    if (k + 1 >= ws.size() || !ws.get(k).is("pour")) {
      return null;
    }
    Entity e = people.at(ws.get(k + 1).start());
    if (e == null || e.type() != EntityType.PERSON) {
      return null;
    }
    String text = quoted.text();
    int line = text.indexOf('\n', e.end());
    String rest = text.substring(e.end(), line < 0 ? text.length() : line).strip();
    return rest.isEmpty() || rest.equals(".") ? resolver.person(e, null) : null;
  }

  /**
   * Whether the mention at offset {@code start} opens a main or coordinate clause: no verb and no relative or
   * subordinating word between it and the start of its sentence, a semicolon, a colon, or the "mais",
   * "tandis que", "alors que" that coordinate a new clause ("..., tandis que Y répond"). A
   * person in a subordinate clause ("depuis que le président Y s'est arrogé") is spoken of.
   */
  private boolean opensClause(int start) {
    List<Word> ws = quoted.words(quoted.sentenceStart(start), start);
    for (int j = ws.size() - 1; j >= 0; j--) {
      Word w = ws.get(j);
      if (w.is(";", "mais") || w.is("que", "qu'") && j > 0 && ws.get(j - 1).is("tandis", "alors")) {
        return true;
      }
      if (w.is(":") && !quoted.inQuote(start)) {
        return true; // a colon opens a clause of its own: "X en prend pour son grade : dans Die Zeit, Y salue"
      }
      // (a form in -ant is a present participle or an adjective, no clause: "Son de cloche étonnant, à droite, X")
      if (verbs.isVerb(w) && !w.lower().endsWith("ant") || FrenchWords.FINITE_VERBS.contains(w.lower())
          || w.is("que", "qu'", "qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "quand",
              "lorsque", "lorsqu'", "si", "s'", "comme", "puisque", "puisqu'", "parce")) {
        return false;
      }
    }
    return true;
  }
}
