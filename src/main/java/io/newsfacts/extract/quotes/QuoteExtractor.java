package io.newsfacts.extract.quotes;

import io.newsfacts.extract.quotes.SpeakerFinder.Attribution;
import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.SortedOffsets;
import io.newsfacts.model.Token;
import io.newsfacts.text.QuoteMarks.Marked;
import io.newsfacts.text.QuoteMarks.Style;
import io.newsfacts.text.Quotations;
import io.newsfacts.text.TrailingLinks;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Direct and indirect quotes of a French article and who said them.
 *
 * <p>Words in « », “ ”, " " (and interview lines) are a quote when they are someone's words: a
 * clause, or a phrase that a reporting verb or a colon hands to a speaker. Short terms, titles and
 * scare quotes («effet Trump») are not. The speaker is the entity's canonical name, found by
 * {@link SpeakerFinder}; a quote with no cue of its own continues the previous speaker.
 */
public final class QuoteExtractor {
  /** {@code speakerEvidence} of an interview's answers: the person the interview is with. */
  private static final String INTERVIEW = "interview";

  private static final Set<String> NON_FINITE_AUX = Set.of("être", "avoir", "été", "ayant", "étant", "eu");
  private final ReportingVerbs verbs;
  private final RoleNouns roleNouns;
  private final Map<String, Character> firstNames;

  public QuoteExtractor() {
    this(new ReportingVerbs(), new RoleNouns(), firstNames(Lexicon.lines("quotes/first-names.txt")));
  }

  QuoteExtractor(ReportingVerbs verbs, RoleNouns roleNouns, Map<String, Character> firstNames) {
    this.verbs = verbs;
    this.roleNouns = roleNouns;
    this.firstNames = firstNames;
  }

  static Map<String, Character> firstNames(List<String> lines) {
    Map<String, Character> out = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length == 2 && (parts[0].equals("m") || parts[0].equals("f"))) {
        out.putIfAbsent(parts[1], parts[0].charAt(0));
      }
    }
    return out;
  }

  public List<Quote> extract(AnnotatedText doc, List<Entity> entities) {
    String text = doc.text();
    Quotations quotations = Quotations.of(text);
    List<Marked> marks = quotations.marks();
    QuotedText quoted = new QuotedText(text, quotations);
    People people = new People(text, entities, roleNouns, firstNames);
    List<Token> tokens = tokens(doc);
    BitSet finiteVerbs = new BitSet(); // by start offset
    for (Token t : tokens) {
      if (isFiniteVerb(t)) {
        finiteVerbs.set(t.start());
      }
    }
    VerbGroups verbGroups = new VerbGroups(verbs, finiteVerbs);
    ArticleReading reading = new ArticleReading(quoted, people, verbGroups, new NounPhrases(quoted, people, verbGroups),
        new SpeakerResolver(quoted, people, roleNouns, verbGroups));
    SpeakerFinder finder = new SpeakerFinder(reading, roleNouns, new Syntax(doc, verbs));
    QuoteCriteria criteria = new QuoteCriteria(quoted, verbGroups, verbs);
    String interviewee = interviewee(entities, people);
    long labels = marks.stream().filter(m -> m.style() == Style.LABEL && labelPerson(m, people, text) != null).count();
    long dashes = marks.stream().filter(m -> m.style() == Style.DASH).count();

    FoundQuotes found = new FoundQuotes();
    Speaker previous = null;
    Speaker earlier = null; // the last speaker before the previous one: the other side of an exchange
    int links = TrailingLinks.start(text);
    for (Marked m : marks) {
      if (m.open() >= links || LinkLines.on(text, m.open())) {
        continue; // "À lire : X: «...»", ">> X: «...»": another article's title, no quote of this one
      }
      Speaker speaker;
      String evidence;
      boolean isCued = false;
      boolean isHeading = false;
      switch (m.style()) {
        case QUESTION -> {
          continue;
        }
        case ANSWER -> {
          speaker = interviewee == null ? null : new Speaker(interviewee, people.role(interviewee),
              people.gender(interviewee), m.open());
          evidence = INTERVIEW;
        }
        case LABEL -> {
          Entity e = labelPerson(m, people, text);
          if (e == null || labels < 2) {
            continue;
          }
          String name = people.canonical(e);
          speaker = new Speaker(name, people.role(name), people.gender(name), m.open());
          evidence = "interview-label";
        }
        case DASH -> {
          Line line = dialogue(m, quoted, finder, previous);
          if (line == null) {
            continue;
          }
          m = line.marked();
          speaker = line.speaker() != null || dashes < 2 || interviewee == null ? line.speaker()
              : new Speaker(interviewee, people.role(interviewee), people.gender(interviewee), m.open());
          evidence = line.speaker() != null ? Cue.AFTER.evidence(line.speaker()) : INTERVIEW;
        }
        default -> {
          Line inner = incise(m, quoted, finder, previous);
          Attribution a = inner != null && inner.speaker() != null ? new Attribution(inner.speaker(), Cue.AFTER)
              : finder.attribute(m, previous);
          if (a.cue() == Cue.FLOATING && earlier != null && finder.paragraph().turns().repliesTo(m, previous, earlier)) {
            a = new Attribution(earlier.at(m.open()), Cue.REPLY); // "X lui rétorque ... / «Non, ...»"
          }
          int words = words(m, text);
          QuoteCriteria.Verdict verdict = criteria.judge(m, a.cue(), words, isClause(m, text, tokens));
          if (!verdict.isQuote()) {
            if (words >= QuoteCriteria.PHRASE_WORDS && criteria.heading(m)) {
              found.phraseHeading(m.start(), m.end());
            }
            continue;
          }
          if (inner != null) {
            m = inner.marked();
          }
          speaker = a.speaker();
          if (verdict == QuoteCriteria.Verdict.REPORTED && (a.cue() == Cue.FLOATING || a.cue() == Cue.INTRODUCED)
              && !inSentence(speaker, m, quoted, entities, people)) {
            speaker = null; // its own sentence reports it: the speaker is that verb's subject, not the last one
          }
          if (speaker != null && (a.cue() == Cue.FLOATING || a.cue() == Cue.INTRODUCED)
              && finder.paragraph().otherNamedAfter(m, speaker)) {
            speaker = null; // "«...» avait glissé lundi Y": not the last speaker's nor the paragraph's
          }
          evidence = a.cue().evidence(speaker);
          isCued = a.cue().explicit();
          isHeading = !isCued && criteria.heading(m);
        }
      }
      for (int[] piece : m.pieces()) {
        found.add(new Quote(text.substring(piece[0], piece[1]), QuoteKind.DIRECT,
            speaker == null ? null : speaker.name(), speaker == null ? null : speaker.role(), piece[0], piece[1],
            speaker == null ? null : evidence), speaker, isCued, isHeading);
      }
      if (speaker != null) {
        if (previous != null && !previous.name().equals(speaker.name())) {
          earlier = previous;
        }
        previous = speaker.at(m.open());
        finder.paragraph().heard(speaker);
      }
    }
    found.addRepeatedPhrases(text);
    found.repeated();
    found.dropRepeats(text);
    List<Quote> out = new ArrayList<>(found.quotes());
    out.addAll(new IndirectSpeech(quoted, finder, List.copyOf(out), found.speakers()).find());
    out.sort(Comparator.comparingInt(Quote::start));
    return out;
  }

  /**
   * Whether a speaker carried over to words that a verb of their own sentence reports can be that
   * verb's subject: the sentence names them, or says "il" / "elle" ("Il en profite pour critiquer
   * «...»"). "Gage de «...», avait estimé, en substance, X" is not the words of the last speaker.
   */
  private static boolean inSentence(Speaker speaker, Marked m, QuotedText quoted, List<Entity> entities,
      People people) {
    if (speaker == null) {
      return false;
    }
    int from = quoted.sentenceStart(m.open());
    int to = quoted.sentenceEnd(m.close());
    for (Entity e : entities) {
      if (e.start() >= from && e.end() <= to && !quoted.inQuote(e.start())
          && people.canonical(e).equals(speaker.name())) {
        return true;
      }
    }
    for (Word w : quoted.words(from, to)) {
      String subject = ReportingVerbs.splitInverted(w.lower())[1];
      if (w.is("il", "elle") || "il".equals(subject) || "elle".equals(subject)) {
        return true;
      }
    }
    return quoted.text().substring(from, to).contains(speaker.name());
  }

  /** A dialogue line cut around its incise, with the incise's speaker (or null). */
  private record Line(Marked marked, Speaker speaker) {}

  /**
   * A dialogue line: "— Je ne sais pas, répond-il." keeps the words before the incise and takes
   * the incise's speaker; a question line ("— Et ensuite ?") is the interviewer's and skipped.
   */
  private static Line dialogue(Marked m, QuotedText quoted, SpeakerFinder finder, Speaker previous) {
    int start = m.start();
    int end = m.end();
    List<Word> ws = quoted.words(start, end);
    for (int k = 1; k < ws.size(); k++) {
      if (!ws.get(k - 1).is(",", "!", "?")) {
        continue;
      }
      VerbGroup vg = finder.verbs().verbAt(ws, k);
      if (vg == null) {
        continue;
      }
      Speaker s = finder.after(ws, k, previous, ws.get(k).start());
      if (s == null) {
        continue;
      }
      int cut = beforeIncise(ws.get(k - 1));
      List<int[]> pieces = new ArrayList<>();
      pieces.add(new int[] {start, cut});
      for (int j = vg.last() + 1; j < ws.size(); j++) {
        if (ws.get(j).is(".", ",") && j + 2 < ws.size()) {
          pieces.add(new int[] {ws.get(j + 1).start(), end});
          break;
        }
      }
      return new Line(new Marked(m.open(), m.close(), pieces, Style.DASH, null), s);
    }
    if (quoted.text().substring(start, end).strip().endsWith("?")) {
      return null;
    }
    return new Line(m, null);
  }

  /**
   * Whether the noun phrase ending at offset {@code end} closes its clause: a period, a comma or a
   * semicolon follows it ("..., soutient la députée. Dans ..."), or nothing does.
   */
  private static boolean endsClause(List<Word> ws, int end) {
    for (Word w : ws) {
      if (w.start() >= end) {
        return w.is(".", ",", ";", "!", "?", "…");
      }
    }
    return true;
  }

  /**
   * Whether the word after an incise's comma opens a clause ("..., affirme X, mais il y a une
   * réalité"): the quote goes on there, as no apposition opens with a conjunction or a subject pronoun.
   */
  private static boolean opensClause(Word w) {
    return FrenchWords.CLAUSE_STARTS.contains(w.lower());
  }

  /** Where the words before an incise end: before its comma, after a "!" or "?" (they belong to the words). */
  private static int beforeIncise(Word mark) {
    return mark.is(",") ? mark.start() : mark.end();
  }

  /**
   * A quote with its own incise inside the marks: «Il y a des gens qui disent ça, s'étonne X. Ce
   * n'est pas vrai.» is two pieces of X's words, without "s'étonne X". Null when the marks hold
   * no incise naming a speaker or inverting a pronoun (a wrong cut is worse than none); the
   * speaker is null when the pronoun names no one the rules know.
   */
  private static Line incise(Marked m, QuotedText quoted, SpeakerFinder finder, Speaker previous) {
    if (m.pieces().size() != 1) {
      return null;
    }
    List<Word> ws = quoted.words(m.start(), m.end());
    Line tail = tailIncise(m, ws, finder, previous);
    if (tail != null) {
      return tail;
    }
    for (int k = 2; k < ws.size(); k++) {
      if (!ws.get(k - 1).is(",", "!", "?")) {
        continue;
      }
      VerbGroup vg = finder.verbs().verbAt(ws, k);
      if (vg == null) {
        // "J'ai un bilan, assume-t-elle. Mais ...": any verb with an inverted pronoun that ends its
        // clause (not "cet homme, était-il policier ?")
        vg = finder.verbs().inciseAt(ws, k);
        if (vg == null || vg.pronoun() == null || vg.last() + 2 >= ws.size() || !ws.get(vg.last() + 1).is(",", ".", ";")) {
          continue;
        }
      }
      boolean listed = finder.verbs().isIncise(ws, vg) || vg.pronoun() != null;
      boolean closed = false;
      if (vg.pronoun() == null) {
        // "«un suicide qui, pour chacun, annonce les grands massacres.»": an inverted subject must name someone
        int[] np = finder.phrases().npAfter(ws, vg.last() + 1);
        if (np == null || !finder.resolver().namesSpeaker(np[0], np[1])) {
          continue;
        }
        closed = np[0] == ws.get(vg.last() + 1).start() && endsClause(ws, np[1]);
      }
      if (!listed && !closed) {
        continue;
      }
      Speaker s = finder.after(ws, k, previous, ws.get(k).start());
      if (s == null && vg.pronoun() == null && !closed) {
        continue; // an inverted pronoun is an incise even when it names no one the rules know
      }
      int cut = beforeIncise(ws.get(k - 1));
      List<int[]> pieces = new ArrayList<>();
      pieces.add(new int[] {m.start(), cut});
      // where the words go on: after "dit-il," or after the period closing the incise; a comma
      // after a named subject may open an apposition ("explique X, un collaborateur de Y. Elles")
      int period = -1;
      int comma = -1;
      for (int j = vg.last() + 1; j + 2 < ws.size(); j++) {
        if (ws.get(j).is(".", "!", "?", ";")) {
          period = j + 1;
          break;
        }
        if (comma < 0 && ws.get(j).is(",")) {
          comma = j + 1;
        }
      }
      int next = comma > 0 && (vg.pronoun() != null || period < 0 || opensClause(ws.get(comma))) ? comma : period;
      if (next > 0) {
        pieces.add(new int[] {ws.get(next).start(), m.end()});
      }
      return new Line(new Marked(m.open(), m.close(), pieces, m.style(), null), s);
    }
    return null;
  }

  /** Fewest words before an incise the writer left inside the closing mark without a comma. */
  private static final int TAIL_WORDS = 4;

  /**
   * «C'est important de montrer que les centrales sont des passoires a-t-il déclaré»: a verb with
   * an inverted pronoun ending the marks, with no comma before it, is an incise the writer left
   * inside the marks; the words are those before it.
   */
  private static Line tailIncise(Marked m, List<Word> ws, SpeakerFinder finder, Speaker previous) {
    int last = ws.size() - 1;
    while (last >= 0 && !ws.get(last).isWord()) {
      if (ws.get(last).is("?", "!")) {
        return null; // "Comment contrôlera-t-on ?": a question inverts its subject too
      }
      last--;
    }
    for (int k = Math.max(TAIL_WORDS, last - 2); k <= last; k++) {
      if (!ws.get(k - 1).isWord() || FrenchWords.CLAUSE_OPENERS.contains(ws.get(k - 1).lower())) {
        continue; // "... et pourquoi viendrait-il", "... comment faut-il"
      }
      VerbGroup vg = finder.verbs().verbAt(ws, k);
      if (vg == null) {
        vg = finder.verbs().inciseAt(ws, k);
      }
      if (vg != null && vg.pronoun() != null && vg.last() == last) {
        Speaker s = finder.after(ws, k, previous, ws.get(k).start());
        return new Line(new Marked(m.open(), m.close(), List.of(new int[] {m.start(), ws.get(k - 1).end()}),
            m.style(), null), s);
      }
    }
    return null;
  }

  /** The words of the quote's pieces, elided articles and pronouns left out. */
  private static int words(Marked m, String text) {
    int words = 0;
    for (int[] piece : m.pieces()) {
      for (Word w : Word.scan(text, piece[0], piece[1])) {
        if (w.isWord() && !w.isElision()) {
          words++;
        }
      }
    }
    return words;
  }

  /** Whether the quote's words hold a clause: a finite verb, or a word that opens or marks one. */
  private static boolean isClause(Marked m, String text, List<Token> tokens) {
    for (int[] piece : m.pieces()) {
      Word before = null;
      for (Word w : Word.scan(text, piece[0], piece[1])) {
        if (FrenchWords.CLAUSE_MARKERS.contains(w.lower()) && !(w.is("fait") && isNounBefore(before))) {
          return true;
        }
        before = w;
      }
      if (hasFiniteVerb(tokens, piece[0], piece[1])) {
        return true;
      }
    }
    return false;
  }

  /** "le fait accompli", "tout à fait": "fait" after a determiner or "à" is no verb. */
  private static boolean isNounBefore(Word before) {
    return before != null && (FrenchWords.DETERMINERS.contains(before.lower()) || before.is("à", "au", "du", "des", "les"));
  }

  /** A tagged verb that is neither an infinitive nor a participle: the words form a clause. */
  private static boolean hasFiniteVerb(List<Token> tokens, int start, int end) {
    for (int i = firstTokenAt(tokens, start); i < tokens.size() && tokens.get(i).start() < end; i++) {
      if (isFiniteVerb(tokens.get(i)) || conjugatedLikeParticiple(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A tagged verb whose ending a participle shares but that the verb lexicon knows only as a
   * conjugated form: "pourrait", "était", "doit" end like "dit" ("-it"), yet «un traitement
   * pourrait arriver dans quelques années» is a clause. "fait", "dit" are both and stay unread.
   */
  static boolean conjugatedLikeParticiple(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.pos().equals("VERB") && Word.nonFinite(w) && VerbForms.thirdPerson(w) && !VerbForms.participle(w);
  }

  private static boolean isFiniteVerb(Token t) {
    if (!t.pos().equals("AUX") && !t.pos().equals("VERB")) {
      return false;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.pos().equals("AUX")) {
      return !NON_FINITE_AUX.contains(w);
    }
    return !Word.nonFinite(w);
  }

  private static int firstTokenAt(List<Token> tokens, int start) {
    return SortedOffsets.firstAtLeast(tokens.size(), i -> tokens.get(i).start(), start);
  }

  private static List<Token> tokens(AnnotatedText doc) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(s.tokens());
    }
    return out;
  }

  /** The person an interview is with: the one the article names most often. */
  private static String interviewee(List<Entity> entities, People people) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        counts.merge(people.canonical(e), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** "Benoît Hamon : 6 / 10.": a mark given to someone, not their words. */
  private static final java.util.regex.Pattern GRADE = java.util.regex.Pattern.compile(
      "\\d+(?:[,.]\\d+)?\\s*(?:/|sur)\\s*\\d+\\b.*", java.util.regex.Pattern.DOTALL);

  private static Entity labelPerson(Marked m, People people, String text) {
    if (GRADE.matcher(text.substring(m.start(), m.end())).matches()) {
      return null;
    }
    Entity e = people.at(m.label()[0]);
    return e != null && e.type() == EntityType.PERSON && e.end() >= m.label()[1] - 1 ? e : null;
  }
}
