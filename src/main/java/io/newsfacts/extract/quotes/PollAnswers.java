package io.newsfacts.extract.quotes;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Set-off words that are a poll's proposition or answer, and incises that give words to a poll:
 * the shares and poll names around the marks. Split from {@link QuoteCriteria}.
 */
final class PollAnswers {
  private final QuotedText quoted;
  private final List<String> surveyWords;

  /** {@code surveyWords}: the words that name a poll or the people polled (models/quotes/survey-words.txt). */
  PollAnswers(QuotedText quoted, List<String> surveyWords) {
    this.quoted = quoted;
    this.surveyWords = surveyWords.stream().map(w -> " " + w + " ").toList();
  }

  /** A percentage: "54%", "54 %", "54,5 pour cent". */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s*(?:%|pour\\s?cent\\b)");
  /** A percentage in brackets right after the marks: an answer and its share, «...» (31 %). */
  private static final Pattern SHARE_AFTER = Pattern.compile("\\s*\\(\\s*\\d+(?:[,.]\\d+)?\\s*(?:%|pour\\s?cent)");

  /**
   * A share of people as the subject of the verb before the marks ("81 % des Français souhaitent
   * «...»", "67 % désirent l'installation de «...»", "ils ne sont que 36 % à estimer qu'il «...»"):
   * the share, perhaps a "des"-complement, then a plural verb (not an adverb in -ment) or "à" and
   * an infinitive. "il a remporté 5 % des voix" has no verb after its share.
   */
  private static final Pattern SHARE_SUBJECT = Pattern.compile(
      "\\d\\s*(?:%|pour\\s?cent) (?:d' ?entre (?:eux|elles) |des \\p{L}+ )?"
      + "(?:(?!\\p{L}*ment )\\p{L}+ent |se \\p{L}+ |à \\p{L}+(?:er|ir|re) )");

  /**
   * Whether the set-off words are a poll's proposition or answer rather than someone's words:
   * a share follows them in brackets ("comme «est le plus capable de rassembler» (38 %)"), a share
   * of people is the subject of the verb before them ({@link #SHARE_SUBJECT}), or
   * their sentence gives a percentage and names a poll or the people polled outside the marks
   * ("54 % de la population estime que «...», selon un sondage"). A poll named in another
   * sentence is not enough: "le baromètre montre ... Globalement, «l'Ile-de-France reste la
   * région ...», soit 36 %" quotes the report's own words.
   */
  boolean survey(Marked m) {
    String text = quoted.text();
    if (SHARE_AFTER.matcher(text).region(m.close(), text.length()).lookingAt()) {
      return true;
    }
    if (SHARE_SUBJECT.matcher(outside(quoted.words(quoted.sentenceStart(m.open()), m.open()))).find()) {
      return true;
    }
    String sentence = outside(quoted.words(quoted.sentenceStart(m.open()), quoted.sentenceEnd(m.close())));
    return PERCENT.matcher(sentence).find() && namesPoll(sentence);
  }

  /**
   * Whether the clause right after the marks names a poll ("«...», selon un sondage Ifop"): then
   * it is the poll, not a person, that the incise gives the words to.
   */
  boolean pollAfter(Marked m) {
    List<Word> right = quoted.words(m.close(), quoted.sentenceEnd(m.close()));
    int i = 0;
    while (i < right.size() && !right.get(i).isWord()) {
      i++;
    }
    int j = i;
    while (j < right.size() && !right.get(j).is(",", ".", ";", ":", "(", "!", "?")) {
      j++;
    }
    return namesPoll(outside(right.subList(i, j)));
  }

  /** The words outside the marks, lower case, one space around each. */
  private static String outside(List<Word> ws) {
    StringBuilder b = new StringBuilder(" ");
    for (Word w : ws) {
      if (!w.is("«»")) {
        b.append(w.lower()).append(' ');
      }
    }
    return b.toString();
  }

  private boolean namesPoll(String words) {
    for (String w : surveyWords) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
