package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.Set;

/**
 * What the lexicons and the words around a mention say about its type, as votes added to those
 * of the tagger ({@link EntityTypeVote} sums them over all mentions of an entity):
 * <ul>
 *   <li>a legal form ending it: "Morel & Cie", "Bastide SARL", "Lambert Group" (strong);
 *   <li>a cue noun right before it: "le journal Challenges", "l'association Strass" (strong);
 *       before its opening quote ("le film \"Spectre\""), in apposition before it ("son dernier
 *       ouvrage, Chère Ijeawele"), or heading a list it is an item of ("les marques Muji, COS")
 *       ({@link CueNouns});
 *   <li>a phrase around it ({@link ContextCues}): "dans les colonnes du Parisien" makes a paper,
 *       "chez Leroy Merlin" a company, "selon Wired" a source that is no thing nor place;
 *   <li>a name the tagger calls a person, between quotes, is a title ("dans \"Grey's Anatomy\"");
 *   <li>a role noun right before it: "le réalisateur Xavier Dolan" makes a person;
 *   <li>a preposition of place before a known place: "à Évry", "en Vietnam";
 *   <li>a first name alone, or a name that starts with one ("Patrick", "Victor Dhollande"), is a
 *       person; a family name with no article before it and a verb after it ("Hollande a dit")
 *       is a person, not the country;
 *   <li>a one-word name whose article has a capital inside the sentence is a title ("selon
 *       L'Opinion"), and one with a capital inside it ("ZDNet") a brand: an organisation
 *       ({@link TitleCapitals});
 *   <li>a brand that no other lexicon knows ("Uber", "Kickstarter") is an organisation;
 *   <li>a cardinal point is a place, an acronym the tagger calls a thing a body ({@link OneWordTypes});
 *   <li>a country, or a city or region whose name is not also a common word or a person's name,
 *       is a place unless the tagger calls it an organisation (a club, a government).
 * </ul>
 */
final class TypeEvidence {
  /** Weight of a cue noun: as strong as the structure of an organisation name. */
  static final int CUE = 10;
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("à", "en", "au", "aux", "dans");
  /** Words a place name comes after, and a person's rarely. */
  private static final Set<String> PLACE_WORDS = Set.of("à", "en", "au", "aux", "dans", "de", "d'",
      "d\u2019", "du", "des", "depuis", "vers", "sur", "près", "outre", "entre", "via", "-", "/");
  /** Words a place comes after, and an organisation seldom: "à Lupiac", "vers Trenton". */
  static final Set<String> PLACE_BEFORE = Set.of("à", "en", "au", "aux", "dans", "depuis",
      "vers", "près", "outre", "via");
  private static final Set<String> OF = Set.of("de", "d'", "d\u2019");
  /** The government named after its head: "le gouvernement Ayrault", "les gouvernements Valls". */
  private static final Set<String> LED_BY = Set.of("gouvernement", "gouvernements");
  private static final String OPENING_QUOTES = "\"«\u201c\u2018";
  private static final String CLOSING_QUOTES = "\"»\u201d\u2019";
  static final Set<String> ARTICLES = Set.of("le", "la", "l'", "l\u2019", "les", "du",
      "des", "un", "une", "au", "aux");
  private final EntityLexicon lexicon;
  private final NameLexicons names;
  private final ContextCues contextCues = new ContextCues();
  private final LegalForms legalForms = new LegalForms();
  private final OneWordTypes oneWord;
  private final PersonAppositions appositions;
  private final CueNouns cues;
  private final TitleCapitals titleCapitals;

  TypeEvidence(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = lexicon.names;
    this.oneWord = new OneWordTypes(lexicon);
    this.appositions = new PersonAppositions(lexicon);
    this.cues = new CueNouns(lexicon);
    this.titleCapitals = new TitleCapitals(lexicon, cues);
  }

  /**
   * Whether words {@code i}, {@code i + 1}, {@code i + 2} read ", 24 ans" or ", 11 mois": an age
   * in apposition.
   */
  private static boolean aged(ArticleWords words, int i) {
    Word comma = words.after(i);
    Word number = words.after(i + 1);
    Word years = words.after(i + 2);
    return comma != null && number != null && years != null && ",".equals(comma.text())
        && "NUM".equals(number.pos()) && ("ans".equals(years.lower()) || "an".equals(years.lower())
            || "mois".equals(years.lower()));
  }

  /**
   * Whether a name after a role noun is the role's party or body, not the person holding it: "le
   * président Les Républicains", "un député REM", "le vice-président Verts" (an article, an
   * acronym, a plural common word).
   */
  private boolean partyAfterRole(String name, String[] folded) {
    if (names.articleSurname(name.split(" "))) {
      return false; // "le ministre Le Drian"
    }
    if (ARTICLES.contains(folded[0]) && folded.length >= 2
        || name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return true;
    }
    return folded.length == 1 && name.endsWith("s") && names.commonWord(name)
        && !names.knownName(name);
  }

  /**
   * Whether mention {@code c}, which the tagger calls a place, has nothing making it one: a single
   * word that no lexicon knows (no place, name or common word, nor any part of it), not in
   * capitals, and after no preposition of place ("les supermarchés Biocoop", "sur Snapchat", "l'Efsa";
   * not "à Lupiac", "en Alsace-Moselle"). Such names in news are mostly companies, brands, agencies
   * and teams: an entity whose every mention is one is an organisation.
   */
  boolean unknownPlace(ArticleWords words, Candidate c, String name) {
    if (c.origin() != Candidate.Origin.CRF || name.indexOf(' ') >= 0 || name.length() < 3
        || name.equals(name.toUpperCase(java.util.Locale.ROOT)) || lexicon.demonyms.contains(EntityLexicon.fold(name))) {
      return false;
    }
    for (String part : name.split("-")) {
      if (part.isEmpty() || names.knownName(part) || names.commonWord(part) || names.place(part)) {
        return false;
      }
    }
    if (names.knownName(name) || names.commonWord(name) || names.smallCommune(name)) {
      return false; // "Bezonvaux", a village
    }
    int at = words.at(c.start());
    Word before = words.before(at);
    if (before == null) {
      return true;
    }
    if (cues.placeBefore(words, at)
        || cues.far(words, at, words.at(c.end()), false) == EntityType.LOCATION
        || !before.capitalised() && lexicon.typeCue(before.text()) == EntityType.LOCATION) {
      // "la région syrienne de la Ghouta", "Sévaré, cette ville du Mali", "la rivière Akanyaru"
      return false;
    }
    Word cue = OF.contains(before.lower()) ? words.before(at - 1) : null;
    // "jusqu'à Sévaré", "la ville de Sévaré"
    return !PLACE_BEFORE.contains(before.lower().replace('\u2019', '\'')) && !before.lower().endsWith("à")
        && (cue == null || !lexicon.placeCues.contains(cue.folded()));
  }

  /**
   * Whether a name is a body's named after a place ({@link NameLexicons#namedAfterPlace}) that the
   * tagger does not call a thing (a work, an event: "Vendée Globe") and whose second word is no
   * point of the compass ("Orly Sud", a place's part).
   */
  private boolean namedAfterPlace(Candidate c, String[] parts) {
    return c.type() != EntityType.MISC && parts.length >= 2
        && !lexicon.cardinalPoints.contains(EntityLexicon.fold(parts[1]))
        && names.namedAfterPlace(parts, c.type() == EntityType.PERSON);
  }

  /** Whether a word is an opening quotation mark, or two of them. */
  private static boolean openingQuote(Word w) {
    return w != null && !w.text().isEmpty() && w.text().length() <= 2
        && w.text().chars().allMatch(ch -> OPENING_QUOTES.indexOf(ch) >= 0);
  }

  /** Whether a word is a closing quotation mark, or two of them. */
  private static boolean closingQuote(Word w) {
    return w != null && !w.text().isEmpty() && w.text().length() <= 2
        && w.text().chars().allMatch(ch -> CLOSING_QUOTES.indexOf(ch) >= 0);
  }

  /** Whether no word of a name is known to the lexicons: no person's name, place or word. */
  private boolean unknownWords(String[] parts) {
    for (String p : parts) {
      if (names.knownName(p) || names.commonWord(p) || names.place(p)
          || lexicon.demonyms.contains(EntityLexicon.fold(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word before a name is a preposition of place, maybe with an article between them:
   * "à Paris", "dans le Var", "vers la Somme".
   *
   * @param at the index of the name's first word
   */
  private static boolean afterPlaceWord(ArticleWords words, int at) {
    Word before = words.before(at);
    if (before != null && ARTICLES.contains(before.lower()) && !"au".equals(before.lower())
        && !"aux".equals(before.lower())) {
      before = words.before(at - 1);
    }
    return before != null && PLACE_BEFORE.contains(before.lower().replace('\u2019', '\''));
  }

  /**
   * Whether a phrase around mention {@code c} makes it a paper, a channel or a company whatever
   * its name: "dans les colonnes du Parisien" is no inhabitant of Paris.
   */
  boolean namedByPhrase(ArticleWords words, Candidate c) {
    ContextCues.Cue phrase = contextCues.around(words, words.at(c.start()), words.at(c.end()));
    return phrase != null && (phrase.strength() == ContextCues.Strength.CUE
        || phrase.strength() == ContextCues.Strength.EPONYM);
  }

  /**
   * Whether mention {@code c} comes right after "de" with no article ("le maire de Carhaix", "les
   * urgences de Carhaix"): towns take no article, organisations mostly do ("de l'Efsa").
   */
  boolean afterBareOf(ArticleWords words, Candidate c) {
    Word before = words.before(words.at(c.start()));
    return before != null && OF.contains(before.lower());
  }

  /**
   * Whether the words after a first name can be a person's: capitalised, or a particle before the
   * surname ("Charles de Gaulle"); not "Robin des Lois", "Femmes et Mères".
   */
  private static boolean personWords(String[] parts) {
    for (int k = 1; k < parts.length; k++) {
      String p = parts[k];
      if (!p.isEmpty() && !Character.isUpperCase(p.charAt(0)) && !OF.contains(p) && !"du".equals(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the votes for the type of mention {@code c} (name {@code name}) to {@code votes}.
   *
   * @param listedWithPeople whether the mention is an item of a list whose item before or after
   *     it the tagger calls a person
   */
  void vote(ArticleWords words, Candidate c, String name, String[] folded, boolean listedWithPeople,
      int[] votes) {
    int at = words.at(c.start());
    Word before = words.before(at);
    int next = words.at(c.end());
    Word after = words.after(next);
    if (aged(words, next)) { // "Luana, 24 ans, diplômée": a person
      votes[EntityType.PERSON.ordinal()] += 3;
      return;
    }
    if (c.type() != EntityType.PERSON && c.type() != EntityType.ORGANIZATION
        && (before == null || !ARTICLES.contains(before.lower())
            && !PLACE_WORDS.contains(before.lower().replace('\u2019', '\'')))
        && !names.place(name) && (appositions.after(words, next)
            || appositions.listedPerson(name.split(" "), listedWithPeople))) {
      // "Oristelle BONIS, directrice des Éditions iXe", "Elizabeth Guzman et Hala Ayala"; not
      // "le maire de Lyon, ministre", "l'UMP, députée"
      votes[EntityType.PERSON.ordinal()] += 3;
      return;
    }
    if (PersonAppositions.kinBefore(words, at)) { // "sa nièce Mala": nobody's niece is a body
      votes[EntityType.PERSON.ordinal()] += CUE;
      return;
    }
    if (folded.length == 1 && names.holiday(folded[0])) {
      // "les vacances de Noël", "à Pâques": the day, not a person whose first name it is too
      votes[EntityType.MISC.ordinal()] += CUE;
      return;
    }
    if (legalForms.ends(name) || names.countryBranch(name.split(" "))
        || namedAfterPlace(c, name.split(" "))) {
      // "Morel & Cie", "Lambert Group", "Bastide SARL": a company; "EY France", its branch;
      // "France Stratégie", "Paris SG": a body or a medium named after where it works; not a
      // work or an event the tagger knows ("Vendée Globe"), nor a place's part ("Orly Sud")
      votes[EntityType.ORGANIZATION.ordinal()] += CUE;
      return;
    }
    // the head a place, or a proper noun of the dictionary that no person is named ("Ossétie")
    if (oneWord.regionOfCompass(name, head -> names.place(head) || names.knownName(head)
        && !names.givenName(head) && !names.familyName(head))) {
      votes[EntityType.LOCATION.ordinal()] += CUE; // "originaires d'Europe de l'Est"
      return;
    }
    String[] parts = name.split(" ");
    boolean personShape = folded.length >= 2 && names.givenName(parts[0]) && personWords(parts)
        && !lexicon.compassEnd(parts); // "Caroline du Sud"
    // a cue noun before the name types it unless the name is surely a person's: a French first
    // name, a known family name, or an English first name and a surname; an English first name
    // before a common word is no person ("l'entreprise Terra Cycle", "la marque Tommy Jeans")
    boolean surelyPerson = personShape && (names.firstName(parts[0])
        || names.familyName(parts[parts.length - 1]) || names.englishFirstNameAndSurname(parts));
    if (c.type() == EntityType.PERSON && !personShape && openingQuote(before)
        && closingQuote(after) && (before.text().equals("«") || before.end() == c.start())
        && (after.text().equals("»") || after.start() == c.end())
        && !names.firstName(parts[0])) {
      // "le dernier James Bond "Spectre"", "dans "Grey's Anatomy"": a name the tagger calls a
      // person, written between quotes, is a title (a work, a show, an event), not someone;
      // straight quotes must touch it, as "" around a word of a quoted heading do not
      votes[EntityType.MISC.ordinal()] += 4;
      return;
    }
    // a title in quotes takes the cue before its opening quote: le film "Spectre"
    int cueAt = at;
    while (cueAt > at - 2 && openingQuote(words.before(cueAt)) && words.before(cueAt - 1) != null) {
      cueAt--; // quotes doubled by a spreadsheet too: La série ""Sex Education""
    }
    Word foreign = words.before(cueAt);
    if (foreign != null && !foreign.capitalised() && NameWords.foreignArticle(foreign.lower())
        && words.before(cueAt - 1) != null && !words.before(cueAt - 1).capitalised()) {
      cueAt--; // "l'hebdomadaire die Zeit": the title's own article, in its language
    }
    Word cueWord = words.before(cueAt);
    EntityType farCue = surelyPerson ? null : cues.far(words, cueAt, next,
        names.surePlace(name) || names.place(name) && afterPlaceWord(words, at));
    if (farCue == null && !surelyPerson) {
      farCue = cues.list(words, at);
    }
    if (farCue != null) { // "le groupe publicitaire Havas", "Lallab, l'association féministe"
      votes[farCue.ordinal()] += CUE;
      return;
    }
    ContextCues.Cue phrase = contextCues.around(words, at, next);
    if (phrase != null && (phrase.strength() == ContextCues.Strength.CUE && !personShape
        || phrase.strength() == ContextCues.Strength.EPONYM)) {
      votes[phrase.type().ordinal()] += CUE; // "dans les colonnes du Parisien"
      return;
    }
    if (phrase != null && phrase.strength() == ContextCues.Strength.COMPANY
        && c.type() != phrase.type() && (unknownWords(parts) || names.brand(name))) {
      // "chez Leroy Merlin", "Heetch a levé 12 millions"; a brand's own vote adds to it below
      votes[phrase.type().ordinal()] += 3;
    } else if (phrase != null && !personShape
        && (c.type() == EntityType.MISC || c.type() == EntityType.LOCATION)
        && !names.knownName(name) && !names.firstName(parts[0])
        && !lexicon.demonyms.contains(EntityLexicon.fold(name))) {
      // "selon Wired", "rapporte New Scientist": a source the tagger calls a thing or a place,
      // with no person's name in it, is an organisation
      votes[phrase.type().ordinal()] += 3;
      return;
    }
    if (!personShape && cues.placeBefore(words, at)) {
      votes[EntityType.LOCATION.ordinal()] += CUE; // "la région syrienne de la Ghouta"
      return;
    }
    if (cueWord != null && !cueWord.capitalised()) {
      EntityType cue = surelyPerson ? null : lexicon.typeCue(cueWord.text());
      if (cue == null) { // "les éditions Albin Michel", "le stade Louis II"
        cue = NameWords.eponymCue(cueWord.folded());
      }
      if (cue == EntityType.MISC && names.brandOnly(name)) {
        cue = null; // "une série Netflix", "un film Disney": the work's maker
      }
      if (cue != null) {
        votes[cue.ordinal()] += CUE;
        return;
      }
      if (lexicon.roleNoun(before.text()) && !partyAfterRole(name, folded)) {
        votes[EntityType.PERSON.ordinal()] += 3;
      }
    }
    EntityType head = folded.length >= 2 ? lexicon.typeHead(parts[0]) : null;
    if (head == null && folded.length >= 2) { // "Cité nationale de l'histoire de l'immigration"
      head = lexicon.nameNouns.get(folded[0]);
    }
    if (head == null && folded.length >= 2 && lexicon.orgHead(parts[1])
        && names.commonWord(parts[0]) && !names.knownName(parts[0]) && !names.place(parts[0])) {
      // "la Haute autorité pour la transparence", "le Haut Conseil", "la Grande Chambre": an
      // adjective before the head noun of a body
      head = EntityType.ORGANIZATION;
    }
    if (head == null && NameWords.club(parts, folded, lexicon.demonyms)) { // "Olympique de Marseille", "Manchester United"
      head = EntityType.ORGANIZATION;
    }
    if (head != null) { // "Équipe de France", "Parti Pirate", "Radio Classique"
      votes[head.ordinal()] += CUE;
      return;
    }
    String last = parts[parts.length - 1];
    EntityType tail = folded.length >= 2 && Character.isUpperCase(last.charAt(0))
        ? lexicon.typeCue(last) : null;
    if (tail == null && folded.length >= 2 && Character.isUpperCase(last.charAt(0))
        && NameWords.englishHead(folded[folded.length - 1]) && !(personShape && folded.length == 2)
        || NameWords.englishHeadOf(parts, folded)) { // "Library of Congress"
      // "Food Ethics Council", "Human Rights Watch": the head of a name written in English ends
      // it, as strong as a French head opening it; not a first name and a surname ("Ann Trust")
      votes[EntityType.ORGANIZATION.ordinal()] += CUE;
      return;
    }
    if (tail != null) { // "Wall Street Journal", "Sud Radio"
      votes[tail.ordinal()] += 3;
    }
    if (c.origin() == Candidate.Origin.STRUCTURE || c.origin() == Candidate.Origin.GAZETTEER
        || c.origin() == Candidate.Origin.DEMONYM && !names.country(name)) {
      return;
    }
    if (c.type() != EntityType.ORGANIZATION && names.brandOnly(name)
        && (before == null || !lexicon.titles.contains(before.text()))) {
      // "sur Kickstarter", "un chauffeur Uber", "YouTube": a company, service or site that the
      // tagger calls a person, a place or a work
      votes[EntityType.ORGANIZATION.ordinal()] += 3;
      return;
    }
    if (c.type() != EntityType.ORGANIZATION && folded.length == 1
        && titleCapitals.innerCapital(name) && (after == null || !"(".equals(after.text()))) {
      // "EasyRecrue", "ZDNet", "HuffPost": a capital inside one word is a brand's, a start-up's or
      // a medium's, not a person's ("McCartney", "DiCaprio" have a prefix of names); not a
      // tweet's signature, "— DavidChoel (@DavidChoel)"
      votes[EntityType.ORGANIZATION.ordinal()] += 3;
      return;
    }
    if (c.type() != EntityType.PERSON && names.articleSurname(parts) && !openingQuote(before)) {
      votes[EntityType.PERSON.ordinal()] += 2; // "Le Drian a annoncé"; not "un jeu, "La Giscarte""
      return;
    }
    if (c.type() != EntityType.PERSON
            && titleCapitals.titleWithItsArticle(words, at, before, parts)
        || c.type() == EntityType.LOCATION
            && titleCapitals.longTitleWithItsArticle(words, at, before, parts)) {
      // "rapporte L'Opinion", "sur Le HuffPost": an article written with its capital inside a
      // sentence belongs to the name, the title of a paper, a channel or a company
      votes[EntityType.ORGANIZATION.ordinal()] += 3;
      return;
    }
    EntityType shape = folded.length != 1 ? null : oneWord.type(name, c.type(),
        before != null && (ARTICLES.contains(before.lower()) || OF.contains(before.lower())),
        after != null && after.start() == c.end() && Character.isDigit(after.text().charAt(0)));
    if (shape != null) { // "l'Est", "le Sud-Ouest": a region; "l'ANSES", "l'IGF": a body
      votes[shape.ordinal()] += 3;
      return;
    }
    boolean place = names.place(name);
    if (place && folded.length == 1 && lexicon.demonyms.contains(folded[0]) && !name.endsWith("s")
        && (before == null || !"une".equals(before.lower()) && !"un".equals(before.lower()))) {
      // "l'Alsace et la Lorraine", "en Lorraine": a region named like a nationality's feminine,
      // which would be "une Lorraine"
      votes[EntityType.LOCATION.ordinal()] += 3;
      return;
    }
    if ((place || names.smallCommune(name))
        && (before != null && PLACE_PREPOSITIONS.contains(before.lower()) || afterPlaceWord(words, at))
        && (c.type() != EntityType.ORGANIZATION || !place || names.placeOnly(name))) {
      // "à Évry", "dans le Var", "à La Motte-en-Bauges"; not "louer à Orange", a company the
      // tagger knows, named like a town; a place no person is named like outweighs the
      // tagger's person of two words ("à Saint-Laurent du Maroni")
      votes[EntityType.LOCATION.ordinal()] += names.surePlace(name) ? 4 : 3;
      return;
    }
    if (folded.length == 1 && !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      boolean article = before != null && ARTICLES.contains(before.lower());
      if (names.firstName(name) && !place && !article) {
        votes[EntityType.PERSON.ordinal()] += 2;
        return;
      }
      // "le gouvernement Hollande", "Hollande a dit"; a family name that is also a town ("Metz")
      // or comes after "de" ("le locataire de Beauvau") needs the verb
      boolean verbAfter = after != null && after.verb();
      boolean of = before != null && OF.contains(before.lower());
      boolean ledBy = before != null && LED_BY.contains(before.lower()) && !place
          && !names.commonWord(name);
      if ((names.familyName(name) || ledBy) && !article && (!place && !of || verbAfter)) {
        votes[EntityType.PERSON.ordinal()] += 2;
        return;
      }
    } else if (folded.length <= 4 && !place && (names.firstName(parts[0])
            || c.type() != EntityType.ORGANIZATION && names.englishFirstNameAndSurname(parts))
        && !lexicon.compassEnd(parts) // "Caroline du Sud"
        && Character.isUpperCase(parts[parts.length - 1].charAt(0))
        && !lexicon.orgHead(parts[0]) && (!names.place(last) || names.familyName(last))
        && !(c.type() == EntityType.ORGANIZATION && names.commonWord(last)
            && !names.knownName(last))) {
      // "Charlie Hebdo": a title named after someone; "Julie Verlaine", a surname named like a
      // town, is someone's
      votes[EntityType.PERSON.ordinal()] += 2;
      return;
    }
    if (c.type() == EntityType.LOCATION && folded.length == 1 && before != null
        && !names.place(name) && !names.knownName(name) && !names.commonWord(name)
        && !PLACE_WORDS.contains(before.lower()) && !ARTICLES.contains(before.lower())
        && !name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.indexOf('-') < 0
        && (listedWithPeople || after != null && after.verb())) {
      // an unknown word the tagger calls a place, with nothing before it that a place takes, and
      // a verb after it, or people beside it in a list: "Pompili a dit",
      // "(NKM, Pompili, Grésy)", "et Cécile, et Amalia, et Nathalie" (people take no article)
      votes[EntityType.PERSON.ordinal()] += 2;
      return;
    }
    if (c.type() != EntityType.PERSON && folded.length == 1 && listedWithPeople && before != null
        && (before.lower().equals("un") || before.lower().equals("une"))
        && c.origin() != Candidate.Origin.GAZETTEER && !names.place(name)
        && !names.commonWord(name)) {
      // "d'un Poutine, d'un Erdogan ou d'un Maduro": a name after "un", listed with people, is
      // a person's taken as a type
      votes[EntityType.PERSON.ordinal()] += 2;
      return;
    }
    if (c.type() != EntityType.ORGANIZATION
        && names.surePlace(name)) {
      votes[EntityType.LOCATION.ordinal()] += names.country(name) ? 3 : 2;
    }
  }
}
