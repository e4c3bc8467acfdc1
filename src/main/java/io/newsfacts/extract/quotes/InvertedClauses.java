package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * The inverted reporting clause after a quote, whose subject follows its verb: "« ... », a déclaré
 * X", "« ... » avait déjà glissé le 15 mai dans la matinée X", "», s'empresse d'ajouter la
 * présidente du parti", "», tance le fondateur du journal", "», témoigne Mouna, une mère de
 * famille", and further on in the sentence ("« ... » entre Paris et Bordeaux, a souligné X.").
 * The subject read over circumstances is {@link LaterClauses#farSubject}'s. Split from {@link
 * LaterClauses}; {@link SpeakerFinder} tries these among its cues.
 */
final class InvertedClauses {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final Subjects subjects;
  private final LaterClauses later;

  InvertedClauses(ArticleReading reading, Subjects subjects, LaterClauses later) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.subjects = subjects;
    this.later = later;
  }

  /** "« ... » entre Paris et Bordeaux, a souligné Rachel Picard.": an inverted clause later on. */
  Speaker endIncise(List<Word> ws, Speaker previous, int at) {
    for (int k = 1; k < ws.size(); k++) {
      if (ws.get(k - 1).is(",")) {
        VerbGroup vg = verbs.verbAt(ws, k);
        // a present participle has no subject after it: ", parlant des premiers effets"
        if (vg != null && (vg.pronoun() != null
            || verbs.isFinite(ws, vg) && phrases.startsNounPhrase(ws, vg.last() + 1) && !spokenToUnnamed(ws, k, vg))) {
          Speaker s = subjects.invertedSubject(ws, vg, previous, at);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /**
   * "», expliquait au HuffPost en 2016, lors de cette victoire historique, X, chercheur au CNRS":
   * an inverted reporting verb right after the quote whose subject, a person's name, comes after
   * the medium, the date and other circumstances. Null when something else comes first (a verb,
   * a relative, another quote) or when the verb is not inverted.
   */
  Speaker farInverted(List<Word> left, List<Word> right, int at) {
    int i = VerbGroups.afterMarks(right, 0);
    if (i >= right.size() || i == 0 && !opensSentence(left)) {
      return null; // no comma inside a sentence: the quote may be the verb's object, not an incise
    }
    VerbGroup vg = verbs.verbAt(right, i);
    if (vg == null || vg.pronoun() != null) {
      return null;
    }
    if (i == 0 && (right.get(vg.last()).lower().endsWith("ant") || !verbs.isFinite(right, vg))) {
      return null; // "« ... » soulignant": a participle has no subject after it
    }
    return later.farSubject(right, vg, false, at);
  }

  /**
   * Whether a quote whose sentence starts with the words {@code left} opens its sentence: a
   * reporting verb right after it, even with no comma ("« ... » avait déjà glissé le 15 mai dans
   * la matinée X"), has its subject after it, as the quote, the verb's object, cannot be its subject.
   */
  static boolean opensSentence(List<Word> left) {
    return left.stream().noneMatch(Word::isWord);
  }

  /**
   * "», anticipe d'ores et déjà X", "», avait à l'époque réagi X", "», a ainsi mis en garde le
   * député de l'Hérault X": a verb that no list holds, known by its form ({@link VerbGroups#formAt})
   * right after the comma that follows the quote, then a person's name once circumstances are read
   * over. French puts no comma between a subject and its verb, so the quote is not the verb's
   * subject: the clause is an incise whatever its verb, and the person named after it said the
   * words. Null when no such verb opens the words, no name follows it ({@link #farSubject}), or a
   * relative pronoun before the quote opens a clause that the comma may close ("Ce groupe, qui
   * rendra ses conclusions «...», comprendra X": the verb is the group's).
   */
  Speaker formInverted(List<Word> left, List<Word> right, int at) {
    left = ownClause(left);
    for (Word w : left) {
      if (w.is(FrenchWords.RELATIVE_PRONOUNS)) {
        return null;
      }
    }
    int i = VerbGroups.afterMarks(right, 0);
    if (i == 0 || i >= right.size() || !right.get(i - 1).is(",")) {
      return null;
    }
    VerbGroup vg = VerbGroups.formAt(right, i);
    if (vg == null) {
      return null;
    }
    vg = withInfinitive(right, vg);
    Speaker s = describedSubject(left, right, vg, at);
    return s != null ? s : later.farSubject(right, vg, false, at);
  }

  /**
   * The words of {@code left} after the last stop or quoted word: "... au galop.» «Je ne veux pas
   * ...», se justifie X" read as one sentence holds another quote's clause, whose relative or verb
   * is not the one the quote stands in.
   */
  private List<Word> ownClause(List<Word> left) {
    for (int k = left.size() - 1; k >= 0; k--) {
      Word w = left.get(k);
      if (w.is(".", "!", "?", "…") || quoted.inQuote(w.start())) {
        return left.subList(k + 1, left.size());
      }
    }
    return left;
  }

  /**
   * "s'empresse d'ajouter", "croit savoir", "se contente de répondre", "a fini par reconnaître":
   * the group of verb group {@code vg} and the reporting infinitive it governs, which says the
   * words are reported; {@code vg} itself when no such infinitive follows it.
   */
  private VerbGroup withInfinitive(List<Word> ws, VerbGroup vg) {
    int k = vg.last() + 1;
    if (k < ws.size() && ws.get(k).is("de", "d'", "à", "par")) {
      k++;
    }
    if (k >= ws.size()) {
      return vg;
    }
    Word w = ws.get(k);
    String l = w.lower();
    boolean infinitive = !w.isCapitalised() && Word.infinitiveEnding(l)
        && !VerbForms.thirdPerson(l) && verbs.isVerb(w);
    return infinitive ? new VerbGroup(vg.first(), k, vg.pronoun()) : vg;
  }

  /**
   * "« ... », tance le fondateur du journal Fakir.": the noun phrase right after an inverted verb
   * in no list, when it ends the clause and names someone by a role, a source or a name in it
   * ({@link SpeakerResolver#resolve} strictly); the position makes it the subject. Not when the
   * words before the quote hold a verb: "X a dénoncé «...», a quitté la salle" goes on with X's
   * own verb, and the phrase after it is its object; nor after "être" not reflexive ("», est arrivé
   * le président": a verb of motion).
   */
  private Speaker describedSubject(List<Word> left, List<Word> right, VerbGroup vg, int at) {
    int p = VerbAdverbs.after(right, vg.last() + 1);
    if (right.get(vg.first()).is("est") || p >= right.size() || !FrenchWords.DETERMINERS.contains(right.get(p).lower())
        || left.stream().anyMatch(w -> verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower()))) {
      return null;
    }
    int[] np = phrases.npAfter(right, p);
    if (np == null || np[0] != right.get(p).start()) {
      return null;
    }
    for (Word w : right) {
      if (w.start() >= np[1]) {
        return w.is(",", ".", ":", ";", "(", "!", "?", "…") ? resolver.resolve(np[0], np[1], at, null, true) : null;
      }
    }
    return resolver.resolve(np[0], np[1], at, null, true);
  }

  /**
   * Whether verb group {@code vg} at word {@code i} opens with the pronoun of the one spoken to
   * ("», lui a répondu la salle") and has after it no phrase that names a speaker (a name, a role,
   * a source, an indefinite phrase or a description of a person: "», me dit un opposant", "», lui
   * a répliqué le sarkozyste"): the words of a crowd or of a thing, not to be taken for a speaker.
   */
  boolean spokenToUnnamed(List<Word> ws, int i, VerbGroup vg) {
    if (VerbGroups.afterObjectPronoun(ws, i) == i) {
      return false;
    }
    int[] np = phrases.npAfter(ws, vg.last() + 1);
    if (np == null || resolver.namesSpeaker(np[0], np[1])) {
      return np == null;
    }
    List<Word> words = Subjects.wordsOf(ws, np);
    boolean person = !FrenchWords.DEFINITE.contains(words.get(0).lower()) // "m'a dit un opposant socialiste"
        || PersonNouns.heads(words) || words.size() > 1 && Variations.isTrait(words, 1);
    return !person && resolver.resolve(np[0], np[1], np[0], null, true) == null;
  }

  /** Capitalised words a name no list knows may hold ("Mouna", "Mouna Benali"). */
  private static final int UNKNOWN_NAME_WORDS = 2;

  /**
   * "», témoigne Mouna, une mère de famille de 35 ans": capitalised words that no list or tagger
   * knows, right after inverted verb group {@code vg} and followed by an apposition (a comma, then
   * a determiner and a noun, or an age): a person's name, the subject. Null otherwise.
   */
  Speaker apposedName(List<Word> ws, VerbGroup vg) {
    int k = VerbAdverbs.after(ws, vg.last() + 1);
    int end = k;
    while (end < ws.size() && end - k < UNKNOWN_NAME_WORDS && ws.get(end).isWord() && ws.get(end).isCapitalised()
        && !ws.get(end).text().equals(ws.get(end).text().toUpperCase(java.util.Locale.ROOT))
        && people.at(ws.get(end).start()) == null && !quoted.inQuote(ws.get(end).start())) {
      end++;
    }
    if (end == k || end + 2 >= ws.size() || !ws.get(end).is(",")) {
      return null;
    }
    Word a = ws.get(end + 1);
    Word b = ws.get(end + 2);
    boolean apposition = a.is("un", "une", "le", "la", "l'") && b.isWord() && !b.isCapitalised()
        || a.isDigits() && b.is("ans");
    String name = resolver.phrase(ws.get(k).start(), ws.get(end - 1).end());
    return !apposition || Media.isMedium(name) ? null : new Speaker(name, null, null, ws.get(k).start());
  }

  /** Words read after an inverted verb for its subject ("prévient toutefois sur BFMTV X"). */
  private static final int INVERTED_SUBJECT_WORDS = 6;

  /**
   * Whether a reporting verb inverted after the quote and a comma has for subject a person no
   * rule resolved and not {@code previous}: "», prévient toutefois sur BFMTV Guillaume Tabard,
   * éditorialiste" with a name the tagger missed, read by its given name. The sentence's own cue
   * names someone else: the quote is not the previous speaker's nor the paragraph's.
   */
  boolean unresolvedInversion(List<Word> right, Speaker previous) {
    int i = VerbGroups.afterMarks(right, 0);
    if (i == 0 || i >= right.size() || !right.get(i - 1).is(",")) {
      return false;
    }
    VerbGroup vg = verbs.verbAt(right, i);
    if (vg == null || vg.pronoun() != null || right.get(vg.last()).lower().endsWith("ant") || !verbs.isFinite(right, vg)) {
      return false;
    }
    for (int k = vg.last() + 1; k + 1 < right.size() && k - vg.last() <= INVERTED_SUBJECT_WORDS; k++) {
      Word w = right.get(k);
      if (!w.isWord()) {
        return false;
      }
      Word next = right.get(k + 1);
      if (people.isFirstName(w.lower()) && w.isCapitalised() && next.isCapitalised() && next.isWord()) {
        return previous == null || !previous.name().contains(next.text());
      }
    }
    return false;
  }
}
