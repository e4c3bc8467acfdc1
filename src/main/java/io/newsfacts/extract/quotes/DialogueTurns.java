package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.Set;

/**
 * Turns of a dialogue or an exchange around a quote with no cue of its own: a line opened by a
 * dialogue dash, a question put to someone (the words after it answer it), the writer reporting
 * their own exchange ("Je lui ai répondu : «"), a reply between two speakers whose turns
 * alternate. Split from {@link ParagraphSpeakers}.
 */
final class DialogueTurns {
  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;

  DialogueTurns(QuotedText quoted, People people, VerbGroups verbs) {
    this.quoted = quoted;
    this.people = people;
    this.verbs = verbs;
  }

  /**
   * "– «Mais pour te venger de quoi ?»": a quote opening a line after a dialogue dash is a turn of
   * a dialogue, whose speakers take turns; it does not continue the previous speaker. Nor does a
   * quote on a teaser line citing another article (">> Primaire: «L'UMP n'apprend pas la
   * démocratie»", {@link TeaserLines}).
   */
  boolean dialogueTurn(int open) {
    if (TeaserLines.on(quoted.text(), open)) {
      return true;
    }
    String text = quoted.text();
    int i = open - 1;
    while (i >= 0 && Word.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i--;
    }
    if (i < 0 || "–—-".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    i--;
    while (i >= 0 && Word.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /** Lemmas of the verbs that put a question to someone (models/quotes/question-verbs.txt). */
  private static final Set<String> ASKING = Set.copyOf(Lexicon.lines("quotes/question-verbs.txt"));

  /**
   * Whether the quote of {@code previous} is a question put to someone and quote {@code at} stands
   * in a later sentence: "«Et la jeune fille, elle affabule ?», interroge la journaliste. «J'ai la
   * même version»" or "X lui demande : «Pourquoi ?» / «Parce que...»". The words after a question
   * so put answer it: they are not the asker's. A question one asks oneself ("s'interroge", "se
   * demande") or a rhetorical one in a speech ("«Pourquoi interdire ... ?», lance-t-il") keeps the
   * turn.
   */
  boolean questionPut(Speaker previous, int at) {
    int open = previous.at();
    int end = quoted.sentenceEnd(open);
    if (at < end) {
      return false;
    }
    List<Word> ws = quoted.words(quoted.sentenceStart(open), end);
    Word question = null;
    for (Word w : ws) {
      if (w.start() == open && w.is("«»")) {
        question = w;
      }
    }
    if (question == null || !asks(question)) {
      return false;
    }
    for (int k = 0; k < ws.size(); k++) {
      String lemma = verbs.lemma(ws.get(k));
      if (lemma != null && ASKING.contains(lemma) && !reflexive(ws, k) && verbs.isVerbAt(ws, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words of quote word {@code w} end with a question mark. */
  boolean asks(Word w) {
    String text = quoted.text();
    int i = w.end() - 1;
    while (i > w.start() && (Word.isSpace(text.charAt(i)) || "»\"”“'’.)]".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return text.charAt(i) == '?';
  }

  /** "se demande", "s'est demandé", "s'interrogeait": a verb of {@code ws} at {@code k} in its pronominal form. */
  private static boolean reflexive(List<Word> ws, int k) {
    return k > 0 && ws.get(k - 1).is("se", "s'")
        || k > 1 && ws.get(k - 2).is("se", "s'") && FrenchWords.AUXILIARIES.contains(ws.get(k - 1).lower());
  }

  /**
   * Whether the words {@code left} of quote {@code q}, in its sentence, have the writer report it:
   * "Je lui ai répondu : «...»", "lui ai-je dit", "J'avoue ne pas voir l'intérêt : «...»". The
   * article's own voice speaks, not the person spoken of before, even from a subordinate clause
   * ("Ce que j'aurais dû lui répondre : «...»"). A person named between the writer's verb and the
   * quote ("où j'avais été invitée, X a exprimé son «...»") or a question the writer puts ("Je lui
   * demande de me parler d'eux : «...»", answered by the quote) leaves the quote to the rules after.
   */
  boolean narratorSpeaks(List<Word> left, Marked q) {
    for (int k = 0; k < left.size(); k++) {
      Word w = left.get(k);
      int verb = -1;
      if (w.lower().endsWith("-je") && verbs.isVerb(new Word(w.text(), w.lower().substring(0, w.lower().length() - 3),
          w.start(), w.end() - 3))) {
        verb = k;
      } else if (w.is("je", "j'")) {
        int j = k + 1;
        while (j < left.size() && FrenchWords.CLITICS.contains(left.get(j).lower())) {
          j++;
        }
        if (j < left.size() && (verbs.isVerbAt(left, j) || FrenchWords.FINITE_VERBS.contains(left.get(j).lower()))) {
          verb = j;
        }
      }
      if (verb < 0) {
        continue;
      }
      String lemma = verbs.lemma(left.get(verb));
      boolean asking = lemma != null && ASKING.contains(lemma) && !asks(new Word("«»", "«»", q.open(), q.close()));
      return !asking && people.personsSince(w.start(), q.open(), quoted::inQuote).isEmpty();
    }
    return false;
  }

  /** models/quotes/reply-openers.txt: words opening a reply, each as a list of lower-case words. */
  private static final List<List<String>> REPLY_OPENERS = Lexicon.lines("quotes/reply-openers.txt").stream()
      .map(l -> List.of(l.split(" "))).toList();

  /**
   * Whether quote {@code q}, which would continue the words of {@code previous}, is instead the
   * reply of {@code earlier}, the speaker before them: "«...», lance X à Y. [...] Y lui rétorque
   * que ... «...», continue le journaliste. / «Mais justement, on n'en veut pas !»". The quote opens
   * its line with the words of a reply (models/quotes/reply-openers.txt), and since the words of
   * {@code earlier} the previous speaker addressed someone with a reporting verb ("lui rétorque",
   * "lui a répondu"): an exchange between two, whose turns alternate.
   */
  boolean repliesTo(Marked q, Speaker previous, Speaker earlier) {
    String text = quoted.text();
    if (earlier.at() >= previous.at() || q.open() - earlier.at() > Speaker.CARRY || !opensLine(q.open())) {
      return false;
    }
    List<Word> said = Word.scan(text, q.start(), q.end());
    boolean reply = false;
    for (List<String> opener : REPLY_OPENERS) {
      boolean match = said.size() > opener.size();
      for (int k = 0; match && k < opener.size(); k++) {
        match = said.get(k).is(opener.get(k));
      }
      // "Non, ..." or "Justement ..." but not "Non seulement ..."
      reply |= match && !said.get(opener.size()).is("seulement");
    }
    if (!reply) {
      return false;
    }
    List<Word> ws = quoted.words(earlier.at(), q.open());
    for (int k = 0; k + 1 < ws.size(); k++) {
      if (ws.get(k).is("lui") && verbs.verbAt(ws, k + 1) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether offset {@code open} comes first on its line, a dialogue dash aside. */
  private boolean opensLine(int open) {
    String text = quoted.text();
    int i = open - 1;
    while (i >= 0 && (Word.isSpace(text.charAt(i)) || "–—-".indexOf(text.charAt(i)) >= 0) && text.charAt(i) != '\n') {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }
}
