package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words around a name that type it (models/entities/context-cues.txt, type-cues.txt), on
 * hand-tagged French sentences without the CoreNLP models: the tags are the tagger's (wrong)
 * ones, the assertions what a reader finds.
 */
class EntityTypeCuesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** canonical -> type, one line per entity. */
  /** canonical -> type, one line per entity, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aSchoolAWorksAnOperationOrADeviceNamedLikeSomeoneIsNoPerson() {
    assertEquals(EntityType.ORGANIZATION, entities("La salariée de la crèche [PER Zoubi-Lou] a "
        + "été licenciée.").get("Zoubi-Lou"));
    assertEquals(EntityType.ORGANIZATION, entities("Les ouvriers de la raffinerie [PER Marvello] "
        + "sont en grève.").get("Marvello"));
    assertEquals(EntityType.MISC, entities("Les soldats de l'opération militaire française "
        + "[PER Tornac] rentrent.").get("Tornac"));
    assertEquals(EntityType.MISC, entities("Le ministre parle de la force [PER Tornac] au Mali.")
        .get("Tornac"));
    assertEquals(EntityType.MISC, entities("Les compteurs [PER Zelky] sont installés.").get("Zelky"));
    assertEquals(EntityType.MISC, entities("Le fiasco du logiciel [PER Marvello] continue.")
        .get("Marvello"));
    // associations named "SOS ..."
    assertEquals(EntityType.ORGANIZATION, entities("Elle la redirige vers [MISC SOS Zorvaks] "
        + "hier.").get("SOS Zorvaks"));
    // a pass heads its own name
    assertEquals(EntityType.MISC, entities("Combien coûte le [PER Pass Zorvigo] cette année?")
        .get("Pass Zorvigo"));
    // a union whose name opens with the noun keeps its own type
    assertEquals(EntityType.ORGANIZATION, entities("Le syndicat [ORG Force ouvrière] a appelé à "
        + "la grève.").get("Force ouvrière"));
  }

  @Test
  void anOrganisationNounBeforeTheNameOrAMediaHeadEndingItMakesABody() {
    assertEquals(EntityType.ORGANIZATION, entities("Il a milité à l'organisation de droite "
        + "[MISC ZUV] pendant ses études.").get("ZUV"));
    assertEquals(EntityType.ORGANIZATION, entities("Il l'a dit au micro de [PER Zorgo FM] "
        + "vendredi.").get("Zorgo FM"));
    assertEquals(EntityType.ORGANIZATION, entities("Le consultant de [PER Bavo Sports] a "
        + "commenté le match.").get("Bavo Sports"));
  }

  @Test
  void aNounPhraseInAppositionAfterTheNameTypesIt() {
    // after a demonstrative, or an adjective before the noun
    assertEquals(EntityType.ORGANIZATION, entities("Il a soutenu [LOC Zyriza], ce parti grec qui "
        + "espère gagner.").get("Zyriza"));
    assertEquals(EntityType.ORGANIZATION, entities("Les dirigeants de [LOC Vorgalion], la "
        + "prestigieuse société de conseil, ont parlé.").get("Vorgalion"));
    // or with no determiner
    assertEquals(EntityType.ORGANIZATION, entities("Il a fondé [PER Zaylib], mouvement de défense "
        + "des libertés, en 2001.").get("Zaylib"));
    // a resort in apposition is no radio station
    assertEquals(EntityType.LOCATION, entities("Il est né à [LOC Zerck-sur-Mer], station "
        + "balnéaire du Nord.").get("Zerck-sur-Mer"));
    // "du collège": where the person comes from, not what the name is
    assertEquals(EntityType.PERSON, entities("Une question a été posée par [PER Charlie], du "
        + "collège de Digne.").get("Charlie"));
    // a place noun in apposition makes a place
    assertEquals(EntityType.LOCATION, entities("Il a visité [LOC Zyriza], cette ville grecque.")
        .get("Zyriza"));
  }

  @Test
  void whereAnArticleAppearsMakesAMedium() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il le dit dans les colonnes du [MISC Parisien] ce jour.").get("Parisien"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Ce texte, publié sur le [MISC Zorvak Post], a circulé.").get("Zorvak Post"));
    assertEquals(EntityType.MISC, entities("Les [MISC Parisiens] ont voté.").get("Parisiens"));
    // a known title without its article, merged with "à": the paper, not an inhabitant
    assertEquals(EntityType.ORGANIZATION,
        entities("Il l'expliquait l'an dernier au [MISC Parisien] sans détour.").values().iterator().next());
    assertEquals(EntityType.ORGANIZATION,
        entities("Ce mardi, le [LOC Canard] chiffre la somme.").values().iterator().next());
  }

  @Test
  void aSourceThatTheTaggerCallsAThingIsAnOrganisationUnlessItIsAPerson() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Selon [MISC Wired], la hausse continue.").get("Wired"));
    assertEquals(EntityType.ORGANIZATION,
        entities("La hausse continue, rapporte [LOC Zorvak Times].").get("Zorvak Times"));
    assertEquals(EntityType.PERSON,
        entities("Selon [PER Zorvak], la hausse continue.").get("Zorvak"));
    assertEquals(EntityType.LOCATION,
        entities("Selon [LOC Moscou], la hausse continue.").get("Moscou"));
  }

  @Test
  void aSourceRecalledOrDetailedIsAnOrganisationUnlessItIsAPerson() {
    assertEquals(EntityType.ORGANIZATION, entities("Apple creuse l'écart, comme le rappelle "
        + "[MISC Zorvak Insider].").get("Zorvak Insider"));
    assertEquals(EntityType.ORGANIZATION, entities("Le chiffre a doublé, détaille [LOC Zorvak "
        + "Times].").get("Zorvak Times"));
    assertEquals(EntityType.PERSON, entities("Le chiffre a doublé, rappelle [PER Marie Dupont].")
        .get("Marie Dupont"));
  }

  @Test
  void foundersAndFactoriesBelongToCompaniesWhenNoLexiconKnowsTheName() {
    assertEquals(EntityType.ORGANIZATION, entities("Les trois fondateurs de [PER Zorvakiz] "
        + "étaient présents.").get("Zorvakiz"));
    assertEquals(EntityType.ORGANIZATION, entities("La dernière usine de [LOC Zorvak] à Riom "
        + "vient de fermer.").get("Zorvak"));
    // a town's factory stays the town
    assertEquals(EntityType.LOCATION, entities("Les salariés ont bloqué l'usine de [LOC Florange] "
        + "hier.").get("Florange"));
  }

  @Test
  void aCapitalInsideOneWordMakesABrandNotAPerson() {
    assertEquals(EntityType.ORGANIZATION, entities("Le logiciel est proposé par [MISC EasyZorvak] "
        + "depuis mars.").get("EasyZorvak"));
    assertEquals(EntityType.ORGANIZATION, entities("Les ventes progressent, a expliqué "
        + "[PER ZDZorvak] hier.").get("ZDZorvak"));
    // a prefix of family names, or a first name glued to a surname, is someone's
    assertEquals(EntityType.PERSON, entities("Le chanteur [PER McZorvak] a chanté hier.")
        .get("McZorvak"));
    assertEquals(EntityType.PERSON, entities("Hier, [PER MarieZorvak] a chanté.")
        .get("MarieZorvak"));
    // a tweet's signature is an account's, a person's
    assertEquals(EntityType.PERSON, entities("Quelle honte! — [PER DavidZorvak] (@DavidZorvak) "
        + "April 16, 2013").get("DavidZorvak"));
  }

  @Test
  void whoATextWasTranslatedForIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION, entities("Ce blog a été traduit par Valeriya Macogon "
        + "pour [MISC Fast For Word].").get("Fast For Word"));
    assertEquals(EntityType.ORGANIZATION, entities("Ce blog a été traduit par M. André pour "
        + "[MISC Fast for Word].").get("Fast for Word"));
    assertEquals(EntityType.ORGANIZATION, entities("Ce texte a été traduit de l'anglais par "
        + "Marie Dupont pour [LOC Zorvak Blimo].").get("Zorvak Blimo"));
    // a person's full name stays a person; "pour" without the translation is no cue
    assertEquals(EntityType.PERSON, entities("Il a été traduit par Marie Dupont pour "
        + "[PER Jean Martin].").get("Jean Martin"));
    assertEquals(EntityType.MISC, entities("Il a voté pour [MISC Fast For Word].")
        .get("Fast For Word"));
  }

  @Test
  void aWorkTakesTheCueBeforeItsQuotesOrItsApposition() {
    assertEquals(EntityType.MISC,
        entities("Il a vu le film \"[PER Zorvak]\" hier.").get("Zorvak"));
    assertEquals(EntityType.MISC,
        entities("Il a lu son ouvrage, [PER Chère Ijeawele], en une nuit.").get("Chère Ijeawele"));
    assertEquals(EntityType.MISC,
        entities("La série \"\"[ORG Zorvak Blimo]\"\" sort enfin.").get("Zorvak Blimo"));
  }

  @Test
  void aNameBetweenQuotesThatTheTaggerCallsAPersonIsATitle() {
    assertEquals(EntityType.MISC,
        entities("Il a vu le dernier James Bond \"[PER Spectre]\" hier.").get("Spectre"));
    assertEquals(EntityType.MISC,
        entities("On le voit dans « [PER Zorvak Blimo] », chaque mardi.").get("Zorvak Blimo"));
    assertEquals(EntityType.PERSON,
        entities("Elle a reçu « [PER Jean Dupont] » hier.").get("Jean Dupont"));
    // quotes that open before the name and another quote after it: no title of its own
    assertEquals(EntityType.PERSON, entities("\"[PER Doria Tillier] \"\"désinvitée\"\" du "
        + "Grand Journal\"").get("Doria Tillier"));
  }

  @Test
  void aCueNounThatIsAFirstNameDoesNotTypeAPerson() {
    assertEquals(EntityType.PERSON,
        entities("Le cinéaste [PER Roman Polanski] a parlé.").get("Roman Polanski"));
  }

  @Test
  void aBrandAfterAWorkNounIsItsMaker() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Elle regarde une série [MISC Netflix] le soir.").get("Netflix"));
  }

  @Test
  void aChannelNamedWithTvIsAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il a investi dans [MISC Zorvak TV] cette année.").get("Zorvak TV"));
  }

  @Test
  void aPluralCueNounTypesEveryItemOfItsList() {
    Map<String, EntityType> found =
        entities("Il aime les marques [PER Zorvak], [PER Blimo] et [MISC Quenta] depuis toujours.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION, found.get("Blimo"));
    assertEquals(EntityType.ORGANIZATION, found.get("Quenta"));
    found = entities("Marques suggérées : [MISC Zorvak], [PER Blimo] et [PER Quenta]\nLa suite.");
    assertEquals(EntityType.ORGANIZATION, found.get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION, found.get("Quenta"));
    assertEquals(EntityType.PERSON, entities("Il a vu les marques, puis [PER Blimo] et "
        + "[PER Quenta] sont partis.").get("Quenta"));
  }

  @Test
  void aCueNounTypesTheNameOverItsComplements() {
    assertEquals(EntityType.ORGANIZATION, entities("Il dirige la société de transports entre "
        + "particuliers [PER Zorvak] depuis 2014.").get("Zorvak"));
  }

  @Test
  void whereOneWorksOrWhatBuysAndRaisesMoneyIsACompanyUnlessItIsAKnownPersonsName() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il travaille chez [PER Zorvak] depuis 2010.").get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION,
        entities("En mars, [PER Zorvak] a levé 12 millions d'euros.").get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Il flâne chez [PER Leroy Merlin] le samedi.").get("Leroy Merlin"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les dirigeants de [PER Zorvak] n'ont rien dit.").get("Zorvak"));
    assertEquals(EntityType.PERSON,
        entities("Il a dîné chez [PER Jean Dupont] hier.").get("Jean Dupont"));
  }

  @Test
  void theHeadOfANameIsTheHeadOfACompany() {
    assertEquals(EntityType.ORGANIZATION,
        entities("C'est Larry Fink, le PDG de [PER Blackrock], qui le dit.").get("Blackrock"));
  }

  @Test
  void aCityThatAPlayerPlaysForIsItsClub() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il est joueur de [LOC Barcelone] depuis 2013.").get("Barcelone"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le [LOC XV de France] a perdu.").get("XV de France"));
    assertEquals(EntityType.LOCATION, entities("Il vit à [LOC Barcelone].").get("Barcelone"));
  }

  @Test
  void everyContextCueIsRead() {
    assertEquals(Lexicon.lines("entities/context-cues.txt").size(), new ContextCues().size());
    assertThrows(IllegalArgumentException.class, () -> new ContextCues(List.of("selon | ORGANIZATION | cue")));
  }

  @Test
  void aTitleKeepsItsForeignArticleAfterTheCueNoun() {
    assertEquals(EntityType.ORGANIZATION,
        entities("L'hebdomadaire die [MISC Zorvak] publie un entretien.").get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION, entities(
        "Le quotidien de gauche die [PER Zorvaker Blatt] voit en lui un héritier.").get("Zorvaker Blatt"));
    // no cue noun before the article: the tagger's type stays
    assertEquals(EntityType.MISC, entities("Il cite die [MISC Zorvak] sans plus.").get("Zorvak"));
  }

  @Test
  void anEnglishHeadWordEndingTheNameMakesAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "La [MISC Zorvak and Blimo Coalition] a lancé un appel.").get("Zorvak and Blimo Coalition"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Un rapport du [PER Zorvak Ethics Council] sort.").get("Zorvak Ethics Council"));
    assertEquals(EntityType.PERSON,
        entities("Selon [PER Ann Trust], la hausse continue.").get("Ann Trust"));
  }

  @Test
  void armedGroupsAndMovementsAreOrganisations() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Les attentats revendiqués par [PER Daesh] ont choqué.").get("Daesh"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le candidat d'[MISC En Marche]! a parlé.").get("En Marche"));
    assertEquals(Map.of(), entities("En marche, ils chantaient."));
  }

  @Test
  void theItemsOfAListShareTheSureTypeOfTheirNeighbours() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Des élus d'EELV, de [LOC Zorvak Blimo], du Front de gauche sont venus.").get("Zorvak Blimo"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le match entre le PS et [MISC Zorvak] a eu lieu.").get("Zorvak"));
    assertEquals(EntityType.LOCATION, entities(
        "Il a roulé entre la [LOC Belgique] et le [ORG Var] hier.").get("Var"));
    // a person beside an organisation keeps its type; so does an item of a comma list with
    // a sure neighbour on one side only
    assertEquals(EntityType.PERSON,
        entities("[PER Zorvak Blimo] et le PS ont parlé.").get("Zorvak Blimo"));
    assertEquals(EntityType.LOCATION,
        entities("Ils viennent de [LOC Zorvak], du PS, de la CGT.").get("Zorvak"));
  }

  @Test
  void anAdjectiveBeforeTheHeadNounOfABodyKeepsItABody() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Il a saisi la [LOC Haute autorité] mardi.").get("Haute autorité"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le [LOC Haut Conseil] a rendu son avis.").get("Haut Conseil"));
    // a first name before the head: no adjective, someone's name
    assertEquals(EntityType.PERSON,
        entities("Selon [PER Jean Conseil], la hausse continue.").get("Jean Conseil"));
  }

  @Test
  void aClubWordMakesATeamOfTheCityItCarries() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Les supporters de l'[LOC Olympique de Marseille] ont fêté.").get("Olympique de Marseille"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le prix des places à [LOC Manchester United] a doublé.").get("Manchester United"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Il a joué pour l'[LOC AS Monaco] hier.").get("AS Monaco"));
    // "Stade" alone opens a stadium's name
    assertEquals(EntityType.LOCATION,
        entities("Le match a lieu au [LOC Stade Zorvak] demain.").get("Stade Zorvak"));
  }

  @Test
  void aKnownPlaceTakesNoOrganisationCueFromTheClauseAfterItNorOverItsPreposition() {
    assertEquals(EntityType.LOCATION, entities(
        "Il a gagné dans le [LOC Vaucluse], le parti est en tête.").get("Vaucluse"));
    assertEquals(EntityType.LOCATION, entities(
        "Le correspondant de la chaîne à [ORG Grenoble] commente.").get("Grenoble"));
    // an unknown name keeps the cue in apposition
    assertEquals(EntityType.ORGANIZATION,
        entities("Elle travaille avec [LOC Zorvak], la société lyonnaise.").get("Zorvak"));
  }

  @Test
  void aNounNamingThingsAfterPeopleTypesAPersonsName() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Son livre paraît aux éditions [PER Albin Michel] en mars.").get("Albin Michel"));
    assertEquals(EntityType.MISC, entities(
        "Le porte-avions [PER Charles de Gaulle] a appareillé.").get("Charles de Gaulle"));
    // any other noun leaves a person's name alone
    assertEquals(EntityType.PERSON, entities(
        "Le livre de [PER Albin Michel] paraît en mars.").get("Albin Michel"));
  }

  @Test
  void aBookComingOutChezAPersonsNameComesOutAtAPublisher() {
    assertEquals(EntityType.ORGANIZATION, entities(
        "Son roman est paru chez [PER Albin Michel] en mars.").get("Albin Michel"));
    // "chez" alone: at someone's place
    assertEquals(EntityType.PERSON,
        entities("Il dîne chez [PER Albin Michel] ce soir.").get("Albin Michel"));
  }
}
