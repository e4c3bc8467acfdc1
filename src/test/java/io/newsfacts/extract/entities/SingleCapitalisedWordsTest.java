package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One capitalised word that the tagger mistypes or takes for a name, on hand-tagged French
 * sentences without the CoreNLP models: the tags are the tagger's (wrong) ones, the assertions
 * what a reader finds. Buildings named after someone, acronyms of common nouns and of bodies,
 * titles, cardinal points.
 */
class SingleCapitalisedWordsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** canonical -> type, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aBuildingNounBeforeACapitalisedWordMakesAPlaceNotAPerson() {
    Map<String, EntityType> e = entities("Le texte arrive au palais [PER Bourbon] mardi.");
    assertEquals(EntityType.LOCATION, e.get("palais Bourbon"), e.toString());
    assertFalse(e.containsValue(EntityType.PERSON), e.toString());
    e = entities("Il tenait un meeting au théâtre [PER Antoine] à [LOC Paris] mercredi.");
    assertEquals(EntityType.LOCATION, e.get("théâtre Antoine"), e.toString());
    assertFalse(e.containsValue(EntityType.PERSON), e.toString());
    e = entities("Les supporters ont envahi le stade [ORG Vélodrome] dimanche.");
    assertEquals(EntityType.LOCATION, e.get("stade Vélodrome"), e.toString());
    e = entities("Elle a chanté à la salle [PER Pleyel] puis à l'hôtel [ORG Lutetia].");
    assertEquals(EntityType.LOCATION, e.get("salle Pleyel"), e.toString());
    assertEquals(EntityType.LOCATION, e.get("hôtel Lutetia"), e.toString());
  }

  @Test
  void anAcronymOfACommonNounIsNoEntity() {
    assertEquals(Map.of(), entities("Les recruteurs lisent le [LOC CV] avant tout."));
    assertEquals(Map.of(), entities("La baisse des [ORG APL] inquiète les étudiants."));
    assertEquals(Map.of(), entities("Le conflit entre taxis et [ORG VTC] continue."));
    assertEquals(Map.of(), entities("Le [MISC DRH] a reçu les salariés."));
  }

  @Test
  void theCapitalOfATitleIsNoName() {
    assertEquals(Map.of(), entities("Il fut garde des [LOC Sceaux] sous Chirac."));
    assertEquals(Map.of(), entities("Trois anciens [LOC Premiers] ministres ont parlé."));
    Map<String, EntityType> e = entities("La [MISC Première] ministre [PER Theresa May] a parlé.");
    assertEquals(EntityType.PERSON, e.get("Theresa May"), e.toString());
    assertEquals(1, e.size(), e.toString());
  }

  @Test
  void aCardinalPointWithItsCapitalIsARegion() {
    assertEquals(EntityType.LOCATION,
        entities("Les élus du [ORG Nord-Est] ont voté contre.").get("Nord-Est"));
    assertEquals(EntityType.LOCATION,
        entities("Il vit dans le [ORG Sud-Ouest] depuis dix ans.").get("Sud-Ouest"));
    assertEquals(EntityType.LOCATION,
        entities("La crise du [ORG Moyen-Orient] dure.").get("Moyen-Orient"));
    assertEquals(EntityType.LOCATION,
        entities("Les pays du [MISC Sud] réclament des fonds.").get("Sud"));
  }

  @Test
  void anAcronymTheTaggerCallsAThingIsABody() {
    assertEquals(EntityType.ORGANIZATION,
        entities("La [MISC ANSES] recommande de manger moins.").get("ANSES"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les experts de la [MISC IGF] sont sévères.").get("IGF"));
    // a noun before it or a number after it makes a product or an event
    assertEquals(EntityType.MISC,
        entities("Ils déploient le bouclier [MISC THAAD] en Asie.").get("THAAD"));
    // the tagger's place stays a place: "USA", "RDC" are no bodies
    assertEquals(EntityType.LOCATION, entities("Il vit aux [LOC USA] depuis dix ans.").get("USA"));
  }

  @Test
  void aChildNamedByAFirstNameNoLexiconKnowsIsAPerson() {
    assertEquals(EntityType.PERSON,
        entities("La photo du petit [ORG Zorvan], retrouvé sur une plage, a ému.").get("Zorvan"));
    assertEquals(EntityType.PERSON,
        entities("Les gendarmes cherchent la petite [LOC Zorvane] depuis lundi.").get("Zorvane"));
    assertEquals(EntityType.PERSON,
        entities("Sa fille, [ORG Zorvane], 11 mois, dort.").get("Zorvane"));
    // a known place stays a place: "le petit Paris" is no child
    assertEquals(EntityType.LOCATION,
        entities("Il a vu le petit [LOC Paris] des années folles.").get("Paris"));
  }

  @Test
  void aNameAfterAPlaceNounAndDeIsAPlace() {
    assertEquals(EntityType.LOCATION,
        entities("Une attaque a frappé la région syrienne de la [ORG Ghouta] hier.").get("Ghouta"));
    assertEquals(EntityType.LOCATION,
        entities("Elle est candidate dans le village de [ORG Zorvac] cette année.").get("Zorvac"));
    // a person's full name is no place: "le quartier de Jean Dupont" names whose it is
    assertEquals(EntityType.PERSON,
        entities("Il vit dans le quartier de [PER Jean Zorvac] depuis mai.").get("Jean Zorvac"));
  }

  @Test
  void acronymShape() {
    assertTrue(OneWordTypes.acronym("IGF"));
    assertTrue(OneWordTypes.acronym("COP21"));
    assertTrue(OneWordTypes.acronym("ANSES"));
    assertFalse(OneWordTypes.acronym("Anses"));
    assertFalse(OneWordTypes.acronym("A"));
    assertFalse(OneWordTypes.acronym("ABCDEFG"));
    assertFalse(OneWordTypes.acronym("2G"));
    assertFalse(OneWordTypes.acronym("G2G"));
    OneWordTypes types = new OneWordTypes(new EntityLexicon());
    assertNull(types.type("est", EntityType.ORGANIZATION, true, false));
    assertNull(types.type("IGF", EntityType.LOCATION, true, false));
    assertEquals(EntityType.ORGANIZATION, types.type("IGF", EntityType.MISC, true, false));
    assertNull(types.type("COP", EntityType.MISC, true, true)); // "la COP21"
    // one token with its number glued: numbered all the same, no body
    assertNull(types.type("CIM10", EntityType.MISC, true, false)); // "ni la CIM10"
    assertNull(types.type("COP21", EntityType.MISC, true, false));
    assertNull(types.type("THAAD", EntityType.MISC, false, false)); // "le bouclier THAAD"
    assertEquals(EntityType.LOCATION, types.type("Nord-Ouest", EntityType.PERSON, false, false));
  }

  @Test
  void aCommonWordAfterItsArticleWithNothingAfterItIsAConceptHoweverOftenCapitalised() {
    assertEquals(Map.of(), entities("Il faut sortir du [MISC Système] car le [MISC Système] "
        + "protège ses élites. Les jeunes rejettent le [LOC Système] et le [LOC Système] tremble."));
    assertEquals(Map.of(), entities("L'entreprise est entrée en [LOC Bourse] en 2010. Ses titres "
        + "ont chuté en [LOC Bourse] mardi."));
    assertEquals(Map.of(), entities("Il parle de l'[LOC Ecole] et de la place de l'[MISC Ecole] "
        + "dans les médias."));
    assertEquals(Map.of(), entities("Les militants des droits de l'[LOC Homme] ont défendu les "
        + "droits de l'[LOC Homme] partout."));
  }

  @Test
  void aCommonWordWithAComplementAQuotationOrANumberStaysAName() {
    Map<String, EntityType> e = entities("Le club joue en [ORG Top] 14 et le [ORG Top] 14 reprend "
        + "samedi.");
    assertTrue(e.containsKey("Top"), e.toString());
    e = entities("Tous criaient « La [MISC Remontada] ». Le mot « La [MISC Remontada] » reste.");
    assertTrue(e.containsKey("Remontada"), e.toString());
    e = entities("La [ORG Bourse de Paris] a reculé et la [ORG Bourse de Paris] a fermé tôt.");
    assertTrue(e.containsKey("Bourse de Paris"), e.toString());
    e = entities("Le [PER Squale] a parlé et le [PER Squale] a dit non à la [ORG Poste] et à la "
        + "[ORG Poste].");
    assertEquals(EntityType.PERSON, e.get("Squale"), e.toString());
    assertEquals(EntityType.ORGANIZATION, e.get("Poste"), e.toString());
    assertEquals(EntityType.LOCATION,
        entities("Il neige dans le [MISC Nord] et les habitants du [MISC Nord] sortent.")
            .get("Nord"));
  }

  @Test
  void theRepublicIsNoNameButARegimeWithItsOrdinalIs() {
    assertEquals(Map.of(), entities("Ce drame est une attaque contre la [ORG République] et ses valeurs."));
    assertEquals(Map.of("Corse", EntityType.LOCATION),
        entities("Il place la [LOC Corse] en marge de la [ORG République] ."));
    Map<String, EntityType> e = entities("C'est le gouvernement le plus jeune de la 5e [ORG République] .");
    assertEquals(Map.of("5e République", EntityType.MISC), e);
    e = entities("Chassez la cinquième [MISC République] , elle revient au galop.");
    assertEquals(Map.of("cinquième République", EntityType.MISC), e);
    e = entities("Il rêve d'une [MISC VIe République] et regrette le Second [ORG Empire] .");
    assertEquals(EntityType.MISC, e.get("VIe République"), e.toString());
    assertEquals(EntityType.MISC, e.get("Second Empire"), e.toString());
  }

  @Test
  void aStreetOrSquareNounTakesTheNameAfterItsArticle() {
    Map<String, EntityType> e = entities("Ils ont défilé de la place de la [LOC Nation] à la "
        + "place des [LOC Vosges] .");
    assertEquals(Map.of("place de la Nation", EntityType.LOCATION, "place des Vosges",
        EntityType.LOCATION), e);
    e = entities("Son siège est rue de l'[ORG Université] , près de la rue de la [MISC Victoire] .");
    assertEquals(Map.of("rue de l'Université", EntityType.LOCATION, "rue de la Victoire",
        EntityType.LOCATION), e);
    // "à la place de": instead of; a country or an acronym after "place de la" is no square's name
    assertEquals(Map.of("Luc Chatel", EntityType.PERSON),
        entities("Il a siégé à la place de [PER Luc Chatel] hier."));
    e = entities("La place de la [LOC France] change, à la place de la [ORG HATVP] .");
    assertEquals(EntityType.LOCATION, e.get("France"), e.toString());
    assertEquals(EntityType.ORGANIZATION, e.get("HATVP"), e.toString());
    assertEquals(2, e.size(), e.toString());
    e = entities("Ils débattent de la place du [ORG Front national] dans la campagne.");
    assertEquals(Map.of("Front national", EntityType.ORGANIZATION), e);
  }
}
