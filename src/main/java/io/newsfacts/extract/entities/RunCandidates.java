package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * The candidates of a tagger's run once {@link TaggerMentions} has cut and trimmed it to its words:
 * whether those words are a name at all (not a title or portfolio the lexicons know, nor common
 * words, a role or a heading: {@link NonNames}), which type the name takes (a people, common or
 * English words as MISC, "la Caroline du Sud" or "sa ville de Sartène" as a place, "Apple Park" as
 * a facility), and the names the noun before it implies ("rue X", "la gare de X", "le parquet de
 * Brest" and its seat). Split from {@link TaggerMentions}.
 */
final class RunCandidates {
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final Gazetteer gazetteer;
  private final MissedMentions missed;
  private final CapitalContext context;
  private final NonNames nonNames;

  RunCandidates(EntityLexicon lexicon, Gazetteer gazetteer, MissedMentions missed,
      CapitalContext context, NonNames nonNames) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.gazetteer = gazetteer;
    this.missed = missed;
    this.context = context;
    this.nonNames = nonNames;
  }

  /**
   * Adds to {@code out} the candidates of words [s, e) of a run tagged {@code tag}, a title [s,
   * nameFrom) before the name, if they are a name; {@code nameWords} are the words of the people
   * the tagger named in two words or more, {@code lowerWords} how the article writes a word
   * elsewhere.
   */
  void add(String text, List<Word> ws, int s, int nameFrom, int e, String tag,
      Set<String> nameWords, LowerWords lowerWords, List<Candidate> out) {
    Word first = ws.get(nameFrom);
    String name = Word.span(text, ws, nameFrom, e);
    String folded = EntityLexicon.fold(name);
    if (name.length() < 2 || lexicon.notEntities.contains(folded)
        || lexicon.portfolios.contains(folded) || lexicon.calendar.contains(folded)
        || context.portfolio(ws, nameFrom, e) && gazetteer.keyOf(name) == null) {
      return;
    }
    if (e - nameFrom >= 3 && !ws.get(e - 1).capitalised()
        && lexicon.notEntities.contains(EntityLexicon.fold(Word.span(text, ws, nameFrom, e - 1)))) {
      return; // a title written with a capital and its adjective: "Premier ministre russe" (not a
      // one-word capital: "État islamique" is a name)
    }
    if (e - nameFrom == 1 && lexicon.orgHeads.contains(first.lower())
        && (nameFrom > s || context.nameNounBefore(ws, s) < 0)) { // (not "rue de l'Université")
      // "l'Assemblée", "le Conseil": a short name of an organisation named in full elsewhere
      out.add(new Candidate(first.start(), first.start(), first.end(), EntityType.ORGANIZATION,
          first.initial() ? Candidate.Origin.WEAK : Candidate.Origin.HEAD, null));
      return;
    }
    boolean demonym = lexicon.demonyms.contains(folded) || e - nameFrom == 1 && missed.demonymNoun(first);
    if (nonNames.rejects(text, ws, s, nameFrom, e, tag, demonym, nameWords, lowerWords)) {
      return; // common words, a role, a heading: no name
    }
    EntityType type = EntityExtractor.type(tag);
    if (nameFrom > s) {
      type = EntityType.PERSON;
    } else if (demonym && e - nameFrom == 1) {
      type = EntityType.MISC;
    } else if (type == EntityType.PERSON && e - nameFrom >= 2 && context.commonWords(ws, nameFrom, e)
        && CapitalContext.commonNounPhrase(ws, nameFrom, e, lowerWords)) {
      type = EntityType.MISC; // "les Gilets Jaunes": no one's name is made of common words only
    }
    if (type == EntityType.PERSON && e - nameFrom >= 2 && englishWords(ws, nameFrom, e)) {
      type = EntityType.MISC; // "Thinner Beauty", "Solar Impulse": a title, a product, a slogan
    }
    if (type == EntityType.PERSON && e - nameFrom >= 3 && lexicon.compassEnd(name.split(" "))) {
      type = EntityType.LOCATION; // "la Caroline du Sud"
    }
    if (type == EntityType.PERSON && e - nameFrom == 1 && context.placeCue(ws, nameFrom)) {
      type = EntityType.LOCATION; // "sa ville de Sartène"
    }
    if (type != EntityType.PERSON && (lexicon.facility(first) || lexicon.facility(ws.get(e - 1)))) {
      type = EntityType.LOCATION; // "Apple Park"
    }
    int start = ws.get(s).start();
    int end = ws.get(e - 1).end();
    out.add(new Candidate(start, first.start(), end, type, Candidate.Origin.CRF, null));
    int noun = nameFrom == s ? context.nameNounBefore(ws, s) : -1;
    if (noun >= 0 && lexicon.nameNounsBeforeArticle.contains(ws.get(noun).folded())
        && gazetteer.keyOf(name) != null) {
      noun = -1; // "la place du Front de gauche dans la contestation": a known body's position
    }
    if (noun >= 0) { // "rue Colonna-d'Ornano", "la gare de Lyon", "le prix Goncourt"
      Word before = ws.get(noun);
      EntityType named = lexicon.nameNouns.get(before.folded());
      out.add(new Candidate(before.start(), before.start(), end, named, Candidate.Origin.NAMED_BY_NOUN, null));
      if (named == EntityType.ORGANIZATION && noun < s - 1 && names.place(name)
          && !lexicon.namedOrgHeads.contains(before.lower())) { // not "l'université de Syracuse"
        // "le parquet de Brest": a body named with its seat, and the place, as "la cour d'appel de Rouen"
        out.add(new Candidate(start, start, end, EntityType.LOCATION, Candidate.Origin.TAIL, null));
      }
    }
  }

  /**
   * Whether words [from, to) are capitalised common words, one of them at least English, and none a
   * first or family name or a name the lexicons know ("Feminist Glasses", "Wild Web Woods"; not
   * "Bill Gates").
   */
  private boolean englishWords(List<Word> ws, int from, int to) {
    if (from > 0 && Word.PARTICLES.contains(ws.get(from - 1).lower())) {
      return false; // "Wallerand de Saint Just": a surname after its particle
    }
    boolean english = false;
    for (int k = from; k < to; k++) {
      Word w = ws.get(k);
      if (!Word.hasLetterOrDigit(w.text())) {
        continue;
      }
      if (!w.capitalised() || w.allCaps() || names.givenName(w) || names.knownName(w)) {
        return false;
      }
      boolean inEnglish = names.englishWord(w.text());
      if (!inEnglish && !names.commonWord(w)) {
        return false;
      }
      english |= inEnglish;
    }
    return english;
  }
}
