package io.newsfacts.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of a name or word, for lookups that ignore case and accents: lower case without
 * accents, curly apostrophes straightened, runs of spaces made one, ends stripped ("L’État
 * Français" and "l'etat  francais" fold alike).
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * {@link #fold} of each Latin character alone: its canonical decomposition without the marks
   * ("é" -> "e"). Decomposing a string decomposes each character on its own, so a string of these
   * characters folds character by character, without the normaliser and the two regexes.
   */
  private static final String[] LATIN_FOLDS = new String[0x250];

  static {
    for (char c = 0; c < LATIN_FOLDS.length; c++) {
      LATIN_FOLDS[c] = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
    }
  }

  private Folding() {}

  /** Lower case without accents, curly apostrophes straightened, spaces collapsed. */
  public static String fold(String s) {
    String t = s.replace('\u2019', '\'').replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= LATIN_FOLDS.length) {
        return slowFold(t); // other scripts, combining marks
      }
      String f = LATIN_FOLDS[c];
      for (int k = 0; k < f.length(); k++) {
        char d = f.charAt(k);
        boolean white = d == ' ' || d == '\t' || d == '\n' || d == 0x0B || d == '\f' || d == '\r';
        if (!white) {
          out.append(d);
        } else if (!space) {
          out.append(' '); // a run of whitespace (regex \s+) becomes one space
        }
        space = white;
      }
    }
    return out.toString();
  }

  /** {@link #fold} after its first step, with the normaliser and regexes: the definition. */
  static String slowFold(String t) {
    String u = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(u).replaceAll(" ");
  }
}
