package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name of two words or more that starts exactly one longer name of the article, of the same
 * type, is that name said short: "la Cour d'appel" beside "la Cour d'appel de Paris", "le prix
 * Nobel" beside "le prix Nobel de la Paix", "Transparency International" beside "Transparency
 * International France", "la Haute Autorité" beside "la Haute Autorité de la santé" (in the gold
 * sets, a name that starts another is the same entity 16 times in 17, the one exception a city
 * and the university named after it). The types must agree when the short name is a place of the
 * lexicons. Not for people, whose short names
 * {@link EntityLinker} reads from the end ("Le Pen"), nor when two longer names share the start
 * ("la cour d'appel de Paris" and "de Versailles"). Split from {@link EntityLinker}.
 */
final class LongerNames {
  /** The grammatical words of models/entities/grammatical-words.txt, folded. */
  private static final Set<String> GRAMMATICAL = new HashSet<>();
  /** The words that go on a name with its complement: "de la Paix", "et Paralympique". */
  private static final Set<String> NAME_LINKS = Set.of("de", "du", "des", "et");
  /** A number that tells a sequel from its first: "la loi Macron II", "Rocky 2". */
  private static final Pattern SEQUEL = Pattern.compile("[ivx]+|[0-9]{1,2}");

  static {
    for (String line : Lexicon.lines("entities/grammatical-words.txt")) {
      GRAMMATICAL.add(EntityLexicon.fold(line.trim().split("\\s+")[0]));
    }
  }

  private LongerNames() {}

  /** Pairs of mentions to join: [the longer name, the shorter]. */
  static List<int[]> pairs(List<Candidate> ms, String[] names, String[][] words,
      NameLexicons lexicons) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Candidate c = ms.get(i);
      if (words[i].length < 2 || !eligible(c) || c.key() != null) { // a known name of its own
        continue;
      }
      // the tagger's type of a short name is a guess ("la Haute Autorité" a place); a place of the
      // lexicons is a place ("New York", "New York University")
      boolean anyType = !lexicons.place(names[i]);
      int longer = -1;
      String longerName = null;
      for (int j = 0; j < ms.size(); j++) {
        Candidate o = ms.get(j);
        if (words[j].length <= words[i].length || !eligible(o) || o.type() != c.type() && !anyType
            || !EntityLinker.startsWith(words[j], words[i]) || !goesOn(words[j], words[i].length)) {
          continue;
        }
        String name = String.join(" ", words[j]);
        if (longerName == null) {
          longer = j;
          longerName = name;
        } else if (!longerName.equals(name)) {
          longer = -1; // two longer names start the same: which one is meant is unknown
          break;
        }
      }
      if (longer >= 0) {
        out.add(new int[] {longer, i});
      }
    }
    return out;
  }

  /**
   * Whether the longer name goes on the shorter one as a name does, at word {@code k}: with its
   * complement ("de la Paix", "financier", "France"), not with a preposition the tagger ran over
   * ("Rassemblement Bleu Marine au Mans", "les Ennemis d'Internet par Reporters sans Frontières")
   * nor with the number of a sequel ("la loi Macron II" is no "loi Macron").
   */
  static boolean goesOn(String[] longer, int k) {
    String next = longer[k];
    if (longer.length == k + 1 && SEQUEL.matcher(next).matches()) {
      return false;
    }
    return NAME_LINKS.contains(next) || next.startsWith("d'") || !GRAMMATICAL.contains(next);
  }

  private static boolean eligible(Candidate c) {
    return c.type() != EntityType.PERSON && c.origin() != Candidate.Origin.WEAK
        && c.origin() != Candidate.Origin.HEAD;
  }
}
