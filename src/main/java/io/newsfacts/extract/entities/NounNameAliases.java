package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A name alone that the article also writes after the noun of a building, a body or an operation
 * names the same thing: "Matignon" beside "l'hôtel Matignon", "CSA" beside "l'Institut CSA",
 * "Serval" beside "l'opération Serval", "le Louvre" beside "le musée du Louvre", "l'Elysée" beside
 * "le palais de l'Elysée". The nouns are those of name-nouns.txt and the "+named" heads of
 * org-heads.txt; the name follows the noun bare or after "du", "des", "de la", "de l'" (after a
 * bare "de" it is mostly the town the thing is in: "la gare de Lyon", "l'université de Nanterre").
 * Not when the name alone is a person of the article ("le centre Pompidou", "Georges Pompidou"),
 * a country ("Air France"), a place of the lexicons after an article ("la place de la Corse" in
 * Europe is no Corsica; but "l'hôtel Matignon"), or after a noun of name-nouns.txt marked "+eponym", whose name is most
 * often someone else's ("l'affaire Cahuzac", "la loi Macron"). Split from {@link EntityLinker}.
 */
final class NounNameAliases {
  private static final Set<String> ARTICLES = Set.of("du", "des");

  private NounNameAliases() {}

  /**
   * Pairs of mentions to join: [the noun's name, the name alone]. {@code group} gives each
   * mention's entity as linked so far.
   */
  static List<int[]> pairs(List<Candidate> ms, String[][] words, IntUnaryOperator group,
      EntityLexicon lexicon) {
    List<int[]> out = new ArrayList<>();
    for (int j = 0; j < ms.size(); j++) {
      Candidate o = ms.get(j);
      if (words[j].length < 2 || o.type() == EntityType.PERSON || weak(o)
          || !noun(words[j][0], lexicon)) {
        continue;
      }
      String[] name = nameAfterNoun(words[j]);
      if (name == null || lexicon.names.country(String.join(" ", name))
          || name.length < words[j].length - 1 && lexicon.names.place(String.join(" ", name))) {
        continue; // "Air France"; "la place de la Corse" is no Corse
      }
      for (int i = 0; i < ms.size(); i++) {
        if (i != j && !weak(ms.get(i)) && Arrays.equals(words[i], name)
            && group.applyAsInt(i) != group.applyAsInt(j)
            && !person(ms, words, group, group.applyAsInt(i), lexicon.names)) {
          out.add(new int[] {j, i});
        }
      }
    }
    return out;
  }

  /** A noun that names a thing with the name after it, and whose name alone is the thing. */
  private static boolean noun(String folded, EntityLexicon lexicon) {
    return lexicon.namedOrgHeads.contains(folded)
        || lexicon.nameNouns.containsKey(folded) && !lexicon.nameNounsEponym.contains(folded);
  }

  /**
   * The folded words of the name after the noun: bare ("hotel matignon"), after "du" or "des"
   * ("musee du louvre"), "de la" or "de l'" ("palais de l'elysee"); null after a bare "de".
   */
  static String[] nameAfterNoun(String[] w) {
    int from = 1;
    String first = w[1];
    if (ARTICLES.contains(first)) {
      from = 2;
    } else if (first.equals("de") && w.length > 2 && w[2].equals("la")) {
      from = 3;
    } else if (first.equals("de") && w.length > 2 && w[2].startsWith("l'") && w[2].length() > 2) {
      String[] rest = Arrays.copyOfRange(w, 2, w.length);
      rest[0] = rest[0].substring(2);
      return rest;
    } else if (first.equals("de") || first.startsWith("d'") || first.equals("la")
        || first.equals("le") || first.equals("les") || first.startsWith("l'")) {
      return null;
    }
    return from < w.length ? Arrays.copyOfRange(w, from, w.length) : null;
  }

  /**
   * Whether entity {@code g} is a person: it has a person's full name ("Georges Pompidou"), or a
   * mention tagged as a person that the lexicons know as a first or family name ("Pompidou"; the
   * tagger's "Serval" is no person).
   */
  private static boolean person(List<Candidate> ms, String[][] words, IntUnaryOperator group,
      int g, NameLexicons names) {
    for (int k = 0; k < ms.size(); k++) {
      if (ms.get(k).type() == EntityType.PERSON && group.applyAsInt(k) == g
          && (words[k].length >= 2 || names.familyName(words[k][0])
              || names.firstName(words[k][0]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean weak(Candidate c) {
    return c.origin() == Candidate.Origin.WEAK || c.origin() == Candidate.Origin.HEAD;
  }
}
