package io.newsfacts.lexicon;

import io.newsfacts.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nationalities and inhabitants named from places (models/entities/demonyms.txt): "Américain" and
 * its plural and feminine forms. Read once; shared by the entity extractor (they are MISC) and the
 * quote speakers ("a déclaré le Portugais de 28 ans").
 */
public final class Demonyms {
  /** Every form, folded ({@link Folding#fold}), to the folded masculine singular of its line. */
  private static final Map<String, String> BASE = new HashMap<>();

  static {
    for (String line : Lexicon.lines("entities/demonyms.txt")) {
      List<String> forms = forms(line);
      String base = Folding.fold(forms.get(0));
      for (String form : forms) {
        BASE.putIfAbsent(Folding.fold(form), base);
      }
    }
  }

  /** The keys of {@link #BASE}, read-only, built once. */
  private static final java.util.Set<String> FOLDED = java.util.Set.copyOf(BASE.keySet());

  private Demonyms() {}

  /**
   * The forms of a demonym line: "Américain" gives Américain(s) and Américaine(s); a line with
   * commas lists its forms itself.
   */
  public static List<String> forms(String line) {
    if (line.contains(",")) {
      return List.of(line.split("\\s*,\\s*"));
    }
    String m = line;
    String plural = m.endsWith("s") || m.endsWith("x") ? m : m + "s";
    String fem;
    if (m.endsWith("e")) {
      fem = m;
    } else if (m.endsWith("ien") || m.endsWith("éen") || m.endsWith("on")) {
      fem = m + "ne";
    } else {
      fem = m + "e";
    }
    String femPlural = fem.endsWith("s") ? fem : fem + "s";
    return List.of(m, plural, fem, femPlural);
  }

  /** The nationality a word names, as its folded masculine singular ("Portugaise" -> "portugais"), or null. */
  public static String base(String word) {
    return BASE.get(Folding.fold(word));
  }

  /** Every form of every line, folded. */
  public static java.util.Set<String> folded() {
    return FOLDED;
  }
}
