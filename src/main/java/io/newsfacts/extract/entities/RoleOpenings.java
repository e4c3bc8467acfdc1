package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Where the name starts in a tagger run that opens with a capitalised role noun, its adjectives in
 * lower case and a preposition: "Secrétaire départemental des Républicains", "Conseiller régional
 * d'Ile-de-France", "Chercheur au Laboratoire d'économie des transports". The role is the person's,
 * the name after it a body or a place. ("Président Macron", "Coéquipier de Neymar" are cut by
 * {@link RunCuts#afterCommonPrefix}.) The name after must be no common word alone: "Président de
 * la République", "Ministre de l'Intérieur" stay whole. The role is one person's, in the singular:
 * a plural role with its adjective names a body ("les Frères musulmans"). A role may be an ordinal
 * and a role noun ("Premier ministre"): a name right after it is a person's ("le Premier ministre
 * Trudeau"). The name after a role and its adjective may be a plural common word, a group
 * ("Secrétaire départemental des Républicains"), or a common noun with its complement ("Chercheur
 * au Laboratoire d'économie des transports"), not a common word alone in the singular.
 */
final class RoleOpenings {
  private static final Set<String> PREPOSITIONS = Set.of("de", "d'", "d\u2019", "du", "des", "au",
      "aux");
  private static final Set<String> ARTICLES = Set.of("la", "l'", "l\u2019", "le", "les");
  /** At most this many adjectives between the role noun and its preposition. */
  private static final int MAX_ADJECTIVES = 2;
  private final EntityLexicon lexicon;

  RoleOpenings(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Where the name after the role opening words [s, e) starts, or -1. */
  int nameStart(List<Word> ws, int s, int e) {
    Word role = ws.get(s);
    if (!role.capitalised() || role.allCaps() || !lexicon.roleNouns.contains(role.folded())) {
      return -1; // a plural opens a body's name: "les Frères musulmans de Morsi"
    }
    int k = s + 1;
    int adjectives = 0;
    if (k < e && !ws.get(k).capitalised() && lexicon.roleNouns.contains(ws.get(k).folded())) {
      k++; // "Premier ministre", "Secrétaire général": the second noun reads as an adjective
      adjectives++;
      Word name = k < e ? ws.get(k) : null;
      if (name != null && name.capitalised() && !name.function() && !lexicon.commonOnly(name)
          && !lexicon.notEntities.contains(name.folded()) && !lexicon.demonyms.contains(name.folded())) {
        return k; // "Premier ministre Trudeau"; not "le Premier ministre Britannique"
      }
    }
    while (k < e && !ws.get(k).capitalised() && !ws.get(k).function()
        && !ws.get(k).punctuation() && !ws.get(k).verb() && adjectives < MAX_ADJECTIVES) {
      k++;
      adjectives++;
    }
    if (k >= e || !PREPOSITIONS.contains(ws.get(k).lower())) {
      return -1;
    }
    boolean bareOf = ws.get(k).lower().startsWith("d");
    boolean article = false;
    k++;
    while (k < e && ARTICLES.contains(ws.get(k).lower())) {
      k++;
      article = true;
    }
    if (adjectives == 0 && !article && bareOf || k >= e) {
      return -1; // "Coéquipier de Neymar", "Président du Zorvex": RunCuts decides
    }
    Word next = ws.get(k);
    if (!next.capitalised() || next.function() || next.punctuation()
        || lexicon.notEntities.contains(next.folded())) {
      return -1;
    }
    if (lexicon.commonOnly(next) && !(adjectives > 0 && group(ws, k, e)) && !complemented(ws, k, e)) {
      return -1; // "Président de la République", "Ministre de l'Intérieur"
    }
    return k;
  }

  /** "des Républicains", "des Verts": a capitalised plural alone after "des" names a group. */
  private static boolean group(List<Word> ws, int k, int e) {
    String w = ws.get(k).lower();
    return k + 1 == e && "des".equals(ws.get(k - 1).lower()) && w.length() > 3 && w.endsWith("s");
  }

  /** "Laboratoire d'économie des transports": the common noun has its complement after it. */
  private static boolean complemented(List<Word> ws, int k, int e) {
    return k + 2 < e && PREPOSITIONS.contains(ws.get(k + 1).lower()) && !ws.get(k + 2).capitalised()
        && !ws.get(k + 2).function() && !ARTICLES.contains(ws.get(k + 2).lower());
  }
}
