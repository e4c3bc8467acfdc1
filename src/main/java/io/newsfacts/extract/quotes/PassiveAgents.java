package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * A speaker named as the complement of the clause before a quote rather than as its subject: the
 * agent of a passive ("les mots prononcés par X :"), a person heard by a medium ("X, interrogé par
 * BFMTV :"), a person given the words to say ("demande à X de dire :"). Split from {@link ClauseSpeakers}.
 */
final class PassiveAgents {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;

  PassiveAgents(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
  }

  /** Words allowed between the participle and "par" in {@link #heardBy} ("cité jeudi soir par"). */
  private static final int HEARD_GAP = 3;

  /**
   * "X, cité jeudi par Le Parisien :", "X, interrogé par BFMTV :": the clause ends with a person, a
   * comma, a past participle and "par" an organisation (the medium or body that heard them, not a
   * person: "X, interpellé par Y :" is left to the agent rule); the person speaks. Null otherwise.
   */
  Speaker heardBy(List<Word> clause) {
    int p = -1;
    for (int k = clause.size() - 1; k >= 2 && clause.size() - 1 - k <= HEARD_GAP + 4; k--) {
      if (clause.get(k).is("par")) {
        p = k;
        break;
      }
    }
    if (p < 0 || p + 1 >= clause.size()) {
      return null;
    }
    Entity agent = people.at(clause.get(clause.size() - 1).start());
    if (agent == null || agent.type() != EntityType.ORGANIZATION || agent.start() < clause.get(p + 1).start()) {
      return null;
    }
    int v = p - 1; // the participle right after the comma ("cité jeudi soir par")
    while (v > 1 && p - v <= HEARD_GAP && !clause.get(v - 1).is(",")) {
      v--;
    }
    if (v < 2 || !VerbGroups.isParticiple(clause.get(v)) || !clause.get(v - 1).is(",")) {
      return null;
    }
    Entity e = people.at(clause.get(v - 2).start());
    return e != null && e.type() == EntityType.PERSON && e.end() == clause.get(v - 2).end()
        ? resolver.person(e, null) : null;
  }

  /** Words allowed between a passive agent and the colon or "comme" before the quote. */
  private static final int AGENT_GAP = 16;
  /** Words allowed between "par" and the agent's name ("par le jeune Fidjien de douze ans X"). */
  private static final int AGENT_DESCRIPTION = 7;

  /**
   * "les mots prononcés par X lors du sommet :", "caractérisées par X comme «": a person after
   * "par" and a past participle, the agent of a passive, at most {@link #AGENT_GAP} words before
   * the end of {@code clause}. Only a person: "interrogé par Le Monde" names the one who asks.
   */
  Speaker agent(List<Word> clause) {
    for (int k = clause.size() - 1; k >= 2 && clause.size() - 1 - k <= AGENT_GAP; k--) {
      Entity e = people.at(clause.get(k).start());
      if (e == null || e.type() != EntityType.PERSON || quoted.inQuote(e.start())) {
        continue;
      }
      int p = k - 1;
      while (p >= 0 && clause.get(p).end() > e.start()) {
        p--; // the mention's first word
      }
      // "par le jeune Fidjien de douze ans X": the name's description between "par" and the name
      int floor = p - AGENT_DESCRIPTION;
      while (p > floor && p >= 0 && !clause.get(p).is("par") && clause.get(p).isWord() && !verbs.isVerb(clause.get(p))
          && !clause.get(p).is("ayant", "étant", "s'", "se")
          && people.at(clause.get(p).start()) == null) {
        p--; // (not across a verb: "a commencé par s'adresser aux personnes ayant choisi X" has no agent)
      }
      if (p >= 1 && clause.get(p).is("par") && verbs.isParticiple(clause.get(p - 1))
          && !verbs.isNegated(clause, new VerbGroup(p - 1, p - 1, null))) {
        return qualifiesComplement(clause, p - 1) ? null : resolver.person(e, null);
      }
    }
    return null;
  }



  /** Words between a passive's auxiliary and its participle, the auxiliary included ("est souvent rejoint"). */
  private static final int AUXILIARY_REACH = 2;
  /** Words read back from a participle for the noun for words said that it qualifies ("les mots forts prononcés"). */
  private static final int SPEECH_NOUN_REACH = 3;

  /**
   * Whether the participle at word {@code v} qualifies a complement of a finite verb before it,
   * not words said: "X n'a pas caché une certaine réserve face au pacte proposé par Y :", "X
   * charge la direction de son parti présidé par Y, et dénonce ... :". The clause has its own
   * verb, whose subject is not the agent. A noun for words said right before the participle keeps
   * the agent ("ne fait que confirmer les mots forts prononcés par X :": X said them).
   */
  private boolean qualifiesComplement(List<Word> clause, int v) {
    int from = 0;
    for (int j = v - 1; j >= 0; j--) {
      if (clause.get(j).is(",")) {
        from = j + 1; // ", un sentiment partagé par X :": an apposition, its own clause
        break;
      }
    }
    boolean finite = false;
    for (int j = from; j < v - AUXILIARY_REACH && !finite; j++) { // (not "est rejoint par X": the passive's own auxiliary)
      Word w = clause.get(j);
      finite = !w.isCapitalised() && (FrenchWords.FINITE_VERBS.contains(w.lower())
          || verbs.tagged(w) && !VerbGroups.isParticiple(w) && !Word.infinitiveEnding(w.lower()));
    }
    if (!finite) {
      return false;
    }
    for (int j = v - 1; j >= 0 && v - j <= SPEECH_NOUN_REACH; j--) {
      if (SpeechNouns.isSpeechNoun(clause.get(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "une idéologie qui permettait à Pythagore d'écrire :", "demande à X de dire :": a person after
   * "à" with the reporting infinitive they are given to say the words. Null otherwise.
   */
  Speaker toSay(List<Word> clause) {
    for (int k = clause.size() - 2; k >= 1; k--) {
      Word w = clause.get(k + 1);
      String l = w.lower();
      if (!clause.get(k).is("de", "d'") || !verbs.isVerb(w) || !Word.infinitiveEnding(l)) {
        continue;
      }
      Entity e = people.at(clause.get(k - 1).start());
      if (e == null || e.type() != EntityType.PERSON || quoted.inQuote(e.start())) {
        return null;
      }
      int p = k - 1;
      while (p >= 0 && clause.get(p).end() > e.start()) {
        p--; // the word before the mention
      }
      return p >= 0 && clause.get(p).is("à") ? resolver.person(e, null) : null;
    }
    return null;
  }
}
