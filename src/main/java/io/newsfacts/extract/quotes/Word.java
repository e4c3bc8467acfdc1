package io.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of the article text, as the quote rules see it: elided articles and
 * pronouns stand alone ("qu'", "il"), inverted subjects stay on their verb ("explique-t-il").
 *
 * @param lower the word in lower case with typographic apostrophes made straight
 */
record Word(String text, String lower, int start, int end) {
  private static final Pattern WORD = Pattern.compile(
      "(?i)aujourd['’]hui|(?-i:\\b(?:M|MM|Dr|Pr|Mgr)\\.(?=[ \\u00a0]+\\p{Lu}))"
          + "|(?<![\\p{L}])(?:lorsqu|puisqu|jusqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=[\\p{L}\\p{N}])"
          + "|[\\p{L}\\p{N}]+(?:[-'’.,][\\p{L}\\p{N}]+)*%?"
          + "|[^\\s\\u00a0\\u202f]");

  /** The words of {@code text[from, to)}. */
  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      out.add(new Word(w, w.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
    }
    return out;
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean isElision() {
    return lower.endsWith("'");
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String... options) {
    for (String o : options) {
      if (lower.equals(o)) {
        return true;
      }
    }
    return false;
  }
}
