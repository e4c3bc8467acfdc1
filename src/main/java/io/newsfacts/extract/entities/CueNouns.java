package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.Set;

/**
 * The cue nouns that type a name from around it (models/entities/type-cues.txt and
 * place-cues.txt), for {@link TypeEvidence}: a cue noun a little before the name, over its
 * modifiers ("le groupe publicitaire Havas"), or in apposition ("Lallab, l'association
 * féministe"); a plural cue noun heading the list the name is an item of ("les marques Muji,
 * COS"); a place noun before "de" ("la région syrienne de la Ghouta").
 */
final class CueNouns {
  private static final Set<String> OF = Set.of("de", "d'", "d\u2019");
  private static final Set<String> LIST_SEPARATORS = Set.of(",", "et", "ou");
  /** Determiners that open a noun phrase in apposition after a name: "Syriza, ce parti grec". */
  private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cet", "cette", "ces");
  /** Articles joined to "de" or "à": after a comma they say where from, not what. */
  private static final Set<String> OF_THE = Set.of("du", "des", "au", "aux");
  /** At most this many words are walked back over a list to its cue noun. */
  private static final int LONGEST_LIST = 30;
  private final EntityLexicon lexicon;

  CueNouns(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The type a cue noun gives a name from a little further: over the adjectives and complements
   * between them ("le groupe publicitaire Havas", "le groupe de restauration collective Elior";
   * not after "de", "le club de Lyon"), or in apposition after the name ("Lallab, l'association
   * féministe"); null if none.
   *
   * @param at the index of the name's first word; {@code next} of the word after it
   * @param knownPlace whether the name is a country, or a place that is no common word nor name
   */
  EntityType far(ArticleWords words, int at, int next, boolean knownPlace) {
    Word last = words.before(at);
    Word head = words.before(at - 1);
    if (last != null && head != null && ",".equals(last.text()) && !head.capitalised()) {
      // "son dernier ouvrage, Chère Ijeawele": a cue noun of a noun phrase in apposition before
      EntityType cue = lexicon.farTypeCue(head.text());
      Word det = words.before(at - 2);
      if (det != null && "ADJ".equals(det.pos())) {
        det = words.before(at - 3); // "son dernier ouvrage"
      }
      if (cue != null && det != null && "DET".equals(det.pos())) {
        return cue;
      }
    }
    if (last != null && !OF.contains(last.lower()) && !"du".equals(last.lower())
        && !"des".equals(last.lower())) {
      for (int j = at - 1, n = 0; n < 6; j--, n++) {
        Word w = words.before(j + 1); // word j: the cue, or one more modifier before the name
        if (w == null) {
          break;
        }
        EntityType cue = n > 0 && !w.capitalised() ? lexicon.farTypeCue(w.text()) : null;
        Word det = words.before(j);
        if (det != null && "ADJ".equals(det.pos()) && !det.capitalised()) {
          det = words.before(j - 1); // "la prestigieuse revue médicale The Lancet"
        }
        if (cue != null && TypeEvidence.ARTICLES.contains(det == null ? "" : det.lower())) {
          return cue;
        }
        if (w.capitalised() || w.punctuation() || w.verb()
            || !"ADJ".equals(w.pos()) && !"NOUN".equals(w.pos()) && !"ADP".equals(w.pos())
            && !OF.contains(w.lower()) || TypeEvidence.PLACE_BEFORE.contains(w.lower())) {
          // modifiers pass: "la société de transports entre particuliers Heetch"; a place's
          // preposition ends them: "le correspondant de la chaîne à Paris"
          break;
        }
      }
    }
    Word comma = words.after(next);
    Word article = words.after(next + 1);
    if (comma == null || article == null || !",".equals(comma.text())) {
      return null;
    }
    boolean determiner = TypeEvidence.ARTICLES.contains(article.lower())
        && !OF_THE.contains(article.lower()) || DEMONSTRATIVES.contains(article.lower());
    // "Syriza, ce parti grec", "Lallab, l'association féministe", "Gaylib, mouvement de défense
    // des droits"; not "Charlie, du collège de Digne", where the noun is where the name comes from
    int n = determiner ? next + 2 : next + 1;
    Word noun = words.after(n);
    if (determiner && noun != null && "ADJ".equals(noun.pos()) && !noun.capitalised()) {
      noun = words.after(n + 1); // "Bygmalion, la principale société prestataire"
    }
    if (noun != null && !noun.capitalised() && !noun.punctuation()
        && (determiner || "NOUN".equals(noun.pos()))) { // not "Macron, titre Libération"
      EntityType cue = lexicon.farTypeCue(noun.text());
      // a known place is seldom put in apposition to an organisation's noun: "dans le Var, le
      // parti a gagné" starts a clause; "Cauterets, la station de ski" is no radio
      return cue == EntityType.ORGANIZATION && knownPlace ? null : cue;
    }
    return null;
  }

  /**
   * The type a plural cue noun gives the list that the name is an item of:
   * "les marques Apple, Samsung et Huawei", "Marques suggérées : Muji, Maison Standard, COS";
   * null if none. The items are capitalised words, joined by commas, "et", "ou", "&".
   *
   * @param at the index of the name's first word
   */
  EntityType list(ArticleWords words, int at) {
    Word separator = words.before(at);
    if (separator == null || !LIST_SEPARATORS.contains(separator.lower())
        && !":".equals(separator.text())) {
      return null;
    }
    boolean first = ":".equals(separator.text()); // the name is the list's first item
    int j = first ? at : at - 1; // the index of the word being looked at, back to the cue
    boolean item = first;
    for (int n = 0; n < LONGEST_LIST && !first; n++) {
      Word w = words.before(j);
      if (w == null) {
        return null;
      }
      if (w.capitalised() && !w.initial() || "&".equals(w.text())) {
        item = true;
      } else if (!LIST_SEPARATORS.contains(w.lower())) {
        break;
      }
      j--;
    }
    Word w = words.before(j);
    if (!item || w == null) {
      return null;
    }
    if (":".equals(w.text())) {
      w = words.before(--j);
      if (w != null && !w.capitalised() && lexicon.typeCue(w.text()) == null) {
        w = words.before(--j); // "Marques suggérées :"
      }
    }
    String plural = w == null ? "" : w.lower();
    return w != null && (!w.capitalised() || w.initial())
        && (plural.endsWith("s") || plural.endsWith("x")) ? lexicon.typeCue(w.text()) : null;
  }

  /**
   * Whether a place noun of models/entities/place-cues.txt comes before the name, with "de" and
   * maybe an article between them and maybe an adjective after the noun: "le village de Le
   * Mémont", "la région syrienne de la Ghouta", "le département du Nord".
   *
   * @param at the index of the name's first word
   */
  boolean placeBefore(ArticleWords words, int at) {
    int j = at;
    Word w = words.before(j);
    if (w != null && (w.lower().equals("la") || w.lower().equals("l'") || w.lower().equals("l\u2019")
        || w.lower().equals("les"))) {
      w = words.before(--j);
    }
    if (w == null || !OF.contains(w.lower()) && !"du".equals(w.lower()) && !"des".equals(w.lower())) {
      return false;
    }
    Word noun = words.before(--j);
    if (noun != null && !noun.capitalised()
        && ("ADJ".equals(noun.pos()) || lexicon.demonyms.contains(noun.folded()))) {
      noun = words.before(--j); // "la région syrienne de"
    }
    return noun != null && !noun.capitalised() && lexicon.placeCues.contains(noun.folded());
  }
}
