package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a name ends and what is no name, on hand-tagged sentences without the CoreNLP models: the
 * tags are the tagger's (often wrong) runs, the assertions what a reader finds. Spans glued to a
 * neighbour (a platform before or after a person, a common noun after "un", a second name after
 * "et"), forms of address ("Maman", "Papa"), capitalised common words after the article that
 * opens a sentence, and words after an ellipsis, which open a sentence.
 */
class EntitySpansTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** canonical -> type, one line per entity, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // a platform or medium glued to a person

  @Test
  void brandGluedBeforeAPersonIsCutOff() {
    Map<String, EntityType> found = entities("Réagissant sur [PER Twitter Barack Obama] a salué "
        + "la décision.");
    assertEquals(EntityType.PERSON, found.get("Barack Obama"), found.toString());
    assertFalse(found.containsKey("Twitter Barack Obama"), found.toString());
    assertTrue(found.containsKey("Twitter"), found.toString());
  }

  @Test
  void companyAfterDeAndAFullNameIsNoPartOfThePerson() {
    Map<String, EntityType> found = entities("Étaient là [PER Sheryl Sandberg de Facebook] et "
        + "[PER Philippe de Villiers].");
    assertEquals(EntityType.PERSON, found.get("Sheryl Sandberg"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Facebook"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Philippe de Villiers"), found.toString());
  }

  @Test
  void placeOrPlatformAfterAPrepositionIsNoPartOfAPerson() {
    Map<String, EntityType> found = entities("La sénatrice [PER Esther Benbassa sur Twitter] a "
        + "dénoncé la loi.");
    assertEquals(EntityType.PERSON, found.get("Esther Benbassa"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Twitter"), found.toString());
    assertEquals(Map.of("Aurélie Filippetti", EntityType.PERSON),
        entities("Le bilan de [ORG Aurélie Filippetti à la Culture] ne passe pas."));
  }

  @Test
  void particleOfASurnameIsNoPreposition() {
    assertEquals(Map.of("Yves Pozzo di Borgo", EntityType.PERSON),
        entities("Le président du groupe, [PER Yves Pozzo di Borgo], a parlé."));
  }

  @Test
  void lowerCaseWordAfterAPersonEndsIt() {
    assertEquals(Map.of("Laurent Nuñez", EntityType.PERSON),
        entities("Le préfet [PER Laurent Nuñez juge] la situation grave."));
    assertEquals(Map.of("François Hollande", EntityType.PERSON),
        entities("Où est le [PER François Hollande du discours] d'hier ?"));
    assertEquals(Map.of("Pierre de la Gorce", EntityType.PERSON),
        entities("Il lit [PER Pierre de la Gorce] le soir."));
    assertEquals(Map.of("Bachar al-Assad", EntityType.PERSON),
        entities("Le régime de [PER Bachar al-Assad] tient."));
    // the tokenizer cuts "Marion Maréchal-Le Pen" as "Maréchal" "-Le" "Pen"
    assertTrue(RunCuts.hyphenatedName(new Word("-Le", 0, 3, "PROPN", "PER", false)));
    assertTrue(RunCuts.hyphenatedName(new Word("al-Assad", 0, 8, "PROPN", "PER", false)));
    assertFalse(RunCuts.hyphenatedName(new Word("juge", 0, 4, "NOUN", "PER", false)));
  }

  @Test
  void prepositionInsideANameThatIsNoPersonStays() {
    assertTrue(entities("Il était invité sur le plateau de [MISC C à Vous] jeudi.")
        .containsKey("C à Vous"));
  }

  // a second name after "et", a place after "en"

  @Test
  void knownNameEndsBeforeACoordination() {
    assertEquals(Map.of("Banque mondiale", EntityType.ORGANIZATION, "FMI",
        EntityType.ORGANIZATION), entities("Les plans de la Banque mondiale et du FMI échouent."));
    assertEquals(Map.of("Front national", EntityType.ORGANIZATION), entities("La présidente du "
        + "Front national et candidate à l'élection parle."));
    Map<String, EntityType> found = entities("La flambée du Front national en [LOC France] "
        + "inquiète.");
    assertEquals(Map.of("Front national", EntityType.ORGANIZATION, "France",
        EntityType.LOCATION), found);
  }

  @Test
  void coordinationInsideAnUnknownNameStays() {
    assertTrue(entities("Le directeur de l'Institut des systèmes intelligents et de robotique "
        + "parle.").containsKey("Institut des systèmes intelligents et de robotique"));
  }

  // the date of the sentence after a name

  @Test
  void dayAfterANameIsTheSentencesDate() {
    assertTrue(entities("Il le rappelle au [ORG Parisien lundi], puis il part.")
        .containsKey("Parisien"));
    assertTrue(entities("Il a parlé devant le [MISC Congrès ce lundi] à Versailles.")
        .containsKey("Congrès"));
    assertTrue(entities("Il le dit au [ORG Journal du dimanche] cette semaine.")
        .containsKey("Journal du dimanche"));
  }

  // a common noun before the name

  @Test
  void commonNounAfterAnIndefiniteArticleIsNoPartOfTheName() {
    Map<String, EntityType> found = entities("Selon un [MISC Sondage Opinion Way] publié mardi, "
        + "le projet plaît.");
    assertTrue(found.containsKey("Opinion Way"), found.toString());
    assertFalse(found.containsKey("Sondage Opinion Way"), found.toString());
  }

  @Test
  void commonNounMakingANameWithAPlaceStays() {
    assertTrue(entities("Il est rare de voir une [ORG Miss France] du Sud.")
        .containsKey("Miss France"));
    assertTrue(entities("Il voit un [PER De Gaulle] sourcilleux.").containsKey("De Gaulle"));
  }

  // forms of address

  @Test
  void formOfAddressIsNoPerson() {
    assertEquals(Map.of(), entities("[PER Maman] est partie tôt. Le soir, [PER Maman] a appelé "
        + "[PER Papa]. Ensuite [PER Maman] et [PER Papa] dorment, puis [PER Papa] ronfle."));
  }

  @Test
  void nicknameWithItsArticleStaysAPerson() {
    assertEquals(EntityType.PERSON, entities("Le [PER Squale] a parlé. Puis le [PER Squale] a "
        + "dit non.").get("Squale"));
  }

  // capitalised common words after the article that opens a sentence

  @Test
  void commonWordAfterTheOpeningArticleIsNoName() {
    assertEquals(Map.of(), entities("[MISC L'Histoire] retiendra ce moment."));
    assertEquals(Map.of(), entities("Il parle. [ORG La Justice] a tranché pour eux."));
  }

  @Test
  void commonWordAfterTheOpeningArticleWrittenSoElsewhereIsAName() {
    assertEquals(EntityType.ORGANIZATION, entities("La [ORG Poste] ferme. Le patron de la "
        + "[ORG Poste] parle.").get("Poste"));
  }

  // a capitalised adjective names with its noun

  @Test
  void capitalisedAdjectiveNamesWithItsNoun() {
    assertEquals(Map.of("Ancien régime", EntityType.MISC),
        entities("Il regrette cet [MISC Ancien] régime et ses rois."));
    assertEquals(Map.of(), entities("Il regrette l'Ancien régime et ses rois."),
        "no inhabitant of Ancien: an adjective before its noun");
    assertEquals(Map.of(), entities("Il a parlé au [MISC Premier] ministre hier."));
    assertEquals(Map.of(), entities("Il a parlé à la [MISC Première] secrétaire hier."));
    assertEquals(Map.of(), entities("Il a parlé à la [MISC Première] dame hier."),
        "a title capitalised by convention");
  }

  // a role is no name

  @Test
  void roleAndNationalityIsNoName() {
    assertEquals(Map.of(), entities("Ils voient le [LOC Président russe] comme un sauveur."));
    assertEquals(EntityType.ORGANIZATION, entities("Les [ORG Frères musulmans] ont gagné.")
        .get("Frères musulmans"));
  }

  // ordinals

  @Test
  void romanOrdinalAloneIsNoName() {
    assertEquals(Map.of(), entities("Le progrès réalisé depuis le [ORG XIXe] siècle est réel."));
    assertEquals(Map.of(), entities("Il a voté dans le [LOC XVIe] hier, puis au [ORG XXIème]."));
    assertEquals(EntityType.PERSON, entities("Le roi [PER Louis XIV] a régné.").get("Louis XIV"));
    assertEquals(EntityType.LOCATION, entities("Il part en [LOC Inde] demain.").get("Inde"),
        "a name made of the letters of numerals");
    // with its noun, the ordinal names the district, and the city is a place of its own
    Map<String, EntityType> found = entities("Il est élu du [LOC IXe arrondissement de Paris] depuis 2001.");
    assertEquals(EntityType.LOCATION, found.get("IXe arrondissement"), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Paris"), found.toString());
  }

  // an ellipsis ends a sentence

  @Test
  void commonWordAfterAnEllipsisOpensASentence() {
    assertEquals(Map.of(), entities("Il se tait... [MISC Difficile] à dire pourquoi."));
    assertEquals(Map.of(), entities("On attend\u2026 [MISC Parfois] on va croire."));
  }

  // a capitalised article kept before a name that does not take it

  @Test
  void capitalisedArticleBeforeAPlaceWithoutOneIsCutOff() {
    assertEquals(Map.of("Nouvelle-Calédonie", EntityType.LOCATION),
        entities("Les territoires :\n[2] [LOC La Nouvelle-Calédonie] et ses îles."));
    assertTrue(entities("Il a dit : « [LOC Les États-Unis] ont voté. »")
        .containsKey("États-Unis"));
  }

  @Test
  void capitalisedArticleBeforeANameWrittenElsewhereWithoutItIsCutOff() {
    Map<String, EntityType> found = entities("Le bilan : [ORG Le Front Social] a signé. Le "
        + "[ORG Front Social] a confirmé.");
    assertTrue(found.containsKey("Front Social"), found.toString());
    assertFalse(found.containsKey("Le Front Social"), found.toString());
  }

  @Test
  void articleOfATitleOrOfAPlaceStays() {
    assertTrue(entities("Selon [ORG Le Monde], rien.").containsKey("Le Monde"));
    assertTrue(entities("Il vit à « [LOC La Rochelle] » depuis.").containsKey("La Rochelle"));
    assertTrue(entities("Il a lu « [MISC Les Huit Salopards] » hier.")
        .containsKey("Les Huit Salopards"));
    assertTrue(entities("Il a dit : « [PER Le Pen] a voté. »").containsKey("Le Pen"));
    // inside a sentence a capitalised article is the name's own
    assertTrue(entities("Il vit à [LOC La Baule] depuis.").containsKey("La Baule"));
    assertTrue(entities("Il a mis le cap sur [LOC Le Cap] hier.").containsKey("Le Cap"));
    assertTrue(entities("La mort a été révélée par [ORG La Provence] hier. Il aime la "
        + "[LOC Provence].").containsKey("La Provence"));
  }

  // two people joined by a hyphen

  @Test
  void twoSurnamesOfTheArticleJoinedByAHyphenAreTwoPeople() {
    Map<String, EntityType> found = entities("[PER François Hollande] a reçu [PER Manuel Valls]. "
        + "Le déjeuner [PER Hollande-Valls] a eu lieu.");
    assertEquals(Map.of("François Hollande", EntityType.PERSON, "Manuel Valls",
        EntityType.PERSON), found);
  }

  @Test
  void twoFullNamesJoinedByAHyphenAreTwoPeople() {
    Map<String, EntityType> found = entities("Le déjeuner [PER Pierre Mauroy-François Mitterrand] "
        + "a eu lieu. [PER Pierre Mauroy] y était.");
    assertEquals(Map.of("Pierre Mauroy", EntityType.PERSON, "François Mitterrand",
        EntityType.PERSON), found);
  }

  @Test
  void doubleSurnameOrDoubleFirstNameStaysOnePerson() {
    assertEquals(Map.of("Nathalie Kosciusko-Morizet", EntityType.PERSON),
        entities("Selon [PER Nathalie Kosciusko-Morizet], rien."));
    assertEquals(Map.of("Jean-Pierre Raffarin", EntityType.PERSON),
        entities("Selon [PER Jean-Pierre Raffarin], rien."));
    assertTrue(entities("Le duo [PER Chirac-Villepin] a parlé.").containsKey("Chirac-Villepin"));
  }

  // the portfolio of a role glued to the person

  @Test
  void portfolioOfARoleBeforeAPersonIsNoPartOfTheName() {
    assertEquals(Map.of("Mike Pompeo", EntityType.PERSON),
        entities("Selon le secrétaire d'[PER Etat Mike Pompeo], rien."));
    assertEquals(Map.of("Françoise Nyssen", EntityType.PERSON),
        entities("Selon la ministre de la [PER Culture Françoise Nyssen], rien."));
    // no role before: the capitalised words are the person's ("Charles de Gaulle", a place)
    assertTrue(entities("Le discours de [PER Marine Le Pen] a plu.").containsKey("Marine Le Pen"));
  }

  @Test
  void portfolioWithALowerCaseWordBeforeAPersonIsNoPartOfTheName() {
    // the tagger calls the whole run a place: the portfolio ends on its lower-case adjective
    assertEquals(Map.of("Sergueï Lavrov", EntityType.PERSON),
        entities("Selon le ministre des [LOC Affaires étrangères Sergueï Lavrov], rien."));
    // two capitalised words no lexicon knows after the portfolio: a person all the same
    assertEquals(Map.of("Ozgur Kavaklioglu", EntityType.PERSON),
        entities("Selon le ministre des [LOC Affaires étrangères Ozgur Kavaklioglu], rien."));
    // a party named before its head stays a party
    Map<String, EntityType> found = entities("Selon le premier secrétaire du [ORG Parti "
        + "socialiste Olivier Faure], rien.");
    assertEquals(EntityType.PERSON, found.get("Olivier Faure"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Parti socialiste"), found.toString());
  }

  @Test
  void placeOfARoleBeforeAPersonIsNoPartOfTheName() {
    Map<String, EntityType> found = entities("Selon le président de la région [PER Normandie "
        + "Hervé Morin], rien.");
    assertEquals(EntityType.PERSON, found.get("Hervé Morin"), found.toString());
    assertEquals(EntityType.PERSON, entities("Selon la députée LR de [PER Savoie Émilie "
        + "Bonnivard], rien.").get("Émilie Bonnivard"));
  }

  @Test
  void bodyNamedAfterAPersonAfterARoleStaysWhole() {
    assertEquals(EntityType.ORGANIZATION, entities("Selon la présidente de la [ORG Fondation "
        + "Danielle Mitterrand], rien.").get("Fondation Danielle Mitterrand"));
    assertEquals(EntityType.ORGANIZATION, entities("Selon le directeur du [ORG Lycée Victor "
        + "Hugo], rien.").get("Lycée Victor Hugo"));
  }

  @Test
  void capitalisedArticleAndRoleBeforeAPersonAreNoPartOfTheName() {
    assertEquals(Map.of("Lady Diana", EntityType.PERSON, "Harry", EntityType.PERSON),
        entities("[PER Lady Diana] : [MISC Le prince Harry] a parlé."));
    // the tagger's run may open on the colon that broke the one before
    assertEquals(Map.of("Harry", EntityType.PERSON),
        entities("Un titre [MISC : Le prince Harry] a parlé."));
    assertFalse(entities("Il a dit : « [LOC Le député-maire du Havre] a parlé. »")
        .containsKey("Le député-maire du Havre"));
  }

  @Test
  void roleBeforeAPersonWithAParticleIsNoPartOfTheName() {
    assertEquals(Map.of("Dominique de Villepin", EntityType.PERSON),
        entities("Selon l'ancien [PER Premier ministre Dominique de Villepin], rien."));
  }

  // a rank before a surname that keeps its particle

  @Test
  void particleAfterARankBelongsToTheSurname() {
    assertEquals(Map.of("de Gaulle", EntityType.PERSON),
        entities("Le discours du général de [PER Gaulle] a marqué."));
    assertEquals(Map.of("de Lattre de Tassigny", EntityType.PERSON),
        entities("Les troupes du maréchal de [PER Lattre de Tassigny] avancent."));
    // after a role that takes a complement, "de" is a preposition: the adviser of someone
    assertEquals(Map.of("Durand", EntityType.PERSON),
        entities("Le conseiller de [PER Durand] a parlé."));
    assertEquals(Map.of("Jean Durand", EntityType.PERSON),
        entities("Le quartier général de [PER Jean Durand] est ici."));
    assertEquals(Map.of("Jean Durand", EntityType.PERSON),
        entities("Le lieutenant de [PER Jean Durand] a parlé."));
  }

  // a title, then a first name and a surname with its particle

  @Test
  void particleAfterATitledFirstNameBelongsToTheSurname() {
    assertEquals(Map.of("Wallerand de Saint-Just", EntityType.PERSON),
        entities("Le trésorier, [PER Me Wallerand de Saint-Just], a plaidé."));
    assertEquals(Map.of("Dominique de Villepin", EntityType.PERSON),
        entities("Hier, M. Dominique de Villepin a parlé."));
    // a place after "de" the tagger leaves out of the person is where he comes from
    assertEquals(Map.of("Legault", EntityType.PERSON, "Montréal", EntityType.LOCATION),
        entities("Hier, [PER M. Legault] de [LOC Montréal] a parlé."));
  }

  // a person glued after a name that ends with an adjective or a place

  @Test
  void personAfterANameEndingWithAnAdjectiveIsCutOff() {
    Map<String, EntityType> found = entities("Le président de la [LOC République française "
        + "François Hollande] a parlé.");
    assertEquals(EntityType.PERSON, found.get("François Hollande"), found.toString());
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void personAfterABodyEndingWithAPlaceIsCutOff() {
    Map<String, EntityType> found = entities("La présidente du [ORG conseil régional "
        + "d'Île-de-France Valérie Pécresse] a parlé.");
    assertEquals(EntityType.PERSON, found.get("Valérie Pécresse"), found.toString());
    assertTrue(found.keySet().stream().noneMatch(n -> n.contains("France Valérie")),
        found.toString());
  }

  @Test
  void personAfterASingleHeadIsAnEponym() {
    Map<String, EntityType> found = entities("Il a parlé à la [ORG Fondation Jean Jaurès].");
    assertTrue(found.containsKey("Fondation Jean Jaurès"), found.toString());
  }

  @Test
  void firstNameEndingTheRunBeforeASurnameIsThePersons() {
    Map<String, EntityType> found = entities("Le président de la [LOC République française "
        + "François] [PER Mitterrand] lui confia une mission.");
    assertEquals(EntityType.PERSON, found.get("François Mitterrand"), found.toString());
  }

  // words of the sentence glued after a name: a lower-case word after a known name, a date, a
  // conjunction of subordination

  @Test
  void lowerCaseWordAfterAKnownPartyIsNoPartOfIt() {
    Map<String, EntityType> found = entities("Le [ORG Front national] indifférent se tait.");
    assertEquals(Map.of("Front national", EntityType.ORGANIZATION), found);
  }

  @Test
  void nationalityAfterAKnownPartyStays() {
    Map<String, EntityType> found = entities("Le [ORG Parti socialiste européen] a voté.");
    assertTrue(found.containsKey("Parti socialiste européen"), found.toString());
  }

  @Test
  void dayAfterAChannelIsTheSentencesDate() {
    Map<String, EntityType> found = entities("Invité de [ORG France 2 dimanche soir], il a parlé.");
    assertTrue(found.containsKey("France 2"), found.toString());
    assertEquals(1, found.size(), found.toString());
  }

  @Test
  void dayAfterDeIsTheNamesOwn() {
    Map<String, EntityType> found = entities("Il l'a dit au [ORG Journal du dimanche].");
    assertTrue(found.containsKey("Journal du dimanche"), found.toString());
  }

  @Test
  void nameEndsBeforeAConjunctionOfSubordination() {
    Map<String, EntityType> found = entities("Le [ORG Sénat lorsqu'il] vote ne dit rien.");
    assertEquals(Map.of("Sénat", EntityType.ORGANIZATION), found);
  }

  @Test
  void acronymsOfCommonNounsAreNoNames() {
    Map<String, EntityType> found = entities("La [ORG GPA] reste interdite en [LOC France], a dit "
        + "le [ORG PM] devant l'[ORG AG] des [ORG RH].");
    assertEquals(Map.of("France", EntityType.LOCATION), found);
  }

  // the title of another article the page links to

  @Test
  void teaserLineAfterALireNamesNoOneOfTheArticle() {
    Map<String, EntityType> found = entities("[PER François Hollande] parle demain.\n\n"
        + "À lire : [PER Sarkozy] en mauvaise posture\n\nLe président de [LOC Lyon] répond.");
    assertFalse(found.containsKey("Sarkozy"), found.toString());
    assertTrue(found.containsKey("Lyon"), found.toString());
    found = entities("Le vote approche.\n\nA LIRE AUSSI : [PER Wauquiez] prépare la guerre des chefs\n\n"
        + "[PER Laurent Wauquiez] se tait.");
    assertTrue(found.containsKey("Laurent Wauquiez"), found.toString()); // named in the article too
    // "à lire les sondages": reading them, a phrase of the article
    assertTrue(entities("Le vote approche.\n\nÀ lire les sondages, [PER Sarkozy] gagne.")
        .containsKey("Sarkozy"));
  }
}
