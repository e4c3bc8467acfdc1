package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the words around a capitalised word say of it being a name: a cue noun before it ("le
 * journal Challenges", "la gare de Lyon", "L'Opinion" with its article's capital), a place after
 * "à" or "en", a group after "les", a word alone between quotation marks, a role noun before it
 * ("ministre de l'"), a place cue ("ville de"); or that its capital says nothing: a sentence or
 * quotation opener, an interjection, a phrase of common words only.
 */
final class CapitalContext {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  private static final Set<String> ARTICLE = Set.of("la", "l'", "l\u2019", "les", "le");
  /** What a position is held in: "la place de l'École dans les médias". */
  private static final Set<String> IN = Set.of("dans", "parmi", "au", "en");
  /** A title's own article, with its capital inside a sentence: "selon L'Opinion". */
  private static final Set<String> TITLE_ARTICLES = Set.of("Le", "La", "Les", "L'", "L\u2019");
  /** Marks after which a word has a capital whatever it is: quotation marks, colon, dashes. */
  private static final Set<String> OPENING_MARKS = Set.of("«", "\"", "\u201c", ":", "\u2013",
      "\u2014", "(");
  private static final Set<String> PLURAL_ARTICLES = Set.of("les", "des", "aux");
  private static final Set<String> OPENING = Set.of("«", "\"", "\u201c");
  private static final Set<String> CLOSING = Set.of("»", "\"", "\u201d");
  /** A singular definite article, alone or joined to its preposition, and "en" without one. */
  private static final Set<String> DEFINITE = Set.of("le", "la", "l'", "l\u2019", "du", "au",
      "en");
  /** Prepositions between a portfolio's holder and the portfolio: "ministre de", "aux". */
  private static final Set<String> PORTFOLIO_OF = Set.of("de", "d'", "d\u2019", "du", "des", "à",
      "au", "aux");
  /** At most this many words between a holder and its preposition: "secrétaire d'État chargé". */
  private static final int HOLDER_WORDS = 4;
  /** At most this many portfolios before the last one of a list after their holder. */
  private static final int LIST_ITEMS = 4;
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  /** models/entities/portfolio-holders.txt, folded, plurals with them. */
  private final Set<String> holders = new HashSet<>();

  CapitalContext(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    for (String h : Lexicon.lines("entities/portfolio-holders.txt")) {
      holders.add(EntityLexicon.fold(h));
      holders.add(EntityLexicon.fold(h) + "s");
    }
  }

  /** How many holder nouns were read, plurals included (for the test that every line is read). */
  int holders() {
    return holders.size();
  }

  /**
   * Whether capitalised words [from, to) name a portfolio after its holder: "ministre du
   * Redressement productif", "commissaire européen aux Affaires économiques", "secrétaire d'Etat
   * chargée des Droits des femmes", the later items of a list of them included ("ministre de
   * l'Écologie, du Développement durable et de l'Énergie"). Every capitalised word is a common
   * word and nothing else, the phrase comes after "de", "à" or "aux" (an article between) and a holder noun of
   * models/entities/portfolio-holders.txt at most {@value #HOLDER_WORDS} words before. Not a
   * name then; a ministry ("ministère de l'Economie") is one, and so is a body ("secrétaire
   * général du Parti socialiste": an organisation head is no common word only).
   */
  boolean portfolio(List<Word> ws, int from, int to) {
    if (!lexicon.commonOnly(ws.get(from)) || !commonWords(ws, from, to)) {
      return false;
    }
    int k = from - 1;
    if (k >= 0 && ARTICLE.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 1 || !PORTFOLIO_OF.contains(ws.get(k).lower().replace('\u2019', '\''))) {
      return false;
    }
    return holderBefore(ws, k, LIST_ITEMS);
  }

  /**
   * Whether the portfolio whose preposition is word {@code k} follows its holder: right after it
   * ("ministre du Numérique"), or after other portfolios of a list, at most {@code items} of
   * them ("ministre de l'Economie, du Redressement productif et du Numérique").
   */
  private boolean holderBefore(List<Word> ws, int k, int items) {
    String before = k > 0 ? ws.get(k - 1).lower() : "";
    if ((",".equals(before) || "et".equals(before)) && items > 0) {
      // the item before: a preposition, maybe an article, capitalised common words and maybe
      // lower-case ones ("du Redressement productif")
      int j = k - 2;
      int words = 0;
      while (j > 0 && words < HOLDER_WORDS && !ws.get(j).punctuation()
          && !PORTFOLIO_OF.contains(ws.get(j).lower().replace('\u2019', '\''))) {
        j--;
        words++;
      }
      int first = j + 1 < k - 1 && ARTICLE.contains(ws.get(j + 1).lower()) ? j + 2 : j + 1;
      return j > 0 && first < k - 1
          && PORTFOLIO_OF.contains(ws.get(j).lower().replace('\u2019', '\''))
          && ws.get(first).capitalised() && lexicon.commonOnly(ws.get(first))
          && commonWords(ws, first, k - 1) && holderBefore(ws, j, items - 1);
    }
    for (int n = 0, j = k - 1; n < HOLDER_WORDS && j >= 0; n++, j--) {
      Word w = ws.get(j);
      if (!w.capitalised() && holders.contains(w.folded())) {
        return true;
      }
      if (w.punctuation() || w.verb() || w.capitalised() && !"État".equals(w.text())
          && !"Etat".equals(w.text())) {
        return false;
      }
    }
    return false;
  }

  /** Capitalised words [from, to) that are all common words, the first one included. */
  boolean commonPhrase(List<Word> ws, int from, int to) {
    if (!lexicon.commonOnly(ws.get(from)) || lexicon.typeCue(ws.get(from).text()) != null) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Word w = ws.get(k);
      if (w.capitalised() && !lexicon.commonOnly(w)) {
        return false;
      }
    }
    return true;
  }

  /** A place name that is also a common word after "à" or "en": "à Trappes". */
  boolean placeAfterPreposition(List<Word> ws, int i) {
    return i > 0 && names.place(ws.get(i).text())
        && ("à".equals(ws.get(i - 1).lower()) || "en".equals(ws.get(i - 1).lower()));
  }

  /**
   * The first word of a sentence, a line, or a quotation: its capital says nothing. A word alone
   * between quotation marks is a name, not an opener ("la \"Jungle\"").
   */
  static boolean opener(List<Word> ws, int i) {
    if (ws.get(i).initial()) {
      return true;
    }
    return i > 0 && OPENING_MARKS.contains(ws.get(i - 1).text()) && !quoted(ws, i);
  }

  /**
   * A word no lexicon knows that opens a quotation and is followed by a comma or an exclamation
   * mark: an interjection ("Yay,", "Wow!"), not a name.
   */
  boolean interjection(List<Word> ws, int i) {
    Word w = ws.get(i);
    return i > 0 && i + 1 < ws.size() && OPENING.contains(ws.get(i - 1).text())
        && (",".equals(ws.get(i + 1).text()) || "!".equals(ws.get(i + 1).text()))
        && !lexicon.names.knownName(w) && !w.allCaps();
  }

  /** A plural after "les", "des", "aux": a group's name ("les Bleus", "des Verts"). */
  static boolean group(List<Word> ws, int i) {
    String l = ws.get(i).lower();
    return i > 0 && PLURAL_ARTICLES.contains(ws.get(i - 1).lower())
        && (l.endsWith("s") || l.endsWith("x"));
  }

  /** A word alone between quotation marks: « la "Jungle" ». */
  static boolean quoted(List<Word> ws, int i) {
    return i > 0 && i + 1 < ws.size() && OPENING.contains(ws.get(i - 1).text())
        && CLOSING.contains(ws.get(i + 1).text());
  }

  /** Whether every word of [from, to) written with a capital is a common word and nothing else. */
  boolean commonWords(List<Word> ws, int from, int to) {
    for (int k = from; k < to; k++) {
      Word w = ws.get(k);
      if (w.capitalised() && !lexicon.commonOnly(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether capitalised common words [from, to) read as a common noun phrase, not as a person
   * whose first and family names are both common words ("Airelle Besson", "Renaud Camus"): a
   * determiner or preposition before them ("les Gilets Jaunes", "de Nouvel An"), a last word in
   * lower case ("Economie solidaire"), or one of the words written in lower case elsewhere in the
   * article.
   */
  static boolean commonNounPhrase(List<Word> ws, int from, int to, LowerWords lower) {
    String before = from > 0 ? ws.get(from - 1).pos() : "";
    if ("DET".equals(before) || "ADP".equals(before) || from > 0 && TaggerMentions.elided(ws.get(from - 1))
        || !ws.get(to - 1).capitalised()) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (lower.contains(ws.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A noun that types the name after it right before word {@code i}: "le journal Challenges",
   * "la loi Elan"; or the title's own article, with its capital inside the sentence.
   */
  boolean cued(List<Word> ws, int i) {
    if (i >= 2 && TITLE_ARTICLES.contains(ws.get(i - 1).text())) {
      return true; // "comme le souligne L'Opinion": an article with a capital makes a title
    }
    if (i == 0 || ws.get(i - 1).capitalised()) {
      return false;
    }
    return lexicon.typeCue(ws.get(i - 1).text()) != null || nameNounBefore(ws, i) >= 0;
  }

  /**
   * The index of the lower-case name noun that makes one name with the name at word {@code i}:
   * right before it ("rue Colonna-d'Ornano", "le prix Goncourt"), or before "de" for the nouns
   * that take it ("la gare de Lyon", "la gare du Nord", "rue de Rivoli", "rue de la Victoire"), or
   * before "du", "des", "de la" for those that take it only with the name's article ("place de la
   * Bastille", "place des Vosges"; not "à la place de Luc Chatel" nor "la place de la France");
   * -1 if none.
   */
  int nameNounBefore(List<Word> ws, int i) {
    if (i == 0) {
      return -1;
    }
    Word before = ws.get(i - 1);
    if (!before.capitalised() && lexicon.nameNouns.containsKey(before.folded())) {
      return nameNoun(ws, i - 1, i) ? i - 1 : -1;
    }
    int de = i - 1; // "rue de la Victoire", "rue de l'Université": the article after "de"
    boolean article = i >= 3 && ARTICLE.contains(before.lower()) && !"les".equals(before.lower())
        && "de".equals(ws.get(i - 2).lower());
    if (article) {
      de = i - 2;
    }
    if (de < 1 || !DE.contains(ws.get(de).lower()) || ws.get(de - 1).capitalised()) {
      return -1;
    }
    String noun = ws.get(de - 1).folded();
    if (!written(ws.get(de - 1))) {
      return -1;
    }
    if (lexicon.nameNounsBeforeDe.contains(noun) && !ws.get(i).allCaps()) {
      return de - 1; // (not "l'université du MIT": the acronym is the body's own name)
    }
    Word name = ws.get(i);
    boolean withArticle = article || "du".equals(ws.get(de).lower()) || "des".equals(ws.get(de).lower());
    if (withArticle && lexicon.nameNounsBeforeArticle.contains(noun) && !name.allCaps()
        && !lexicon.names.country(name.text()) && !lexicon.names.givenName(name)
        && !lexicon.titles.contains(name.text()) && square(ws, de - 1, i)) {
      return de - 1; // "place de la Bastille", "place des Vosges"
    }
    return -1;
  }

  /**
   * Whether the name noun at {@code noun}, right before the name at {@code i}, is the noun: written
   * as the noun ({@link #written}), and no verb of the same form before its object, which the
   * tagger calls a verb or which has a subject, a name or a pronoun, before it and a person after
   * it ("un sondage qui place François Hollande perdant", "L'Obs place Emmanuel Macron au milieu";
   * not "la place Nelson Mandela", "il a succédé à Matthias Fekl place Beauvau").
   */
  private boolean nameNoun(List<Word> ws, int noun, int i) {
    Word w = ws.get(noun);
    if (!written(w) || w.verb()) {
      return false;
    }
    Word subject = noun > 0 ? ws.get(noun - 1) : null;
    boolean afterSubject = subject != null && !subject.punctuation()
        && (subject.capitalised() && !subject.function() || "PRON".equals(subject.pos()));
    return !(afterSubject && "PER".equals(ws.get(i).ner()));
  }

  /**
   * Whether word {@code w}, a name noun once folded, is written as one: with the noun's accents or
   * with none ("hotel" for "hôtel"), not with one the noun has not ("placé" is no "place").
   */
  boolean written(Word w) {
    return lexicon.nameNounsWritten.contains(w.lower()) || w.lower().equals(w.folded());
  }

  /**
   * Whether the noun at {@code noun} before the name at {@code i} names a square rather than a
   * position: not "mise en place du Conseil", "la place de l'École dans les médias" (a place in
   * something). ("À la place de", instead of, comes before people and bodies: the caller's guards.)
   */
  private static boolean square(List<Word> ws, int noun, int i) {
    String before = noun > 0 ? ws.get(noun - 1).lower() : "";
    if ("en".equals(before)) {
      return false;
    }
    int after = i + 1;
    while (after < ws.size() && (ws.get(after).capitalised() || ws.get(after).function()
        && after + 1 < ws.size() && ws.get(after + 1).capitalised())) {
      after++;
    }
    return after >= ws.size() || !IN.contains(ws.get(after).lower());
  }

  /** "ministre de l'", "président de la", "chargé du" right before word {@code i}. */
  boolean afterRoleNoun(List<Word> ws, int i) {
    int k = i - 1;
    if (k >= 0 && ARTICLE.contains(ws.get(k).lower())) {
      k--;
    }
    if (k < 1 || !DE.contains(ws.get(k).lower())) {
      return false;
    }
    return lexicon.roleNoun(ws.get(k - 1).text());
  }

  /** "ville de", "commune d'" right before word {@code i}. */
  boolean placeCue(List<Word> ws, int i) {
    return i >= 2 && DE.contains(ws.get(i - 1).lower())
        && lexicon.placeCues.contains(ws.get(i - 2).folded());
  }

  /**
   * Whether word {@code i}, a capitalised common word, is a concept or an emphasis and no name: it
   * follows a singular definite article or "en" ("le Système", "l'Institut", "la République",
   * "en Bourse") and nothing after it makes it one: no capitalised word ("l'Institut Pasteur"), no
   * "de" and a capitalised word ("la Bourse de Paris"), no number ("en Top 14"), no quotation mark
   * before the article (« "La Remontada" »). A cardinal point names a region ("le
   * Nord"); a name noun or a cue before the article is the caller's to weigh.
   */
  boolean concept(List<Word> ws, int i) {
    if (i == 0 || !DEFINITE.contains(ws.get(i - 1).lower())
        || lexicon.cardinalPoints.contains(ws.get(i).folded())) {
      return false;
    }
    if (i >= 2 && OPENING.contains(ws.get(i - 2).text())) {
      return false; // a title with its article between quotation marks: « "La Remontada" »
    }
    if (i + 1 < ws.size() && (ws.get(i + 1).capitalised() && !ws.get(i + 1).punctuation()
        || "NUM".equals(ws.get(i + 1).pos()) || Character.isDigit(ws.get(i + 1).text().charAt(0)))) {
      return false; // "l'Institut Pasteur", "en Top 14"
    }
    return !(i + 2 < ws.size() && DE.contains(ws.get(i + 1).lower())
        && ws.get(i + 2).capitalised());
  }
}
