package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.EntityType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names that the tagger runs on over a structure boundary ({@link NameEnds}, {@link
 * Coordination}), on hand-tagged sentences: the tags are the tagger's runs, the assertions what a
 * reader finds.
 */
class NameEndsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  private static boolean anyHolds(Map<String, EntityType> found, String words) {
    return found.keySet().stream().anyMatch(name -> name.contains(words));
  }

  // a lower-case article and a role after a name: the sentence's subject or object

  @Test
  void articleAndRoleAfterANameEndIt() {
    Map<String, EntityType> found = entities("Il l'a confié dans [ORG Libération le ministre de "
        + "l'Économie] hier soir.");
    assertTrue(found.containsKey("Libération"), found.toString());
    assertTrue(!anyHolds(found, "ministre"), found.toString());
    found = entities("C'est ce qu'a dit sur [ORG France Inter la secrétaire générale de la CGT] ce "
        + "matin.");
    assertTrue(found.containsKey("France Inter"), found.toString());
    assertTrue(found.containsKey("CGT"), found.toString());
    assertTrue(!anyHolds(found, "secrétaire"), found.toString());
  }

  @Test
  void articleAndNationalityBeforeAPersonEndTheName() {
    Map<String, EntityType> found = entities("Il a reçu à [LOC Lyon le Belge Pierre Dumont] hier.");
    assertEquals(EntityType.LOCATION, found.get("Lyon"), found.toString());
    assertEquals(EntityType.PERSON, found.get("Pierre Dumont"), found.toString());
  }

  @Test
  void articleBeforeANameInsideANameStays() {
    assertTrue(entities("Le parti [ORG Debout la France] a voté contre.")
        .containsKey("Debout la France"));
  }

  // "de" and a lower-case noun after a known name: the complement of a word of the sentence

  @Test
  void complementInLowerCaseAfterAKnownNameIsNoPartOfIt() {
    assertEquals(Map.of("Sénat", EntityType.ORGANIZATION),
        entities("Le vote au [ORG Sénat du projet de loi] aura lieu mardi."));
    assertEquals(Map.of("Assemblée nationale", EntityType.ORGANIZATION),
        entities("Elle a parlé lors de l'examen à l'Assemblée nationale de la proposition de loi."));
    assertTrue(entities("La sortie des [LOC Etats-Unis de l'accord] a surpris.")
        .containsKey("Etats-Unis"));
  }

  @Test
  void capitalisedComplementOfAKnownNameStays() {
    assertTrue(entities("Il a siégé à l'Assemblée nationale du Québec pendant dix ans.")
        .containsKey("Assemblée nationale du Québec"));
  }

  // "de", a first name and a surname: the person the named thing belongs to

  @Test
  void personAfterDeIsANameOfItsOwn() {
    Map<String, EntityType> found = entities("Il lit les messages [PER Facebook de Marie Durand] "
        + "chaque jour.");
    assertEquals(EntityType.PERSON, found.get("Marie Durand"), found.toString());
    assertTrue(!anyHolds(found, "Facebook de"), found.toString());
    found = entities("Le [MISC Loto du patrimoine de Marie Durand] a rapporté gros.");
    assertEquals(EntityType.PERSON, found.get("Marie Durand"), found.toString());
  }

  @Test
  void particleBeforeASurnameAndTitlesInQuotesStay() {
    assertTrue(entities("Le discours de [PER Charles de Gaulle] a marqué.")
        .containsKey("Charles de Gaulle"));
    assertTrue(entities("Il visite la [LOC Maison de Victor Hugo] demain.")
        .containsKey("Maison de Victor Hugo"));
    assertTrue(entities("Il joue « [MISC La Vie de Pierre Durand] » au théâtre.")
        .containsKey("La Vie de Pierre Durand"));
  }

  // "à", "aux", "en" and a known place: where the named thing is

  @Test
  void placeAfterANameIsANameOfItsOwn() {
    Map<String, EntityType> found = entities("La tuerie de [LOC Newtown aux Etats-Unis] a choqué.");
    assertTrue(found.containsKey("Newtown"), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Etats-Unis"), found.toString());
    found = entities("Le [ORG Gouvernement conservateur en Pologne] tient bon.");
    assertEquals(EntityType.LOCATION, found.get("Pologne"), found.toString());
  }

  @Test
  void placeNamedWithItsPrepositionStays() {
    assertTrue(entities("Il vit à [LOC Aix en Provence] depuis trois ans.")
        .containsKey("Aix en Provence"));
    assertTrue(entities("Il a lu [ORG Aujourd'hui en France] ce matin.")
        .containsKey("Aujourd'hui en France"));
    Map<String, EntityType> found = entities("Un casque bleu de la Force intérimaire des "
        + "[ORG Nations unies au Liban] ([ORG FINUL]) est mort.");
    assertTrue(!found.containsKey("Liban"), found.toString());
  }

  // "au", "à", "chez", "sur" and a name the gazetteers know: two names

  @Test
  void knownNameAfterAtOrOnIsANameOfItsOwn() {
    Map<String, EntityType> found = entities("Le président du groupe [ORG LaREM au Sénat] a "
        + "parlé.");
    assertTrue(found.containsKey("LaREM"), found.toString());
    assertEquals(EntityType.ORGANIZATION, found.get("Sénat"), found.toString());
    found = entities("Elle était invitée de l'émission [MISC Audition publique sur Public Sénat] "
        + "hier.");
    assertTrue(found.containsKey("Public Sénat"), found.toString());
    assertTrue(!anyHolds(found, "publique sur"), found.toString());
    // a word no gazetteer knows after "sur": one name ("Arrêt sur Images")
    assertTrue(entities("Le site [ORG Arrêt sur Images] a publié la vidéo.")
        .containsKey("Arrêt sur Images"));
  }

  // a role opening a run that the tagger calls no person

  @Test
  void roleBeforeAPersonTaggedAsAThingIsCutOff() {
    assertEquals(Map.of("Theresa May", EntityType.PERSON),
        entities("La [MISC Première ministre britannique Theresa May] a signé."));
  }

  // a lower-case group before a relative pronoun: a common noun of the sentence

  @Test
  void groupBeforeARelativePronounIsNoPartOfAName() {
    Map<String, EntityType> found = entities("Nous chercherons au sein de l'Assemblée des gens "
        + "qui partagent nos idées.");
    assertTrue(!anyHolds(found, "gens"), found.toString());
    assertTrue(entities("L'Association des maires ruraux a voté contre.")
        .containsKey("Association des maires ruraux"));
    assertTrue(entities("Il soutient le futur Centre européen du judaïsme qui doit ouvrir.")
        .containsKey("Centre européen du judaïsme"));
  }
}
