package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Types the lexicons give names the tagger gets wrong: feasts named like first names
 * (models/entities/holidays.txt), bodies named by a capitalised common noun (institutions.txt),
 * regions named like a nationality, villages no large gazetteer knows, surnames named like a town;
 * on hand-tagged French sentences without the CoreNLP models (the tags are the tagger's wrong
 * ones, the assertions what a reader finds).
 */
class PlaceAndDayTypesTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  @Test
  void aFeastNamedLikeAFirstNameIsTheDayNotAPerson() {
    Map<String, EntityType> e = entities("Pendant les vacances de [PER Noël], [PER Noël Mamère] a "
        + "offert des chocolats de [PER Noël] aux élus de Bègles.");
    assertEquals(EntityType.MISC, e.get("Noël"));
    assertEquals(EntityType.PERSON, e.get("Noël Mamère"));
    assertEquals(EntityType.MISC, entities("Il partira à [PER Toussaint] avec sa famille.")
        .get("Toussaint"));
  }

  @Test
  void theChurchAndPublicServicesWithTheirCapitalAreBodies() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Le lien entre l'[LOC Église] et l'État a été abîmé, dit-il.").get("Église"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le déficit de la [MISC Sécurité sociale] se creuse.").get("Sécurité sociale"));
    // a church building keeps its own name: a place
    assertEquals(EntityType.LOCATION,
        entities("Les obsèques auront lieu à l'[LOC Eglise Saint-Sulpice] lundi.")
            .get("Eglise Saint-Sulpice"));
  }

  @Test
  void aRegionNamedLikeANationalityIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("Les régions qui fusionnent sont l'[LOC Alsace] et "
        + "la [MISC Lorraine], selon le texte.").get("Lorraine"));
    assertEquals(EntityType.MISC, entities("Les [MISC Lorrains] ont voté à droite.").get("Lorrains"));
  }

  @Test
  void aPlaceAfterAPrepositionAndItsArticleIsAPlaceWhateverFollowsIt() {
    // "le Var, le parti": a place before a body's noun in apposition; the article's votes make it
    // a place when "dans le" puts its other mentions in place, or "à" this one
    Map<String, EntityType> e = entities("Élus dans les Bouches-du-Rhône et le [LOC Var], le parti "
        + "a progressé. Une élue de Fayence, dans le [LOC Var], a parlé. Le vote dans le [LOC Var] "
        + "a surpris. Le baron dans le [LOC Var] se tait.");
    assertEquals(EntityType.LOCATION, e.get("Var"));
    assertEquals(EntityType.LOCATION, entities("Les états généraux présentés à [LOC Paris], le "
        + "mouvement tient un conseil.").get("Paris"));
  }

  @Test
  void theFrenchNameOfAForeignCityOrRegionIsAPlace() {
    // GeoNames writes "Warszawa", "New Orleans", "Bayern": the French names come from its French
    // catalogue (models/entities/lexicons/cities-fr.txt)
    assertEquals(EntityType.LOCATION, entities("Le métro de [MISC Varsovie] a fermé hier soir.")
        .get("Varsovie"));
    assertEquals(EntityType.LOCATION, entities("Le sommet s'ouvre à [ORG La Nouvelle-Orléans] "
        + "lundi.").get("La Nouvelle-Orléans"));
    assertEquals(EntityType.LOCATION, entities("Les vignobles de [MISC Bavière] ont souffert du "
        + "gel.").get("Bavière"));
  }

  @Test
  void aVillageNoLargeGazetteerKnowsIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("La plus petite commune de France s'appelle "
        + "[LOC Bezonvaux] et compte zéro habitant.").get("Bezonvaux"));
    assertEquals(EntityType.LOCATION, entities("Ils visiteront une exploitation laitière à "
        + "[LOC La Motte-en-Bauges] vendredi.").get("La Motte-en-Bauges"));
    assertEquals(EntityType.ORGANIZATION, entities("Il est docteur en science politique à "
        + "l'[ORG ENS] depuis 2010.").get("ENS"));
    // an unknown word the tagger calls a place, in a place's context or not, is still a company
    assertEquals(EntityType.ORGANIZATION,
        entities("Les supermarchés [LOC Zorvakop] ouvrent le dimanche.").get("Zorvakop"));
  }

  @Test
  void aTownWrittenWithSpacesForItsHyphensIsStillAPlace() {
    assertEquals(EntityType.LOCATION, entities("Le FN l'emporte dans plusieurs communes, comme à "
        + "Apt ou à [MISC Vaison La Romaine].").get("Vaison La Romaine"));
    assertEquals(EntityType.LOCATION, entities("Elle est partie vivre à [ORG Saint Paul de Vence] "
        + "l'an dernier.").get("Saint Paul de Vence"));
    // a person's name is no town however its spaces are written
    assertEquals(EntityType.PERSON, entities("Hier, [PER Jean Marie Dupont] a parlé.")
        .get("Jean Marie Dupont"));
  }

  @Test
  void aSurnameNamedLikeATownAfterAFirstNameIsAPerson() {
    assertEquals(EntityType.PERSON, entities("[MISC Julie Verlaine], maîtresse de conférences en "
        + "histoire, a signé le texte.").get("Julie Verlaine"));
  }

  @Test
  void aRegionalDailyNamedAfterItsRegionIsAPaper() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Comme le rappelait [MISC Corse Matin], le général aimait l'île.").get("Corse Matin"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Selon [LOC Var-Matin], le maire était présent.").get("Var-Matin"));
    assertEquals(EntityType.LOCATION,
        entities("Le maire du [LOC Var] était présent ce matin.").get("Var"));
  }

  @Test
  void aCountryKnownByItsShortFrenchNameIsAPlace() {
    // iso-codes gives "États-Unis", where i18n-iso-countries has "États-Unis d'Amérique" only
    assertEquals(EntityType.LOCATION, entities("Il devient Président des [ORG Etats-Unis]. "
        + "C'est un tournant dans l'histoire récente des [LOC Etats-Unis].").get("Etats-Unis"));
    assertEquals(EntityType.LOCATION, entities("Les militaires de la [MISC Birmanie] ont voté.")
        .get("Birmanie"));
  }

  @Test
  void aPlaceNoPersonIsNamedLikeAfterAtOutweighsATaggedPersonOfTwoWords() {
    assertEquals(EntityType.LOCATION, entities("Le ministre a annoncé une prison à "
        + "[PER Saint-Laurent du Maroni], chiffrée à 50 millions.").get("Saint-Laurent du Maroni"));
    // a person's name stays a person's: not a place of any lexicon
    assertEquals(EntityType.PERSON, entities("Il a écrit à [PER Marie Dupont] hier.")
        .get("Marie Dupont"));
  }

  @Test
  void aContinentOrPlaceAndACardinalPointIsAPlace() {
    assertEquals(EntityType.LOCATION, entities("Des patients originaires d'[ORG Europe de l'Est] "
        + "sont venus.").get("Europe de l'Est"));
    assertEquals(EntityType.LOCATION, entities("La guerre en [MISC Ossétie du Sud] a repris.")
        .get("Ossétie du Sud"));
    // no place nor world region opens it; a cardinal point must close it
    OneWordTypes oneWord = new OneWordTypes(new EntityLexicon());
    assertFalse(oneWord.regionOfCompass("Marc du Nord", head -> false));
    assertTrue(oneWord.regionOfCompass("Afrique de l’Ouest", head -> false));
    assertFalse(oneWord.regionOfCompass("Europe de la Défense", head -> false));
  }
}
