package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.Set;

/**
 * Finds who said a quote from the words around it: the reporting clause after the quote ("», a
 * indiqué le porte-parole du MIDI, Jonathan Lavallée"), the clause before it ("X a déclaré : «",
 * "Pour X, «"), an incise (", a souligné X, mais «"), a source frame ("Selon X, ..."). It finds
 * the subject of the reporting verb with the chunker ({@link Subjects}, over {@link VerbGroups}
 * and {@link NounPhrases}) and has {@link SpeakerResolver} say whom that subject names; the words after the
 * quote by {@link InvertedClauses} and {@link LaterClauses}; no cue: the sentences around ({@link ParagraphSpeakers}).
 */
final class SpeakerFinder {
  /** Words allowed between a reporting verb and the quote it governs ("a dénoncé dans la soirée"). */
  static final int VERB_GAP = 6;

  private final QuotedText quoted;
  private final People people;
  private final RoleNouns roleNouns;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Syntax syntax;
  private final Subjects subjects;
  private final ParagraphSpeakers paragraph;
  private final ClauseSpeakers clauses;
  private final CleftSpeakers clefts;
  private final SourceFrames frames;
  private final GluedSubjects glued;
  private final Addressee addressee;
  private final LaterClauses later;
  private final InvertedClauses inverted;
  private final RelativeAfter relative;
  private final DemonstrativeSubjects demonstratives;
  private final ClausesBefore before;
  private final TweetHandles tweets;
  private final NextQuotes nextQuotes;
  private final SignedQuotes signedQuotes;
  private final FramedSources framedSources;
  private final DemonymSpeakers nationalities;
  private final OwnNames ownName;
  private final InnerIncises inner;
  private final LeadQuotes leads;
  private final DocumentIssuers documents;
  private final DescribedSubjects described;

  SpeakerFinder(ArticleReading reading, RoleNouns roleNouns, Syntax syntax) {
    this.syntax = syntax;
    this.quoted = reading.quoted();
    this.roleNouns = roleNouns;
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.people = reading.people();
    this.resolver = reading.resolver();
    this.subjects = new Subjects(reading, roleNouns);
    this.paragraph = new ParagraphSpeakers(reading, roleNouns);
    this.clauses = new ClauseSpeakers(reading, subjects, paragraph);
    this.clefts = new CleftSpeakers(reading, clauses);
    this.frames = new SourceFrames(reading);
    this.addressee = new Addressee(reading);
    this.later = new LaterClauses(reading, clauses);
    this.inverted = new InvertedClauses(reading, subjects, later);
    this.glued = new GluedSubjects(reading);
    this.relative = new RelativeAfter(reading, subjects);
    this.demonstratives = new DemonstrativeSubjects(reading);
    this.tweets = new TweetHandles(quoted, people);
    this.nextQuotes = new NextQuotes(reading, paragraph.actors());
    this.signedQuotes = new SignedQuotes(reading);
    this.framedSources = new FramedSources(reading, roleNouns);
    this.before = new ClausesBefore(reading, subjects, clauses, later);
    this.nationalities = new DemonymSpeakers(quoted, people);
    this.ownName = new OwnNames(quoted, people);
    this.inner = new InnerIncises(reading);
    this.leads = new LeadQuotes(quoted, paragraph);
    this.documents = new DocumentIssuers(reading, subjects);
    this.described = new DescribedSubjects(reading, roleNouns);
  }

  VerbGroups verbs() {
    return verbs;
  }

  NounPhrases phrases() {
    return phrases;
  }

  ParagraphSpeakers paragraph() {
    return paragraph;
  }

  SpeakerResolver resolver() {
    return resolver;
  }

  record Attribution(Speaker speaker, Cue cue) {}

  /**
   * The speaker of quote {@code q}, given the speaker of the previous quote (or null). A speaker
   * that no name of the reporting words gave (a role, a pronoun, the paragraph, the previous
   * quote) is dropped when the quote itself names them: "«X est un communautariste», a dénoncé
   * l'eurodéputé" is not X's, people seldom speak of themselves by name. (A quote on a line citing
   * another article, {@link LinkLines}, is none: {@link QuoteExtractor} leaves it out.)
   */
  Attribution attribute(Marked q, Speaker previous) {
    Speaker signed = tweets.of(q.close());
    if (signed != null) {
      return new Attribution(signed, Cue.HANDLE); // "«...» @GTabard #remaniement": an embedded tweet's
    }
    signed = signedQuotes.of(q.close());
    if (signed != null) {
      return new Attribution(signed, Cue.AFTER); // "«garder la tête froide» (X)": the writer signs the words
    }
    Attribution a = cued(q, previous);
    Speaker s = a.speaker();
    if (s == Speaker.UNNAMED) {
      return new Attribution(null, Cue.NONE); // a cue that says the speaker is no one the article names
    }
    boolean inferred = s != null && (s.how() != null || !a.cue().explicit());
    if (inferred && ownName.namedIn(q, s.name())) {
      Speaker other = otherHolder(q, s);
      return other == null ? new Attribution(null, Cue.NONE) : new Attribution(other, a.cue());
    }
    s = documents.issuer(s); // "», précise le communiqué": whoever issued it, when the article names them
    return s == null ? a : new Attribution(nationalities.resolve(Media.withoutWhere(s), q.open(), previous), a.cue());
  }

  /**
   * "«Sarkozy est un communautariste», a dénoncé l'eurodéputé": when the holder found for the role
   * phrase of the reporting words is the one the quote speaks of, the other person the article
   * gives that role, whom the quote does not name either, else the phrase itself.
   */
  private Speaker otherHolder(Marked q, Speaker s) {
    if (ownName.namesNamesake(q, s.name())) {
      return null; // "«Les propos de Jean-Marie Le Pen ...», a déploré la présidente du FN": not another holder
    }
    if (s.at() < 0 || s.at() >= q.open() && s.at() < q.close()) {
      return null; // no phrase of the reporting words outside the quote
    }
    List<Word> ws = quoted.words(s.at(), quoted.sentenceEnd(s.at()));
    int[] np = phrases.npAfter(ws, 0);
    Speaker other = np == null || np[0] != s.at() ? null : resolver.roles().otherHolder(np[0], np[1], q.open(), Set.of(s.name()));
    return other == null || ownName.namedIn(q, other.name()) ? null : other;
  }

  private Attribution cued(Marked q, Speaker previous) {
    int sentenceStart = quoted.sentenceStart(q.open());
    int sentenceEnd = quoted.sentenceEnd(q.close());
    List<Word> right = quoted.words(q.close(), sentenceEnd);
    List<Word> left = quoted.words(sentenceStart, q.open());

    Speaker s = after(right, 0, previous, q.close());
    if (s != null) {
      return new Attribution(s, Cue.AFTER);
    }
    s = incise(right, previous, q.close());
    String pronoun = s == null ? pronounIncise(right) : null;
    if (pronoun != null && !pronoun.endsWith("s")) {
      // "», a-t-il dit" with no man to say it, "», dit-on" with no source to speak for: a wrong
      // speaker is worse than none, and the weaker cues below would give the words to whoever
      // opened the paragraph; a role phrase subject before may ("L'ancien député veut «", DescribedSubjects)
      Speaker taken = described.of(pronoun, q.open(), previous);
      return new Attribution(taken, taken == null ? Cue.NONE : Cue.INCISE);
    }
    // "», insistent-elles": several said it; the cues of the sentence may name them, the weaker
    // ones below never one person, unless the speaker before is a group or one of the group
    // ("les syndicats", "X et Y", "X dans un communiqué co-signé par Y")
    boolean several = pronoun != null && (previous == null || !Subjects.isGroup(previous.name())
        && !subjects.namedWithOthers(previous));
    if (s == null && pronoun != null && pronoun.endsWith("s")) {
      s = subjects.plural(previous, q.close()); // "», ajoutent-elles": a group before, else no one
      s = s == Speaker.UNNAMED ? null : s;
    }
    if (s != null) {
      return new Attribution(s, Cue.INCISE);
    }
    s = inverted.farInverted(left, right, q.close()); // "», expliquait au HuffPost en 2016, lors de ..., X"
    if (s == null) {
      s = inverted.formInverted(left, right, q.close()); // "», anticipe d'ores et déjà X": a verb in no list
    }
    if (s != null) {
      return new Attribution(s, Cue.AFTER);
    }
    s = relative.of(right, previous, q.close()); // "» : voilà ce qu'a déclaré X", "», c'est ce qu'ont lu les habitants"
    if (s != null) {
      return new Attribution(s, Cue.AFTER);
    }
    if (LaterClauses.questionPut(left)) {
      return new Attribution(null, Cue.NONE); // "A la question «...», le ministre a répondu": no one here asks it
    }
    s = addressee.of(left, right);
    if (s != null) {
      return new Attribution(s, Cue.BEFORE); // an open letter's "vous avez répondu : «", "», écrivez-vous"
    }
    // "Celui qu'X a nommé ... affirme que «": the demonstrative's person, never the name of its relative
    s = demonstratives.of(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.BEFORE);
    }
    s = left.isEmpty() ? clauses.lineColon(q.open(), previous) : clauses.colon(left, previous, q.open());
    s = s != null || left.isEmpty() ? s : paragraph.unnamedColon(left); // "un député a eu cette réflexion : «"
    if (s != null) {
      return new Attribution(s, Cue.COLON);
    }
    s = later.leadingParticiple(left, right, previous, q.open());
    if (s == null) {
      s = before.verbBefore(left, previous, q.open());
    }
    if (s != null) {
      return new Attribution(s, Cue.BEFORE);
    }
    s = before.leftIncise(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.LEFT_INCISE);
    }
    s = frames.of(left, q.open(), previous); // "Selon X, «", "dont le rôle est selon lui «"
    if (s != null) {
      return new Attribution(s, Cue.FRAME);
    }
    boolean alone = later.endsSentence(q);
    // a quote ending its sentence: the words after it are the next sentence's, not an incise
    s = alone ? null : inverted.endIncise(right, previous, q.close());
    if (s == null && !alone) {
      s = later.demonstrativeAfter(right);
    }
    if (s != null) {
      return new Attribution(s, Cue.END_INCISE);
    }
    s = inner.of(q, previous); // "« ..., confie le chantre du Made in France, pour nous ... »"
    if (s != null) {
      return new Attribution(s, Cue.AFTER);
    }
    s = before.madeToSay(left); // "Ce qui a fait dire à X que «": X, whatever the subject
    if (s == null) {
      s = before.thatClause(left, previous, q.open());
    }
    if (s == null) {
      s = glued.of(q, left, previous); // "Le maire « regrette que ... »"
    }
    if (s != null) {
      return new Attribution(s, Cue.BEFORE);
    }
    // the parse only where the word rules found no cue: parsing costs twice the tagging of a
    // sentence, so it is asked for the quotes they leave open (see README, Throughput)
    s = parsed(q, previous); // (a demonstrative subject may stand for no one named: Speaker.UNNAMED)
    if (s != null) {
      return new Attribution(s, Cue.SYNTAX);
    }
    // after the parse, which reads the verb of the relative ("les propos de X, son compagnon, qui a dit «")
    s = clauses.speechNoun(left);
    if (s != null) {
      return new Attribution(s, Cue.FRAME);
    }
    if (paragraph.turns().narratorSpeaks(left, q)) {
      // "Je lui ai répondu : «", "que je résume par «": the writer's words; a "je" further back
      // ("j'imagine que certains se disent : «") leaves them to no one
      return Narrator.reports(left) ? new Attribution(Narrator.of(quoted, q.open()), Cue.NARRATOR)
          : new Attribution(null, Cue.NONE);
    }
    if (several) {
      return new Attribution(null, Cue.NONE);
    }
    if (inverted.unresolvedInversion(right, previous)) {
      return new Attribution(null, Cue.NONE); // "», prévient sur BFMTV X" with X untagged: not the paragraph's
    }
    // another person acting since the previous quote ends its speaker's turn: "Y, lui, estime que «";
    // so does a question the previous speaker put to someone: the words after it answer it
    boolean turn = previous != null && (paragraph.actors().otherActsBetween(previous.at(), q.open(), previous)
        || before.otherReporter(left, previous) || paragraph.turns().questionPut(previous, q.open())
        || paragraph.actors().otherQuotedBetween(previous.at(), q.open(), previous, this::namedAfter)
        || paragraph.unnamedActsBetween(previous.at(), q.open(), previous));
    if (previous != null && previous.at() >= sentenceStart && previous.at() < q.open() && !turn) {
      return new Attribution(previous, Cue.SAME_SENTENCE);
    }
    boolean verbless = left.stream().noneMatch(verbs::isVerb);
    s = verbless ? null : clauses.embeddedSubject(left, previous, q.open());
    if (s != null) {
      return new Attribution(s, Cue.SUBJECT); // "X a mis en garde contre l'abstention qui «"
    }
    if (verbless && alone) {
      s = later.claimAfter(q); // "« ... » C'est ce qu'a affirmé X.", "Ces mots sont ceux de X."
      if (s != null) {
        return new Attribution(s, Cue.NEXT_SENTENCE);
      }
    }
    boolean closes = paragraph.closesSentence(q);
    if (verbless && (closes || alone)) {
      // (a stop after the marks ends the sentence too: "« ... ». C'est en ces termes que X")
      s = closes ? paragraph.announcedAfter(q.close(), paragraph.opensParagraph(q.open())) : leads.of(q);
      if (s == null) {
        s = clefts.cleftAfter(q.close());
      }
      if (s != null) {
        return new Attribution(s, Cue.NEXT_SENTENCE);
      }
    }
    s = paragraph.introduced(q.open(), previous);
    if (s != null) {
      Speaker announced = paragraph.announcedInNewParagraph(q, s); // not the last paragraph's subject
      return announced != null ? new Attribution(announced, Cue.NEXT_SENTENCE) : new Attribution(s, Cue.INTRODUCED);
    }
    s = paragraph.reportedBefore(q); // "Selon lui, ... . Elle semblait «...»"
    if (s != null) {
      return new Attribution(s, Cue.FRAME_BEFORE);
    }
    // a heading opens a new section, a dialogue dash a new turn: no carrying the speaker before
    // "mon fils", "les enfants": people the article does not name speak in their own paragraph only
    boolean unnamedAway = previous != null && PersonNouns.names(previous.name())
        && quoted.text().substring(previous.at(), q.open()).indexOf('\n') >= 0;
    if (previous != null && q.open() - previous.at() <= Speaker.CARRY && !turn && !unnamedAway
        && !paragraph.headingBetween(previous.at(), q.open()) && !paragraph.turns().dialogueTurn(q.open())) {
      // "Mais pour X, la réponse est simple. «...»": a source framed since the previous speaker takes the turn
      Speaker framed = framedSources.between(previous.at(), q.open(), previous);
      if (framed != null) {
        return new Attribution(framed, Cue.FRAME_BEFORE);
      }
      Speaker announced = paragraph.announcedInNewParagraph(q, previous); // "«...». Sourire aux lèvres, X a rapporté"
      return announced != null ? new Attribution(announced, Cue.NEXT_SENTENCE) : new Attribution(previous, Cue.FLOATING);
    }
    s = several || paragraph.turns().dialogueTurn(q.open()) ? null : nextQuotes.of(q, this::namedAfter);
    return s == null ? new Attribution(null, Cue.NONE) : new Attribution(s, Cue.INTRODUCED);
  }

  /** The person a reporting clause right after the quote closing at {@code close} names ({@link NextQuotes}). */
  private Speaker namedAfter(int close) {
    List<Word> right = quoted.words(close, quoted.sentenceEnd(close));
    if (pronounIncise(right) != null) {
      return Speaker.UNNAMED;
    }
    Speaker s = after(right, 0, null, close);
    return s != null ? s : incise(right, null, close);
  }

  /** The subject of the reporting verb governing the quote in the dependency parse, resolved. */
  private Speaker parsed(Marked q, Speaker previous) {
    Syntax.Subject subject = syntax.subjectOf(q);
    if (subject == null) {
      return null;
    }
    String word = subject.word().word().toLowerCase(java.util.Locale.ROOT);
    if (subject.word().pos().equals("PRON")) {
      if (word.equals("celui") || word.equals("celle")) {
        // "Celui qu'X a nommé ... affirme «": the demonstrative's person, never the relative's X
        return demonstratives.referent(word, subject.word().start(), previous);
      }
      return word.equals("il") || word.equals("elle") ? resolver.pronoun(word, subject.word().start(), previous) : null;
    }
    if (!resolver.namesSpeaker(subject.start(), subject.end())) {
      return null; // "la fin de Schengen menace": a subject, not a speaker
    }
    return resolver.resolve(subject.start(), subject.end(), q.open(), previous, true);
  }

  /** "», a indiqué X", "», explique-t-il", "», selon X" starting at word {@code i}. */
  Speaker after(List<Word> ws, int i, Speaker previous, int at) {
    int first = i;
    i = VerbGroups.afterMarks(ws, i);
    if (i >= ws.size()) {
      return null;
    }
    if (ws.get(i).is("selon", "d'après")) {
      int[] np = phrases.npAfter(ws, i + 1);
      return np == null ? null : resolver.resolve(np[0], np[1], at, previous, false);
    }
    VerbGroup vg = verbs.verbAt(ws, i);
    if (vg == null || vg.pronoun() == null && ws.get(vg.last()).lower().endsWith("ant")) {
      return null; // "», soulignant l'importance de X": a participle's subject is the speaker, not the words after it
    }
    if (i == first && vg.pronoun() == null && !agreesAfter(ws, vg)) {
      // no comma: the quote may be part of the verb's subject ("80 % des personnes au profil «...»
      // déclarent avoir subi un contrôle"), so the words after the verb must agree with it
      return null;
    }
    if (vg.pronoun() == null && (apposedToComplement(ws, vg) || inverted.spokenToUnnamed(ws, i, vg))) {
      return null; // "», a lancé au maire X": X is the one spoken to; "», lui a répondu la salle"
    }
    Speaker s = subjects.invertedSubject(ws, vg, previous, at);
    return s != null || vg.pronoun() != null ? s : inverted.apposedName(ws, vg); // "», témoigne Mouna, une mère"
  }

  /**
   * Whether the noun phrase after verb group {@code vg} is apposed to the role noun of a
   * complement ("a lancé au maire X", "a répondu à la ministre X"): a role noun ends right before
   * it, after a preposition. The person is the one spoken to or of, not the subject.
   */
  private boolean apposedToComplement(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    if (np == null) {
      return false;
    }
    int j = vg.last() + 1;
    while (j < ws.size() && ws.get(j).start() < np[0]) {
      j++;
    }
    for (int m = Math.max(vg.last() + 2, j - 3); m < j; m++) {
      if (roleNouns.startsAt(ws, m) != j - m) {
        continue;
      }
      for (int p = vg.last() + 1; p < m; p++) {
        if (FrenchWords.PREPOSITIONS.contains(ws.get(p).lower()) || ws.get(p).is("à", "au", "aux", "auprès")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the noun phrase after verb group {@code vg} can be its subject: it agrees in number. */
  private boolean agreesAfter(List<Word> ws, VerbGroup vg) {
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np != null && phrases.agrees(ws, vg.first(), np);
  }

  /** "», a-t-il dit", "», disent-elles", "», dit-on": the subject pronoun of an incise right after the quote, or null. */
  private String pronounIncise(List<Word> ws) {
    int i = VerbGroups.afterMarks(ws, 0);
    VerbGroup vg = i < ws.size() ? verbs.inciseAt(ws, i) : null;
    return vg != null && vg.pronoun() != null && vg.pronoun().matches("ils?|elles?|on") ? vg.pronoun() : null;
  }

  /**
   * "», a attaqué la députée", "», s'agace-t-il": a verb that is not in the reporting list, put
   * right after the quote with its subject after it. The inversion after the quote makes it an
   * incise whatever the verb; the subject must be a pronoun, a name, a role or a source ("»,
   * a suivi le débat" names no one).
   */
  private Speaker incise(List<Word> ws, Speaker previous, int at) {
    int i = VerbGroups.afterMarks(ws, 0);
    VerbGroup vg = i < ws.size() ? verbs.inciseAt(ws, i) : null;
    if (vg == null) {
      return null;
    }
    if (vg.pronoun() != null) {
      return vg.pronoun().equals("il") || vg.pronoun().equals("elle")
          ? resolver.pronoun(vg.pronoun(), at, previous) : null;
    }
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    if (np != null && subjects.signatories(ws, vg)) {
      return subjects.countedGroupBefore(at); // "», écrivent A, B, C et D"
    }
    if (np == null || vg.last() + 1 >= ws.size() || np[0] != ws.get(vg.last() + 1).start()
        || !resolver.namesSpeaker(np[0], np[1])) {
      return null; // the subject right after the verb: "», a répété lundi X" is left to the list
    }
    return resolver.resolve(np[0], np[1], at, previous, true);
  }

  /**
   * The speaker of a reporting clause that closes a paraphrase ("..., explique le porte-parole."):
   * an inverted pronoun, a name, a role or a source, never just any noun phrase ("maintient son
   * rassemblement" names nobody).
   */
  Speaker closingSpeaker(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (vg.pronoun() != null) {
      return subjects.invertedSubject(ws, vg, previous, at);
    }
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    return np == null || !resolver.namesSpeaker(np[0], np[1]) ? null : resolver.resolve(np[0], np[1], at, null, true);
  }

  /**
   * "Selon X, le chef de l'équipe, ...": the index of the comma closing a role apposed at word
   * {@code from}, or -1 when no role stands there.
   */
  int apposedRoleEnd(List<Word> ws, int from) {
    int h = from;
    if (h < ws.size() && FrenchWords.DEFINITE.contains(ws.get(h).lower())) {
      h++;
    }
    while (h < ws.size() && FrenchWords.ROLE_ADJECTIVES.contains(ws.get(h).lower())) {
      h++;
    }
    if (roleNouns.startsAt(ws, h) == 0) {
      return -1;
    }
    for (int m = h + 1; m < ws.size() && m - h <= NounPhrases.MAX_WORDS; m++) {
      Word w = ws.get(m);
      if (w.is(",")) {
        return m;
      }
      if (!w.isWord() || FrenchWords.FINITE_VERBS.contains(w.lower()) || verbs.tagged(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** See {@link Subjects#subjectOf}. */
  Speaker subjectOf(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    Speaker s = subjects.subjectOf(ws, vg, previous, at);
    return s == Speaker.UNNAMED ? null : s; // "ils disent que": no one named says the words
  }
}
