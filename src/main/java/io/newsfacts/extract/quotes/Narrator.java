package io.newsfacts.extract.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer of a first-person article (a blog, a column, a testimony) as a speaker: "Je lui ai
 * répondu : «...»" is said by "l'auteur", or "l'auteure" when the writer's own words outside the
 * quotes agree in the feminine with "je" ("je suis allée", "je me suis sentie").
 */
final class Narrator {
  private Narrator() {}

  /** "je suis allée", "j'étais persuadée", "je me suis sentie": a participle or adjective agreeing with "je". */
  private static final Pattern FEMININE = Pattern.compile(
      "(?i)\\b(?:je suis|j[’']étais|je me suis|j[’']ai été|je serais|je serai) (?:\\p{L}+ )?\\p{L}{2,}ée\\b");

  /** Words allowed from the writer's "je" to the quote: "je lui ai alors répondu :". */
  private static final int REACH = 7;

  /**
   * Whether the words {@code left} before a quote end with the writer's own clause: "je", "j'" or
   * a verb inverted with "-je" at most {@link #REACH} words before the quote ("Je lui ai répondu :",
   * "que je résume par", "lui ai-je dit :").
   */
  static boolean reports(List<Word> left) {
    for (int k = left.size() - 1; k >= 0 && left.size() - 1 - k <= REACH; k--) {
      Word w = left.get(k);
      if (w.is("je", "j'") || w.lower().endsWith("-je")) {
        return true;
      }
      if (!w.isWord() && !w.is(",", ":", "'", "-")) {
        return false; // another quote or a parenthesis between
      }
    }
    return false;
  }

  /** The writer of {@code quoted}'s text: "l'auteure" when its first person is feminine outside the quotes, else "l'auteur". */
  static Speaker of(QuotedText quoted, int at) {
    Matcher m = FEMININE.matcher(quoted.text());
    while (m.find()) {
      if (!quoted.inQuote(m.start())) {
        return new Speaker("l'auteure", null, 'f', at);
      }
    }
    return new Speaker("l'auteur", null, 'm', at);
  }
}
