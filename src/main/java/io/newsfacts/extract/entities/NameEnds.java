package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Where a name ends in a run of the tagger that goes on over a structure boundary into the words
 * that follow it in the sentence, and where the next name starts, if any:
 * <ul>
 *   <li>a lower-case article and a role, a cue noun or a nationality: the subject or the object
 *       the sentence puts after the name ("dans le Journal du Dimanche le ministre des Affaires
 *       étrangères", "sur Europe1 le président du Parti de gauche", "à Saint-Pétersbourg le
 *       Libanais Fouad Makhzoumi");</li>
 *   <li>"de" and a lower-case common noun after a name the gazetteers know in full: the noun's
 *       complement is no part of the name ("au Sénat du projet de loi", "la sortie des Etats-Unis
 *       de l'accord de Paris");</li>
 *   <li>"de" and a first name and a surname: the person the thing belongs to ("des messages
 *       Twitter de Joachim Son-Forget", "Jemima J de Jane Green");</li>
 *   <li>"à", "au", "aux" or "en" and a known place: where the named thing is ("la tuerie de
 *       Columbine aux Etats-Unis", "la Cité du vin à Bordeaux");</li>
 *   <li>"à", "au", "aux", "chez" or "sur" and a name the gazetteers know: where or with whom the
 *       named thing is ("Adidas au Crédit Lyonnais", "le groupe LaREM au Sénat").</li>
 * </ul>
 * A role that opens a run tagged as no person, before a first name and a surname, is cut off too
 * ("la Première ministre britannique Theresa May"). Used by {@link TaggerMentions} before its
 * other cuts. Names that hold such words keep them: a title between quotation marks, a known name
 * or place as a whole ("Aix en Provence"), an article before a name ("Debout la France"), "de"
 * after an organisation head, a name noun or a common noun alone ("la Maison de Victor Hugo"), a
 * place after a gazetteer name or before an acronym that defines the whole ("la Force intérimaire
 * des Nations unies au Liban (FINUL)").
 */
final class NameEnds {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l\u2019");
  private static final Set<String> OF = Set.of("de", "d'", "d\u2019");
  private static final Set<String> AT = Set.of("à", "au", "aux", "en");
  /** What comes before a second known name in one run: "Adidas au Crédit Lyonnais". */
  private static final Set<String> BEFORE_KNOWN = Set.of("à", "au", "aux", "chez", "sur");
  private static final Set<String> OPENING = Set.of("«", "\"", "\u201c");
  private static final Set<String> CLOSING = Set.of("»", "\"", "\u201d");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final Gazetteer gazetteer;

  NameEnds(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.gazetteer = gazetteer;
  }

  /**
   * A name [s, end) cut off the run [s, e) and the next name [next, e) of type {@code tag}, the
   * tagger's tag ("PER", "LOC"...), or {@code next} -1 when what follows the name is no name.
   */
  record Split(int end, int next, String tag) {}

  /** Takes the mention [from, to) of tag {@code tag}. */
  interface Mentions {
    void add(int from, int to, String tag);
  }

  /**
   * Gives {@code out} the name the run [s, e) of tag {@code tag} ends with before a structure
   * boundary, and the name after it if any; false (and nothing given) if the run has no boundary.
   */
  boolean split(List<Word> ws, int s, int e, String tag, Mentions out) {
    Split cut = find(ws, s, e, tag);
    if (cut == null) {
      return false;
    }
    if (cut.end() > s) {
      out.add(s, cut.end(), tag);
    }
    if (cut.next() >= 0) {
      out.add(cut.next(), e, cut.tag());
    }
    return true;
  }

  /**
   * Where the run [s, e) of tag {@code tag} ends before a structure boundary, or null. A title
   * between quotation marks is one name whatever its words ("« La Résistible Ascension d'Arturo
   * Ui »").
   */
  Split find(List<Word> ws, int s, int e, String tag) {
    if (quoted(ws, s, e)) {
      return null;
    }
    Split role = roleBeforePerson(ws, s, e, tag);
    if (role != null) {
      return role;
    }
    for (int k = s + 1; k < e - 1; k++) {
      Split split = articleAndRole(ws, s, k, e, tag);
      if (split == null) {
        split = complement(ws, s, k, e);
      }
      if (split == null) {
        split = owner(ws, s, k, e);
      }
      if (split == null) {
        split = place(ws, s, k, e);
      }
      if (split == null) {
        split = knownAfter(ws, s, k, e);
      }
      if (split != null) {
        return split;
      }
    }
    return null;
  }

  /**
   * "La Première ministre britannique Theresa May" tagged as a place or a thing: a role, its
   * adjectives or portfolio, then a first name and a surname; the person alone is the name (a run
   * tagged as a person is cut so by {@link RunCuts#afterCommonPrefix}).
   */
  private Split roleBeforePerson(List<Word> ws, int s, int e, String tag) {
    if ("PER".equals(tag) || !lexicon.roleNoun(ws.get(s).text()) || names.firstName(ws.get(s))) {
      return null;
    }
    for (int f = s + 1; f < e - 1; f++) {
      if (person(ws, f, e)) {
        return new Split(s, f, "PER");
      }
      if (ws.get(f).punctuation()) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Europe1 le président du Parti de gauche": a lower-case article after a capitalised word,
   * then a role or a cue noun in lower case, or a nationality before a person. The name after the
   * role, if any, is the next one ("Parti de gauche"; a portfolio is dropped later).
   */
  private Split articleAndRole(List<Word> ws, int s, int k, int e, String tag) {
    Word article = ws.get(k);
    Word before = ws.get(k - 1);
    Word noun = ws.get(k + 1);
    boolean number = "NUM".equals(before.pos()) && k - 1 > s && ws.get(k - 2).capitalised();
    if (article.capitalised() || !ARTICLES.contains(article.lower())
        || !(before.capitalised() && !before.function() || number)) {
      return null; // (a name may end on its number: "Europe 1", "France 2")
    }
    if (!noun.capitalised() && (lexicon.roleNoun(noun.text()) || lexicon.typeCue(noun.text()) != null)) {
      for (int j = k + 2; j < e; j++) {
        if (ws.get(j).capitalised() && !ws.get(j).function()) {
          return new Split(k, j, person(ws, j, e) ? "PER" : tag);
        }
      }
      return new Split(k, -1, tag);
    }
    if (noun.capitalised() && lexicon.demonyms.contains(noun.folded()) && person(ws, k + 2, e)) {
      return new Split(k, k + 1, "PER"); // "le Libanais Fouad Makhzoumi": the demonym goes later
    }
    return null;
  }

  /**
   * "Sénat du projet de loi": a name the gazetteers or the place lists know in full, then "de" and
   * a common noun in lower case. What follows is the noun's complement, no name of its own here.
   */
  private Split complement(List<Word> ws, int s, int k, int e) {
    if (!DE.contains(ws.get(k).lower()) || ws.get(k).capitalised()) {
      return null;
    }
    int n = k + 1;
    if (ws.get(k).lower().equals("de") && ARTICLES.contains(ws.get(n).lower()) && n + 1 < e) {
      n++;
    }
    Word noun = ws.get(n);
    String name = text(ws, s, k); // a known name, not a common word a city is named ("Mission")
    boolean named = gazetteer.keyOf(name) != null || place(name) && !names.commonWord(name);
    if (noun.capitalised() || !"NOUN".equals(noun.pos()) || !named || known(ws, s, e)) {
      return null;
    }
    return new Split(k, -1, null);
  }

  /**
   * "Twitter de Joachim Son-Forget", "le Loto du patrimoine de Stéphane Bern": "de" and a first
   * name and a surname after a name with a capital, whose last word heads no name of its own with
   * "de" (an organisation head, a name noun, a cue noun, or a common noun alone: "Fondation de
   * Jean ...", "Maison de Victor Hugo"). "Charles de Gaulle" and "Jean de La Fontaine" have no
   * first name after the particle.
   */
  private Split owner(List<Word> ws, int s, int k, int e) {
    Word de = ws.get(k);
    Word before = ws.get(k - 1);
    if (de.capitalised() || !OF.contains(de.lower()) || !capital(ws, s, k) || before.function()
        || lexicon.orgHead(before.text()) || lexicon.nameNouns.containsKey(before.folded())
        || lexicon.typeCue(before.text()) != null || !person(ws, k + 1, e)
        || k - s == 1 && lexicon.commonOnly(before)) {
      return null; // "la Maison de Victor Hugo": a common noun alone makes a name with "de"
    }
    return new Split(k, k + 1, "PER");
  }

  /**
   * "Columbine aux Etats-Unis", "la Cité du vin à Bordeaux": "à", "au", "aux" or "en", then a
   * known place up to the end of the run, after a name with a capitalised word. A place named
   * so as a whole stays ("Aix en Provence"), and so does a known name, a name whose first part ends
   * on one of the gazetteers ("Nations unies au Liban") and a name an acronym after it defines.
   */
  private Split place(List<Word> ws, int s, int k, int e) {
    Word at = ws.get(k);
    if (at.capitalised() || !AT.contains(at.lower()) || !capital(ws, s, k)
        || "ADV".equals(ws.get(k - 1).pos())) {
      return null; // "Aujourd'hui en France": an adverb before "en" makes one name with it
    }
    int p = k + 1;
    if (ARTICLES.contains(ws.get(p).lower()) && p + 1 < e) {
      p++;
    }
    if (!ws.get(p).capitalised() || !place(text(ws, p, e)) || known(ws, s, e)
        || names.place(text(ws, s, e).replace(' ', '-')) || endsKnown(ws, s, k)
        || acronymAfter(ws, e)) {
      return null; // "la Force intérimaire des Nations unies au Liban (FINUL)": one name
    }
    return new Split(k, p, "LOC");
  }

  /**
   * "Adidas au Crédit Lyonnais", "le groupe LaREM au Sénat", "Audition publique sur Public Sénat":
   * "à", "au", "aux", "chez" or "sur", then a name the gazetteers know in full up to the end of the
   * run, after a name with a capitalised word: two names, where or with whom the first one is. A
   * name the gazetteers know as a whole stays, and so does one an acronym after it defines.
   */
  private Split knownAfter(List<Word> ws, int s, int k, int e) {
    Word at = ws.get(k);
    if (at.capitalised() || !BEFORE_KNOWN.contains(at.lower()) || !capital(ws, s, k)
        || "ADV".equals(ws.get(k - 1).pos())) {
      return null;
    }
    int p = k + 1;
    if (ARTICLES.contains(ws.get(p).lower()) && p + 1 < e) {
      p++;
    }
    if (!ws.get(p).capitalised() || ws.get(p).function() || gazetteer.keyOf(text(ws, p, e)) == null
        || gazetteer.keyOf(text(ws, s, e)) != null || acronymAfter(ws, e)) {
      return null;
    }
    return new Split(k, p, "ORG");
  }

  /** Whether a quotation mark opens at most two words before word s and closes right after e. */
  private static boolean quoted(List<Word> ws, int s, int e) {
    boolean opens = s > 0 && OPENING.contains(ws.get(s - 1).text())
        || s > 1 && OPENING.contains(ws.get(s - 2).text());
    return opens && e < ws.size() && CLOSING.contains(ws.get(e).text());
  }

  /** A first name and a capitalised word that is no grammatical word, from word {@code i}. */
  private boolean person(List<Word> ws, int i, int e) {
    return i + 1 < e && names.firstName(ws.get(i)) && ws.get(i + 1).capitalised()
        && !ws.get(i + 1).function() && !ws.get(i + 1).punctuation();
  }

  /** Whether the words [from, to) end with a name of the gazetteers: "Nations unies". */
  private boolean endsKnown(List<Word> ws, int from, int to) {
    for (int i = from; i < to; i++) {
      if (gazetteer.keyOf(text(ws, i, to)) != null) {
        return true;
      }
    }
    return false;
  }

  /** An acronym between brackets right after word e - 1: the name it defines runs to there. */
  private static boolean acronymAfter(List<Word> ws, int e) {
    return e + 2 < ws.size() && "(".equals(ws.get(e).text()) && ws.get(e + 1).allCaps()
        && ")".equals(ws.get(e + 2).text());
  }

  /** Whether the words [from, to) are a name of the gazetteers or a known place. */
  private boolean known(List<Word> ws, int from, int to) {
    String name = text(ws, from, to);
    return gazetteer.keyOf(name) != null || place(name);
  }

  /**
   * A place of the lists, or a proper noun of the dictionary that is no one's first or family
   * name and no common word ("Etats-Unis": the list of countries has "États-Unis d'Amérique").
   */
  private boolean place(String name) {
    return names.place(name) || names.knownName(name) && !names.firstName(name)
        && !names.familyName(name) && !names.commonWord(name);
  }

  /** Whether a word of [from, to) has a capital and is no grammatical word. */
  private static boolean capital(List<Word> ws, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ws.get(i).capitalised() && !ws.get(i).function()) {
        return true;
      }
    }
    return false;
  }

  /** The words [from, to) joined as the text writes them, with a space after a word. */
  private static String text(List<Word> ws, int from, int to) {
    StringBuilder b = new StringBuilder(ws.get(from).text());
    for (int i = from + 1; i < to; i++) {
      Word prev = ws.get(i - 1);
      if (prev.end() < ws.get(i).start()) {
        b.append(' ');
      }
      b.append(ws.get(i).text());
    }
    return b.toString();
  }
}
