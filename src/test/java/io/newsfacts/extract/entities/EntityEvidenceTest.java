package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evidence the lexicons of models/entities/lexicons give the entity rules, one kind a test, on
 * hand-tagged sentences without the CoreNLP models: the tags are the tagger's (often wrong) ones,
 * the assertions what a reader finds.
 */
class EntityEvidenceTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** canonical -> type, one line per entity, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // a first name before a capitalised word makes a person

  @Test
  void firstNameAloneIsAPersonWhateverTheTagger() {
    assertEquals(Map.of("Patrick", EntityType.PERSON),
        entities("Pour [LOC Patrick], le chômage des jeunes est une honte."));
  }

  @Test
  void firstNameBeforeAnUntaggedCapitalisedWordMakesAPerson() {
    Map<String, EntityType> found = entities("Le texte est signé par Stéphanie Geisler, "
        + "Alexis Kraland et Céline Mislin.");
    assertEquals(Map.of("Stéphanie Geisler", EntityType.PERSON, "Alexis Kraland",
        EntityType.PERSON, "Céline Mislin", EntityType.PERSON), found);
  }

  @Test
  void firstNameBeforeACommonWordMakesNoPerson() {
    assertEquals(Map.of(), entities("Le prix du lait Pierre Noire a baissé."));
  }

  @Test
  void unknownNameInAListOfPeopleIsAPerson() {
    assertEquals(EntityType.PERSON, entities("Il y avait [PER Cécile], [LOC Amalia] et "
        + "[PER Nathalie].").get("Amalia"));
    assertEquals(EntityType.LOCATION, entities("Il y avait [PER Cécile] à [LOC Amalia] et "
        + "[PER Nathalie].").get("Amalia"));
  }

  @Test
  void firstNameAloneIsThePersonNamedInFullWhateverTheTagger() {
    assertEquals(Map.of("Fatima Hadj", EntityType.PERSON), entities("Un jour [PER Fatima Hadj] a "
        + "frappé à la porte. Plus tard, [LOC Fatima] a dit non."));
  }

  @Test
  void anAgeInAppositionMakesAPerson() {
    assertEquals(EntityType.PERSON,
        entities("Selon [LOC Luana], 24 ans, diplômée, rien ne change.").get("Luana"));
  }

  // a capitalised common word with no other evidence is not a name

  @Test
  void commonWordOpeningASentenceIsNotAName() {
    assertEquals(Map.of(), entities("[MISC Chercher] un emploi prend du temps. "
        + "[ORG Allocation] versée, il part. [PER Mesdames], merci."));
  }

  @Test
  void imperativeOpeningASentenceIsNotAName() {
    assertEquals(Map.of(), entities("[PER Sachez] que la loi change."));
  }

  @Test
  void roleWithoutANameIsNotAnEntity() {
    assertEquals(Map.of(), entities("La [ORG Secrétaire d'Etat] a parlé."));
  }

  @Test
  void knownNameNeedsItsCapitals() {
    assertEquals(Map.of("Le Monde", EntityType.ORGANIZATION),
        entities("Selon Le Monde, la hausse continue."));
    assertEquals(Map.of(), entities("Le monde change."));
  }

  @Test
  void commonWordEndingAnOrganisationIsNoPlace() {
    assertEquals(Map.of("Institut français de Presse", EntityType.ORGANIZATION),
        entities("Elle a étudié à l'Institut français de Presse en 2010."));
  }

  @Test
  void commonWordsOpeningASentenceAreNotAName() {
    assertEquals(Map.of(), entities("[ORG Mesure phare] du texte, la hausse a été votée."));
  }

  @Test
  void capitalisedCommonWordInsideASentenceOnceIsNotAName() {
    assertEquals(Map.of(), entities("Il a signé la [LOC Charte] hier."));
    assertEquals(Map.of(), entities("Elle est le fruit d'une [ORG Histoire] et de la [ORG Histoire] "
        + "de la ville."));
  }

  @Test
  void capitalisedCommonWordIsANameWhenQuotedOrRepeated() {
    assertEquals(Map.of("Jungle", EntityType.LOCATION),
        entities("Le démantèlement de la \"[LOC Jungle]\" va continuer."));
    assertEquals(EntityType.PERSON, entities("Le [PER Squale] a parlé. Puis le [PER Squale] a dit "
        + "non.").get("Squale"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les joueurs des [ORG Bleus] sont partis.").get("Bleus"));
  }

  // capitals that say nothing: a Title-Case heading, a demonstrative or possessive before common
  // words, a grammatical word in capitals, the item of a numbered list

  @Test
  void commonWordsOnATitleCaseHeadingAreNotAName() {
    assertEquals(Map.of(), entities("Les [ORG Grandes Vacances] Des Petits Écoliers\n"
        + "Les élèves sont partis hier."));
    assertEquals(EntityType.PERSON, entities("Les Grandes Vacances De [PER Jacques Chirac]\n"
        + "Il est parti hier.").get("Jacques Chirac"));
  }

  @Test
  void aShortSentenceOpeningWithACapitalIsNoHeading() {
    assertTrue(entities("Il a parlé sur [ORG Radio Nova] :\nLe site grandit.")
        .containsKey("Radio Nova"));
  }

  @Test
  void twoLetterGrammaticalWordInCapitalsAloneMayBeAnAcronym() {
    CapitalsWithoutEvidence capitals = new CapitalsWithoutEvidence();
    assertFalse(capitals.emphasis(new Word("LA", 0, 2, "PROPN", "LOC", false), true));
    assertTrue(capitals.emphasis(new Word("ET", 0, 2, "CCONJ", "MISC", false), false));
    assertTrue(capitals.emphasis(new Word("NOTRE", 0, 5, "DET", "MISC", false), true));
  }

  @Test
  void aLineOfPeopleAndRolesIsNoHeading() {
    assertTrue(entities("Alain Villez, président des [ORG Petits Frères des Pauvres]\n"
        + "Ils ont signé.").containsKey("Petits Frères des Pauvres"));
  }

  @Test
  void commonWordsAfterADemonstrativeOrPossessiveAreNotAName() {
    assertEquals(Map.of(), entities("En 2018, cette [MISC Journée] est particulière depuis la "
        + "[MISC Journée internationale des droits des femmes]. Tout change.").keySet().stream()
        .filter(k -> k.equals("Journée")).collect(Collectors.toMap(k -> k, k -> k)));
    assertEquals(Map.of(), entities("Ils ont fêté leur [PER Fête] annuelle."));
    assertTrue(entities("Son intérêt pour Gogol et ses [MISC Âmes mortes] date de loin.")
        .containsKey("Âmes mortes"));
  }

  @Test
  void grammaticalWordInCapitalsIsEmphasisNotAName() {
    assertEquals(Map.of(), entities("Elles ne rentrent pas dans [MISC NOTRE] case."));
    assertFalse(entities("Un programme basé sur l'estime de soi [MISC ET l'Empathie] et le "
        + "reste.").containsKey("ET l'Empathie"));
  }

  @Test
  void grammaticalWordAloneIsNeverAName() {
    assertEquals(Map.of("Abidjan", EntityType.LOCATION), entities("Ouverture vers [LOC Abidjan]\n"
        + "[LOC La] surprise a été grande."));
    assertEquals(Map.of(), entities("Un sens. [MISC Certains] sons se révèlent."));
  }

  @Test
  void everyGrammaticalWordIsRead() {
    CapitalsWithoutEvidence capitals = new CapitalsWithoutEvidence();
    for (String line : Lexicon.lines("entities/grammatical-words.txt")) {
      String word = line.trim().split("\\s+")[0];
      String capital = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      assertTrue(capitals.grammatical(new Word(capital, 0, word.length(), "X", "O", false)), word);
    }
  }

  @Test
  void itemOfANumberedListOpensALine() {
    assertEquals(Map.of(), entities("Nos conseils.\n7 - [MISC Faites de petits changements]\n"
        + "Le corps suit."));
  }

  @Test
  void conventionalTitleWithItsAdjectiveIsNoName() {
    assertEquals(Map.of("Dmitri Medvedev", EntityType.PERSON), entities("Le "
        + "[LOC Premier ministre russe] [PER Dmitri Medvedev] a parlé."));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le groupe [ORG État islamique] a revendiqué.").get("État islamique"));
  }

  @Test
  void tweetDateIsNoName() {
    assertEquals(Map.of("France Inter", EntityType.ORGANIZATION), entities("Il parle. "
        + "[ORG France Inter] (@franceinter) [PER April] 23, 2018"));
  }

  @Test
  void onlyAnArticleWithACapitalIsNoName() {
    assertEquals(Map.of(), entities("Il dit : « [MISC Le président] a dit non »."));
  }

  @Test
  void capitalisedDemonymNounIsMisc() {
    assertEquals(Map.of("Calaisiens", EntityType.MISC),
        entities("Il parle à tous les [LOC Calaisiens] ce matin."));
    assertEquals(Map.of("Roms", EntityType.MISC),
        entities("Le maire a stigmatisé les [LOC Roms] du quartier."));
  }

  // a place is a location unless the article makes it a person or an organisation

  @Test
  void cityOrCountryIsALocation() {
    assertEquals(Map.of("Évry", EntityType.LOCATION), entities("Il vit à [PER Évry] depuis 2010."));
    assertEquals(Map.of("Vietnam", EntityType.LOCATION),
        entities("Le président du [MISC Vietnam] est venu."));
  }

  @Test
  void surnameThatIsAPlaceTakesTheTypeOfTheFullName() {
    Map<String, EntityType> found = entities("[PER François Hollande] a parlé. Plus tard, "
        + "[LOC Hollande] a confirmé. [LOC Hollande] a dit non.");
    assertEquals(Map.of("François Hollande", EntityType.PERSON), found);
  }

  @Test
  void familyNameWithoutArticleIsAPersonAndWithOneAPlace() {
    assertEquals(Map.of("Hollande", EntityType.PERSON),
        entities("Le gouvernement [LOC Hollande] a voté la loi."));
    assertEquals(Map.of("Hollande", EntityType.LOCATION),
        entities("Il part pour la [LOC Hollande] demain."));
  }

  @Test
  void titleMakesAPlaceNameAPerson() {
    assertEquals(Map.of("Hollande", EntityType.PERSON), entities("M. [LOC Hollande] a confirmé."));
  }

  @Test
  void cityTaggedAsOrganisationStaysOne() {
    assertEquals(Map.of("Ottawa", EntityType.ORGANIZATION),
        entities("Hier, [ORG Ottawa] a confirmé la hausse."));
  }

  // role phrases are not people

  @Test
  void roleGluedBeforeANameIsCutOff() {
    assertEquals(Map.of("Neymar", EntityType.PERSON),
        entities("Il est [PER Coéquipier de Neymar] depuis 2017."));
    assertEquals(Map.of("Emmanuel Macron", EntityType.PERSON),
        entities("Le [PER Président de la République Emmanuel Macron] a parlé."));
  }

  @Test
  void commonWordBeforeANameInAPersonRunStaysInTheName() {
    assertEquals(Map.of("Horst Seehofer", EntityType.PERSON),
        entities("Le ministre allemand [PER Horst Seehofer] a parlé."));
    assertEquals(Map.of("Colin Powell", EntityType.PERSON),
        entities("Selon [PER Colin Powell], la guerre est finie."));
    assertEquals(Map.of("De Gaulle", EntityType.PERSON),
        entities("Il marche dans les pas du général [PER De Gaulle] depuis 2017."));
  }

  @Test
  void commonWordBeforeAPlaceIsABodyOfThePlaceNotARole() {
    Map<String, EntityType> found = entities("Les [PER Hôpitaux de Paris] recrutent.");
    assertTrue(found.containsKey("Hôpitaux de Paris"), found.toString());
    assertFalse(found.containsKey("Paris"), found.toString());
  }

  @Test
  void personWhoseNamesAreCommonWordsStaysAPerson() {
    assertEquals(EntityType.PERSON, entities("Sur scène, ce sont ainsi [PER Airelle Besson] et "
        + "[PER Hugh Coltman] qui jouent.").get("Airelle Besson"));
  }

  @Test
  void partyAfterARoleNounIsNoPerson() {
    assertEquals(EntityType.ORGANIZATION, entities("Il a vu le président [ORG Les Amis du Vélo] "
        + "hier.").get("Les Amis du Vélo"));
    assertEquals(EntityType.ORGANIZATION, entities("Un député [ORG REM] a parlé.").get("REM"));
  }

  @Test
  void titleNamedAfterSomeoneIsNoPerson() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il écrit dans [ORG Charlie Hebdo] depuis 2015.").get("Charlie Hebdo"));
  }

  @Test
  void roleAloneIsNotAPerson() {
    assertEquals(Map.of(), entities("[PER Réalisateur], il tourne. [PER Adjoint] au maire, il "
        + "parle."));
  }

  @Test
  void nationalityBeforeAPersonIsCutOff() {
    Map<String, EntityType> found = entities("L'[PER Italien Parisse] a marqué.");
    assertEquals(EntityType.PERSON, found.get("Parisse"));
    assertFalse(found.containsKey("Italien Parisse"), found.toString());
  }

  @Test
  void personMadeOfCommonWordsIsNoPerson() {
    assertEquals(Map.of("Gilets Jaunes", EntityType.MISC),
        entities("Les [PER Gilets Jaunes] ont défilé."));
  }

  // cue words type names and extend spans; glued and coordinated spans split

  @Test
  void cueNounBeforeANameTypesIt() {
    assertEquals(Map.of("Challenges", EntityType.ORGANIZATION),
        entities("Selon le magazine [LOC Challenges], la hausse est nette."));
    assertEquals(Map.of("Strass", EntityType.ORGANIZATION),
        entities("Pour l'association [PER Strass], la loi est mauvaise."));
    assertEquals(Map.of("Sandy", EntityType.MISC), entities("L'ouragan [PER Sandy] a frappé."));
  }

  @Test
  void cueNounInsideARunStartsTheName() {
    assertEquals(Map.of("République solidaire", EntityType.ORGANIZATION), entities("Le "
        + "[ORG Président du parti République solidaire] a parlé."));
  }

  @Test
  void cueNounExtendsTheNameOverItsAdjective() {
    assertEquals(Map.of("Femmes solidaires", EntityType.ORGANIZATION),
        entities("Selon l'association [PER Femmes] solidaires, la loi est mauvaise."));
  }

  @Test
  void cueNounHeadingANameTypesIt() {
    assertEquals(Map.of("Parti Pirate", EntityType.ORGANIZATION),
        entities("Le [PER Parti Pirate] a gagné."));
    assertEquals(Map.of("Radio Classique", EntityType.ORGANIZATION),
        entities("Il parle sur [LOC Radio Classique] ce matin."));
  }

  @Test
  void namedHeadTakesTheNameAfterIt() {
    Map<String, EntityType> found = entities("Le [ORG Centre] [PER Pompidou] de [LOC Metz] "
        + "a ouvert.");
    assertEquals(EntityType.ORGANIZATION, found.get("Centre Pompidou de Metz"));
    assertFalse(found.containsKey("Pompidou"), found.toString());
  }

  @Test
  void mediumGluedToAPersonIsSplit() {
    Map<String, EntityType> found = entities("Le journaliste du [PER HuffPost Victor Dhollande] "
        + "a écrit.");
    assertEquals(EntityType.PERSON, found.get("Victor Dhollande"));
    assertTrue(found.containsKey("HuffPost"), found.toString());
    assertEquals(EntityType.ORGANIZATION, entities("Le PDG de [PER Iliad Maxime Lombardini] "
        + "accuse.").get("Iliad"));
  }

  // a brand of simple-icons that no other lexicon knows is an organisation

  @Test
  void brandIsAnOrganisationWhateverTheTagger() {
    assertEquals(Map.of("Kickstarter", EntityType.ORGANIZATION),
        entities("Le projet a levé des fonds sur [PER Kickstarter] en mai."));
    assertEquals(Map.of("YouTube", EntityType.ORGANIZATION),
        entities("La vidéo a été vue sur [MISC YouTube] des millions de fois."));
  }

  @Test
  void brandThatIsAlsoAPersonsNameKeepsItsType() {
    assertEquals(Map.of("Pearson", EntityType.PERSON),
        entities("Selon [PER Pearson], rien ne change."));
  }

  // an article with a capital inside a sentence belongs to the name: a title

  @Test
  void titleWithItsCapitalArticleIsAnOrganisation() {
    assertEquals(Map.of("L'Opinion", EntityType.ORGANIZATION),
        entities("Tout dépendra, comme le souligne [MISC L'Opinion], de la mobilisation."));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le ministre a parlé sur [MISC Le Lab] hier.").get("Le Lab"));
    assertEquals(Map.of("Mans", EntityType.LOCATION),
        entities("Le maire du [LOC Mans] a parlé à Le [LOC Mans] hier."), "a town keeps its article");
  }

  // "pour" between two names: a poll's institute and its client

  @Test
  void pollInstituteAndItsClientAreTwoNames() {
    assertEquals(Map.of("Harris Interactive", EntityType.ORGANIZATION, "France Télévisions",
        EntityType.ORGANIZATION),
        entities("Un sondage [ORG Harris Interactive pour France Télévisions] paru hier."));
  }

  // a cue noun a few words before the name, or in apposition after it

  @Test
  void cueNounOverAdjectivesOrInAppositionTypesTheName() {
    assertEquals(Map.of("Havas", EntityType.ORGANIZATION),
        entities("Il a confié le budget au groupe publicitaire [PER Havas] sans appel d'offres."));
    assertEquals(Map.of("Lallab", EntityType.ORGANIZATION),
        entities("Elle travaille avec [PER Lallab], l'association féministe."));
    assertEquals(Map.of("Lyon", EntityType.LOCATION),
        entities("Le club de [LOC Lyon] a gagné."), "not after \"de\"");
  }

  @Test
  void unknownWordOpeningAQuoteBeforeACommaIsAnInterjection() {
    assertEquals(Map.of(), entities("Il s'est exclamé \"[LOC Yay], c'est gagné\" hier."));
    assertEquals(EntityType.PERSON, entities("Il a crié \"[PER Aylan], viens\" hier.")
        .get("Aylan"), "a name the tagger calls a person stays");
  }

  // a known name or a portfolio glued before a first name and a surname

  @Test
  void knownNameGluedBeforeAPersonIsCutOff() {
    Map<String, EntityType> found = entities("Le député [ORG Rassemblement national Nicolas Bay] "
        + "a parlé.");
    assertEquals(EntityType.PERSON, found.get("Nicolas Bay"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Rassemblement national"), found.toString());
    assertEquals(Map.of("Jérôme Cahuzac", EntityType.PERSON),
        entities("L'ancien ministre du [PER Budget Jérôme Cahuzac] a parlé."));
  }

  // a title without its article is the same title

  @Test
  void nameWithoutItsArticleJoinsTheName() {
    List<Entity> found = EXTRACTOR.extract(TaggedText.of(
        "Selon [ORG The Guardian], la rencontre a duré. Le [ORG Guardian] ajoute un détail."));
    assertEquals(Set.of("The Guardian"), found.stream().map(Entity::canonical)
        .collect(Collectors.toSet()), found.toString());
    found = EXTRACTOR.extract(TaggedText.of(
        "Il a lu [ORG Le Courrier picard] hier. Le directeur du [ORG Courrier picard] a signé."));
    assertEquals(Set.of("Le Courrier picard"), found.stream().map(Entity::canonical)
        .collect(Collectors.toSet()), found.toString());
    found = EXTRACTOR.extract(TaggedText.of(
        "Il part pour [LOC La Nouvelle-Calédonie] demain. La [LOC Nouvelle-Calédonie] vote."));
    assertEquals(Set.of("Nouvelle-Calédonie"), found.stream().map(Entity::canonical)
        .collect(Collectors.toSet()), "a place's article is not its name: " + found);
  }

  @Test
  void nameNounBeforeDeMakesOneName() {
    assertEquals(Map.of("gare de Lyon", EntityType.LOCATION),
        entities("Il arrive à la gare de [ORG Lyon] ce soir."));
    assertEquals(Map.of("gare du Nord", EntityType.LOCATION),
        entities("Il arrive à la gare du [LOC Nord] ce soir."));
    assertEquals(Map.of("rue de Rivoli", EntityType.LOCATION),
        entities("Il habite rue de [LOC Rivoli] depuis 2010."));
    assertEquals(Map.of("Paris", EntityType.LOCATION),
        entities("La place de [LOC Paris] reste forte."), "\"place de\" is also a rank");
  }

  @Test
  void centreAndPrizeTakeTheNameAfterThem() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Le centre [PER Pompidou] a ouvert.").get("centre Pompidou"));
    assertEquals(EntityType.MISC, entities("Il a reçu le prix [PER Goncourt] hier.")
        .get("prix Goncourt"));
    assertEquals(Map.of("Prix Aurora", EntityType.MISC),
        entities("Le [PER Prix Aurora] est remis."));
  }

  @Test
  void companyNamedLikeATownStaysACompanyAfterA() {
    assertEquals(EntityType.ORGANIZATION, entities("Les opérateurs louent la fibre à "
        + "[ORG Orange] et [ORG Orange] a dit non.").get("Orange"));
  }

  @Test
  void coordinatedOrganisationsAreTwoNames() {
    Map<String, EntityType> found = entities("Les présidents de l'Assemblée nationale et du "
        + "Sénat ont voté.");
    assertEquals(Map.of("Assemblée nationale", EntityType.ORGANIZATION, "Sénat",
        EntityType.ORGANIZATION), found);
  }

  @Test
  void namedSchemeIsMisc() {
    assertEquals(EntityType.MISC,
        entities("La circulaire [PER Collomb] est contestée.").get("circulaire Collomb"));
  }

  // issue 13, third round: rubrics, cue nouns before first names, hyphenated prefixes, unknown places

  @Test
  void rubricOpeningTheArticleIsNoNameAndStartsTheSentence() {
    assertEquals(Map.of("Marie Kondo", EntityType.PERSON),
        entities("[MISC RANGEMENT] - [PER Exit Marie Kondo] et sa tyrannie du rangement."));
    assertEquals(Map.of("Google", EntityType.ORGANIZATION),
        entities("[ORG VIE DE BUREAU] - Non content de tout savoir, [ORG Google] recrute."));
  }

  @Test
  void wordsInCapitalsBeforeADashInsideALineAreNoRubric() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Le match [ORG PSG] - [ORG OM] a eu lieu.").get("PSG"));
  }

  @Test
  void cueNounTypesANameStartingWithAFirstNameUnlessItIsAPersonsName() {
    assertEquals(Map.of("Robin des Lois", EntityType.ORGANIZATION),
        entities("Selon l'association [PER Robin des Lois], les détenus doivent voter."));
    assertEquals(EntityType.PERSON,
        entities("Selon le journaliste [PER Pierre Dupont], rien ne change.").get("Pierre Dupont"));
  }

  @Test
  void hyphenatedPrefixThatTheDictionaryJoinsIsACommonWord() {
    // what someone co-founded is a company (context-cues.txt)
    assertEquals(Map.of("Raiz", EntityType.ORGANIZATION),
        entities("Signé : [PER Co-Fondateur de Raiz] et d'autres."));
  }

  @Test
  void singleWordTheTaggerCallsAPlaceThatNoLexiconKnowsIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Les supermarchés [LOC Biocoop] arrêtent l'eau en bouteille.").get("Biocoop"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Pour [LOC Efsa], le produit est sûr.").get("Efsa"));
    assertEquals(EntityType.LOCATION, entities("Ils sont allés à [LOC Lupiac] hier.").get("Lupiac"),
        "after a preposition of place");
    assertEquals(EntityType.LOCATION, entities("Ils vivent dans la ville de [LOC Sévaré].").get("Sévaré"),
        "after a place noun and de");
    assertEquals(EntityType.LOCATION, entities("Le siège de [LOC Bordeaux] est vide.").get("Bordeaux"),
        "a known city");
    assertEquals(EntityType.LOCATION, entities("Les élus de [LOC USA] parlent.").get("USA"),
        "in capitals: an acronym");
    assertEquals(EntityType.LOCATION, entities("Le maire de [LOC Carhaix] parle. Les urgences de "
        + "[LOC Carhaix] ferment.").get("Carhaix"), "a town: after a bare de");
    assertEquals(EntityType.ORGANIZATION, entities("Les supermarchés [LOC Biocoop] ferment. Le chiffre "
        + "de [LOC Biocoop] baisse. [LOC Biocoop] est la première.").get("Biocoop"), "after de once in three");
  }

  @Test
  void acronymBeforeItsNameInParenthesesIsOneEntity() {
    List<Entity> found = EXTRACTOR.extract(TaggedText.of("L'[ORG IGPN] ([ORG Inspection générale de la "
        + "police nationale]) enquête. Selon l'[ORG IGPN], rien ne change."));
    assertEquals(Set.of("Inspection générale de la police nationale"),
        found.stream().map(Entity::canonical).collect(Collectors.toSet()), found.toString());
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void nameAndAcronymInOneParenthesisAreOneEntity() {
    List<Entity> found = EXTRACTOR.extract(TaggedText.of("La durée de rétention (en [ORG Centre de "
        + "rétention administrative], [ORG CRA]) double. Le [ORG CRA] est plein."));
    assertEquals(Set.of("Centre de rétention administrative"),
        found.stream().map(Entity::canonical).collect(Collectors.toSet()), found.toString());
  }

  @Test
  void wordInParenthesesWhoseInitialsAreNotTheAcronymIsNoDefinition() {
    Map<String, EntityType> found = entities("[LOC PARIS] ([ORG Reuters]) - Le [ORG PRG] ([ORG Radicaux "
        + "de gauche]) vote.");
    assertTrue(found.containsKey("Reuters") && found.containsKey("PRG"), found.toString());
  }

  @Test
  void aOpeningASentenceIsThePrepositionNotPartOfThePlace() {
    assertEquals(Map.of("Neuilly-sur-Seine", EntityType.LOCATION),
        entities("[LOC A Neuilly-sur-Seine] les électeurs ont voté."));
  }
}
