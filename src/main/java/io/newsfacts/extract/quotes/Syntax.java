package io.newsfacts.extract.quotes;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dependency parse of the sentences that report speech (CoreNLP's UD French parser, run by
 * the {@code nlp} package only on them), read for one thing: the subject of the reporting verb
 * that governs a quote. "« ... », a déclaré le ministre de l'Intérieur, Manuel Valls" gives the
 * subject "le ministre de l'Intérieur, Manuel Valls" wherever the words stand, inverted or not,
 * across incises and adverbs that the chunker's word windows miss. Sentences without a parse
 * (unit tests, parser off) give nothing, and the word rules of {@link SpeakerFinder} decide.
 */
final class Syntax {
  /** Relations by which a quote (or the clause holding it) is what a verb reports. */
  private static final Set<String> REPORTED = Set.of("ccomp", "obj", "parataxis", "xcomp", "dep", "obl",
      "nsubj:pass", "conj");
  /** Relations by which a reporting verb hangs off the quote it closes ("«...», a dit X"). */
  private static final Set<String> INCISE = Set.of("parataxis", "dep", "conj", "advcl", "ccomp");
  /** Subtrees left out of a subject's words: what a relative clause or aside says of it. */
  private static final Set<String> NOT_SUBJECT = Set.of("acl", "acl:relcl", "advcl", "parataxis", "punct",
      "cc", "conj", "dep");
  /**
   * Prepositions of a complement that tells where or to whom the words were said, not who said
   * them: "un migrant à BFMTV", "une source diplomatique à l'AFP", "le maire sur France Info".
   */
  private static final Set<String> CIRCUMSTANCE = Set.of("à", "au", "aux", "sur", "dans", "devant", "chez", "lors",
      "pendant", "après", "avant", "depuis", "en");
  /** How many heads a quote's top word may climb through to its reporting verb ("que", "de"). */
  private static final int CLIMB = 2;

  private final AnnotatedText doc;
  private final ReportingVerbs reporting;

  Syntax(AnnotatedText doc, ReportingVerbs reporting) {
    this.doc = doc;
    this.reporting = reporting;
  }

  /** The reporting verb of a quote with its subject: word indexes in {@code tokens}. */
  record Subject(List<Token> tokens, int verb, int subject, int from, int to) {
    /** The subject's words: text offsets [start, end). */
    int start() {
      return tokens.get(from).start();
    }

    int end() {
      return tokens.get(to).end();
    }

    Token word() {
      return tokens.get(subject);
    }
  }

  /**
   * The subject of the reporting verb that governs quote {@code q} in the sentence holding its
   * opening or its closing mark, or null when neither is parsed or no reporting verb governs it.
   */
  Subject subjectOf(Marked q) {
    Sentence last = doc.sentenceAt(q.close() - 1);
    Subject s = subjectIn(last, q);
    if (s == null) {
      Sentence first = doc.sentenceAt(q.open());
      if (first != last) {
        s = subjectIn(first, q);
      }
    }
    return s;
  }

  private Subject subjectIn(Sentence unparsed, Marked q) {
    Sentence sentence = unparsed == null ? null : doc.parsed(unparsed);
    if (sentence == null || sentence.tokens().isEmpty() || !sentence.tokens().get(0).parsed()) {
      return null;
    }
    List<Token> ts = sentence.tokens();
    for (int top : tops(ts, q)) {
      int verb = verbOf(ts, top, q);
      if (verb < 0) {
        continue;
      }
      int subject = subjectOfVerb(ts, verb);
      if (subject < 0 || q.contains(ts.get(subject).start())) {
        return null;
      }
      int[] span = span(ts, subject);
      if (q.contains(ts.get(span[0]).start()) || q.contains(ts.get(span[1]).start())) {
        return null;
      }
      return new Subject(ts, verb, subject, span[0], span[1]);
    }
    return null;
  }

  /** The words inside the quote whose head is outside it (or the root), punctuation left out. */
  private static List<Integer> tops(List<Token> ts, Marked q) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (!q.contains(t.start()) || t.deprel().equals("punct")) {
        continue;
      }
      if (t.head() < 0 || !q.contains(ts.get(t.head()).start())) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The reporting verb that governs the quote's top word: a head it reaches through at most
   * {@link #CLIMB} complement relations ("a déclaré que « ... »"), or a reporting verb hanging off
   * it as an incise ("« ... », a souligné X"). -1 when none.
   */
  private int verbOf(List<Token> ts, int top, Marked q) {
    int w = top;
    for (int step = 0; step < CLIMB && ts.get(w).head() >= 0; step++) {
      if (!REPORTED.contains(ts.get(w).deprel()) && !ts.get(w).deprel().equals("mark")) {
        break;
      }
      w = ts.get(w).head();
      if (isReporting(ts, w) && !q.contains(ts.get(w).start())) {
        return w;
      }
    }
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).head() == top && INCISE.contains(ts.get(i).deprel()) && !q.contains(ts.get(i).start())
          && isReporting(ts, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A form of a reporting verb, not negated ("n'a pas dit"). */
  private boolean isReporting(List<Token> ts, int i) {
    Token t = ts.get(i);
    if (!t.pos().equals("VERB") || !reporting.isForm(ReportingVerbs.splitInverted(lower(t))[0])) {
      return false;
    }
    for (Token d : ts) {
      if (d.head() == i && d.deprel().equals("advmod") && (lower(d).equals("ne") || lower(d).equals("n'"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The verb's subject: its nsubj, the subject of the verb it is coordinated with ("X sourit et
   * lance"), or the noun a relative clause hangs off ("X, qui a déclaré"). -1 when none.
   */
  private static int subjectOfVerb(List<Token> ts, int verb) {
    for (int v = verb, hops = 0; v >= 0 && hops < 2; hops++) {
      int subject = child(ts, v, "nsubj");
      if (subject >= 0) {
        if (lower(ts.get(subject)).equals("qui") && ts.get(v).deprel().startsWith("acl")) {
          int antecedent = ts.get(v).head();
          // "Louis Aliot, son compagnon, qui a dit": the relative hangs off the apposition
          while (antecedent >= 0 && ts.get(antecedent).deprel().equals("appos") && ts.get(antecedent).head() >= 0) {
            antecedent = ts.get(antecedent).head();
          }
          return antecedent;
        }
        return subject;
      }
      if (!ts.get(v).deprel().equals("conj")) {
        return -1;
      }
      v = ts.get(v).head();
    }
    return -1;
  }

  private static int child(List<Token> ts, int head, String relation) {
    for (int i = 0; i < ts.size(); i++) {
      if (ts.get(i).head() == head && ts.get(i).deprel().equals(relation)) {
        return i;
      }
    }
    return -1;
  }

  /** The first and last word of a subject's phrase: its subtree less relative clauses and asides. */
  private static int[] span(List<Token> ts, int head) {
    int[] span = {head, head};
    for (int i = 0; i < ts.size(); i++) {
      if (i != head && dominates(ts, head, i)) {
        span[0] = Math.min(span[0], i);
        span[1] = Math.max(span[1], i);
      }
    }
    return span;
  }

  /** Whether word {@code w} is in the subject's phrase under {@code head}, asides left out. */
  private static boolean dominates(List<Token> ts, int head, int w) {
    for (int i = w, steps = 0; i >= 0 && steps < ts.size(); steps++) {
      int h = ts.get(i).head();
      if (h == head) {
        // "de" before the head ("les propos de X, qui a dit") is not the subject's
        return !NOT_SUBJECT.contains(ts.get(i).deprel()) && !ts.get(i).deprel().equals("case")
            && !isCircumstance(ts, i);
      }
      if (NOT_SUBJECT.contains(ts.get(i).deprel())) {
        return false;
      }
      i = h;
    }
    return false;
  }

  /** A complement of the subject's head opened by {@link #CIRCUMSTANCE} ("à BFMTV"). */
  private static boolean isCircumstance(List<Token> ts, int w) {
    if (!ts.get(w).deprel().startsWith("nmod") && !ts.get(w).deprel().startsWith("obl")) {
      return false;
    }
    for (int i = 0; i < w; i++) {
      if (ts.get(i).head() == w && ts.get(i).deprel().equals("case")) {
        return CIRCUMSTANCE.contains(lower(ts.get(i)));
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(java.util.Locale.ROOT);
  }
}
