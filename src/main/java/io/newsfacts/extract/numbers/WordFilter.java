package io.newsfacts.extract.numbers;

import io.newsfacts.model.NumberKind;
import io.newsfacts.model.Qualifier;
import io.newsfacts.text.NormalText;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that the words around them show are not figures: "un" and "une" as articles, number words
 * in names, titles ("Premier ministre"), compound nouns ("deux-roues") and pronouns ("les deux"),
 * digits that name something ("la cité des 4 000", "France 2") and list item numbers.
 */
final class WordFilter {
  private static final NumberLexicon LEX = NumberLexicon.INSTANCE;
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "des", "du", "au", "aux", "ces", "leurs",
      "nos", "vos", "mes", "tes", "ses", "l'");
  private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "leurs", "nos", "vos", "mes",
      "tes", "ses", "aux");
  private static final Set<String> LIST_CONTEXT = Set.of("dont");
  private static final Pattern LIST_ITEM_AFTER = Pattern.compile("^[.)]\\s");

  private final NormalText t;

  WordFilter(NormalText t) {
    this.t = t;
  }

  /** "un" and "une" are articles unless they count; a capitalised number word inside a sentence is a name. */
  Figure articleOrNumber(Figure f) {
    if (!f.spelled() || f.kind() != NumberKind.COUNT) {
      return f;
    }
    int first = t.wordAt(f.coreStart());
    int last = t.wordBefore(f.coreEnd());
    int prev = first - 1;
    String prevWord = prev >= 0 ? t.words[prev] : "";
    String nextWord = last + 1 < t.words.length ? t.words[last + 1] : "";
    if (t.upperAt(f.coreStart()) && !t.sentenceStart(f.coreStart())) {
      return f.drop("inside a name");
    }
    if (first != last || !(t.words[first].equals("un") || t.words[first].equals("une")) || f.value() != 1) {
      return f;
    }
    boolean nextIsNumber = NumberWords.isNumberWord(nextWord)
        || nextWord.equals(",") && last + 2 < t.words.length && NumberWords.isNumberWord(t.words[last + 2]);
    boolean prevIsNumber = NumberWords.isNumberWord(prevWord)
        || prevWord.equals(",") && prev > 0 && NumberWords.isNumberWord(t.words[prev - 1]);
    boolean alone = (prev < 0 || !t.isLetters(prev) && !prevWord.equals("'")) && last + 1 >= t.words.length;
    boolean counts = alone || nextIsNumber || prevIsNumber || f.sign() || LIST_CONTEXT.contains(prevWord)
        || nextWord.equals("virgule");
    return counts ? f : f.drop("article");
  }

  /** Ordinals that name a title ("Premier ministre"); number words with no noun are pronouns ("les deux"). */
  Figure wordsThatAreNotNumbers(Figure f) {
    if (f.isDropped() || !f.spelled() || f.collective() || f.kind() == NumberKind.FRACTION
        || f.kind() == NumberKind.MULTIPLIER) {
      return f;
    }
    int first = t.wordAt(f.coreStart());
    int last = t.wordBefore(f.coreEnd());
    int prev = first - 1;
    String prevWord = prev >= 0 ? t.words[prev] : "";
    String nextWord = last + 1 < t.words.length ? t.words[last + 1] : "";
    // a number word hyphened to a noun makes a compound noun: "mille-feuille", "deux-roues"
    int coreEnd = f.coreEnd();
    if (coreEnd + 1 < t.length() && t.text.charAt(coreEnd) == '-' && Character.isLetter(t.text.charAt(coreEnd + 1))
        && !NumberWords.isNumberWord(nextWord) && !nextWord.equals("et")) {
      return f.drop("compound word");
    }
    // and hyphened after a word that is no number: "l'entre-deux tours", "les quatre-quarts" is a run
    int coreStart = f.coreStart();
    if (coreStart > 1 && t.text.charAt(coreStart - 1) == '-' && Character.isLetter(t.text.charAt(coreStart - 2))
        && !NumberWords.isNumberWord(prevWord) && !prevWord.equals("et")) {
      return f.drop("compound word");
    }
    if (f.kind() == NumberKind.ORDINAL) {
      boolean afterNoun = t.words[first].startsWith("premi") && t.isLetters(prev)
          && !LEX.unitStopwords.contains(prevWord) && !DETERMINERS.contains(prevWord)
          && !NumberWords.isRunWord(prevWord); // "matière première"
      if (t.upperAt(f.coreStart()) && !t.sentenceStart(f.coreStart()) || LEX.ordinalTitles.contains(nextWord)
          || t.words[first].startsWith("second") || afterNoun) {
        return f.drop("title");
      }
      return f;
    }
    if (f.unit() == null && f.qualifier() == Qualifier.EXACT && !f.sign() && f.kind() == NumberKind.COUNT
        && (PLURAL_DETERMINERS.contains(prevWord) || prevWord.equals("tous") || prevWord.equals("toutes")
            || t.isLetters(prev) && !LEX.unitStopwords.contains(prevWord)
            && !NumberWords.isNumberWord(prevWord) && !prevWord.equals("moins") && !prevWord.equals("plus"))) {
      return f.drop("pronoun");
    }
    return f;
  }

  /** Digits with no noun after a determiner or a proper noun name something ("la cité des 4 000", "France 2"). */
  Figure digitsInNames(Figure f) {
    if (f.isDropped() || f.spelled() || f.unit() != null || f.kind() != NumberKind.COUNT
        || f.qualifier() != Qualifier.EXACT || f.sign()) {
      return f;
    }
    if (t.sentenceStart(f.start()) && LIST_ITEM_AFTER.matcher(t.slice(f.end(), f.end() + 2)).find()) {
      return f.drop("list item number");
    }
    int prev = t.wordBefore(f.start());
    if (prev < 0) {
      return f;
    }
    String w = t.words[prev];
    boolean adjacent = t.text.substring(t.wordEnd[prev], f.start()).equals(" ");
    if (adjacent && (DETERMINERS.contains(w) || t.isLetters(prev) && t.upperAt(t.wordStart[prev])
        && !t.sentenceStart(t.wordStart[prev]))) {
      return f.drop("name");
    }
    return f;
  }
}
