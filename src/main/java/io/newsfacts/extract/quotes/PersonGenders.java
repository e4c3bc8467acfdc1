package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What shows a person's gender in the article, strongest first (read by {@link People}): a title
 * ("M.", "Mme") or a participle agreeing with the name as subject ("X est arrivée", "X a été élu");
 * the usual gender of the first name comes last, for it is only a guess. (The ending of a role word,
 * "l'ex-footballeur", was tried and dropped: the roles the entity stage gives are not always roles,
 * "première réunion publique depuis sa démission" made a man a woman.)
 */
final class PersonGenders {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Singular forms of "être" after which a participle or adjective agrees with the subject. */
  private static final String[] BE = {"est", "était", "fut", "sera", "serait", "été"};

  private PersonGenders() {}

  /** The gender a singular subject pronoun shows ("il" 'm', "elle" 'f'), else null: the one mapping of the pronoun rules. */
  static Character ofPronoun(String pronoun) {
    return pronoun.equals("il") ? Character.valueOf('m') : pronoun.equals("elle") ? Character.valueOf('f') : null;
  }

  /** "M." / "Mme" right before the name: its gender, else null. */
  static Character title(String text, Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 8), e.start());
    for (Word w : before) {
      if (w.is("mme", "madame", "mlle")) {
        return 'f';
      }
      if (w.is("m", "monsieur")) {
        return 'm';
      }
    }
    return null;
  }

  /**
   * The gender a participle or adjective after "être" shows for the name as subject ("X est
   * arrivée", "X a été élu", "X s'est dite"): "-ée", "-ue", "-ie" feminine, "-é" masculine, the name
   * opening its clause (no preposition before it: "le parti de X a été créé" says nothing of X);
   * else null.
   */
  static Character agreement(String text, Entity e) {
    List<Word> before = Word.scan(text, Math.max(0, e.start() - 12), e.start());
    if (!before.isEmpty() && (FrenchWords.PREPOSITIONS.contains(before.get(before.size() - 1).lower())
        || before.get(before.size() - 1).is("et", "ou"))) {
      return null;
    }
    List<Word> after = Word.scan(text, e.end(), Math.min(text.length(), e.end() + 40));
    int k = 0;
    if (k < after.size() && after.get(k).is("s'", "ne", "n'")) {
      k++;
    }
    if (k >= after.size() || !after.get(k).is(BE)) {
      if (k + 1 < after.size() && after.get(k).is("a", "avait", "aura", "aurait") && after.get(k + 1).is("été")) {
        k++;
      } else {
        return null;
      }
    }
    if (k + 1 < after.size() && after.get(k + 1).is("été")) {
      k++;
    }
    if (k + 1 >= after.size()) {
      return null;
    }
    String w = after.get(k + 1).lower();
    if (w.length() > 3 && (w.endsWith("ée") || w.endsWith("ue") && !w.endsWith("que") || w.endsWith("ie"))) {
      return 'f';
    }
    return w.length() > 3 && w.endsWith("é") ? 'm' : null;
  }

  /** The usual gender of the first name of a full name ("Jean Dupont"), or null. */
  static Character firstName(String canonical, Map<String, Character> firstNames) {
    String first = SPACES.split(canonical)[0].toLowerCase(Locale.ROOT);
    Character g = firstNames.get(first);
    if (g == null && first.contains("-")) {
      g = firstNames.get(first.substring(0, first.indexOf('-')));
    }
    return canonical.contains(" ") ? g : null;
  }
}
