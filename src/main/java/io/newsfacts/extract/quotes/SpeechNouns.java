package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Nouns for words said ("les propos", "la formule", "le mot") and the author who completes them:
 * "les propos d'Aristote qui ... «", "le mot de Clemenceau : «". Split from {@link ClauseSpeakers}.
 */
final class SpeechNouns {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;
  private final NounPhrases phrases;

  SpeechNouns(ArticleReading reading) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
    this.phrases = reading.phrases();
  }

  /** Nouns for words someone said: "les propos", "la formule", "le leitmotiv", "les appels". */
  private static final Set<String> SPEECH_NOUNS = Set.copyOf(Lexicon.lines("quotes/speech-nouns.txt"));
  /** Whether {@code lower} is a noun for words said (models/quotes/speech-nouns.txt): "propos", "mots", "formule". */
  static boolean isSpeechNoun(String lower) {
    return SPEECH_NOUNS.contains(lower);
  }

  /** Words allowed between a speech noun and the quote ("les propos d'Aristote qui faisait de la démocratie «"). */
  private static final int SPEECH_REACH = 14;
  /** Words allowed between a speech noun and the name of its author ("les appels à la négociation venus du Secrétaire d'Etat X"). */
  private static final int AUTHOR_REACH = 12;

  /**
   * "les propos d'Aristote qui faisait de la démocratie «", "le leitmotiv de X est «", "les appels à
   * la négociation venus du Secrétaire d'Etat X «": a noun for words said, completed by "de" or
   * "par" and a person or an organisation, shortly before the quote; they said them. People the
   * article does not name ("la réponse des parents est : «") said them too, also before a colon
   * when the noun's clause runs to it without a comma. Null otherwise.
   */
  Speaker author(List<Word> ws) {
    if (!ws.isEmpty() && ws.get(ws.size() - 1).is(",")) {
      return null; // "le discours du FN sur l'immigration, «les empêche de voter»": the quote is the noun's verb
    }
    int last = ws.size() - 1;
    boolean colon = last >= 0 && ws.get(last).is(":");
    for (int n = colon ? last - 1 : last; n >= 0 && last - n <= SPEECH_REACH; n--) {
      if (!ws.get(n).isWord() && !ws.get(n).is(",", "'", "-")) {
        return null; // another quote or a parenthesis between: not this noun's words
      }
      if (!SPEECH_NOUNS.contains(ws.get(n).lower())) {
        continue;
      }
      boolean linked = false;
      for (int k = n + 1; k < ws.size() && k - n <= AUTHOR_REACH; k++) {
        Word w = ws.get(k);
        Entity e = people.at(w.start());
        Speaker unnamed = linked && e == null ? unnamedAuthor(ws, k) : null;
        if (unnamed != null) {
          // "la réponse des parents est : «"; before a colon the noun's clause must run to it
          // unbroken ("Sur les propos des habitants, le maire questionne :" is the mayor's)
          return colon && ws.subList(k, last).stream().anyMatch(x -> x.is(",")) ? null : unnamed;
        }
        if (e != null && linked && !colon && !quoted.inQuote(e.start())) {
          // (a named author before a colon is the colon cue's, ClauseSpeakers)
          // a person, or an organisation ("les déclarations du ministère", or a title tagged so)
          return e.type() == EntityType.PERSON ? resolver.person(e, null)
              : e.type() == EntityType.ORGANIZATION ? new Speaker(people.canonical(e), null, null, e.start()) : null;
        }
        if (linked && w.is(",") && k + 1 < ws.size() && appositionPerson(ws.get(k + 1))) {
          continue; // "cette phrase d'un écrivain d'autrefois, X": the apposition names the author
        }
        if (e != null && e.type() == EntityType.PERSON || !w.isWord() || FrenchWords.FINITE_VERBS.contains(w.lower())
            || verbs.tagged(w) && !VerbGroups.isParticiple(w) || linked && w.is("à", "au", "aux", "pour", "contre", "envers", "vers", "avec", "sur")) {
          break; // another person, a stop, a verb, or words addressed to someone ("le message de l'UMP à X")
        }
        linked |= w.is("de", "d'", "du", "des", "par");
      }
    }
    return null;
  }

  /**
   * "la réponse des parents", "les mots d'un voisin", "les remarques de mes collègues": the
   * people the article does not name who complete a speech noun, from word {@code k} right after
   * "de", "d'" or "par" ("des" opens the phrase itself, read "les"); their phrase is the speaker
   * ({@link PersonNouns}). Null when no such phrase starts there.
   */
  private Speaker unnamedAuthor(List<Word> ws, int k) {
    Word link = ws.get(k - 1);
    int from = link.is("des") ? k - 1 : k;
    if (!link.is("de", "d'", "des", "par")) {
      return null;
    }
    int[] np = phrases.npAfter(ws, from);
    if (np == null || np[0] > ws.get(k).start()) {
      return null;
    }
    np = new int[] {ws.get(from).start(), np[1]};
    if (!PersonNouns.heads(Subjects.wordsOf(ws, np))) {
      return null;
    }
    String phrase = resolver.phrase(np[0], np[1]);
    if (link.is("des") && phrase.startsWith("des ")) {
      phrase = "les " + phrase.substring(4); // "la réponse des parents": les parents
    }
    return new Speaker(phrase, null, null, np[0]);
  }

  private static final Set<String> WORDING_NOUNS = Set.copyOf(Lexicon.lines("quotes/wording-nouns.txt"));

  /**
   * Whether the clause before a colon ends with a noun for someone's exact wording and its
   * complements, no verb after the noun ("Le ministre a rappelé le mot de X :"; not "Sur le
   * discours de X, Mgr Y questionne :").
   */
  boolean wordingBefore(List<Word> clause) {
    for (int n = clause.size() - 1; n >= 0 && clause.size() - 1 - n <= SPEECH_REACH; n--) {
      Word w = clause.get(n);
      if (WORDING_NOUNS.contains(w.lower())) {
        return true;
      }
      if (FrenchWords.FINITE_VERBS.contains(w.lower()) || verbs.tagged(w) && !VerbGroups.isParticiple(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the noun phrase starting at {@code start} is words said ("les propos de X"): no speaker. */
  static boolean headsPhrase(List<Word> clause, int start) {
    for (int k = 0; k < clause.size(); k++) {
      if (clause.get(k).start() >= start) {
        while (k < clause.size() && FrenchWords.DETERMINERS.contains(clause.get(k).lower())) {
          k++;
        }
        return k < clause.size() && SPEECH_NOUNS.contains(clause.get(k).lower());
      }
    }
    return false;
  }

  /** Whether a person's name starts at the word (after a comma, an apposition naming someone). */
  private boolean appositionPerson(Word w) {
    Entity e = people.at(w.start());
    return e != null && e.type() == EntityType.PERSON && e.start() == w.start();
  }
}
