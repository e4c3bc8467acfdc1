package io.newsfacts.text;

import io.newsfacts.text.QuoteMarks.Marked;
import io.newsfacts.text.QuoteMarks.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * Words the writer closed with a straight mark but never opened, after a quote of the same
 * paragraph closed too early: "\"Ils crient: 'suicidez-vous'\". Depuis janvier, 28 policiers se
 * sont suicidés. (...) Aucun\", s'est ému X" and "qu'avoir d'autres enfants \"cela sera une
 * vraie bataille\". J'en ai tellement bavé (...) à nouveau\", confiait-elle". The words run from
 * the first sentence after the earlier quote (or after an elision mark "(...)" that goes on with
 * its words: "\"...\", préviennent-ils, (...) Nous disons oui (...)\".") to the lone mark.
 *
 * <p>The article's first line is its title: no words close there. A lone mark is glued to the word or the punctuation before it and followed by a comma, a
 * period, a semicolon or a space, as a closing mark is; one after a digit is an inch or a second,
 * one after a capitalised word inside a sentence ends a name or a title.
 */
final class OrphanCloses {
  /** Words a lone mark closes at the least: fewer are a stray mark, not someone's sentence. */
  static final int MIN_WORDS = 3;
  /** The elision marks that go on with the words of the quote before them. */
  private static final List<String> ELISIONS = List.of("(...)", "[...]", "(…)", "[…]");

  private OrphanCloses() {}

  /**
   * The words that lone closing marks of {@code text} close, as straight quotes; {@code marks}
   * are the stretches found so far, in order of their opening offsets.
   */
  static List<Marked> find(String text, List<Marked> marks) {
    List<Marked> out = new ArrayList<>();
    int next = 0; // the first mark not yet passed
    for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
      while (next < marks.size() && marks.get(next).close() <= i) {
        next++;
      }
      if (next < marks.size() && marks.get(next).open() <= i || !closingShaped(text, i) || endsName(text, i)) {
        continue; // inside a stretch, or a mark that does not close
      }
      Marked before = next > 0 ? marks.get(next - 1) : null;
      int lineStart = text.lastIndexOf('\n', i - 1) + 1;
      if (lineStart == 0 || before == null || !before.style().paired() || before.open() < lineStart) {
        continue;
      }
      int start = wordsStart(text, before.close(), i);
      if (start < 0 || hasMarks(text, start, i) || words(text, start, i) < MIN_WORDS) {
        continue;
      }
      List<int[]> pieces = new ArrayList<>();
      QuoteMarks.addPiece(text, start, i, pieces);
      out.add(new Marked(start, i + 1, List.copyOf(pieces), Style.STRAIGHT, null));
    }
    return out;
  }

  /** Glued to a letter or a sentence's end before it, with a comma, period, semicolon or space after. */
  private static boolean closingShaped(String text, int i) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char b = text.charAt(i - 1);
    char a = text.charAt(i + 1);
    return (Character.isLetter(b) || ".!?…".indexOf(b) >= 0) && (",.;".indexOf(a) >= 0 || a == ' ');
  }

  /**
   * Whether the word before the lone mark is capitalised inside a sentence: the end of a name or
   * a title whose opening mark is missing ("la troisième saison d'American Crime Story\", acclamée
   * pour ..."), not of someone's sentence ("... impuni. Aucun\", s'est ému X").
   */
  private static boolean endsName(String text, int i) {
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w == i || !Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    int b = w - 1;
    while (b >= 0 && QuoteMarks.isSpace(text.charAt(b))) {
      b--;
    }
    return b >= 0 && ".!?…".indexOf(text.charAt(b)) < 0;
  }

  /**
   * Where the words start between the earlier quote's end {@code from} and the lone mark
   * {@code to}: after the first sentence end followed by a capital, or after an elision mark;
   * -1 if neither.
   */
  private static int wordsStart(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      for (String e : ELISIONS) {
        if (text.startsWith(e, j)) {
          return j + e.length();
        }
      }
      if (".!?…".indexOf(text.charAt(j)) >= 0 && j + 2 < to && QuoteMarks.isSpace(text.charAt(j + 1))
          && Character.isUpperCase(text.charAt(j + 2))) {
        return j + 2;
      }
    }
    return -1;
  }

  private static boolean hasMarks(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      if ("«»“”\"".indexOf(text.charAt(j)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int words(String text, int from, int to) {
    int words = 0;
    boolean in = false;
    for (int j = from; j < to; j++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(j));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }
}
