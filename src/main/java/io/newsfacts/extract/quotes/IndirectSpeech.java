package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.text.QuoteMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech without quotation marks, in three shapes: a reporting verb with "que" ("Ottawa a
 * confirmé que ..."), a source frame ("Selon X, ...", "..., selon X."), and a paraphrase closed by
 * an inverted reporting clause ("Il est trop tôt pour le dire, explique le porte-parole."). Only
 * sentences without a direct quote are read, and only when the speaker can be named, and not when
 * that speaker is a poll, a study, figures, a news report or a news medium ("Selon un sondage Ifop,
 * ...", "les chiffres de l'Insee montrent que ...", "..., rapporte Le Parisien."): what they frame
 * is a finding or a piece of news, not someone's speech.
 */
final class IndirectSpeech {
  private static final int MIN_WORDS = 4;
  /** Words allowed after the subject of a closing reporting clause ("mardi dans un communiqué"). */
  private static final int MAX_TAIL = 10;
  /** Head nouns of sources that give data or a document's content, not anyone's words. */
  private static final Set<String> DATA_SOURCES = Set.copyOf(Lexicon.lines("quotes/data-sources.txt"));
  /** Lower-case words read over before the head noun of a speaker's phrase ("les dernières statistiques"). */
  private static final int HEAD_REACH = 2;

  private final String text;
  private final QuotedText quoted;
  private final SpeakerFinder finder;
  private final VerbGroups verbs;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  /** The direct quotes found: a sentence holding one is carried by it. */
  private final List<Quote> direct;
  private final List<Speaker> directSpeakers;
  /** The first direct quote not yet behind the sentence being read (sentences come in order). */
  private int nextDirect;
  /** The last speaker before the sentence being read, direct or indirect: "il" most likely is them. */
  private Speaker previous;

  IndirectSpeech(QuotedText quoted, SpeakerFinder finder, List<Quote> direct, List<Speaker> directSpeakers) {
    if (direct.size() != directSpeakers.size()) {
      throw new IllegalArgumentException("one speaker (or null) per direct quote");
    }
    this.text = quoted.text();
    this.quoted = quoted;
    this.finder = finder;
    this.verbs = finder.verbs();
    this.phrases = finder.phrases();
    this.resolver = finder.resolver();
    this.direct = direct;
    this.directSpeakers = directSpeakers;
  }

  List<Quote> find() {
    List<Quote> out = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      while (pos < text.length() && QuoteMarks.isSpace(text.charAt(pos))) {
        pos++;
      }
      if (pos >= text.length()) {
        break;
      }
      int end = quoted.sentenceEnd(pos);
      Quote q = sentence(pos, end);
      if (q != null) {
        out.add(q);
      }
      pos = end + 1;
    }
    return out;
  }

  private Quote sentence(int start, int end) {
    while (nextDirect < direct.size() && direct.get(nextDirect).end() <= start) {
      Quote d = direct.get(nextDirect);
      Speaker s = directSpeakers.get(nextDirect++);
      if (s != null && (previous == null || previous.at() < d.start())) {
        previous = s.at(d.start());
      }
    }
    if (nextDirect < direct.size() && direct.get(nextDirect).start() < end) {
      return null;
    }
    if (!QuoteMarks.balanced(text, start, end)) {
      return null; // a stray mark: the sentence is part of a quote whose other mark was not paired
    }
    // quotation marks too short to be quotes ("qu'il était « très touché »") are words of the sentence
    List<Word> ws = Word.scan(text, start, end);
    Quote q = withQue(ws, end);
    if (q == null) {
      q = selon(ws, start, end);
    }
    if (q == null) {
      q = closingClause(ws, start);
    }
    return q;
  }

  /**
   * The speaker "il"/"elle" most likely stands for, when a pronoun follows: the last speaker if
   * their gender is known. An organisation or an unknown one is left to the persons mentioned.
   */
  private Speaker pronounCandidate() {
    return previous != null && previous.gender() != null ? previous : null;
  }

  /** "X a confirmé que ...": the words after "que" up to the end of the sentence. */
  private Quote withQue(List<Word> ws, int end) {
    // a verb group ending right before a "que" starts at most MAX_GROUP words before its last
    // word: only the words that close to a "que" are tried, in order (the others never fit)
    int next = 0;
    for (int q = 0; q < ws.size(); q++) {
      if (!ws.get(q).is("que", "qu'")) {
        continue;
      }
      for (int k = Math.max(next, q - 1 - VerbGroups.MAX_GROUP); k < q; k++) {
        VerbGroup vg = verbs.verbAt(ws, k);
        if (vg == null || vg.last() + 1 >= ws.size() || !ws.get(vg.last() + 1).is("que", "qu'")) {
          continue;
        }
        if (k > 0 && ws.get(k - 1).is("à", "de", "d'", "pour", "sans")) {
          continue; // an infinitive clause ("avant d'annoncer que") has no subject of its own
        }
        if (!verbs.isFinite(ws, vg) || verbs.isNegated(ws, vg)) {
          continue; // "en regrettant que", "ne réagissant qu'à", "n'a jamais dit que"
        }
        // the subject comes before the verb or as its pronoun ("a-t-il indiqué que"), never after
        // it: "X a indiqué que les prix ..." is X's, not the prices'
        Speaker s = finder.subjectOf(ws, vg, pronounCandidate(), ws.get(k).start());
        if (s != null) {
          return quote(ws.get(vg.last() + 2 < ws.size() ? vg.last() + 2 : vg.last() + 1).start(), end, s, Cue.AFTER);
        }
      }
      next = q;
    }
    return null;
  }

  /** "Selon X, ..." and "..., selon X.". */
  private Quote selon(List<Word> ws, int start, int end) {
    if (!ws.isEmpty() && ws.get(0).is("selon", "d'après")) {
      for (int k = 1; k < ws.size(); k++) {
        if (ws.get(k).is(",")) {
          if (k > 1 && dataSource(text.substring(ws.get(1).start(), ws.get(k - 1).end()))) {
            return null; // "Selon les derniers résultats, X est en tête": the figures, not X, say it
          }
          Speaker s = k > 1 ? resolver.resolve(ws.get(1).start(), ws.get(k - 1).end(), start, null, true) : null;
          int apposed = finder.apposedRoleEnd(ws, k + 1);
          int from = apposed < 0 ? k + 1 : apposed + 1;
          return s == null || from >= ws.size() ? null : quote(ws.get(from).start(), end, s, Cue.FRAME);
        }
        if (!ws.get(k).isWord()) {
          return null;
        }
      }
    }
    for (int j = 2; j < ws.size(); j++) {
      if (ws.get(j).is("selon", "d'après") && ws.get(j - 1).is(",")) {
        if (j + 2 < ws.size() && ws.get(j + 1).is("l'", "les", "le", "la")
            && ws.get(j + 2).is("expression", "termes", "mot", "mots", "formule")) {
          return null; // "..., selon l'expression de X": X coined a word, the sentence is not theirs
        }
        int[] np = phrases.npAfter(ws, j + 1);
        if (np != null && np[1] >= ws.get(lastWord(ws)).end()) {
          if (dataSource(text.substring(np[0], np[1]))) {
            return null;
          }
          Speaker s = resolver.resolve(np[0], np[1], start, null, true);
          return s == null ? null : quote(start, ws.get(j - 1).start(), s, Cue.FRAME);
        }
      }
    }
    return null;
  }

  /**
   * "Il est trop tôt pour le dire, explique le porte-parole.": the words before the clause. The
   * verb must be one that reports speech when put after its words, its subject must name a
   * speaker, and the words before must be a clause: "Le collectif, qui avait réuni 8 000
   * manifestants, maintient son rassemblement." is no speech.
   */
  private Quote closingClause(List<Word> ws, int start) {
    int last = lastWord(ws);
    for (int k = ws.size() - 1; k > 1; k--) {
      if (!ws.get(k - 1).is(",")) {
        continue;
      }
      VerbGroup vg = verbs.verbAt(ws, k);
      if (vg == null || !verbs.isIncise(ws, vg) || last - vg.last() > MAX_TAIL) {
        return null;
      }
      for (int j = vg.last() + 1; j <= last; j++) {
        if (!ws.get(j).isWord()) {
          return null; // the clause must end the sentence
        }
      }
      if (!verbs.isClause(ws, 0, k - 1)) {
        return null;
      }
      Speaker s = finder.closingSpeaker(ws, vg, pronounCandidate(), ws.get(k).start());
      return s == null ? null : quote(start, ws.get(k - 1).start(), s, Cue.AFTER);
    }
    return null;
  }

  /**
   * Whether a speaker's phrase is headed by a noun of data or of a document ("un sondage Ifop",
   * "les dernières statistiques publiées par l'Insee", "les informations du Monde"): the head
   * comes after the determiners and at most {@link #HEAD_REACH} lower-case words, before any
   * complement or name.
   */
  static boolean dataSource(String phrase) {
    List<Word> ws = Word.scan(phrase, 0, phrase.length());
    int i = 0;
    while (i < ws.size() && FrenchWords.DETERMINERS.contains(ws.get(i).lower())) {
      i++;
    }
    for (int k = i; k < ws.size() && k <= i + HEAD_REACH; k++) {
      Word w = ws.get(k);
      if (!w.isWord() || w.isCapitalised() || FrenchWords.PREPOSITIONS.contains(w.lower())) {
        return false;
      }
      if (DATA_SOURCES.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }

  private static int lastWord(List<Word> ws) {
    int i = ws.size() - 1;
    while (i > 0 && !ws.get(i).isWord()) {
      i--;
    }
    return i;
  }

  private Quote quote(int start, int end, Speaker s, Cue cue) {
    while (end > start && (QuoteMarks.isSpace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    while (start < end && (QuoteMarks.isSpace(text.charAt(start)) || ",;:".indexOf(text.charAt(start)) >= 0)) {
      start++; // "Il a expliqué que, protégé par son immunité, il ...": the words start after the comma
    }
    long words = Word.scan(text, start, end).stream().filter(w -> w.isWord() && !w.isElision()).count();
    if (words < MIN_WORDS || dataSource(s.name()) || Media.isMedium(s.name())) {
      // a poll's figures, a medium's news ("Selon Le Parisien, X sera nommé", "..., rapporte RTL"):
      // sourcing of information, not anyone's speech
      return null;
    }
    previous = s.at(start);
    return new Quote(text.substring(start, end), QuoteKind.INDIRECT, s.name(), s.role(), start, end, cue.evidence(s));
  }
}
