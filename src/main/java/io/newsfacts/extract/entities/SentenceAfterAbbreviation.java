package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The end of a sentence the tokenizer did not cut, inside a run of the tagger: an abbreviation
 * keeps its period ("C.F.T.M.E.A.", "Cf."), so the word after it, which opens the next sentence
 * with a capital, is glued to it ("ni la C.F.T.M.E.A. Quant à la Haute autorité", "des T.D.C.D.M.
 * Il parait", "Cf. Tous Millennials"). The name, if any, ends with the abbreviation; the words
 * after the opener are a run of their own. Used by {@link TaggerMentions}.
 */
final class SentenceAfterAbbreviation {
  /** Articles and particles that open a surname after initials: "J.-M. Le Pen", "A. De Gaulle". */
  private static final Set<String> SURNAME_OPENERS = Stream.concat(Word.PARTICLES.stream(),
      Stream.of("le", "la", "les", "l'", "l\u2019", "di", "da", "del", "della")).collect(Collectors.toUnmodifiableSet());

  private SentenceAfterAbbreviation() {}

  /**
   * The index of the word that opens a new sentence in run [s, e) right after an abbreviation
   * with its period, or -1: a capitalised word that {@code opens} a sentence (a grammatical or
   * common word), after a word of two letters or more that ends with a period. An article or a
   * particle before a capitalised word is a surname's ("M. Le Maire"), not an opener.
   */
  static int opener(List<Word> ws, int s, int e, Predicate<Word> opens) {
    for (int k = s + 1; k < e; k++) {
      Word next = ws.get(k);
      if (!abbreviation(ws.get(k - 1)) || !next.capitalised() || next.allCaps() && next.text().length() > 1
          || !opens.test(next)) {
        continue;
      }
      boolean surname = SURNAME_OPENERS.contains(next.lower())
          && k + 1 < e && ws.get(k + 1).capitalised();
      if (!surname) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the words [s, opener) before the opener are a name: more than the abbreviation, or an
   * acronym in capitals ("C.F.T.M.E.A."), not an abbreviation of a common word ("Cf.", "Ex.").
   */
  static boolean nameBefore(List<Word> ws, int s, int opener) {
    return opener - s > 1 || ws.get(s).text().codePoints().noneMatch(Character::isLowerCase);
  }

  /** Whether {@code w} is a word of two letters or more that keeps its final period: "C.F.T.", "Cf.". */
  private static boolean abbreviation(Word w) {
    String t = w.text();
    return t.length() >= 3 && t.endsWith(".")
        && t.codePoints().filter(Character::isLetter).count() >= 2;
  }
}
