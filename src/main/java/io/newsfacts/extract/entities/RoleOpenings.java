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
 * a plural role with its adjective names a body ("les Frères musulmans").
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
    if (!next.capitalised() || next.function() || next.punctuation() || lexicon.commonOnly(next)
        || lexicon.notEntities.contains(next.folded())) {
      return -1;
    }
    return k;
  }
}
