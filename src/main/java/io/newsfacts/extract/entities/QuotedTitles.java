package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Titles of works written between quotation marks and named as works by a noun in apposition
 * after the closing mark, a cue noun of models/entities/type-cues.txt that types a thing (MISC):
 * "« Les Bienveillantes », un roman historique", ", son premier album". The whole quoted title is
 * the name, lower-case words and all, which the tagger's runs break or miss; a title is a thing,
 * whatever type the tagger gives its words (a person, a body). Titles after their noun ("l'émission
 * "Les grosses têtes"") are {@link QuotedWorks}'.
 */
final class QuotedTitles {
  private static final Set<String> OPENING = Set.of("\"", "«", "\u201c", "\"\"");
  private static final Set<String> CLOSING = Set.of("\"", "»", "\u201d", "\"\"");
  /** Determiners that open a noun phrase in apposition: ", un roman", ", son premier album". */
  private static final Set<String> APPOSITION_DETERMINERS = Set.of("un", "une", "le", "la", "l'",
      "l\u2019", "ce", "cet", "cette", "son", "sa");
  /** The longest title taken, in words. */
  private static final int LONGEST = 12;
  private final EntityLexicon lexicon;

  QuotedTitles(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the quoted titles of one sentence to {@code out}, as things named by their noun. */
  void find(List<Word> ws, List<Candidate> out) {
    for (int i = 0; i < ws.size(); i++) {
      if (!OPENING.contains(ws.get(i).text())) {
        continue;
      }
      int close = closing(ws, i);
      if (close < 0) {
        continue;
      }
      if (cueAfter(ws, close)) {
        out.add(new Candidate(ws.get(i + 1).start(), ws.get(i + 1).start(), ws.get(close - 1).end(),
            EntityType.MISC, Candidate.Origin.NAMED_BY_NOUN, null));
      }
      i = Math.max(i, close);
    }
  }

  /**
   * The index of the mark closing the title opened at {@code open}, or -1: the title starts with a
   * capital or a figure, has at most {@link #LONGEST} words, and straight marks touch it ("le film
   * "Shoah"", not the marks of two quotes around it).
   */
  private static int closing(List<Word> ws, int open) {
    if (open + 1 >= ws.size()) {
      return -1;
    }
    Word first = ws.get(open + 1);
    char c = first.text().charAt(0);
    if (!Character.isUpperCase(c) && !Character.isDigit(c)
        || ws.get(open).text().startsWith("\"") && ws.get(open).end() != first.start()) {
      return -1;
    }
    for (int k = open + 1; k < ws.size() && k <= open + LONGEST + 1; k++) {
      Word w = ws.get(k);
      if (OPENING.contains(w.text()) && !CLOSING.contains(w.text())) {
        return -1; // a quote opened inside: no title of ours
      }
      if (k > open + 1 && CLOSING.contains(w.text())) {
        boolean touches = !w.text().startsWith("\"") || ws.get(k - 1).end() == w.start();
        return touches ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a noun phrase in apposition after the closing mark {@code close} has a cue noun of a
   * thing for its head: "« Les Bienveillantes », un roman historique", ", son premier album".
   */
  private boolean cueAfter(List<Word> ws, int close) {
    int k = close + 1;
    if (k + 2 >= ws.size() || !",".equals(ws.get(k).text())
        || !APPOSITION_DETERMINERS.contains(ws.get(k + 1).lower())) {
      return false;
    }
    Word noun = ws.get(k + 2);
    if ("ADJ".equals(noun.pos()) && k + 3 < ws.size()) {
      noun = ws.get(k + 3); // ", son premier album"
    }
    return !noun.capitalised() && lexicon.typeCue(noun.text()) == EntityType.MISC;
  }
}
