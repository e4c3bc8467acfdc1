package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Where the person starts in a run of the tagger that glues the portfolio or the place of a role
 * before the name ("le ministre des Affaires étrangères Sergueï Lavrov", "la députée PS de
 * Gironde Michèle Delaunay"). Used by {@link TaggerMentions}, beside {@link RunCuts}.
 */
final class PortfolioCuts {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  /** Articles between "de" and a portfolio: "ministre de la Culture", "de l'Intérieur". */
  private static final Set<String> PORTFOLIO_ARTICLES = Set.of("la", "l'", "l\u2019");
  private final EntityLexicon lexicon;
  private final NameLexicons names;

  PortfolioCuts(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
  }

  /**
   * Where the person starts in a run that opens with the portfolio of a role in lower case before
   * it ("le secrétaire d'Etat Mike Pompeo", "la ministre de la Culture Françoise Nyssen", "le
   * ministre des Affaires étrangères Sergueï Lavrov", "le président de la région Paca Christian
   * Estrosi"), or -1. In a run tagged as a person, a first name and a capitalised word follow
   * capitalised words that hold no first name. In a run the tagger calls anything else, the
   * portfolio ends on a lower-case word ("Affaires étrangères", "Parti socialiste"), so that a
   * body named after a person stays whole ("la présidente de la Fondation Danielle Mitterrand");
   * the person is then a first name and one or two capitalised words, or two capitalised words
   * that no lexicon knows as anything else.
   */
  int afterPortfolio(List<Word> ws, int s, int e, String tag) {
    if (!afterRoleOf(ws, s)) {
      return -1;
    }
    boolean person = "PER".equals(tag);
    for (int k = s + 1; k + 1 < e; k++) {
      Word w = ws.get(k - 1);
      if (names.firstName(w) && w.capitalised()
          || !w.capitalised() && (k - 1 == s || w.punctuation() || w.function())) {
        return -1; // "et des finances": the function words end the rule's reach
      }
      boolean lowerEnd = !w.capitalised();
      if (names.firstName(ws.get(k)) && ws.get(k + 1).capitalised() && !ws.get(k + 1).function()
          && (person || lowerEnd && e - k <= 3 && allNameWords(ws, k + 1, e))) {
        return k;
      }
      if (lowerEnd && e - k == 2 && allNameWords(ws, k, e) && unknownName(ws.get(k))) {
        return k; // "Affaires étrangères Mevlut Cavusoglu": no first name the lexicons know
      }
    }
    return -1;
  }

  /**
   * Whether the word before {@code s} ends a lower-case role and "de": "ministre de la", "secrétaire
   * d'", "président de la région", "la députée PS de". Between the role and "de" may stand a
   * party's acronym; between "de" and the run, an article and a lower-case noun.
   */
  private boolean afterRoleOf(List<Word> ws, int s) {
    int i = s - 1;
    if (i >= 0 && !ws.get(i).capitalised() && !ws.get(i).function() && !ws.get(i).punctuation()
        && !DE.contains(ws.get(i).lower())) {
      i--; // "la région Paca", "le groupe LR"
    }
    if (i >= 0 && PORTFOLIO_ARTICLES.contains(ws.get(i).lower())) {
      i--;
    }
    if (i < 1 || !DE.contains(ws.get(i).lower())) {
      return false;
    }
    i--;
    if (i >= 1 && ws.get(i).allCaps() && ws.get(i).text().length() <= 5) {
      i--; // "la députée PS de Gironde"
    }
    return i >= 0 && !ws.get(i).capitalised() && lexicon.roleNoun(ws.get(i).text());
  }

  /** Whether every word of [from, to) is capitalised and neither a common nor grammatical word. */
  private boolean allNameWords(List<Word> ws, int from, int to) {
    for (int j = from; j < to; j++) {
      Word w = ws.get(j);
      if (!w.capitalised() || w.function() || w.punctuation() || w.allCaps()
          || lexicon.commonOnly(w)) {
        return false;
      }
    }
    return true;
  }

  /** A capitalised word no lexicon knows: neither a place, country, brand nor proper noun. */
  private boolean unknownName(Word w) {
    return !names.knownName(w) && !names.place(w.text()) && !names.brandOnly(w.text());
  }
}
