package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.text.QuoteMarks;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether set-off words are someone's words (a quote) rather than a term, a title or a scare
 * quote, as GUIDELINES.md says: "at least about five words or a full clause" that someone said or
 * wrote; «effet Trump», a book's title, a slogan are not quotes.
 *
 * <p>The speaker rules ({@link SpeakerFinder}) say who; this class says whether. It reads its own
 * cues, so that words a reporting verb hands to someone stay a quote even when no speaker is
 * found ("«développer un front républicain offensif», a-t-il expliqué" after two women named).
 */
final class QuoteCriteria {
  /** Fewer words than this are a term, whatever the context. */
  static final int MIN_WORDS = 3;
  /** A phrase that is not a clause needs this many words (a clause handed to a speaker needs fewer). */
  static final int PHRASE_WORDS = 5;
  /** A clause with no cue needs this many words when it stands alone («On est tous solidaires».). */
  static final int CLAUSE_WORDS = 4;
  /** A reporting verb this many words before the quote, in its sentence, still reports it. */
  static final int REPORT_REACH = 12;
  /** Verbs of the reporting list too common in other senses to report words far from them. */
  private static final Set<String> WEAK_LEMMAS = Set.of("faire", "poursuivre", "continuer", "terminer",
      "reprendre", "apprendre", "défendre", "avancer", "lancer", "emporter", "relever", "pointer",
      "développer", "maintenir", "soutenir", "rebondir", "souffler", "glisser", "parler", "évoquer");

  private final QuotedText quoted;
  private final VerbGroups verbs;
  private final ReportingVerbs reporting;
  private final Set<String> titleWords;
  private final PollAnswers polls;

  /** Read once: the criteria are built for each article. */
  private static final Set<String> TITLE_WORDS = Set.copyOf(Lexicon.lines("quotes/title-nouns.txt"));
  private static final List<String> SURVEY_WORDS = Lexicon.lines("quotes/survey-words.txt");
  private static final Set<String> NAMING_WORDS = Set.copyOf(Lexicon.lines("quotes/naming-words.txt"));
  private static final Set<String> CREATION_PARTICIPLES = Set.copyOf(Lexicon.lines("quotes/creation-participles.txt"));

  QuoteCriteria(QuotedText quoted, VerbGroups verbs, ReportingVerbs reporting) {
    this(quoted, verbs, reporting, TITLE_WORDS, SURVEY_WORDS);
  }

  QuoteCriteria(QuotedText quoted, VerbGroups verbs, ReportingVerbs reporting, Set<String> titleWords,
      List<String> surveyWords) {
    this.quoted = quoted;
    this.verbs = verbs;
    this.reporting = reporting;
    this.titleWords = titleWords;
    this.polls = new PollAnswers(quoted, surveyWords);
  }

  /** Why set-off words are, or are not, a quote. */
  enum Verdict {
    /** A term, a title, a scare quote. */
    NOT_A_QUOTE,
    /** A clause or a long phrase, or words a speaker cue hands to someone. */
    QUOTE,
    /**
     * Words only a reporting verb of their sentence makes a quote ("X a insisté sur le fait que
     * cette loi allait «...»"): the verb's subject is the speaker, not a speaker carried over.
     */
    REPORTED,
    /** A short clause that stands as a sentence or a heading of its own. */
    ALONE;

    boolean isQuote() {
      return this != NOT_A_QUOTE;
    }
  }

  /**
   * Whether the set-off words of {@code m} are a quote: {@code words} words, a clause or not,
   * with {@code cue} the speaker rules' cue.
   */
  Verdict judge(Marked m, Cue cue, int words, boolean clause) {
    boolean incise = cue == Cue.AFTER || cue == Cue.INCISE;
    if (words < MIN_WORDS || titled(m) && !incise && !(clause && words > PHRASE_WORDS && opensLowerCaseLetter(m))
        || polls.survey(m) && !(incise && !polls.pollAfter(m))) {
      return Verdict.NOT_A_QUOTE; // "une association «...», explique L'Obs": someone's words after all
    }
    if (words <= WORK_WORDS && (dated(m) || created(m) || !incise && glossed(m, clause))
        || !clause && !incise && (inWork(m) || named(m))) {
      return Verdict.NOT_A_QUOTE;
    }
    boolean enough = words >= PHRASE_WORDS || clause; // "« Rien n'est joué », estime X": a short full clause
    if (cue.explicit() || cue == Cue.SAME_SENTENCE) {
      return enough ? Verdict.QUOTE : Verdict.NOT_A_QUOTE;
    }
    if (clause && words >= PHRASE_WORDS) {
      return Verdict.QUOTE;
    }
    if (enough && reported(m) || words >= PHRASE_WORDS && reportedByThat(m)
        || words >= LONG_PHRASE_WORDS && lowerCaseStart(m)) {
      return Verdict.REPORTED;
    }
    return clause && words >= CLAUSE_WORDS && standsAlone(m) ? Verdict.ALONE : Verdict.NOT_A_QUOTE;
  }

  /**
   * A phrase this long is someone's wording even with no reporting verb near it ("les six
   * partenaires s'étaient engagés à «explorer les moyens de promouvoir la coopération en matière
   * de sécurité en Asie du Nord-Est»"): terms and scare quotes are short, and a title this long
   * opens with a capital (or follows a title word).
   */
  static final int LONG_PHRASE_WORDS = 10;

  /**
   * Whether a participle saying who made a work follows the closing mark directly, with no comma
   * ("le spectacle «Un 22 octobre 1941 : ils rêvaient de liberté» écrit et mis en scène par X",
   * "«Les Visiteurs» réalisé par Jean-Marie Poiré"): the words are the work's title.
   */
  private boolean created(Marked m) {
    List<Word> right = quoted.words(m.close(), quoted.sentenceEnd(m.close()));
    return !right.isEmpty() && CREATION_PARTICIPLES.contains(right.get(0).lower());
  }

  /**
   * Whether the set-off words open with a lower-case letter: no title, no figure a poll or a
   * statistic gives ("le sondage «40% des sondés pensent que ...»" opens with a digit).
   */
  boolean opensLowerCaseLetter(Marked m) {
    return Character.isLowerCase(quoted.text().charAt(m.start()));
  }

  /** Whether the set-off words open with a lower-case word: a fragment of a sentence, not a title. */
  boolean lowerCaseStart(Marked m) {
    List<Word> inside = Word.scan(quoted.text(), m.start(), m.end());
    return !inside.isEmpty() && inside.get(0).isWord() && !inside.get(0).isCapitalised();
  }

  /** A title of a work is at most this many words long; longer words before "(1933)" are a passage of it. */
  static final int WORK_WORDS = 12;
  /** A year alone in brackets right after the marks: «Comment le capitalisme nous infantilise» (2007). */
  private static final Pattern YEAR_AFTER = Pattern.compile("\\s*\\(\\s*(?:1[5-9]|20)\\d\\d\\s*\\)");

  /**
   * Whether a year alone in brackets follows the marks: the words are the title of a work and its
   * date ("Dans «Comment le capitalisme nous infantilise» (2007), il affirme"); a passage quoted
   * from a work gives more than a year ("(Kurlbaum-Siebert, 1933, p. 56)") and is longer.
   */
  boolean dated(Marked m) {
    return YEAR_AFTER.matcher(quoted.text()).region(m.close(), quoted.text().length()).lookingAt();
  }

  /**
   * "Il poursuit son œuvre dans «W. ou le souvenir d'enfance»", "il l'a dit dans «Le Journal du
   * dimanche»": capitalised words that are no clause, right after "dans", name a work or a
   * publication the words are in.
   */
  boolean inWork(Marked m) {
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    List<Word> inside = Word.scan(quoted.text(), m.start(), m.end());
    return !left.isEmpty() && left.get(left.size() - 1).is("dans") && !inside.isEmpty()
        && inside.get(0).isWord() && inside.get(0).isCapitalised();
  }

  /**
   * "membres de la «Plateforme Paradis fiscaux et judiciaires»", "dans le cadre du «Train Europe 1
   * des municipales»": words that are no clause, opened by a capital and holding another, right
   * after a determiner are a name that the determiner introduces (an organisation, a programme, an
   * event), nobody's words. One capital is no name: "par un «Premier ministre et un gouvernement
   * de gauche»" is someone's wording.
   */
  boolean named(Marked m) {
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    List<Word> inside = Word.scan(quoted.text(), m.start(), m.end());
    if (left.isEmpty() || inside.isEmpty() || !inside.get(0).isWord() || !inside.get(0).isCapitalised()
        || inside.stream().filter(w -> w.isWord() && w.isCapitalised()).count() < 2) {
      return false;
    }
    Word before = left.get(left.size() - 1);
    return FrenchWords.DETERMINERS.contains(before.lower()) || before.is("au", "aux");
  }

  /** Words a bracket may hold before a gloss in quotation marks ("ndlr :", "en français :"). */
  private static final int GLOSS_LEAD = 3;

  /**
   * "Promised Land (ndlr : «Terre promise»)", "FrackNation («Nation de la fracture»)": short words
   * that fill a bracket after a short lead and a colon, or words that are no clause right after a
   * name, gloss that name (a translation, a title, an acronym spelt out); they are nobody's words.
   * The tagger often reads a verb in capitalised titles, so no clause test after a lead; right
   * after a name, a clause is that person's words ("le diagnostic d'Anatole France («la vie est
   * trop courte et Proust est trop long»)"), and after a common noun a remark ("sa rouerie («On ne
   * sort de l'ambiguïté qu'à son détriment»)").
   */
  boolean glossed(Marked m, boolean clause) {
    String text = quoted.text();
    int j = m.close();
    while (j < text.length() && (QuoteMarks.isSpace(text.charAt(j)) || text.charAt(j) == '.')) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != ')') {
      return false;
    }
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    int i = left.size() - 1;
    boolean colon = i >= 0 && left.get(i).is(":");
    if (colon) {
      i--;
    }
    for (int k = i; k >= 0 && i - k <= GLOSS_LEAD; k--) {
      if (left.get(k).is("(")) {
        // "(ndlr : «", or "Gasland («": a name right before the bracket; not "sa rouerie («On ne ...»)"
        return colon || !clause && k == i && k > 0
            && (left.get(k - 1).isCapitalised() || left.get(k - 1).is("»", "\"", "”"));
      }
      if (!left.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** How far before the marks a naming participle still names them ("dénommé par les historiens «...»"). */
  private static final int NAMING_REACH = 4;

  /**
   * "le livre «...»", "la chanson de Julien Clerc «...»", "une campagne baptisée «...»": a title
   * or a name, whoever wrote it. {@link #judge} reads a clause that opens lower-case as words
   * after all when longer than a short title or slogan («on ne lâche rien»): "l'obtention du brevet «ce doit être un moment
   * très solennel»", "le mouvement «ne peut pas devenir une annexe»" say something of the noun.
   */
  boolean titled(Marked m) {
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    int i = left.size() - 1;
    if (i >= 0 && left.get(i).is(":") && !reported(m)) {
      i--; // "le slogan : «...»", but not "déclarait-il au cours de cette conférence : «...»"
    }
    if (i >= 0 && left.get(i).is("(")) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (titleWords.contains(left.get(i).lower()) || NAMING_WORDS.contains(left.get(i).lower())
        || renaming(left.get(i).lower())) {
      return true;
    }
    // "dénommé par les historiens «...»": a naming participle reaches over its agent
    for (int k = i - 1; k >= 0 && i - k <= NAMING_REACH && left.get(k).isWord(); k--) {
      if (naming(left.get(k).lower())) {
        return true;
      }
    }
    // "de Julien Clerc", "d'Eric Zemmour", "du PS": a name after the title word
    int j = i;
    while (j >= 0 && left.get(j).isWord() && left.get(j).isCapitalised() && i - j < 4) {
      j--;
    }
    return j < i && j >= 1 && left.get(j).is("de", "d'", "du", "des")
        && titleWords.contains(left.get(j - 1).lower());
  }

  /**
   * A naming participle of the title words ("intitulé", "baptisée", "surnommés", "dénommé"), a
   * naming verb ("intituler", "baptisent") or a legal title's adjective ("la loi relative «...»").
   */
  private boolean naming(String w) {
    return titleWords.contains(w) && Word.firstGroupParticiple(w)
        || NAMING_WORDS.contains(w) || renaming(w);
  }

  /** The prefix of repetition: "rebaptisé", "renommés" name again what "baptisé", "nommés" name. */
  private static final String AGAIN = "re";

  /**
   * A naming participle or verb with the prefix of repetition ("le projet de loi, rebaptisé
   * «Projet de loi pour redonner confiance dans la vie démocratique»", "les écoles normales
   * rebaptisées «IUFM»"): the words are the new name, not someone's words.
   */
  private boolean renaming(String w) {
    if (!w.startsWith(AGAIN) || w.length() <= AGAIN.length() + 3) {
      return false;
    }
    String bare = w.substring(AGAIN.length());
    return titleWords.contains(bare) && Word.firstGroupParticiple(bare) || NAMING_WORDS.contains(bare);
  }

  /**
   * Whether a reporting verb hands the words to someone, found or not: "», a-t-il expliqué",
   * "«...», expliquent-ils", "X a insisté sur le fait que cette loi allait «...»", "Appelant à «»",
   * "selon elle à «...»".
   */
  boolean reported(Marked m) {
    List<Word> right = quoted.words(m.close(), quoted.sentenceEnd(m.close()));
    int i = VerbGroups.afterMarks(right, 0);
    if (i < right.size()) {
      VerbGroup vg = verbs.verbAt(right, i);
      if (vg != null && !verbs.isNegated(right, vg) || (vg = verbs.inciseAt(right, i)) != null && vg.pronoun() != null) {
        return true;
      }
      if (i > 0 && right.get(i - 1).is(",") && (invertedAfterAuxiliary(right, i) || invertedFirstOrSecond(right.get(i)))) {
        return true;
      }
    }
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    for (int k = left.size() - 1; k >= 0 && left.size() - k <= REPORT_REACH; k--) {
      Word w = left.get(k);
      if (w.is("selon", "d'après")) {
        return true;
      }
      if (reports(left, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X a pu confirmer jeudi au téléphone que l'épouse du Nobel, décédé il y a une semaine, est
   * bien «quelque part dans la lointaine province du Yunnan»": further back than {@link
   * #REPORT_REACH}, a reporting verb whose "que" opens the clause the words are in. Weaker than a
   * verb near the marks, so only for phrases ("soient écrasés par un système «bien de chez nous»"
   * is a scare quote).
   */
  boolean reportedByThat(Marked m) {
    List<Word> left = quoted.words(quoted.sentenceStart(m.open()), m.open());
    for (int k = left.size() - REPORT_REACH - 1; k > 0; k--) {
      if (left.get(k).is("que", "qu'") && !clauseEndsBetween(left, k)) {
        for (int j = k - 1; j >= 0 && k - j <= THAT_REACH; j--) {
          if (reports(left, j)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words a reporting verb may stand before the "que" of its clause ("a confirmé jeudi au téléphone que"). */
  private static final int THAT_REACH = 6;

  /** Whether word {@code k} is a reporting verb, not one too common in other senses, not negated. */
  private boolean reports(List<Word> left, int k) {
    Word w = left.get(k);
    if (!w.isWord() || w.isCapitalised() && k > 0) {
      return false;
    }
    String lemma = reporting.lemma(w);
    return lemma != null && !WEAK_LEMMAS.contains(lemma) && !negated(left, k);
  }

  /** Whether a clause ends between word {@code k} and the marks: a colon, a semicolon, a dash. */
  private static boolean clauseEndsBetween(List<Word> left, int k) {
    for (int j = k + 1; j < left.size(); j++) {
      if (left.get(j).is(":", ";", "–", "—", "(")) {
        return true;
      }
    }
    return false;
  }

  /** Words read over between an auxiliary and its participle, and between the participle and its subject. */
  private static final int INCISE_GAP = 3;

  /**
   * "«...», a de son côté réagi Marine Le Pen", "«...», a étrillé à distance le chef de file": an
   * auxiliary right after the comma that follows the marks, a participle, then its subject
   * (a determiner or a name). The words before the comma cannot be that verb's subject (French
   * puts no comma between a subject and its verb), so the clause is an incise whatever its verb.
   */
  static boolean invertedAfterAuxiliary(List<Word> ws, int i) {
    if (!ws.get(i).is("a", "avait", "aurait", "ont", "avaient", "auraient")) {
      return false;
    }
    for (int k = i + 1; k < ws.size() && k <= i + 1 + INCISE_GAP && ws.get(k).isWord(); k++) {
      if (!ws.get(k).isCapitalised() && Word.nonFinite(ws.get(k).lower())) {
        for (int j = k + 1; j < ws.size() && j <= k + INCISE_GAP && ws.get(j).isWord(); j++) {
          if (FrenchWords.DETERMINERS.contains(ws.get(j).lower()) || ws.get(j).isCapitalised()) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * "«Partir du réel pour apporter des réponses neuves», écrivez-vous sur votre site", "dis-je":
   * a verb with an inverted first or second person pronoun right after the comma is an incise.
   */
  static boolean invertedFirstOrSecond(Word w) {
    String lower = w.lower();
    int dash = lower.lastIndexOf('-');
    return dash > 1 && Character.isLetter(lower.charAt(0))
        && (lower.endsWith("-vous") || lower.endsWith("-nous") || lower.endsWith("-je"));
  }

  /** "n'a jamais dit", "ne dément pas": a negation right before the verb or its auxiliary. */
  private static boolean negated(List<Word> ws, int k) {
    for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (ws.get(j).is("ne", "n'")) {
        return true;
      }
      if (!ws.get(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the quote is a sentence or a line of its own: «Ce n'est pas impensable» as a
   * sub-heading, «On est tous solidaires». after a reporting sentence.
   */
  boolean standsAlone(Marked m) {
    String text = quoted.text();
    int i = m.open() - 1;
    while (i >= 0 && QuoteMarks.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '>') {
      // "> «Nadine, arrête de tweeter!»": the arrows some sites put before a sub-heading open its line
      int arrows = i;
      while (arrows >= 0 && text.charAt(arrows) == '>') {
        arrows--;
      }
      if (arrows < 0 || text.charAt(arrows) == '\n') {
        i = arrows;
      }
    }
    if (i >= 0 && text.charAt(i) != '\n' && ".!?…:".indexOf(text.charAt(i)) < 0) {
      return false; // after a colon the words open a sentence: "# L'auto-promo : «moi, j'ai une méthode»"
    }
    int j = m.close();
    while (j < text.length() && QuoteMarks.isSpace(text.charAt(j)) && text.charAt(j) != '\n') {
      j++;
    }
    return j >= text.length() || text.charAt(j) == '\n' || ".!?…".indexOf(text.charAt(j)) >= 0
        || ".!?…".indexOf(text.charAt(m.end() - 1)) >= 0 && Character.isUpperCase(text.charAt(j));
  }

  /** A heading holds at most this many characters before its quote ("#Corse : «", "Eviter la passation ? «"). */
  private static final int HEADING_LEAD = 60;

  /**
   * Whether the quote is a heading or a sub-heading: a line of its own, perhaps after a short
   * lead ("#Corse : «Je n'accepte pas ces formes de violences»"), that a later paragraph repeats.
   */
  boolean heading(Marked m) {
    String text = quoted.text();
    int lineStart = quoted.paragraphStart(m.open());
    if (m.open() - lineStart > HEADING_LEAD || !standsAlone(m)) {
      return false;
    }
    for (int j = m.close(); j < text.length() && text.charAt(j) != '\n'; j++) {
      char c = text.charAt(j);
      if (!QuoteMarks.isSpace(c) && ".!?…".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
