package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;

/**
 * A quote standing as its own sentence and the cleft after it that names who said it: «...» C'est
 * ainsi que X définissait ... Split from {@link ClauseSpeakers}, whose clause subjects it reads.
 */
final class CleftSpeakers {
  private final QuotedText quoted;
  private final People people;
  private final SpeakerResolver resolver;
  private final ClauseSpeakers clauses;
  private final ClauseObjects objects;

  CleftSpeakers(ArticleReading reading, ClauseSpeakers clauses) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.resolver = reading.resolver();
    this.clauses = clauses;
    this.objects = new ClauseObjects(reading.verbs());
  }

  /** Words that make "C'est ... que" a cleft about the words just quoted: "C'est ainsi que", "C'est en ces termes que". */
  private static final java.util.Set<String> CLEFT_WORDS = java.util.Set.of("ainsi", "termes", "mots", "paroles", "phrase",
      "formule", "propos");

  /**
   * «...» C'est ainsi que le grand écrivain X définissait la Méditerranée: a quote standing as its
   * own sentence, then a cleft "C'est ainsi que" (or "en ces termes", "par ces mots") whose clause
   * has a named subject; that name said the words. Null otherwise.
   */
  Speaker cleftAfter(int close) {
    String text = quoted.text();
    int from = close;
    while (from < text.length() && Word.isSpace(text.charAt(from)) && text.charAt(from) != '\n') {
      from++;
    }
    if (from < text.length() && ".!?…".indexOf(text.charAt(from)) >= 0) {
      from++; // "« ... ». C'est en ces termes que": the stop after the marks
      while (from < text.length() && Word.isSpace(text.charAt(from)) && text.charAt(from) != '\n') {
        from++;
      }
    }
    if (from >= text.length() || text.charAt(from) == '\n') {
      return null;
    }
    List<Word> ws = quoted.words(from, quoted.sentenceEnd(from));
    int k;
    if (ws.size() > 2 && ws.get(0).is("c'", "c’") && ws.get(1).is("est")) {
      k = 2;
    } else if (!ws.isEmpty() && ws.get(0).is("c'est", "c’est")) {
      k = 1;
    } else {
      return null;
    }
    boolean about = false;
    for (int i = k; i < ws.size() && i - k <= 5; i++) {
      Word w = ws.get(i);
      if (w.is("que", "qu'", "qu’")) {
        if (!about) {
          return null;
        }
        List<Word> clause = ws.subList(i + 1, ws.size());
        Speaker s = clauses.clauseSubject(clause, null, from);
        if (s != null && ClauseSpeakers.CLAUSE_SUBJECT.equals(s.how()) && Character.isUpperCase(s.name().charAt(0))) {
          return s;
        }
        return nameBeforeVerb(clause);
      }
      about |= CLEFT_WORDS.contains(w.lower());
    }
    return null;
  }

  /** "le grand écrivain franco-algérien X définissait": a person's name ending right before the clause's first verb. */
  private Speaker nameBeforeVerb(List<Word> clause) {
    int v = 0;
    while (v < clause.size() && clause.get(v).isWord() && !objects.isFinite(clause, v)) {
      v++;
    }
    if (v == 0 || v >= clause.size() || !clause.get(v).isWord()) {
      return null;
    }
    Entity e = people.at(clause.get(v - 1).start());
    return e != null && e.type() == EntityType.PERSON && e.end() == clause.get(v - 1).end() ? resolver.person(e, null) : null;
  }
}
