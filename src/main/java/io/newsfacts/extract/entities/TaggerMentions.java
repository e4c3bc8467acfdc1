package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mentions from the CRF tagger's runs of PER/LOC/ORG/MISC words, repaired: runs are cut at line
 * breaks, punctuation and verbs; quotation marks, elided articles, lower-case words and sentence
 * openers are trimmed off their ends; titles are kept out of the name; words that are not names
 * (sentence-initial common words, portfolios after "ministre de", page headings in capitals) are
 * dropped ({@link NonNames}); a role, a cue noun or another name glued before the name is cut off ({@link RunCuts}).
 * {@link RunCandidates} types what is left and adds the mentions the tagger's runs imply ("rue X",
 * "la gare de X", "le prix X" as one name). Also gives, through {@link MissedMentions}, those the
 * tagger misses: a name after a title (M., Mme, Me, Dr) or a first name as a person, capitalised
 * demonyms as MISC. {@link LowerWords} says how the
 * article writes a word elsewhere; {@link CapitalContext} what the words around a capital say of it.
 */
final class TaggerMentions {
  private static final Set<String> ARTICLE = Set.of("la", "l'", "l\u2019", "les", "le");
  private static final Set<String> COORDINATION = Set.of("et", "ou", "comme", "ni");
  /** "de", "du", "des" and the elided "d'": what opens the complement of an event's head. */
  private static final Set<String> OF = Set.of("de", "du", "des", "d'");
  private static final Set<String> JOINERS = Set.of("-", "'", "\u2019", "&");
  private static final Set<String> OPENING = Set.of("«", "\"", "\u201c");
  private static final Set<String> CLOSING = Set.of("»", "\"", "\u201d");
  /** Words a place comes after: "la mairie de Paris", "à Lille". */
  private static final Set<String> PLACE_BEFORE = Set.of("de", "d'", "du", "à", "au", "en");
  /** The endings of a past participle of the first three groups: "libéré", "réunies", "vendu". */
  private static final Pattern PARTICIPLE = Pattern.compile(".+(é|i|u)e?s?");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final Gazetteer gazetteer;
  private final RunCuts cuts;
  /** Where a person starts after the portfolio or place of a role glued before the name. */
  private final PortfolioCuts portfolios;
  private final RoleOpenings roleOpenings;
  private final MissedMentions missed;
  private final QuotedTitles quotedTitles;
  private final NameEnds ends;
  private final CapitalsWithoutEvidence capitals;
  private final LeadingArticle articles;
  private final RunCandidates candidates;

  TaggerMentions(EntityLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.gazetteer = gazetteer;
    this.cuts = new RunCuts(lexicon);
    this.portfolios = new PortfolioCuts(lexicon);
    this.roleOpenings = new RoleOpenings(lexicon);
    CapitalContext context = new CapitalContext(lexicon);
    this.missed = new MissedMentions(lexicon, context);
    this.quotedTitles = new QuotedTitles(lexicon);
    this.ends = new NameEnds(lexicon, gazetteer);
    this.capitals = new CapitalsWithoutEvidence();
    this.articles = new LeadingArticle(lexicon, gazetteer);
    this.candidates = new RunCandidates(lexicon, gazetteer, missed, context,
        new NonNames(lexicon, gazetteer, cuts, missed, capitals, context));
  }

  /** A run of words [from, to) of one sentence with one tag. */
  private record Run(List<Word> words, int from, int to, String tag) {}

  /** Adds the mentions of all sentences to {@code out}. */
  void find(String text, List<List<Word>> sentences, List<Candidate> out) {
    List<Run> runs = new ArrayList<>();
    for (List<Word> ws : sentences) {
      runs(ws, runs);
    }
    Set<String> people = new HashSet<>();
    Set<String> nameWords = new HashSet<>(); // the words of those names: "Copé" of "Jean-François Copé"
    Set<String> runWords = new HashSet<>(); // the capitalised words of all names of two words or more
    Set<String> surnames = new HashSet<>(); // the last words of people of two words or more
    Set<String> bare = new HashSet<>(); // the names written without a capitalised article
    for (Run r : runs) {
      int from = r.from();
      while (from < r.to() && (!r.words().get(from).capitalised() || elided(r.words().get(from)))) {
        from++;
      }
      if (from < r.to() && !LeadingArticle.opens(r.words(), from, r.to())) {
        bare.add(EntityLexicon.fold(Word.span(text, r.words(), from, r.to())));
      }
      if (contentWords(r) < 2) {
        continue;
      }
      for (int k = r.from(); k < r.to(); k++) {
        if (r.words().get(k).capitalised() && !r.words().get(k).initial()) {
          runWords.add(r.words().get(k).folded());
        }
      }
      if (r.tag().equals("PER") && !missed.roleOnly(r.words(), r.from(), r.to())) {
        people.add(EntityLexicon.fold(Word.span(text, r.words(), r.from(), r.to())));
        surnames.add(r.words().get(r.to() - 1).folded());
        for (int k = r.from(); k < r.to(); k++) {
          nameWords.add(r.words().get(k).folded());
        }
      }
    }
    LowerWords lowerWords = new LowerWords(sentences, runWords);
    for (Run r : runs) {
      int s = r.from(); // a run may open on the mark that broke the one before: ": Le prince"
      while (s < r.to() && r.words().get(s).punctuation()) {
        s++;
      }
      if (articles.notOfName(text, r.words(), s, r.to(), r.tag(), bare)) {
        r = new Run(r.words(), s + 1, r.to(), r.tag()); // "La Nouvelle-Calédonie"
      } else if (articles.beforeRole(text, r.words(), s, r.to())) {
        boolean named = r.words().get(s + 2).capitalised(); // « Le prince Harry »
        r = new Run(r.words(), s + 2, r.to(), named && "MISC".equals(r.tag()) ? "PER" : r.tag());
      }
      if (!"PER".equals(r.tag())
          || !HyphenPair.split(r.words(), r.from(), r.to(), names, surnames, out)) {
        mention(text, r, people, nameWords, lowerWords, out); // (split: "Hollande-Valls")
      }
    }
    Set<String> titled = missed.titledWords(sentences);
    for (List<Word> ws : sentences) {
      missed.find(ws, titled, out);
      quotedTitles.find(ws, out); // « le film "Les beaux gosses" »
    }
  }

  /**
   * The words of a run, the article that opens its sentence left out: "L'Histoire retiendra",
   * "La Justice a tranché" are one word with a capital, no longer name.
   */
  private static int contentWords(Run r) {
    Word first = r.words().get(r.from());
    boolean opening = first.initial() && (first.function() || elided(first));
    return r.to() - r.from() - (opening ? 1 : 0);
  }

  /** Runs of one tag, cut at line breaks, punctuation, verbs and pronouns. */
  private void runs(List<Word> ws, List<Run> out) {
    int i = 0;
    while (i < ws.size()) {
      String tag = ws.get(i).ner();
      if ("O".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < ws.size() && tag.equals(ws.get(j).ner()) && !breaks(ws, j)) {
        j++;
      }
      Run before = out.isEmpty() ? null : out.get(out.size() - 1);
      if ("PER".equals(tag) && j == i + 1 && before != null && before.words() == ws
          && before.to() == i && !"PER".equals(before.tag()) && i - before.from() >= 3
          && names.firstName(ws.get(i - 1)) && !names.firstName(ws.get(i - 2))) {
        // "la République française François | Mitterrand": the first name is the surname's
        out.set(out.size() - 1, new Run(ws, before.from(), i - 1, before.tag()));
        i--;
      }
      out.add(new Run(ws, i, j, tag));
      i = j;
    }
  }

  /**
   * Whether word {@code j} cannot continue the run ending at {@code j - 1}: a line break, a
   * punctuation mark, a verb, a pronoun, a conjunction of subordination ("le Sénat lorsqu'il
   * vote").
   */
  private boolean breaks(List<Word> ws, int j) {
    Word w = ws.get(j);
    if (w.initial()) {
      return true;
    }
    if (w.punctuation()) {
      return !JOINERS.contains(w.text());
    }
    if (!w.capitalised() && (w.verb() || "PRON".equals(w.pos()) || w.subordinator())) {
      return true;
    }
    // "l'Agriculture et de la Pêche", "la Justice comme du Trésor": two names
    return COORDINATION.contains(w.lower()) && j + 1 < ws.size() && !ws.get(j + 1).capitalised();
  }

  private void mention(String text, Run r, Set<String> people, Set<String> nameWords,
      LowerWords lowerWords, List<Candidate> out) {
    List<Word> ws = r.words();
    int s = r.from();
    int e = r.to();
    while (s < e && (trimmedAtStart(ws.get(s))
        || capitals.emphasis(ws.get(s), s + 1 == e) && (s + 1 == e || !ws.get(s + 1).allCaps()))) {
      s++; // and a grammatical word in capitals: "NOTRE case", "ET l'Empathie"
    }
    while (e > s && trimmedAtEnd(ws.get(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    e = cuts.beforeNationality(ws, s, e, r.tag()); // "le Food Ethics Council britannique"
    int restart = cuts.afterInitials(ws, s, e, capitals::grammatical);
    if (restart > s) { // "le jour J. Tour d'horizon", "à Y. E. a pleuré": no one's initials
      if (restart < e) {
        mention(text, new Run(ws, restart, e, r.tag()), people, nameWords, lowerWords, out);
      }
      return;
    }
    int opener = SentenceAfterAbbreviation.opener(ws, s, e, w -> cuts.opensSentence(w, capitals::grammatical));
    if (opener > s) { // "la C.F.T.M.E.A. Quant à la Haute": a sentence the tokenizer did not cut
      if (SentenceAfterAbbreviation.nameBefore(ws, s, opener)) {
        mention(text, new Run(ws, s, opener, r.tag()), people, nameWords, lowerWords, out);
        opener++; // "Quant à la Haute": the next sentence's opener is no name's
      } // "Cf. Tous Millennials": the words after a common abbreviation, a title maybe
      if (opener < e && ws.get(opener).capitalised()) {
        mention(text, new Run(ws, opener, e, r.tag()), people, nameWords, lowerWords, out);
      }
      return;
    }
    EntityType quotedType = null;
    int close = closingQuote(ws, s, e);
    if (close > 0) {
      e = close; // « Osez le féminisme »: the whole title between the quotation marks
      quotedType = organisationBefore(ws, s) ? EntityType.ORGANIZATION : null;
    } else {
      while (e < ws.size() && ws.get(e - 1).capitalised() && !ws.get(e - 1).allCaps()
          && !lexicon.notEntities.contains(ws.get(e - 1).folded())
          && !ws.get(e).capitalised() && "ADJ".equals(ws.get(e).pos()) && !ws.get(e).subordinator()
          && ("NOUN".equals(ws.get(e - 1).pos()) || e - s == 1
              && !lexicon.demonyms.contains(ws.get(s).folded())
              && lowerWords.alwaysWith(ws.get(e - 1), ws.get(e)))) {
        e++; // "la Maison carrée", "la Cité impériale"; "la Droite forte" each time
      }
      e = eventComplement(ws, s, e); // "le Salon de l'agriculture", "la Coupe du monde"
      e = cuts.adjectiveAndItsNoun(ws, s, e); // "la Haute autorité", "l'Ancien régime"
      if (e == r.to() && e < ws.size() && s > 0 && !ws.get(s - 1).capitalised()
          && lexicon.typeCue(ws.get(s - 1).text()) == EntityType.ORGANIZATION
          && ws.get(e - 1).capitalised()
          && !ws.get(e).capitalised() && "ADJ".equals(ws.get(e).pos())) {
        e++; // "le parti République solidaire", "l'association Femmes solidaires"
      }
    }
    if (quotedType == null) { // "du Front national pour l'électorat juif": the party alone
      e = cuts.beforeComplement(ws, s, e, name -> gazetteer.keyOf(name) != null);
      int joined = cuts.beforePlaceOfAction(ws, s, e, name -> gazetteer.keyOf(name) != null);
      if (joined < e) { // "les Républicains à l'Assemblée": two names
        int after = joined + 1;
        if (after + 1 < e && ("la".equals(ws.get(after).lower()) || elided(ws.get(after)))) {
          after++;
        }
        mention(text, new Run(ws, after, e, r.tag()), people, nameWords, lowerWords, out);
        e = joined;
      }
    }
    int demonym = quotedType == null ? cuts.demonymEnd(ws, s, e) : -1;
    if (demonym > s) { // "des Français moyens", "les Autrichiens de Salzburg": the people, then a name or none
      add(text, new Run(ws, s, demonym, r.tag()), s, demonym, nameWords, lowerWords, out);
      mention(text, new Run(ws, demonym, e, r.tag()), people, nameWords, lowerWords, out);
      return;
    }
    // "Critiquer Pierre Moscovici": a word opening the sentence glued to a person named elsewhere
    if (e - s >= 3 && ws.get(s).initial()
        && people.contains(EntityLexicon.fold(Word.span(text, ws, s + 1, e)))) {
      s++;
    }
    // "l'Elysée Ahmad Assi Jarba": a known name glued to a person named elsewhere, or to a
    // first name and a surname ("Rassemblement national Nicolas Bay"); a portfolio, a capital by
    // convention or a place glued to one ("ministre du Budget Jérôme Cahuzac", "secrétaire
    // d'Etat Rama Yade", "adjoint à la mairie de Paris Ian Brossat")
    for (int k = s + 1; k < e - 1; k++) {
      boolean namedElsewhere = people.contains(EntityLexicon.fold(Word.span(text, ws, k, e)));
      boolean person = namedElsewhere
          || lexicon.names.firstName(ws.get(k)) && ws.get(k + 1).capitalised()
              && !ws.get(k + 1).function();
      String left = Word.span(text, ws, s, k);
      String folded = EntityLexicon.fold(left);
      // a place after its preposition, before a person named in full elsewhere ("Florence
      // Parly" is no place and a person, "Cher Manuel Valls" no department)
      boolean place = namedElsewhere && names.place(left) && s > 0
          && PLACE_BEFORE.contains(ws.get(s - 1).lower().replace('\u2019', '\''));
      boolean glued = person && gluedBefore(ws, s, k, e);
      if (person && (gazetteer.keyOf(left) != null || lexicon.portfolios.contains(folded)
          || lexicon.notEntities.contains(folded) || place || glued)) {
        if (place && gazetteer.keyOf(left) == null || glued && ws.get(k - 1).capitalised()) {
          String tag = place || "PER".equals(r.tag()) ? "LOC" : r.tag();
          add(text, new Run(ws, s, k, tag), s, k, nameWords, lowerWords, out);
        }
        add(text, new Run(ws, k, e, "PER"), k, e, nameWords, lowerWords, out);
        return;
      }
    }
    add(text, quotedType == null ? r : new Run(ws, s, e, "ORG"), s, e, nameWords, lowerWords, out);
  }

  /**
   * The end of the name of an event whose head alone the tagger took, or {@code e}: the head
   * (models/entities/event-heads.txt), written with its capital, and its complement in lower
   * case, "de", "du", "des", an article and a noun ("le Salon de l'agriculture", "la Coupe du
   * monde", "le Pacte de responsabilité"), and an adjective after it ("le Salon du jeu vidéo");
   * the head alone is no name. Not a preposition or an
   * adverb after "de" ("la Constitution depuis"), nor a word opening the sentence, where the
   * capital says nothing ("Marche de nuit dans Paris").
   */
  private static int eventComplement(List<Word> ws, int s, int e) {
    if (e - s != 1 || !ws.get(s).capitalised() || ws.get(s).allCaps() || ws.get(s).initial()
        || !EventNames.head(ws.get(s).folded())) {
      return e;
    }
    int j = e;
    if (j < ws.size() && OF.contains(ws.get(j).lower().replace('\u2019', '\''))) {
      j++;
    } else {
      return e;
    }
    if (j < ws.size() && ("la".equals(ws.get(j).lower()) || elided(ws.get(j)))) {
      j++;
    }
    if (j < ws.size() && !ws.get(j).capitalised() && "NOUN".equals(ws.get(j).pos())
        && !ws.get(j).subordinator()) {
      boolean adjective = j + 1 < ws.size() && !ws.get(j + 1).capitalised()
          && "ADJ".equals(ws.get(j + 1).pos()); // "le Salon du jeu vidéo"
      return adjective ? j + 2 : j + 1;
    }
    return e;
  }

  /**
   * Whether the first name at {@code k} and the surname after it are a person glued to the name
   * [s, k) before, no part of it: that name ends with an adjective ("la République française
   * François Hollande", "le conseil régional Valérie Pécresse") or a place ("la région
   * Bourgogne-Franche-Comté Marie-Guite Dufay"), and the person is two or three words. A single
   * head before a person is an eponym ("Fondation Jean Jaurès", "rue Jean Moulin").
   */
  private boolean gluedBefore(List<Word> ws, int s, int k, int e) {
    Word last = ws.get(k - 1);
    if (e - k > 3 || names.firstName(last) || last.function() || elided(last)
        || Word.PARTICLES.contains(last.lower())) {
      return false;
    }
    return k - s >= 2 && !last.capitalised() && "ADJ".equals(last.pos())
        || last.capitalised() && names.surePlace(last.text()) && !lexicon.demonyms.contains(last.folded());
  }

  /** The index of the closing quotation mark of a short title opening right before word s. */
  private static int closingQuote(List<Word> ws, int s, int e) {
    if (s == 0 || !OPENING.contains(ws.get(s - 1).text())) {
      return -1;
    }
    for (int k = s + 1; k < ws.size() && k <= s + 5; k++) {
      Word w = ws.get(k);
      if (CLOSING.contains(w.text())) {
        return k >= e ? k : -1;
      }
      if (w.punctuation() && !JOINERS.contains(w.text()) || w.verb() && k > s + 1) {
        return -1;
      }
      if (w.verb() && k == s + 1 && "PROPN".equals(ws.get(s).pos()) && k + 1 < ws.size()
          && !(CLOSING.contains(ws.get(k + 1).text()) && PARTICIPLE.matcher(w.lower()).matches())) {
        // « Griveaux a le bon profil », « Hollande reconnait "..." »: a name and its verb, a
        // quoted clause, no title (« Paris libéré », a name and its participle, is one)
        return -1;
      }
    }
    return -1;
  }

  /** "des associations féministes, « ... »": a title named as an organisation just before. */
  private boolean organisationBefore(List<Word> ws, int s) {
    for (int k = s - 2; k >= 0 && k >= s - 10; k--) {
      if (lexicon.orgHead(ws.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private void add(String text, Run r, int s, int e, Set<String> nameWords, LowerWords lowerWords,
      List<Candidate> out) {
    List<Word> ws = r.words();
    e = cuts.beforeDate(ws, s, e); // "au Parisien lundi": the sentence's date
    while (e > s && trimmedAtEnd(ws.get(e - 1))) {
      e--;
    }
    if (s >= e) {
      return;
    }
    if (ends.split(ws, s, e, r.tag(), (from, to, tag) ->
        add(text, new Run(ws, from, to, tag), from, to, nameWords, lowerWords, out))) {
      return; // "Europe1 le président du Parti de gauche": a name, then the next one or none
    }
    int nameFrom = s;
    if (lexicon.titles.contains(ws.get(s).text())) {
      if (e - s < 2 || !ws.get(s + 1).capitalised() && !Word.PARTICLES.contains(ws.get(s + 1).lower())) {
        return; // a title alone or before a role: "Monsieur le président", "Mr"
      }
      nameFrom = s + 1;
    }
    if (nameFrom == s) {
      int cut = cuts.afterCommonPrefix(ws, s, e, r.tag());
      if (cut > s) { // "Coéquipier de Neymar", "Invité de France Inter": the name after the role
        add(text, new Run(ws, cut, e, r.tag()), cut, e, nameWords, lowerWords, out);
        return;
      }
      int named = roleOpenings.nameStart(ws, s, e);
      if (named > s) { // "Secrétaire départemental des Républicains": the body after the role
        add(text, new Run(ws, named, e, r.tag()), named, e, nameWords, lowerWords, out);
        return;
      }
      int cue = cuts.afterCueInside(ws, s, e);
      if (cue > s) { // "Président du parti République solidaire": the party after its cue noun
        add(text, new Run(ws, cue, e, r.tag()), cue, e, nameWords, lowerWords, out);
        return;
      }
      int pour = cuts.forAnother(ws, s, e);
      if (pour > s) { // "Harris Interactive pour France Télévisions": a poll and its client
        add(text, new Run(ws, s, pour, r.tag()), s, pour, nameWords, lowerWords, out);
        add(text, new Run(ws, pour + 1, e, r.tag()), pour + 1, e, nameWords, lowerWords, out);
        return;
      }
      int noun = cuts.afterCommonNoun(ws, s, e);
      if (noun > s) { // "un Sondage Opinion Way": the common noun is no part of the name
        add(text, new Run(ws, noun, e, r.tag()), noun, e, nameWords, lowerWords, out);
        return;
      }
      // (over the tagger's own words: not the adjective a cue noun added, "Femmes solidaires")
      int preposition = cuts.personEnd(ws, s, Math.min(e, r.to()), r.tag());
      if (preposition > s) { // "Esther Benbassa sur Twitter": the person, then what follows
        add(text, new Run(ws, s, preposition, "PER"), s, preposition, nameWords, lowerWords, out);
        int after = preposition + 1;
        while (after < e && (ARTICLE.contains(ws.get(after).lower()) || elided(ws.get(after)))) {
          after++;
        }
        if (after < e && "ADP".equals(ws.get(preposition).pos()) && ws.get(after).capitalised()) {
          String rest = "PER".equals(r.tag()) ? "ORG" : r.tag();
          add(text, new Run(ws, after, e, rest), after, e, nameWords, lowerWords, out);
        }
        return;
      }
      int glued = cuts.gluedPerson(ws, s, e, r.tag());
      if (glued > s) { // "HuffPost Victor Dhollande": a name, then a first name and a surname
        // the name glued before the person is a medium, a company, a body; never a person
        String left = "PER".equals(r.tag()) ? "ORG" : r.tag();
        add(text, new Run(ws, s, glued, left), s, glued, nameWords, lowerWords, out);
        add(text, new Run(ws, glued, e, "PER"), glued, e, nameWords, lowerWords, out);
        return;
      }
      int person = portfolios.afterPortfolio(ws, s, e, r.tag());
      if (person > s) { // "le secrétaire d'Etat Mike Pompeo": the portfolio is no one's name
        if (lexicon.typeCue(ws.get(s).text()) != null && !"PER".equals(r.tag())) {
          // "le premier secrétaire du Parti socialiste Olivier Faure": a body, then its head
          add(text, new Run(ws, s, person, r.tag()), s, person, nameWords, lowerWords, out);
        }
        add(text, new Run(ws, person, e, "PER"), person, e, nameWords, lowerWords, out);
        return;
      }
    }
    candidates.add(text, ws, s, nameFrom, e, r.tag(), nameWords, lowerWords, out);
  }

  /** Punctuation, quotation marks, elided articles, lower-case words, sentence openers. */
  private static boolean trimmedAtStart(Word w) {
    if (w.punctuation() || elided(w) || !w.capitalised()) {
      return true;
    }
    // "A Neuilly-sur-Seine, les électeurs...": "à" opening a sentence, written without its accent
    return w.initial() && (w.function() || "A".equals(w.text()) || "\u00c0".equals(w.text()));
  }

  private static boolean trimmedAtEnd(Word w) {
    return w.punctuation() || elided(w) || !w.capitalised() && w.function();
  }

  /** "l'", "d'", "qu'": an article or preposition glued to the next word. */
  static boolean elided(Word w) {
    String t = w.text();
    return t.length() <= 3 && (t.endsWith("'") || t.endsWith("\u2019"));
  }
}
