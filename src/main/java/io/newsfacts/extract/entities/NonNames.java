package io.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Whether the words a tagger's run leaves, once cut and trimmed ({@link TaggerMentions}), are no
 * name at all: a grammatical word alone, common words on a Title-Case heading, a common word that
 * opens a sentence or a quote, a concept written with its capital, a role without a name ("madame
 * la Ministre", "le Président russe"), a heading in capitals. {@link LowerWords} says how the
 * article writes a word elsewhere, {@link CapitalContext} what the words around a capital say of it.
 */
final class NonNames {
  private static final Set<String> DE = Set.of("de", "d'", "d\u2019", "du", "des");
  /** "à" and its forms with the article: "Grâce à", "Grâce aux". */
  private static final Set<String> TO = Set.of("à", "au", "aux");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final Gazetteer gazetteer;
  private final RunCuts cuts;
  private final MissedMentions missed;
  private final CapitalsWithoutEvidence capitals;
  private final CapitalContext context;

  NonNames(EntityLexicon lexicon, Gazetteer gazetteer, RunCuts cuts, MissedMentions missed,
      CapitalsWithoutEvidence capitals, CapitalContext context) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.gazetteer = gazetteer;
    this.cuts = cuts;
    this.missed = missed;
    this.capitals = capitals;
    this.context = context;
  }

  /**
   * Whether words [nameFrom, e) of a run tagged {@code tag} (title words [s, nameFrom) before them)
   * are no name; {@code demonym} whether they name a people ("Français"), {@code nameWords} the
   * words of the people the tagger named in two words or more.
   */
  boolean rejects(String text, List<Word> ws, int s, int nameFrom, int e, String tag,
      boolean demonym, Set<String> nameWords, LowerWords lowerWords) {
    Word first = ws.get(nameFrom);
    if (e - nameFrom == 1 && capitals.grammatical(first) && !first.allCaps()) {
      return true; // a grammatical word alone: "La", "Certains", even when a lexicon knows it
    }
    // (a run tagged as a person puts its own words among nameWords: only other runs count)
    if (context.commonWords(ws, nameFrom, e) && !context.cued(ws, nameFrom)
        && ("PER".equals(tag) || !nameWords.contains(first.folded()))
        && (capitals.heading(ws, nameFrom, lexicon::commonOnly)
            || e - nameFrom == 1 && capitals.afterPointing(ws, nameFrom)
                && lowerWords.capitalisedInside(first) < 2)) {
      return true; // common words on a Title-Case heading, or one after "cette", "leur" and
      // capitalised nowhere else in the article: no name (a title of two is: "ses Âmes mortes")
    }
    if (e - nameFrom == 1 && !demonym) {
      if (first.function() || (first.allCaps() && first.text().length() >= 6)
          || first.romanOrdinal()) {
        return true; // "au XXIe siècle", "dans le XVIe": an ordinal
      }
      if (lexicon.englishMonths.contains(first.text()) && e < ws.size()
          && "NUM".equals(ws.get(e).pos())) {
        return true; // the date line of an embedded tweet: "(@franceinter) April 23, 2018"
      }
      if (first.initial() && !"PROPN".equals(first.pos()) && lowerWords.contains(first.lower())) {
        return true; // a common word that opens the sentence ("Dimanche, ...", "Conséquence, ...")
      }
      if (first.initial() && nameFrom == s && e < ws.size() && TO.contains(ws.get(e).text())
          && names.givenName(first) && (names.commonWord(first) || names.englishWord(first.text()))
          && !nameWords.contains(first.folded())) {
        return true; // "Grâce à ce résultat": a first name that is a common word, opening a phrase
      }
      if (first.initial() && ("VERB".equals(first.pos()) || "AUX".equals(first.pos()))
          && !nameWords.contains(first.folded())) {
        return true; // a verb that opens the sentence ("Voulant montrer ...", "Ravie, elle ...")
      }
      if (e == nameFrom + 1 && context.interjection(ws, nameFrom) && !"PER".equals(tag)) {
        return true; // « "Yay, c'est l'Afrique qui a gagné" »: a word that opens a quote, then a comma
      }
      if (lexicon.commonOnly(first) && !nameWords.contains(first.folded())
          && !lowerWords.inLongerName(first) && (CapitalContext.opener(ws, nameFrom) || !context.cued(ws, nameFrom)
              && !context.placeAfterPreposition(ws, nameFrom) && !CapitalContext.quoted(ws, nameFrom)
              && !CapitalContext.group(ws, nameFrom)
              && !lexicon.cardinalPoints.contains(first.folded()) // "les pays du Sud"
              && (lowerWords.capitalisedInside(first) < 2
                  || "PER".equals(tag) && LowerWords.addressed(ws, nameFrom)))) {
        return true; // a common word with a capital and nothing else making it a name ("Allocation"),
        // or a form of address however often written ("Maman est partie", "appelle Papa")
      }
      if (("LOC".equals(tag) || "MISC".equals(tag)) && lexicon.commonOnly(first)
          && context.concept(ws, nameFrom) && context.nameNounBefore(ws, nameFrom) < 0
          && !nameWords.contains(first.folded()) && !known(text, ws, nameFrom)
          && (!lowerWords.inLongerName(first) || "en".equals(ws.get(nameFrom - 1).lower()))) {
        return true; // a concept however often written with its capital ("le Système", "en Bourse");
        // after an article, the short name of a longer one stays ("l'Institut", "Institut Pasteur");
        // a body or a person named by a common word stays ("la Poste", "le Squale"), and a square
        // named by one ("place de la Nation")
      }
    }
    if (e - nameFrom >= 2 && first.initial() && context.commonPhrase(ws, nameFrom, e)) {
      return true; // common words opening a sentence ("Mesure phare", "Concernant l'asile")
    }
    if (!contentCapital(ws, nameFrom, e)) {
      return true; // only an article has a capital: « Le président a proposé ... »
    }
    if (e - nameFrom >= 3 && lexicon.roleNoun(first.text())
        && DE.contains(ws.get(nameFrom + 1).lower()) && context.commonWords(ws, nameFrom, e)) {
      return true; // a role and no name: "Secrétaire d'Etat", "Président de la République"
    }
    if (e - nameFrom >= 4 && lexicon.roleNoun(first.text()) && !ws.get(nameFrom + 1).capitalised()
        && lexicon.roleNoun(ws.get(nameFrom + 1).text()) && DE.contains(ws.get(nameFrom + 2).lower())
        && context.commonWords(ws, nameFrom + 3, e)) {
      return true; // a role of two words and no name: "Premier ministre de la République"
    }
    if (missed.roleOnly(ws, nameFrom, e) && !nameWords.contains(ws.get(e - 1).folded())) {
      return true; // "madame la Ministre": a role and no name ("Le Maire" of Bruno Le Maire is one)
    }
    if (cuts.roleAndNationality(ws, nameFrom, e)) {
      return true; // "le Président russe": a role
    }
    if (e - nameFrom >= 2 && allCaps(ws, nameFrom, e)) {
      return true; // a heading in capitals ("EN CHIFFRES")
    }
    if (context.afterRoleNoun(ws, nameFrom) && !"PROPN".equals(first.pos())) {
      return true; // "président de la République", "chargé de l'Exception culturelle"
    }
    return false;
  }

  /** Whether a word of [from, to) other than a grammatical word has a capital. */
  private static boolean contentCapital(List<Word> ws, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ws.get(k).capitalised() && !ws.get(k).function()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the gazetteer knows word {@code i} with its article: "le Point", "l'Express". */
  private boolean known(String text, List<Word> ws, int i) {
    return gazetteer.keyOf(ws.get(i).text()) != null
        || i > 0 && gazetteer.keyOf(Word.span(text, ws, i - 1, i + 1)) != null;
  }

  private static boolean allCaps(List<Word> ws, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!ws.get(i).allCaps() && !ws.get(i).punctuation()) {
        return false;
      }
    }
    return true;
  }
}
