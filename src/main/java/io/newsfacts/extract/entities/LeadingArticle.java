package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A capitalised article the tagger kept before a name that does not take it: "La
 * Nouvelle-Calédonie" after a list mark, « Les États-Unis » after a quotation mark, "et Le Front
 * National" (the name is "Front national"). The article stays when the lexicons know the name
 * with it ("Le Monde", "La Rochelle", "Les Républicains") or nothing says the name goes without
 * it ("La Poste", "Les Huit Salopards": a title keeps its article). Never on a person: "Le Pen",
 * "La Fontaine" are surnames.
 */
final class LeadingArticle {
  private static final Set<String> ARTICLES = Set.of("Le", "La", "Les", "L'", "L\u2019");
  /** Marks after which a word has a capital whatever it is. */
  private static final Set<String> OPENERS = Set.of("«", "\"", "\u201c", ":", "(", "[", "]",
      ")", "\u2013", "\u2014", "-");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final Gazetteer gazetteer;

  LeadingArticle(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.gazetteer = gazetteer;
  }

  /**
   * Whether the run [s, e) opens, where any word has a capital, with a capitalised article and a
   * role in lower case: « Le prince Harry », ": Le député-maire du Havre". The name, if any, comes
   * after the role (a generic role is no entity).
   */
  boolean beforeRole(String text, List<Word> ws, int s, int e) {
    if (e - s < 3 || !ARTICLES.contains(ws.get(s).text()) || !opener(text, ws, s)) {
      return false;
    }
    Word role = ws.get(s + 1);
    String head = role.text().split("-", 2)[0]; // "député-maire"
    return !role.capitalised() && (lexicon.roleNoun(role.text()) || lexicon.roleNoun(head));
  }

  /** Whether word {@code s} is a capitalised article that opens a run of two words or more. */
  static boolean opens(List<Word> ws, int s, int e) {
    return e - s >= 2 && ARTICLES.contains(ws.get(s).text()) && ws.get(s + 1).capitalised();
  }

  /**
   * Whether the capitalised article at word {@code s} of the run [s, e) tagged {@code tag} is no
   * part of the name: the whole is no name of the lexicons, and the rest is a name of the
   * gazetteer ("Le Front National"), or, where any word has a capital (after a quotation mark, at
   * the start of a line), a place or proper noun of the lexicons that is no one's name (a run
   * tagged as a place) or a name the article writes elsewhere without it ({@code bare}, folded).
   */
  boolean notOfName(String text, List<Word> ws, int s, int e, String tag, Set<String> bare) {
    if ("PER".equals(tag) || !opens(ws, s, e)) {
      return false;
    }
    String whole = text.substring(ws.get(s).start(), ws.get(e - 1).end());
    String rest = text.substring(ws.get(s + 1).start(), ws.get(e - 1).end());
    if (gazetteer.keyOf(whole) != null || names.place(whole)) {
      return false; // "Le Monde", "Le Havre", "Les Verts"
    }
    if (gazetteer.keyOf(rest) != null) {
      return true; // "et Le Front National"
    }
    return opener(text, ws, s)
        && ("LOC".equals(tag) && place(rest) || bare.contains(EntityLexicon.fold(rest)));
  }

  /**
   * The candidates with the capitalised article written right before them inside a sentence taken
   * into their name: "selon L'Opinion", "les salariés de L'Oréal", "la conférence de La Haye" (the
   * tagger leaves the article out). Inside a sentence only a title's or a place's own article
   * has a capital; never a person's ("Le Pen" is tagged whole), nor a name the gazetteer knows
   * without it (« l'auteur de L'Union européenne et l'immigration », a book), nor after a mark
   * that opens a quotation or at the start of a line, where any word has one.
   */
  List<Candidate> withOwnArticles(String text, List<List<Word>> sentences, List<Candidate> all) {
    Map<Integer, Word> articleBefore = new HashMap<>();
    for (List<Word> ws : sentences) {
      for (int i = 0; i + 1 < ws.size(); i++) {
        Word a = ws.get(i);
        Word next = ws.get(i + 1);
        if (ARTICLES.contains(a.text()) && next.capitalised() && !opener(text, ws, i)
            && !allCaps(ws, i) && touches(text, a, next)) {
          articleBefore.put(next.start(), a);
        }
      }
    }
    if (articleBefore.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Word a = articleBefore.get(c.start());
      if (a != null && c.start() == c.nameStart() && c.type() != EntityType.PERSON
          && c.origin() != Candidate.Origin.GAZETTEER && gazetteer.keyOf(c.name(text)) == null
          && !personsName(c.name(text), text.substring(a.start(), c.end()))) {
        out.add(new Candidate(a.start(), a.start(), c.end(), c.type(), c.origin(), c.key()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** "L'" glued to its word, "Le", "La", "Les" one space before it. */
  private static boolean touches(String text, Word a, Word next) {
    String gap = text.substring(a.end(), next.start());
    return a.text().startsWith("L") && a.text().length() == 2 ? gap.isEmpty() : " ".equals(gap);
  }

  /** Whether the article and the word after it are in capitals ("LE MONDE"): a heading's. */
  private static boolean allCaps(List<Word> ws, int i) {
    return ws.get(i).text().equals(ws.get(i).text().toUpperCase(java.util.Locale.ROOT))
        && ws.get(i).text().length() > 1 && !ws.get(i).text().endsWith("'");
  }

  /** A first name or a family name alone that is no place: "La Fontaine" is a surname. */
  private boolean personsName(String name, String withArticle) {
    return name.indexOf(' ') < 0 && (names.firstName(name) || names.familyName(name))
        && !names.place(name) && !names.place(withArticle);
  }

  /**
   * Whether word {@code s} opens a sentence, a line or a quotation, where any word has a capital.
   * Inside a sentence a capitalised article belongs to the name ("à La Baule", "maire du
   * Perreux, Le Perreux", "révélée par La Provence").
   */
  private static boolean opener(String text, List<Word> ws, int s) {
    if (s == 0 || ws.get(s).initial()
        || text.substring(ws.get(s - 1).end(), ws.get(s).start()).indexOf('\n') >= 0) {
      return true;
    }
    return OPENERS.contains(ws.get(s - 1).text());
  }

  /** A place or a proper noun of the lexicons that is no one's name: "États-Unis". */
  private boolean place(String name) {
    return names.place(name)
        || names.knownName(name) && !names.firstName(name) && !names.familyName(name);
  }
}
