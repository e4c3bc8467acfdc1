package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Capitals where a person's or a place's name has none, that make a name a title, a brand or a
 * medium's, for {@link TypeEvidence}: its own article written with a capital inside the sentence
 * ("selon L'Opinion", "dans L'Yonne Républicaine"), or a capital inside one word ("EasyRecrue",
 * "ZDNet"). Split from {@link TypeEvidence}.
 */
final class TitleCapitals {
  /** A title's own article, as written inside a sentence: "Le HuffPost", "L'Opinion". */
  private static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les", "L'", "L\u2019");
  /** Prefixes of family names that keep a capital after them: "McCartney", "DiCaprio", "LeBlanc". */
  private static final List<String> NAME_PREFIXES = List.of("Mc", "Mac", "Di", "De", "Da", "Du",
      "Le", "La", "Van", "Von", "Fitz", "St");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final CueNouns cues;

  TitleCapitals(EntityLexicon lexicon, CueNouns cues) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.cues = cues;
  }

  /**
   * Whether a one-word name has its own article, written with a capital inside the sentence
   * ("selon L'Opinion", "Le HuffPost revient"... but not opening it), and is no place ("Le Mans",
   * "La Haye", "La Motte-en-Bauges"), first name or nationality.
   */
  boolean titleWithItsArticle(ArticleWords words, int at, Word before, String[] parts) {
    String word;
    String full;
    if (parts.length == 2 && TITLE_ARTICLES.contains(parts[0]) && before != null) {
      word = parts[1];
      full = parts[0] + " " + parts[1];
    } else if (parts.length == 1 && elided(parts[0]) && before != null) {
      word = parts[0].substring(2); // "L'Opinion", its article taken into the name
      full = parts[0];
    } else if (parts.length == 1 && before != null && TITLE_ARTICLES.contains(before.text())
        && words.before(at - 1) != null) {
      word = parts[0];
      full = before.text().endsWith("'") || before.text().endsWith("\u2019")
          ? before.text() + word : before.text() + " " + word;
    } else {
      return false;
    }
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && !names.place(full)
        && !names.smallCommune(full) && !names.place(word) && !names.firstName(word) && !names.familyName(word)
        && !lexicon.demonyms.contains(EntityLexicon.fold(word));
  }

  /**
   * Whether a name of several words that the tagger calls a place opens with its own article,
   * written with its capital inside the sentence, and is no place however its words are joined:
   * "dans L'Yonne Républicaine", "salue Les Dernières Nouvelles d'Alsace", "La Manif pour tous"
   * are papers and bodies; "La Roche sur Yon" and "La Chapelle d'Armentières" are towns, and a
   * name after a preposition or noun of place is one ("à La Plaine Saint-Denis").
   */
  boolean longTitleWithItsArticle(ArticleWords words, int at, Word before, String[] parts) {
    boolean elided = parts[0].length() > 3 && (parts[0].startsWith("L'") || parts[0].startsWith("L\u2019"));
    String b = before == null ? "" : before.lower().replace('\u2019', '\'');
    if (before == null || parts.length < 2
        || !(elided || parts.length >= 3 && TITLE_ARTICLES.contains(parts[0]))
        || TypeEvidence.PLACE_BEFORE.contains(b) && !"dans".equals(b) || b.endsWith("à")
        || cues.placeBefore(words, at) || lexicon.placeCues.contains(EntityLexicon.fold(parts[1]))) {
      // "dans L'Yonne Républicaine" is a paper; "jusqu'à La Roche sur Yon", "Le département de
      // la Seine-Saint-Denis" are places
      return false;
    }
    String rest = String.join("-", java.util.Arrays.copyOfRange(parts, 1, parts.length));
    return !names.place(String.join(" ", parts))
        && !names.place(parts[0] + (elided ? "-" : " ") + rest); // "La Roche-sur-Yon"
  }

  /**
   * Whether a one-word name opens with its article, elided or glued to it: "L'Opinion",
   * "LeMonde", "LaREM" (the caller asks a capital after it: not "Lebrun", "Lavilliers").
   */
  private static boolean elided(String name) {
    return name.length() > 3 && TITLE_ARTICLES.contains(name.substring(0, 2));
  }

  /**
   * Whether a one-word name has a capital after a lower-case letter ("EasyRecrue", "ZDNet"), not
   * after a prefix of family names ("McCartney") nor a first name glued to a surname
   * ("ValérieTrierweiler"), and no person's name, place or word is known by it.
   */
  boolean innerCapital(String name) {
    if (name.length() < 4 || !Character.isUpperCase(name.charAt(0)) || name.indexOf('-') >= 0
        || name.indexOf('\'') >= 0 || name.indexOf('\u2019') >= 0 || names.knownName(name)
        || names.place(name)) {
      return false;
    }
    if (!Character.isLowerCase(name.charAt(name.length() - 1))) {
      return false; // "LaREM", an acronym with its article, is read as a title elsewhere
    }
    for (int k = 1; k < name.length() - 1; k++) {
      if (Character.isLowerCase(name.charAt(k)) && Character.isUpperCase(name.charAt(k + 1))) {
        String head = name.substring(0, k + 1); // "Easy|Recrue"
        return !NAME_PREFIXES.contains(head) && !names.firstName(head);
      }
      if (Character.isUpperCase(name.charAt(k)) && Character.isLowerCase(name.charAt(k + 1))) {
        return Character.isUpperCase(name.charAt(k - 1)); // "ZD|Net"; not "Ab|rams"
      }
    }
    return false;
  }
}
