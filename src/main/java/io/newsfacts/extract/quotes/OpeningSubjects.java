package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.List;

/**
 * The subject that opens a clause, read whatever its verb once the frames that open the sentence
 * are read over ({@link #clauseSubject}): the speaker of a clause a colon closes, of the sentence
 * a quote stands in with no reporting verb ({@link #embeddedSubject}), of the clause a detached
 * participle hangs on ({@link #participleSubject}), and the signatories a "nous" apposition
 * names. Split from {@link ClauseSpeakers}, which asks it.
 */
final class OpeningSubjects {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final ClauseObjects objects;

  OpeningSubjects(ArticleReading reading, ClauseObjects objects) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.phrases = reading.phrases();
    this.resolver = reading.resolver();
    this.objects = objects;
  }

  /**
   * "Nous, représentants de la société civile, affirmons avec force :": the signatories of a
   * collective text, named by the apposition to "nous" before a verb in the first person plural;
   * the speaker is the article's phrase. Null otherwise.
   */
  private Speaker signatories(List<Word> clause) {
    if (clause.size() < 5 || !clause.get(0).is("nous") || !clause.get(1).is(",")) {
      return null;
    }
    for (int m = 2; m < clause.size() - 1 && m <= NounPhrases.MAX_WORDS + 2; m++) {
      if (clause.get(m).is(",")) {
        Word verb = clause.get(m + 1);
        boolean plural = verb.isWord() && !verb.isCapitalised() && verb.lower().endsWith("ons");
        return m > 2 && plural ? new Speaker(resolver.phrase(clause.get(2).start(), clause.get(m - 1).end()), null, null,
            clause.get(2).start()) : null;
      }
      if (!clause.get(m).isWord()) {
        return null;
      }
    }
    return null;
  }

  /** Words no noun phrase of people holds: a clause opened inside it, or a subject pronoun. */
  private static final java.util.Set<String> NOT_IN_PHRASE = java.util.Set.of("que", "qu'", "qui", "dont", "où", "je",
      "j'", "tu", "il", "elle", "on", "ils", "elles", "et", "ou", "mais");

  /** Whether {@code ws} is a plain noun phrase: words only, no clause inside ("la voisine que je croisais"). */
  private static boolean plainPhrase(List<Word> ws) {
    for (Word w : ws) {
      if (!w.isWord() || w.is("«»") || NOT_IN_PHRASE.contains(w.lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Le 18 mars, sur la place de la République, X a magnifié les identifications : «", "D'ailleurs,
   * le ministre des Affaires étrangères X a été d'une rare clarté :", "Le Parlement présentait le
   * débat ainsi : «": the subject of the first verb of the clause a colon closes, whatever the
   * verb, once the frames that open the sentence are read over. Only a subject that names a
   * speaker (a name, a role, a source), read strictly: "La question est simple :" is no one.
   */
  Speaker clauseSubject(List<Word> clause, Speaker previous, int at) {
    return subject(clause, previous, at, false);
  }

  /**
   * {@link #clauseSubject}, or else people the article does not name heading that subject ("Mes
   * copines au lycée m'avaient complètement traumatisée :", "Une autre maman m'a souri"): their
   * phrase as the article writes it, as {@link Subjects} gives it for a reporting verb. For the
   * clause a colon closes and the first verb phrase of a coordination, where the clause's own
   * subject is the one that speaks.
   */
  Speaker clauseOrPeopleSubject(List<Word> clause, Speaker previous, int at) {
    return subject(clause, previous, at, true);
  }

  private Speaker subject(List<Word> clause, Speaker previous, int at, boolean unnamed) {
    Speaker signed = signatories(clause);
    if (signed != null) {
      return signed;
    }
    int start = Frames.end(clause, verbs);
    int v = start;
    while (v < clause.size() && clause.get(v).isWord() && !objects.isFinite(clause, v)) {
      v++;
    }
    if (v >= clause.size() || !clause.get(v).isWord()) {
      return null; // no verb, or a comma or parenthesis first: not a plain subject
    }
    int end = v;
    while (end > start && FrenchWords.CLITICS.contains(clause.get(end - 1).lower())) {
      end--;
    }
    if (end <= start || clause.get(start).is("qui", "que", "qu'", "dont", "où", "si", "quand", "lorsque", "comme")) {
      return null;
    }
    boolean relative = false;
    for (int r = start + 1; r < end; r++) {
      if (clause.get(r).is("qui", "dont")) {
        end = r; // "un ancien commandant des forces de l'ONU qui avait servi au Congo avait prononcé cette phrase :"
        relative = true; // (the verb read is the relative's: people unnamed need their own verb)
        break;
      }
    }
    int from = clause.get(start).start();
    int to = clause.get(end - 1).end();
    if (FrenchWords.SUBJECT_PRONOUNS.contains(clause.get(start).lower()) && end == start + 1) {
      // "Mais elle ne s'arrête pas là : «": the pronoun's person, by gender
      return resolver.pronoun(clause.get(start).lower(), from, previous);
    }
    if (!phrases.agrees(clause, v, new int[] {from, to})) {
      return null;
    }
    if (!resolver.namesSpeaker(from, to)) {
      // "une autre maman", "mes copines au lycée": a phrase the article writes, never a person named elsewhere
      return unnamed && !relative && plainPhrase(clause.subList(start, end)) && PersonNouns.heads(clause.subList(start, end))
          ? new Speaker(resolver.phrase(from, to), null, null, from).via(ClauseSpeakers.CLAUSE_SUBJECT) : null;
    }
    Speaker s = resolver.resolve(from, to, at, previous, true);
    return s == null ? null : s.via(s.how() == null ? ClauseSpeakers.CLAUSE_SUBJECT : s.how());
  }

  /**
   * The subject of the sentence a quote stands in when no reporting verb governs it ("Manuel Valls
   * a mis en garde contre l'abstention qui «"), read as {@link #clauseSubject}: only a
   * name or a pronoun's person, and only when nobody else is named between it and the quote
   * ("X considère Y comme «une chance»", "X s'indigne des propos de Y qui «": the words may be Y's).
   */
  Speaker embeddedSubject(List<Word> ws, Speaker previous, int at) {
    Speaker s = clauseSubject(ws, previous, at);
    if (s == null || !Character.isUpperCase(s.name().charAt(0))
        || !ClauseSpeakers.CLAUSE_SUBJECT.equals(s.how()) && !SpeakerResolver.PRONOUN.equals(s.how())) {
      return null; // (a role phrase is too loosely tied: "le président turc a dénoncé ... «" is no French president)
    }
    for (Entity e : people.mentionsSince(s.at() + 1, at)) {
      if (!quoted.inQuote(e.start()) && !people.canonical(e).equals(s.name())) {
        return null;
      }
    }
    return s;
  }


  /**
   * ", notant que «", ", affirmant «", "en rappelant que «": a present participle (or gerund) of a
   * reporting verb, set off by a comma, has no subject of its own; it reports the words of the
   * subject of the clause it hangs on ("le chef de l'État a invité jeudi les entrepreneurs à
   * investir, notant que «"), read as {@link #clauseSubject} does, or null.
   */
  Speaker participleSubject(List<Word> ws, VerbGroup vg, Speaker previous, int at) {
    if (!detachedParticiple(ws, vg) || verbs.isNegated(ws, vg)) {
      return null;
    }
    int p = vg.first() - 1;
    if (ws.get(p).is("en")) {
      p--;
    }
    Speaker s = clauseSubject(ws.subList(0, ws.get(p).is(",") ? p : p + 1), previous, at);
    // a name or a pronoun only: a role phrase is too loosely tied to the clause to resolve it
    // ("le président turc a dénoncé ..., affirmant que" is not the French president)
    return s != null && (SpeakerResolver.PRONOUN.equals(s.how()) || Character.isUpperCase(s.name().charAt(0))
        && ClauseSpeakers.CLAUSE_SUBJECT.equals(s.how())) ? s : null;
  }

  /** ", affirmant que", "en rappelant que": a present participle alone, set off by a comma or "en" after a clause. */
  boolean detachedParticiple(List<Word> ws, VerbGroup vg) {
    if (vg.first() != vg.last() || !ws.get(vg.last()).lower().endsWith("ant")) {
      return false;
    }
    int p = vg.first() - 1;
    boolean gerund = p >= 0 && ws.get(p).is("en"); // "Il défend X en affirmant que «": a gerund needs no comma
    return gerund ? p >= 2 : p >= 1 && ws.get(p).is(",");
  }

}
