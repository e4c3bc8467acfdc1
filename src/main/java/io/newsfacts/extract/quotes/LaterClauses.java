package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;

/**
 * Speakers that the words after a quote name: the subject of an inverted reporting verb read
 * over circumstances ({@link #farSubject}, for {@link InvertedClauses}), the main clause of a participle
 * that opens the sentence ("Indiquant que l'on ne « peut ... », X a affirmé"), and a sentence
 * after a quote standing alone that claims its words ("« ... » C'est ce qu'a affirmé X.", "Ces
 * mots sont ceux de X.", "« ... » : cette phrase prononcée par X"). Split from {@link
 * SpeakerFinder}, which tries these among its cues.
 */
final class LaterClauses {
  /**
   * Whether the words before a quote end with "à la question" that the quote completes ("A la
   * question «Allez-vous vous présenter ?», le ministre a répondu", "a répondu à cette question :"): the
   * question put to someone, whose asker the cues after the quote alone may name ("», a demandé
   * X"); it is neither the answerer's words nor the previous speaker's.
   */
  static boolean questionPut(List<Word> left) {
    int k = left.size() - 1;
    if (k >= 0 && left.get(k).is(":", ",")) {
      k--;
    }
    // "Il pose la question : «" is his own question: only the one answered, "à la question"
    return k >= 2 && left.get(k).is("question") && left.get(k - 1).is("la", "cette") && left.get(k - 2).is("à", "a");
  }

  /** Words a demonstrative phrase after a quote may hold before its agent ("cette phrase prononcée lundi par X"). */
  private static final int DEMONSTRATIVE_WORDS = 12;
  /** Words allowed between the start of a claiming sentence and its "ce que" ("C'est en effet ce que"). */
  private static final int CLAIM_LEAD = 4;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final ClauseSpeakers clauses;

  LaterClauses(ArticleReading reading, ClauseSpeakers clauses) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.clauses = clauses;
  }

  /** Words read over between an inverted reporting verb and the name of its subject. */
  private static final int FAR_SUBJECT = 16;

  /**
   * The person named after verb group {@code vg} once circumstances are read over ("au HuffPost",
   * "en 2016", "lors de la victoire", "si justement"): a name not governed by a preposition, or
   * (inverted after the quote) a role or source opening after a comma, at
   * most {@link #FAR_SUBJECT} words on, before any other verb, relative or quote; with {@code
   * closing}, no verb after the name either ("X, comme le disait Y il y a des mois, laissait
   * tomber : «" is X's, not Y's). Null otherwise.
   */
  Speaker farSubject(List<Word> ws, VerbGroup vg, boolean closing, int at) {
    for (int k = VerbAdverbs.after(ws, vg.last() + 1); k < ws.size() && k - vg.last() <= FAR_SUBJECT; k++) {
      Word w = ws.get(k);
      if (!closing && ws.get(k - 1).is(",") && FrenchWords.DEFINITE.contains(w.lower())) {
        // "», a lancé jeudi à Paris, devant des militants, la maire de Paris": a role after the circumstances
        int[] np = phrases.npAfter(ws, k);
        if (np != null && np[0] == w.start() && resolver.namesSpeaker(np[0], np[1])) {
          return resolver.resolve(np[0], np[1], at, null, true);
        }
      }
      Entity e = people.at(w.start());
      if (e != null && e.type() == EntityType.PERSON && e.start() == w.start() && !quoted.inQuote(e.start())) {
        Word before = ws.get(k - 1);
        if (!FrenchWords.PREPOSITIONS.contains(before.lower()) && !before.is("de", "d'", "du", "des", "à", "au", "aux",
            "par", "selon", "avec", "pour", "chez", "contre", "et", "ou")) {
          return closing && ws.subList(k, ws.size()).stream().anyMatch(x -> verbs.isVerb(x)
              || FrenchWords.FINITE_VERBS.contains(x.lower())) ? null : resolver.person(e, null);
        }
      }
      if (!w.isWord() && !w.is(",", "'", "-")
          || w.is("que", "qu'", "qui", "dont", "où", "quand", "lorsque", "lorsqu'", "mais", "car")
          || FrenchWords.FINITE_VERBS.contains(w.lower()) || verbs.tagged(w) && !VerbGroups.isParticiple(w)
          || verbs.isVerb(w) && k > vg.last() + 1 && !VerbGroups.isParticiple(w)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Indiquant par ailleurs que l'on ne « peut jamais ... », X a affirmé que", "En rappelant que «
   * ... », le ministre a ...": the quote stands in a participle clause of a reporting verb that
   * opens the sentence; the participle has no subject of its own, the main clause after the comma
   * that closes it gives it. The subject must name a speaker (a name, a role, a pronoun), else null.
   */
  Speaker leadingParticiple(List<Word> left, List<Word> right, Speaker previous, int at) {
    int p = 0;
    while (p < left.size() && left.get(p).is("mais", "et", "or", "puis")) {
      p++;
    }
    if (p < left.size() && left.get(p).is("en")) {
      p++;
    }
    if (p >= left.size() || !left.get(p).lower().endsWith("ant")) {
      return null;
    }
    VerbGroup vg = verbs.verbAt(left, p);
    if (vg == null || vg.last() != p || verbs.isNegated(left, vg)) {
      return null;
    }
    for (int k = p + 1; k < left.size(); k++) {
      if (!left.get(k).isWord() && !left.get(k).is("'", "-")) {
        return null; // the participle clause was closed before the quote: not the one it stands in
      }
    }
    for (int c = 0; c < right.size(); c++) {
      Word w = right.get(c);
      if (w.is(",")) {
        return c + 1 < right.size() ? clauses.clauseSubject(right.subList(c + 1, right.size()), previous, at) : null;
      }
      if (!w.isWord() && !w.is("'", "-")) {
        return null; // the sentence or a parenthesis ends first: no main clause to read
      }
    }
    return null;
  }

  /**
   * "« ... » : cette phrase prononcée par X lors du débat est vraie", "« ... », ces mots de X ont
   * ...": a demonstrative phrase right after the quote that names its words, completed by the
   * agent of a participle or by "de" and a person. Null otherwise.
   */
  Speaker demonstrativeAfter(List<Word> right) {
    if (right.size() < 4 || !right.get(0).is(":", ",") || !right.get(1).is("ce", "cet", "cette", "ces")) {
      return null;
    }
    int end = 2;
    while (end < right.size() && end - 2 < DEMONSTRATIVE_WORDS && right.get(end).isWord()
        && !FrenchWords.FINITE_VERBS.contains(right.get(end).lower()) && !verbs.tagged(right.get(end))
        && !(verbs.isVerb(right.get(end)) && !VerbGroups.isParticiple(right.get(end)))) {
      end++;
    }
    List<Word> phrase = right.subList(1, end);
    Speaker s = clauses.agent(phrase);
    return s != null ? s : clauses.speechNoun(phrase);
  }

  /** Whether the words of quote {@code q} end its sentence: a stop inside or right after the marks, then a capital. */
  boolean endsSentence(Marked q) {
    String text = quoted.text();
    int last = q.end() - 1;
    while (last > q.start() && Word.isSpace(text.charAt(last))) {
      last--;
    }
    boolean stop = last >= 0 && ".!?…".indexOf(text.charAt(last)) >= 0;
    int i = skipSpaces(text, q.close());
    if (!stop && i < text.length() && ".!?…".indexOf(text.charAt(i)) >= 0) {
      stop = true;
      i = skipSpaces(text, i + 1);
    }
    return stop && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Word.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  /** Determiners and speech nouns of "Tels sont les mots de X", "Telle est la conviction de X". */
  private static final java.util.Set<String> SUCH = java.util.Set.of("tel", "telle", "tels", "telles");

  /**
   * The sentence after a quote standing alone, when it gives the quote's words to someone: "C'est
   * ce qu'a affirmé X jeudi.", "C'est ce que X a expliqué.", "Voilà ce que déclarait X.", "Ces
   * mots sont ceux de X.", "Telle est la conviction de X.", "Pas sûr que le compliment lancé par X
   * ...". Its speaker, {@link Speaker#UNNAMED} when the
   * sentence claims the words for someone who names no speaker ("C'est ce qu'affirme un proche"),
   * or null when the sentence is not such a claim.
   */
  Speaker claimAfter(Marked q) {
    String text = quoted.text();
    int from = skipSpaces(text, q.close());
    if (from < text.length() && ".!?…".indexOf(text.charAt(from)) >= 0) {
      from = skipSpaces(text, from + 1);
    }
    if (from >= text.length() || text.charAt(from) == '\n') {
      return null;
    }
    List<Word> ws = quoted.words(from, quoted.sentenceEnd(from));
    Speaker s = whatSaid(ws, from);
    if (s == null) {
      s = ownedBy(ws, from);
    }
    if (s == null) {
      s = framedBy(ws, from);
    }
    return s != null ? s : spokenBy(ws);
  }

  /**
   * "Par ces mots, X a confirmé que ...", "En ces termes, le ministre a répondu", "Ainsi parlait
   * X.": the sentence after a quote standing alone opens with the quote's words taken up ("par ces
   * mots", "ainsi"); the subject of its verb said them. Null when the sentence is not of that
   * kind or its subject names no speaker.
   */
  private Speaker framedBy(List<Word> ws, int at) {
    if (ws.size() > 4 && ws.get(0).is("par", "avec", "en") && ws.get(1).is("ces")
        && (SpeechNouns.isSpeechNoun(ws.get(2).lower()) || ws.get(2).is("termes")) && ws.get(3).is(",")) {
      List<Word> clause = ws.subList(4, ws.size());
      Speaker s = clauses.clauseSubject(clause, null, at);
      if (s != null) {
        return s;
      }
      // "Par ces mots, X, le directeur de cabinet de Y, a confirmé": the name apposed to its role
      Entity e = people.at(clause.get(0).start());
      boolean apposed = e != null && e.type() == EntityType.PERSON && e.start() == clause.get(0).start();
      boolean closed = apposed && clause.stream().anyMatch(w -> w.start() >= e.end() && w.is(","));
      return closed ? resolver.person(e, null) : null;
    }
    if (ws.size() > 2 && ws.get(0).is("ainsi")) {
      VerbGroup vg = verbs.verbAt(ws, 1);
      if (vg == null) {
        vg = verbs.inciseAt(ws, 1); // "Ainsi s'exprimait X": any verb inverted after "ainsi"
      }
      if (vg == null || vg.pronoun() != null) {
        return null; // "Ainsi parlait-il": the pronoun's person is left to the paragraph
      }
      int[] np = phrases.npAfter(ws, vg.last() + 1);
      return np != null && resolver.namesSpeaker(np[0], np[1]) ? resolver.resolve(np[0], np[1], at, null, true) : null;
    }
    return null;
  }

  /**
   * "Pas sûr que le compliment lancé par X touche le président.": a noun for words said, a past
   * participle and "par" with a person's name, in the sentence after a quote standing alone. Null
   * otherwise; "interrogé par X" is no speech noun, and names the one who asks.
   */
  private Speaker spokenBy(List<Word> ws) {
    for (int i = 0; i + 3 < ws.size(); i++) {
      if (!SpeechNouns.isSpeechNoun(ws.get(i).lower()) || !VerbGroups.isParticiple(ws.get(i + 1))
          || !ws.get(i + 2).is("par")) {
        continue;
      }
      int k = i + 3;
      while (k < ws.size() - 1 && (FrenchWords.DEFINITE.contains(ws.get(k).lower()) || FrenchWords.TITLES.contains(ws.get(k).lower()))) {
        k++;
      }
      Entity e = people.at(ws.get(k).start());
      return e != null && e.type() == EntityType.PERSON && !quoted.inQuote(e.start()) ? resolver.person(e, null) : null;
    }
    return null;
  }

  /** "C'est ce qu'a affirmé X", "C'est aussi ce que X a expliqué", "Voilà ce que déclarait X". */
  private Speaker whatSaid(List<Word> ws, int at) {
    int k;
    if (ws.size() > 2 && ws.get(0).is("c'", "c’") && ws.get(1).is("est", "était")) {
      k = 2;
    } else if (!ws.isEmpty() && ws.get(0).is("c'est", "c’est", "voilà", "voici")) {
      k = 1;
    } else {
      return null;
    }
    int ce = -1;
    for (int i = k; i < ws.size() - 2 && i - k <= CLAIM_LEAD; i++) {
      if (ws.get(i).is("ce") && ws.get(i + 1).is("que", "qu'", "qu’")) {
        ce = i;
        break;
      }
      if (!ws.get(i).isWord()) {
        return null;
      }
    }
    if (ce < 0) {
      return null;
    }
    List<Word> clause = ws.subList(ce + 2, ws.size());
    VerbGroup inverted = verbs.verbAt(clause, 0);
    if (inverted != null) {
      if (inverted.pronoun() != null) {
        return null; // "c'est ce qu'a-t-il" is no French; a pronoun subject comes before the verb
      }
      int[] np = phrases.npAfter(clause, inverted.last() + 1);
      if (np == null || !resolver.namesSpeaker(np[0], np[1])) {
        // "C'est ce qu'a assuré ce samedi X": the name after the date
        Speaker far = farSubject(clause, inverted, false, at);
        return far != null ? far : Speaker.UNNAMED; // "C'est ce qu'affirme un proche du dossier."
      }
      Speaker s = resolver.resolve(np[0], np[1], at, null, true);
      return s != null ? s : Speaker.UNNAMED;
    }
    for (int v = 1; v < clause.size(); v++) {
      VerbGroup vg = verbs.verbAt(clause, v);
      if (vg != null) {
        if (vg.pronoun() != null) {
          return null;
        }
        Speaker s = clauses.clauseSubject(clause, null, at);
        return s != null ? s : Speaker.UNNAMED;
      }
      if (!clause.get(v).isWord()) {
        return null;
      }
    }
    return null;
  }

  /** "Ces mots sont ceux de X", "Ce sont les propos de X", "Telle est la conviction de X", "Cette phrase de X ...". */
  private Speaker ownedBy(List<Word> ws, int at) {
    int of = -1;
    if (ws.size() > 3 && ws.get(0).is("ces", "ce", "cette") && SpeechNouns.isSpeechNoun(ws.get(1).lower())) {
      // "Ces mots sont ceux de X"; "«...». Cette phrase d'un jeune homme en psychanalyse fait partie ..."
      of = ws.size() > 4 && ws.get(2).is("sont", "est", "étaient", "était")
          && ws.get(3).is("ceux", "celles", "celui", "celle") ? 4 : 2;
    } else if (ws.size() > 4 && SUCH.contains(ws.get(0).lower()) && ws.get(1).is("est", "sont", "était", "étaient")
        && FrenchWords.DEFINITE.contains(ws.get(2).lower())) {
      of = 4;
      while (of < ws.size() && of <= 6 && !ws.get(of).is("de", "d'", "du", "des")) {
        of++;
      }
    } else if (ws.size() > 4 && (ws.get(0).is("ce") && ws.get(1).is("sont") || ws.get(0).is("c'") && ws.get(1).is("est"))
        && FrenchWords.DEFINITE.contains(ws.get(2).lower()) && SpeechNouns.isSpeechNoun(ws.get(3).lower())) {
      of = 4;
    }
    if (of < 0 || of >= ws.size() - 1 || !ws.get(of).is("de", "d'", "du", "des")) {
      return null;
    }
    int start = ws.get(of).is("du", "des") ? of : of + 1;
    Entity e = people.at(ws.get(start).start());
    if (e != null && e.type() == EntityType.PERSON && !quoted.inQuote(e.start())) {
      return resolver.person(e, null);
    }
    int[] np = phrases.npAfter(ws, start);
    if (np != null && !resolver.namesSpeaker(np[0], np[1])
        && PersonNouns.heads(Subjects.wordsOf(ws, np))) {
      return new Speaker(resolver.phrase(np[0], np[1]), null, null, np[0]); // "Cette phrase d'un jeune homme"
    }
    if (np == null || !resolver.namesSpeaker(np[0], np[1])) {
      return Speaker.UNNAMED;
    }
    Speaker s = resolver.resolve(np[0], np[1], at, null, true);
    return s != null ? s : Speaker.UNNAMED;
  }

}
