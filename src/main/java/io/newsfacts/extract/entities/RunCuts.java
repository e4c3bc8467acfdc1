package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the name starts in a run of the tagger that glues something before it: a role or a
 * nationality ("Président Macron", "Coéquipier de Neymar"), a poll's institute before its client
 * ("Elabe pour BFMTV"), a cue noun ("Président du parti
 * République solidaire"), or another name before a first name and a surname ("HuffPost Victor
 * Dhollande"). Used by {@link TaggerMentions}.
 */
final class RunCuts {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  /** Articles after a particle inside a surname: "de la Fontaine", "van der Leyen". */
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l'", "l\u2019", "der",
      "den", "los", "las");
  /** Articles between "de" and a portfolio: "ministre de la Culture", "de l'Intérieur". */
  private static final Set<String> PORTFOLIO_ARTICLES = Set.of("la", "l'", "l\u2019");
  /** Prepositions that open a complement of the sentence after a name: "pour l'électorat juif". */
  private static final Set<String> COMPLEMENT = Set.of("pour", "contre", "sur", "dans", "avec",
      "par", "chez", "sans");
  /** Capital letters, each with a period or not, joined by hyphens: "J.", "J.-M.", "J-J". */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.?(?:-\\p{Lu}\\.?)*");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  /** Lower-case words inside surnames, French and foreign: "Pozzo di Borgo", "van Gogh". */
  private final Set<String> surnameParticles;

  RunCuts(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.surnameParticles = new HashSet<>(Lexicon.lines("entities/surname-particles.txt"));
  }

  /**
   * Where the name starts in a run that opens with a role or another common word glued to it:
   * "Coéquipier de Neymar", "Président Macron", "Invité de France Inter" (-1 if it does not).
   * The word before the name must be a role noun or a nationality ("Président Macron", "l'Italien
   * Parisse"), a common word before "de" and a name that is no place ("Coéquipier de Neymar", not
   * "Hôpitaux de Paris"), or a sentence opener that is no proper noun. A common word written right
   * before another capitalised name is part of that name: "Horst Seehofer", "Colin Powell",
   * "Saint André", "Street Fighter", "De Gaulle". The name after it must not be a common word
   * itself ("Gilets Jaunes").
   */
  int afterCommonPrefix(List<Word> ws, int s, int e, String tag) {
    if (e - s < 2) {
      return -1;
    }
    Word w = ws.get(s);
    boolean demonym = "PER".equals(tag) && lexicon.demonyms.contains(w.folded());
    if (!demonym && (!lexicon.commonOnly(w) || lexicon.typeCue(w.text()) != null)
        || Word.PARTICLES.contains(w.lower())) {
      return -1; // "l'Italien Parisse": the player's nationality, then his name
    }
    boolean role = demonym || lexicon.roleNoun(w.text());
    boolean opener = w.initial() && !"PROPN".equals(w.pos());
    boolean of = DE.contains(ws.get(s + 1).lower());
    if (!role && !opener && !("PER".equals(tag) && of)) {
      return -1;
    }
    if (role && "PER".equals(tag)) { // "Président de la République Emmanuel Macron"
      for (int f = s + 1; f + 1 < e; f++) {
        // "Premier ministre Dominique de Villepin": a particle may come before the surname
        int last = Word.PARTICLES.contains(ws.get(f + 1).lower()) ? f + 2 : f + 1;
        if (names.firstName(ws.get(f)) && last < e && ws.get(last).capitalised()) {
          return f;
        }
      }
    }
    int k = of ? s + 2 : s + 1;
    if (k >= e) {
      return -1;
    }
    Word next = ws.get(k);
    if (!next.capitalised() || next.function() || next.punctuation() || lexicon.commonOnly(next)
        || lexicon.notEntities.contains(next.folded())) {
      return -1;
    }
    if (of && !role && !opener && names.place(span(ws, k, e))) {
      return -1; // "Hôpitaux de Paris": a body of the place, not a role
    }
    return k;
  }

  /** The words [from, to) joined by single spaces. */
  private static String span(List<Word> ws, int from, int to) {
    StringBuilder b = new StringBuilder(ws.get(from).text());
    for (int i = from + 1; i < to; i++) {
      b.append(' ').append(ws.get(i).text());
    }
    return b.toString();
  }

  /**
   * Where the name starts in a run that holds a cue noun in lower case before it ("Président du
   * parti République solidaire", "Fondatrice de l'association Strass"), or -1.
   */
  int afterCueInside(List<Word> ws, int s, int e) {
    for (int k = s + 1; k + 1 < e; k++) {
      Word w = ws.get(k);
      if (!w.capitalised() && lexicon.typeCue(w.text()) != null && ws.get(k + 1).capitalised()
          && !ws.get(k + 1).function()) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * Where "pour" joins two names in one run, a poll's institute and its client ("Harris
   * Interactive pour France Télévisions", "Kantar Sofres-Onepoint pour Le Figaro"), or -1: no
   * name has "pour" between two capitalised words.
   */
  int forAnother(List<Word> ws, int s, int e) {
    for (int k = s + 1; k + 1 < e; k++) {
      if ("pour".equals(ws.get(k).text()) && ws.get(k - 1).capitalised()
          && ws.get(k + 1).capitalised()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a person starts inside a run that glues a name before a first name and a surname
   * ("HuffPost Victor Dhollande", "Paris Anne Hidalgo"), or -1. The words before are no first
   * name, family name or common word: a brand, a medium, a place. A run the tagger calls a person
   * is cut after a brand even without a known first name ("Twitter Barack Obama").
   */
  int gluedPerson(List<Word> ws, int s, int e, String tag) {
    int known = afterKnownName(ws, s, e, tag);
    if (known > s) {
      return known;
    }
    for (int k = s + 1; k + 1 < e; k++) {
      Word w = ws.get(k);
      Word next = ws.get(k + 1);
      if (!names.firstName(w) || !next.capitalised() || next.function()
          || surnameParticles.contains(w.lower())) {
        continue; // "Ziyed Ben Belgacem": a particle of the surname, no first name
      }
      for (int j = s; j < k; j++) {
        Word left = ws.get(j);
        if (!left.capitalised() || names.firstName(left) || names.familyName(left)
            || names.commonWord(left) || lexicon.titles.contains(left.text())) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  /**
   * Where the person starts in a run tagged as one that opens with a brand no other lexicon knows
   * ("Twitter Barack Obama", "Facebook Mark Zuckerberg"), or -1: the rest is two capitalised words
   * or more, none a common word only or a grammatical one.
   */
  private int afterKnownName(List<Word> ws, int s, int e, String tag) {
    if (!"PER".equals(tag) || names.firstName(ws.get(s))) {
      return -1;
    }
    for (int k = s + 1; k + 1 < e; k++) {
      if (!names.brandOnly(span(ws, s, k))) {
        continue;
      }
      for (int j = k; j < e; j++) {
        Word w = ws.get(j);
        if (!w.capitalised() || w.function() || w.punctuation() || lexicon.commonOnly(w)) {
          return -1;
        }
      }
      return k;
    }
    return -1;
  }

  /**
   * Where a person ends in a run that goes on over a lower-case word ("Esther Benbassa sur
   * Twitter", "Aurélie Filippetti à la Culture", "Laurent Nuñez juge", "Albert Camus mon
   * Colonel"), or -1; "de" and a company that is nothing else's name after a first name and a
   * surname too ("Sheryl Sandberg de Facebook"). Only the particles of surnames
   * (models/entities/surname-particles.txt: de, di, van, ben) written before a capitalised word,
   * with an article after them ("Jean de la Fontaine"), and words of a name joined by a hyphen ("Bachar al-Assad") are lower-case words
   * of a person's name. The words before are a person: the tagger says so, or a first name and a
   * capitalised word that is no common word.
   */
  int personEnd(List<Word> ws, int s, int e, String tag) {
    boolean person = "PER".equals(tag) || e - s >= 3 && names.firstName(ws.get(s))
        && ws.get(s + 1).capitalised() && !lexicon.commonOnly(ws.get(s + 1));
    if (!person) {
      return -1;
    }
    for (int k = s + 1; k < e; k++) {
      Word w = ws.get(k);
      if (w.capitalised() || w.punctuation() || hyphenatedName(w)) {
        continue;
      }
      int j = k;
      while (j < e && !ws.get(j).capitalised() && (surnameParticles.contains(ws.get(j).lower())
          || j > k && ARTICLES.contains(ws.get(j).lower()))) {
        j++;
      }
      if (j == k || j == e || !ws.get(j).capitalised()) {
        return named(ws, s, k) ? k : -1; // "Le Premier ministre Manuel Valls": no name before
      }
      if (k - s >= 2 && names.firstName(ws.get(s)) && e - j == 1 && names.brandOnly(ws.get(j).text())) {
        return k; // "Sheryl Sandberg de Facebook": a first name and a surname, then a company
      }
      k = j;
    }
    return -1;
  }

  /**
   * A lower-case particle joined to a capitalised name, or the second part of a double name as the
   * tokenizer cut it: "al-Assad", "el-Sissi", "-Le" of "Maréchal-Le Pen".
   */
  static boolean hyphenatedName(Word w) {
    int dash = w.text().indexOf('-');
    return dash >= 0 && dash + 1 < w.text().length()
        && Character.isUpperCase(w.text().charAt(dash + 1));
  }

  /** Whether a word of [from, to) may be a name: capitalised, no grammatical or common word only. */
  private boolean named(List<Word> ws, int from, int to) {
    for (int k = from; k < to; k++) {
      Word w = ws.get(k);
      if (w.capitalised() && !w.function() && !lexicon.commonOnly(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the name starts in a run that opens with a capitalised common word after an indefinite,
   * demonstrative or possessive determiner ("un Sondage Opinion Way": a poll, then its
   * institute), or -1. A word after those is a common noun; the rest must hold a capitalised word
   * that is no common word only, and be no place ("une Miss France" is a title).
   */
  int afterCommonNoun(List<Word> ws, int s, int e) {
    Word w0 = ws.get(s);
    if (s == 0 || e - s < 2 || !LowerWords.COMMON_DETERMINERS.contains(ws.get(s - 1).lower())
        || !lexicon.commonOnly(w0) || w0.function() || Word.PARTICLES.contains(w0.lower())
        || lexicon.typeCue(w0.text()) != null || names.place(span(ws, s + 1, e))) {
      return -1; // "un De Gaulle", "une Miss France": a name the common word makes with a place
    }
    Word next = ws.get(s + 1);
    if (!next.capitalised() || next.function() || next.punctuation()) {
      return -1;
    }
    return named(ws, s + 1, e) ? s + 1 : -1;
  }

  /**
   * Where a name ends that the tagger gave as one capitalised adjective before a lower-case noun:
   * "la Haute autorité", "l'Ancien régime", "la Grande guerre" name with the noun, not without it.
   * {@code e} if the run is no such adjective, if it is an ordinal ("le XIXe siècle") or if the
   * noun is a role ("la Première secrétaire").
   */
  int adjectiveAndItsNoun(List<Word> ws, int s, int e) {
    Word w = ws.get(s);
    if (e - s != 1 || e >= ws.size() || !"ADJ".equals(w.pos()) || !w.capitalised() || w.allCaps()
        || w.initial() || w.romanOrdinal()) {
      return e; // "le XIXe siècle": a date
    }
    Word noun = ws.get(e);
    return !noun.capitalised() && "NOUN".equals(noun.pos()) && !lexicon.roleNoun(noun.text())
        ? e + 1 : e; // "Première secrétaire", "Premiers ministres": a role
  }

  /**
   * Where a name ends that the tagger ran on over the date of the sentence: a day or a month in
   * lower case after it, with "ce" or "cette" before and whatever follows ("au Parisien lundi",
   * "devant le Congrès ce lundi", "sur France 2 dimanche soir"); {@code e} if none. A day after
   * "de" is the name's own ("Journal du dimanche").
   */
  int beforeDate(List<Word> ws, int s, int e) {
    int k = s + 1;
    while (k < e && (ws.get(k).capitalised() || !lexicon.calendar.contains(ws.get(k).folded())
        || DE.contains(ws.get(k - 1).lower()))) {
      k++;
    }
    if (k >= e) {
      return e;
    }
    int end = k;
    String before = ws.get(end - 1).lower();
    if (end - 1 > s && (before.equals("ce") || before.equals("cette"))) {
      end--;
    }
    return end;
  }

  /**
   * Where a nationality or inhabitants' word opening a run ends the name, the words after it
   * being no part of it (-1 if they are): "des Français moyens", "le cœur des Français balance",
   * "les Autrichiens de Salzburg" (the nationality, then the place). A name of its own after it
   * stays whole: "Irlandais du Nord", "Suisse romande" (a place), "Britannique Theresa May" (the
   * cut of {@link #afterCommonPrefix} decides).
   */
  int demonymEnd(List<Word> ws, int s, int e) {
    Word w = ws.get(s);
    if (e - s < 2 || !w.capitalised() || w.allCaps() || !lexicon.demonyms.contains(w.folded())
        || names.place(w.text())) {
      return -1;
    }
    Word next = ws.get(s + 1);
    if (next.capitalised() || !Word.hasLetterOrDigit(next.text())) {
      return -1; // "Britannique Theresa May", "Franco-Allemands"
    }
    Word after = s + 2 < e ? ws.get(s + 2) : null;
    if (DE.contains(next.lower()) && after != null && lexicon.cardinalPoints.contains(after.folded())) {
      return -1; // "les Coréens du Sud": one people
    }
    return s + 1;
  }

  /**
   * Whether {@code w} is initials: capital letters each with its period or joined by hyphens
   * ("J.", "A.", "J.-M.", "J-J"), not a letter alone ("plan B").
   */
  static boolean initialLetter(Word w) {
    String t = w.text();
    return INITIALS.matcher(t).matches() && (t.indexOf('.') > 0 || t.indexOf('-') > 0);
  }

  /** Whether {@code w} is one capital letter: the initial of a surname after a first name's ("J-J B"). */
  private static boolean bareLetter(Word w) {
    return w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0));
  }

  /**
   * Where a run opening with initials goes on, when they are no one's: {@code s} if it does not
   * open with initials or a name follows them ("F. Hollande", "J.-M. Le Pen"), {@code e} if the
   * run is initials and nothing else ("à Y. E. a pleuré", "en catégorie A.", "J-J B : Pourquoi ?",
   * an interview's turns), and after the word
   * that follows them when that word opens a sentence the tokenizer did not cut: a grammatical
   * word or a common noun ("le jour J. Ça a été", "le jour J. Tour d'horizon des règles"), no
   * particle before a surname ("J.-M. Le Pen").
   */
  int afterInitials(List<Word> ws, int s, int e, Predicate<Word> grammatical) {
    int k = s;
    while (k < e && (initialLetter(ws.get(k))
        || k > s && ("-".equals(ws.get(k).text()) || bareLetter(ws.get(k))))) {
      k++;
    }
    if (k == s || k == e) {
      return k;
    }
    if (s > 0 && ws.get(s - 1).capitalised() && !ws.get(s - 1).punctuation()) {
      return s; // "George W. Bush" cut by the tagger: the first name before
    }
    if (k + 1 < e && ws.get(k + 1).capitalised()) {
      return s; // "J.-M. Le Pen", "A. De Gaulle": a particle, then the surname
    }
    return opensSentence(ws.get(k), grammatical) ? k + 1 : s;
  }

  /**
   * Whether {@code w} may open a sentence rather than go on with a name: a grammatical word
   * ({@code grammatical}) or a common word only, no first name ("Ça", "Tour", "Quant").
   */
  boolean opensSentence(Word w, Predicate<Word> grammatical) {
    return grammatical.test(w)
        || lexicon.commonOnly(w) && !"PROPN".equals(w.pos()) && !names.givenName(w);
  }

  /**
   * The end of the run [s, e) less a nationality in lower case that the tagger took in after a
   * name in English or a person's ("le Food Ethics Council britannique", "le Thatcher français"):
   * an adjective of the sentence, where a French name may hold one ("Parti communiste français").
   */
  int beforeNationality(List<Word> ws, int s, int e, String tag) {
    if (e - s < 2) {
      return e;
    }
    Word last = ws.get(e - 1);
    Word before = ws.get(e - 2);
    boolean foreign = "PER".equals(tag) || names.englishWord(before.text());
    return !last.capitalised() && lexicon.demonyms.contains(last.folded()) && before.capitalised()
        && foreign ? e - 1 : e;
  }

  /**
   * The end of a known name the tagger ran on into a complement of the sentence, or {@code e}:
   * "sympathisants du Front national pour l'électorat juif", "le Parti socialiste contre la
   * réforme". The words up to a preposition in lower case are a name {@code known} holds with no
   * "de" in it, the whole run is not, and the complement opens in lower case.
   */
  int beforeComplement(List<Word> ws, int s, int e, Predicate<String> known) {
    for (int k = s + 1; k + 1 < e; k++) {
      if (DE.contains(ws.get(k).text())) {
        return e; // "l'Organisation des Nations unies pour l'alimentation": a head and its
        // complements may go on with a purpose ({@link PurposeNames})
      }
      if (COMPLEMENT.contains(ws.get(k).text()) && !ws.get(k + 1).capitalised()
          && known.test(span(ws, s, k))) {
        return known.test(span(ws, s, e)) ? e : k;
      }
    }
    return e;
  }

  /**
   * Where a run that joins two names with "à", "au" or "aux" ends: before the preposition when the
   * name before it or the one after it (its article aside) is known ({@code known}): "les
   * Républicains à l'Assemblée", "la vente d'Adidas au Crédit Lyonnais", "le stand du Parti de
   * gauche à la Fête de L'Huma" are a name and where or to whom, not one name. A name known in
   * full keeps its words ("Haut Conseil à l'Intégration"), as does one whose parts nobody knows
   * ("C à Vous"). Returns {@code e} when the run goes on.
   */
  int beforePlaceOfAction(List<Word> ws, int s, int e, Predicate<String> known) {
    for (int k = s + 1; k + 1 < e; k++) {
      String w = ws.get(k).text();
      if (!"\u00e0".equals(w) && !"au".equals(w) && !"aux".equals(w)) {
        continue;
      }
      int r = k + 1;
      if ("\u00e0".equals(w) && r + 1 < e && PORTFOLIO_ARTICLES.contains(ws.get(r).lower())) {
        r++;
      }
      if (!ws.get(k - 1).capitalised() && !ws.get(r).capitalised() || known.test(span(ws, s, e))) {
        return e;
      }
      return known.test(span(ws, s, k)) || known.test(span(ws, r, e)) ? k : e;
    }
    return e;
  }

  /**
   * Whether the words [from, to) are a role and a nationality in lower case and nothing else: "le
   * Président russe", "les Présidents français" name a role, not someone (a generic role is no
   * entity). A name of an organisation that starts with a role noun keeps its other adjectives
   * ("les Frères musulmans").
   */
  boolean roleAndNationality(List<Word> ws, int from, int to) {
    if (to - from < 2 || !lexicon.roleNoun(ws.get(from).text())) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      Word w = ws.get(k);
      if (w.capitalised() || !lexicon.demonyms.contains(w.folded())) {
        return false;
      }
    }
    return true;
  }
}
