package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * The speaker of the clause a quote ends, read whatever its verb: the clause a colon closes ("X
 * explique : «", "Barnier : «", "Le Parlement présentait le débat ainsi : «"), the agent of a
 * passive ("les mots prononcés par X :"), the subject of the main clause of a participle
 * (", notant que «"). Split from {@link SpeakerFinder}, which tries these among its cues.
 */
final class ClauseSpeakers {
  /** Words allowed between a colon and the quote it introduces ("rien de moins que"). */
  private static final int COLON_GAP = 5;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Subjects subjects;
  private final ParagraphSpeakers paragraph;
  private final SpeechNouns speech;
  private final ClauseObjects objects;
  private final PassiveAgents agents;
  private final OpeningSubjects opening;

  ClauseSpeakers(ArticleReading reading, Subjects subjects, ParagraphSpeakers paragraph) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.subjects = subjects;
    this.paragraph = paragraph;
    this.speech = new SpeechNouns(reading);
    this.objects = new ClauseObjects(verbs);
    this.agents = new PassiveAgents(reading);
    this.opening = new OpeningSubjects(reading, objects);
  }

  /** "X explique : «", "Barnier : «", "...son ambition : rien de moins que «". */
  Speaker colon(List<Word> ws, Speaker previous, int at) {
    int c = -1;
    for (int k = ws.size() - 1; k >= 0 && ws.size() - 1 - k <= COLON_GAP; k--) {
      if (ws.get(k).is(":")) {
        c = k;
        break;
      }
      if (!ws.get(k).isWord()) {
        return null;
      }
    }
    if (c <= 0) {
      return null;
    }
    // "Quand un lecteur lui a demandé ..., X a livré cette réponse :": the main clause's
    List<Word> clause = ws.subList(subordinateEnd(ws.subList(0, c)), c);
    int last = clause.size() - 1;
    int r = quotingRelative(clause);
    if (r > 0) {
      // "il a répondu au président du MEDEF, X, qui avait assuré que «...» : «": the relative has
      // its words; the colon closes the main clause, whose subject speaks
      // (the previous speaker, the relative's, is no candidate for a pronoun of the main clause)
      return subjects.lastVerbSubject(clause.subList(0, r - 1), null, at);
    }
    Speaker antecedent = relativeAntecedent(clause, previous);
    if (antecedent != null) {
      return antecedent;
    }
    Speaker author = speech.wordingBefore(clause) ? speech.author(clause) : null;
    if (author != null) {
      return author; // "le mot de Clemenceau :", "cette phrase d'un écrivain, X, dans Les mains sales :"
    }
    Speaker heard = agents.heardBy(clause);
    if (heard != null) {
      return heard;
    }
    if (clause.size() == 1 && clause.get(0).isCapitalised() && people.at(clause.get(0).start()) == null) {
      // "Royal : «»" heading a text on Ségolène Royal: a surname the tagger took for a word
      String who = people.bySurname(clause.get(0).text());
      if (who != null) {
        return new Speaker(who, people.role(who), people.gender(who), clause.get(0).start());
      }
    }
    int narrative = ClauseShapes.narrativeSubjectEnd(clause);
    if (narrative > 0) {
      // "Et X de dénoncer la gestion de Y :": X, if named, resolved or someone unnamed ("Et un
      // député de conclure :"); a definite role phrase left unresolved goes to the rules after
      Speaker s = resolver.resolve(clause.get(1).start(), clause.get(narrative - 1).end(), at, previous, true);
      if (s != null && (people.mentions(s.name()) > 0 || s.how() != null
          || !FrenchWords.DEFINITE.contains(clause.get(1).lower()))) {
        return s;
      }
    }
    if (!verbs.isVerb(clause.get(last))) {
      int[] np = phrases.npEndingAt(clause, last);
      if (np != null && !SpeechNouns.headsPhrase(clause, np[0]) && !objects.spokenOf(clause, np[0])
          && !governed(clause, np[0], last) && !contracted(clause, np[0])) {
        Speaker s = resolver.resolve(np[0], np[1], at, previous, true);
        if (s != null) {
          return s;
        }
      }
    }
    Speaker s = subjects.lastVerbSubject(clause, previous, at);
    if (s != null) {
      return s;
    }
    s = agents.agent(clause);
    if (s == null) {
      s = agents.toSay(clause);
    }
    if (s != null) {
      return s;
    }
    for (int k = last; k >= 0; k--) {
      Entity e = people.at(clause.get(k).start());
      if (e != null && e.type() == EntityType.PERSON && !quoted.inQuote(e.start())
          && (paragraph.isSubject(e) || opens(clause, e))) {
        return resolver.person(e, null); // a person opening the clause, not one it mentions
      }
    }
    s = clauseSubject(clause, previous, at);
    if (s == null) {
      s = organisationOpening(clause);
    }
    return s != null ? s : opening.clauseOrPeopleSubject(clause, previous, at); // "Mes copines m'avaient prévenue :"
  }

  /**
   * "Le Grand Mufti de Bosnie, Mustafa Ceric:" at the end of a line, the quote on the next one: the
   * colon that closes the line before a quote opening its own line, read as {@link #colon}.
   */
  Speaker lineColon(int open, Speaker previous) {
    String text = quoted.text();
    int i = open - 1;
    boolean newline = false;
    while (i >= 0 && Word.isSpace(text.charAt(i))) {
      newline |= text.charAt(i) == '\n';
      i--;
    }
    if (!newline || i < 0 || text.charAt(i) != ':') {
      return null;
    }
    return colon(quoted.words(quoted.sentenceStart(i), i + 1), previous, open);
  }

  /**
   * "», insiste le conseiller de Paris, qui s'interroge cependant :": a relative clause that the
   * colon closes has its antecedent for subject; the previous speaker when the antecedent ends
   * with the phrase that named them, the person when it is a name, else null (the rules after
   * read on).
   */
  private Speaker relativeAntecedent(List<Word> clause, Speaker previous) {
    int r = clause.size() - 1;
    while (r >= 2 && clause.get(r).isWord() && !clause.get(r).is("qui")) {
      r--;
    }
    if (r < 2 || !clause.get(r).is("qui") || !clause.get(r - 1).is(",") || !clause.get(r - 2).isWord()) {
      return null;
    }
    Word end = clause.get(r - 2);
    int from = previous == null ? -1 : end.end() - previous.name().length();
    if (from >= clause.get(0).start() && quoted.text().substring(from, end.end()).equalsIgnoreCase(previous.name())) {
      return previous; // the phrase that named the previous speaker
    }
    Entity e = people.at(end.start());
    return e != null && e.type() == EntityType.PERSON && e.end() == end.end() && !quoted.inQuote(e.start())
        ? resolver.person(e, null) : null;
  }

  /** Conjunctions that open a subordinate clause put before the main one ("Quand X a demandé ..., Y a répondu"). */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("quand", "lorsque", "lorsqu'",
      "lorsqu’", "si", "puisque", "tandis", "alors");

  /**
   * The index of the first word of the main clause when {@code ws} opens with a subordinate clause
   * ("Quand un lecteur lui a demandé s'il avait un héritier, X a livré cette réponse"): the word
   * after the first comma that follows a verb of the subordinate; 0 otherwise. Its verb and
   * subject are not the main clause's.
   */
  private int subordinateEnd(List<Word> ws) {
    int k = 0;
    while (k < ws.size() && ws.get(k).is("mais", "et", "or", "puis")) {
      k++;
    }
    if (k + 1 >= ws.size() || !SUBORDINATORS.contains(ws.get(k).lower())
        || ws.get(k).is("alors", "tandis") && !ws.get(k + 1).is("que", "qu'", "qu’")) {
      return 0;
    }
    boolean verb = false;
    for (int i = k + 1; i < ws.size() - 1; i++) {
      Word w = ws.get(i);
      verb |= verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower());
      if (w.is(",") && verb) {
        return i + 1;
      }
      if (!w.isWord() && !w.is(",", "'", "-")) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * The index of the "qui" of a relative clause that ends {@code clause} and holds a quote after
   * its reporting verb ("..., X, qui avait assuré que voter pour lui «...»"), or -1. The quote
   * is what the relative reports; a colon after it introduces the words of the main clause.
   */
  private int quotingRelative(List<Word> clause) {
    for (int r = clause.size() - 2; r >= 1; r--) {
      if (!clause.get(r).is("qui") || !clause.get(r - 1).is(",")) {
        continue;
      }
      boolean reported = false;
      for (int k = r + 1; k < clause.size(); k++) {
        Word w = clause.get(k);
        if (w.is(",") && k + 1 < clause.size() && (verbs.verbAt(clause, k + 1) != null || clauseOpens(clause, k + 1))) {
          // "X, qui avait dit «...», a ajouté :", "..., qui avait dit «...», Y a répondu :": the
          // relative closed before
          return -1;
        }
        if (w.text().equals("«»")) {
          for (int v = r + 1; v < k && !reported; v++) {
            VerbGroup vg = verbs.verbEndingAt(clause, v);
            reported = vg != null && verbs.isFinite(clause, vg) && !verbs.isNegated(clause, vg);
          }
        }
      }
      return reported ? r : -1;
    }
    return -1;
  }

  /** Words of a subject before its reporting verb in {@link #clauseOpens}. */
  private static final int SUBJECT_WORDS = 6;

  /**
   * Whether a clause of its own opens at word {@code k}: a name or a determiner, then a reporting
   * verb within a few words ("Marine Le Pen a répondu", "la ministre a rétorqué").
   */
  private boolean clauseOpens(List<Word> clause, int k) {
    Word first = clause.get(k);
    if (!first.isCapitalised() && !FrenchWords.DETERMINERS.contains(first.lower())) {
      return false;
    }
    for (int j = k + 1; j < clause.size() && j - k <= SUBJECT_WORDS && clause.get(j).isWord(); j++) {
      if (verbs.verbAt(clause, j) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "L'UMP cite plusieurs exemples de «...» pour répondre à «...» : «": an organisation opening the
   * clause a colon closes (frames and a determiner aside), a verb right after it, speaks when the
   * tagger found no verb to take a subject from. Null otherwise.
   */
  private Speaker organisationOpening(List<Word> clause) {
    int k = Frames.end(clause, verbs);
    if (k < clause.size() && FrenchWords.DEFINITE.contains(clause.get(k).lower())) {
      k++;
    }
    Entity e = k < clause.size() ? people.at(clause.get(k).start()) : null;
    if (e == null || e.type() != EntityType.ORGANIZATION || e.start() != clause.get(k).start()
        || quoted.inQuote(e.start())) {
      return null;
    }
    int next = k;
    while (next < clause.size() && clause.get(next).start() < e.end()) {
      next++;
    }
    if (next >= clause.size() || !clause.get(next).isWord() || clause.get(next).isCapitalised()
        || FrenchWords.PREPOSITIONS.contains(clause.get(next).lower())
        || FrenchWords.DETERMINERS.contains(clause.get(next).lower()) || clause.get(next).is("qui", "que", "qu'", "dont")) {
      return null; // "L'UMP de Copé", "L'UMP, qui": not its verb
    }
    return new Speaker(people.canonical(e), null, null, e.start());
  }

  /** {@link Speaker#how}: the subject of the clause a colon closes. */
  static final String CLAUSE_SUBJECT = "clause-subject";

  /**
   * Whether the noun phrase starting at {@code start} is governed by a preposition after a verb
   * of the clause ("X a estimé ce lundi au micro de Y :", "X était l'invité de Y :"): a complement
   * of the verb, not the one the colon gives the words to ("Réponse de Y :" has no verb: Y's).
   */
  private boolean governed(List<Word> clause, int start, int last) {
    int k = last;
    while (k > 0 && clause.get(k).start() > start) {
      k--;
    }
    if (k <= 0 || !clause.get(k - 1).is("de", "d'", "du", "des", "à", "au", "aux", "par", "avec", "chez", "pour", "contre", "devant", "auprès")) {
      return false;
    }
    if (k >= 2 && clause.get(k - 1).is("de", "d'", "du", "des") && comesFrom(clause.get(k - 2).lower())) {
      return false; // "un portrait qui émane de la garde rapprochée de X :": where the words come from
    }
    for (int j = 0; j < k - 1; j++) {
      if (verbs.isVerb(clause.get(j)) || FrenchWords.FINITE_VERBS.contains(clause.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun phrase starting at {@code start} opens with a preposition fused with its
   * article ("du", "des" after the clause's first word): a complement ("Les mots prononcés par X
   * lors du conseil :"), not the one the colon gives the words to; unless a noun for words said
   * comes right before it ("la réponse du député :"), whose author it names.
   */
  private static boolean contracted(List<Word> clause, int start) {
    for (int k = 1; k < clause.size(); k++) {
      if (clause.get(k).start() == start) {
        // (an adjective may stand between: "Réponse perplexe du chef de l'Etat :")
        return clause.get(k).is("du", "des") && !SpeechNouns.isSpeechNoun(clause.get(k - 1).lower())
            && !(k >= 2 && SpeechNouns.isSpeechNoun(clause.get(k - 2).lower()));
      }
    }
    return false;
  }

  /** A form of the verbs of coming from (émaner, provenir, venir): "qui émane de X". */
  private static boolean comesFrom(String lower) {
    return lower.startsWith("éman") || lower.startsWith("proven") || lower.startsWith("provien")
        || lower.startsWith("vien") || lower.equals("venu") || lower.equals("venue") || lower.equals("venant");
  }

  /** Words of a circumstance opening a clause before its subject ("Interrogé par BFMTV en marge de ...,"). */
  private static final int CIRCUMSTANCE_WORDS = 30;

  /**
   * "Juppé face aux auditeurs :": the mention is the clause's first words (titles aside), or the
   * first after a circumstance that opens the clause and a comma ("Dans les colonnes du Figaro, X
   * fait part de ses retours :", "Interrogé sur BFMTV, X :").
   */
  private static boolean opens(List<Word> clause, Entity e) {
    int k = subjectStart(clause, 0);
    if (k < clause.size() && clause.get(k).start() == e.start()) {
      return true;
    }
    if (k >= clause.size() || !FrenchWords.PREPOSITIONS.contains(clause.get(k).lower())
        && !VerbForms.participle(clause.get(k).lower())) {
      return false;
    }
    for (int c = k + 1; c < clause.size() && c - k <= CIRCUMSTANCE_WORDS; c++) {
      if (clause.get(c).is(",")) {
        return rolePlusName(clause, subjectStart(clause, c + 1), e);
      }
      if (clause.get(c).is(";", ".", "«", "»", "\"", "“", "”")) {
        return false;
      }
    }
    return false;
  }

  /** Words of a role that may stand before the name it introduces ("le député du Doubs X"). */
  private static final int ROLE_WORDS = 6;

  /** Whether {@code e} starts at word {@code j}, or after a definite role phrase opening there ("le député du Doubs X"). */
  private static boolean rolePlusName(List<Word> clause, int j, Entity e) {
    if (j >= clause.size() || clause.get(j).start() == e.start()) {
      return j < clause.size();
    }
    if (!FrenchWords.DEFINITE.contains(clause.get(j).lower())) {
      return false;
    }
    for (int k = j + 1; k < clause.size() && k - j <= ROLE_WORDS; k++) {
      if (clause.get(k).start() == e.start()) {
        return !clause.get(k - 1).is("de", "d'", "du", "des", "à", "au", "aux"); // "le compagnon de X": X is spoken of
      }
      if (!clause.get(k).isWord() || FrenchWords.FINITE_VERBS.contains(clause.get(k).lower())) {
        return false;
      }
    }
    return false;
  }

  /** The first word at or after {@code k} that is no title or mark (nor a leading "Et"). */
  private static int subjectStart(List<Word> clause, int k) {
    int from = k;
    // (after a leading "Et": "Et Manuel Valls d'éreinter le programme du candidat PS :")
    while (k < clause.size() && (FrenchWords.TITLES.contains(clause.get(k).lower()) || !clause.get(k).isWord()
        || k == from && clause.get(k).is("et"))) {
      k++;
    }
    return k;
  }

  /** See {@link OpeningSubjects#clauseSubject}. */
  Speaker clauseSubject(List<Word> clause, Speaker previous, int at) {
    return opening.clauseSubject(clause, previous, at);
  }

  /** See {@link OpeningSubjects#clauseOrPeopleSubject}. */
  Speaker clauseOrPeopleSubject(List<Word> clause, Speaker previous, int at) {
    return opening.clauseOrPeopleSubject(clause, previous, at);
  }

  /** See {@link OpeningSubjects#embeddedSubject}. */
  Speaker embeddedSubject(List<Word> ws, Speaker previous, int at) {
    return opening.embeddedSubject(ws, previous, at);
  }

  /** See {@link OpeningSubjects#participleSubject}. */
  Speaker participleSubject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    return opening.participleSubject(ws, vg, previous, at);
  }

  /** See {@link OpeningSubjects#detachedParticiple}. */
  boolean detachedParticiple(List<Word> ws, VerbGroup vg) {
    return opening.detachedParticiple(ws, vg);
  }

  /** See {@link PassiveAgents#agent}. */
  Speaker agent(List<Word> clause) {
    return agents.agent(clause);
  }

  /** See {@link SpeechNouns#author}. */
  Speaker speechNoun(List<Word> ws) {
    return speech.author(ws);
  }
}
