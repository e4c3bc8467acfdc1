package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each entity rule on hand-written sentences, without the CoreNLP models. */
class EntityExtractorTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** Extracts from hand-tagged text and checks every mention's offsets. */
  private static List<Entity> extract(String marked) {
    AnnotatedText doc = TaggedText.of(marked);
    List<Entity> entities = EXTRACTOR.extract(doc);
    for (Entity e : entities) {
      assertEquals(e.text(), doc.text().substring(e.start(), e.end()), "offsets of " + e);
    }
    return entities;
  }

  /** canonical -> type, one line per entity, in order of first mention. */
  private static Map<String, EntityType> entities(String marked) {
    Map<String, EntityType> out = new LinkedHashMap<>();
    for (Entity e : extract(marked)) {
      out.putIfAbsent(e.canonical(), e.type());
    }
    return out;
  }

  private static Entity mention(List<Entity> entities, String text) {
    return entities.stream().filter(e -> e.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + entities));
  }

  // span repair

  @Test
  void aNoBreakSpaceInsideANameIsAPlainSpaceInItsCanonicalName() {
    String text = "de Nicolas\u00a0Sarkozy et de Jean\u202f Dupont";
    assertEquals("Nicolas Sarkozy", new Candidate(3, 3, 18, EntityType.PERSON, Candidate.Origin.CRF, null).name(text));
    assertEquals("Jean Dupont", new Candidate(25, 25, 37, EntityType.PERSON, Candidate.Origin.CRF, null).name(text));
  }

  @Test
  void ministryNameExtendsOverItsFrenchStructure() {
    assertEquals(Map.of("ministère québécois de l'Immigration", EntityType.ORGANIZATION),
        entities("Le ministère québécois de l'[ORG Immigration] a confirmé la hausse."));
  }

  @Test
  void associationNameRunsToThePlaceThatEndsIt() {
    Map<String, EntityType> found = entities("Le président de l'[ORG Association des avocats] et "
        + "avocates en immigration du [LOC Québec], [PER Jean-Sébastien Boudreault], est étonné.");
    assertEquals(EntityType.ORGANIZATION,
        found.get("Association des avocats et avocates en immigration du Québec"));
    assertEquals(EntityType.LOCATION, found.get("Québec"));
    assertEquals(EntityType.PERSON, found.get("Jean-Sébastien Boudreault"));
    assertEquals(3, found.size(), found.toString());
  }

  @Test
  void tagRunStopsAtTheVerb() {
    assertEquals(Map.of("Conseil constitutionnel", EntityType.ORGANIZATION),
        entities("Le [ORG Conseil constitutionnel se féminise]."));
  }

  @Test
  void organisationNameStopsBeforeADate() {
    assertEquals(Map.of("Conseil constitutionnel", EntityType.ORGANIZATION),
        entities("Elle siège au [LOC Conseil] constitutionnel en août 2010."));
  }

  @Test
  void placeEndingAnOrganisationNameIsAnEntityToo() {
    assertEquals(Map.of("cour d'appel de Rouen", EntityType.ORGANIZATION,
            "Rouen", EntityType.LOCATION),
        entities("Elle préside la cour d'appel de [LOC Rouen]."));
  }

  @Test
  void quotationMarksAndElidedArticlesStayOutOfNames() {
    List<Entity> found = extract("Un « effet [MISC Trump »] se fait sentir à l'[LOC Elysée].");
    assertEquals("Trump", found.get(0).text());
    assertEquals("Elysée", found.get(1).text());
  }

  @Test
  void sentenceOpenersAreNotNames() {
    assertEquals(Map.of(), entities("[LOC Quant] à la suite, rien. [MISC Enfin], il a perdu."));
  }

  @Test
  void verbsAndAnswersOpeningASentenceOrAPostAreNotNames() {
    assertEquals(Map.of("Paul Girard", EntityType.PERSON),
        entities("[MISC Confirmé] par le vote, [PER Paul Girard] parle.\n"
            + "@annemorel [MISC Décide] vite, a dit [PER Paul Girard].\n[MISC NON], rien.\n[LOC OK]"));
    // unless a person named in full elsewhere bears that word as a name
    Map<String, EntityType> found = entities("[PER Confirmé] parle. Selon [PER Luc Confirmé], non.");
    assertEquals(Map.of("Luc Confirmé", EntityType.PERSON), found);
  }

  @Test
  void portfolioAfterARoleIsNotAnEntity() {
    assertEquals(Map.of("Emmanuel Macron", EntityType.PERSON),
        entities("Le président de la [MISC République] [PER Emmanuel Macron] parle."));
  }

  @Test
  void namesOnACallToActionLineAreNotEntities() {
    assertEquals(Map.of("Trappes", EntityType.LOCATION),
        entities("Le feu est à [LOC Trappes].\n\nRetrouvez la chronique de [PER Véronique Jacquier]"));
  }

  @Test
  void theSentencesAfterACallToActionOnItsLineAreTheArticles() {
    // "Retour" opens furniture ("Retour à l'accueil") and a lead too: only its sentence is dropped
    assertEquals(Map.of("Anne Hidalgo", EntityType.PERSON, "Emmanuel Macron", EntityType.PERSON),
        entities("Retour à l'envoyeur. Alors que [PER Anne Hidalgo] a attaqué [PER Emmanuel Macron] "
            + "hier, il répond.\nIl est sûr de lui, dit [PER Emmanuel Macron]."));
  }

  @Test
  void anImperativeOpeningQuotedWordsIsNoCallToAction() {
    // near the end of the text a call to action starts the page furniture, whose people are
    // bylines dropped everywhere: quoted words opening with "Voir" are speech, not a link
    String lead = "La ministre [PER Agnès Buzyn] parle du tabac. ".repeat(12);
    assertEquals(Map.of("Agnès Buzyn", EntityType.PERSON),
        entities(lead + "\nElle se confie. \"Voir des jeunes fumeuses me rend malade\", "
            + "ajoutait-elle.\nElle l'a dit, a dénoncé [PER Agnès Buzyn]."));
    assertFalse(entities(lead + "\nVoir aussi la chronique de [PER Agnès Buzyn].")
        .containsKey("Agnès Buzyn"), "a real call to action still drops the byline");
  }

  // demonyms

  @Test
  void capitalisedNationalitiesAreMisc() {
    Map<String, EntityType> found = entities(
        "Des [LOC Américains] et des Mexicains ont visité le site des internautes américains.");
    assertEquals(Map.of("Américains", EntityType.MISC, "Mexicains", EntityType.MISC), found);
  }

  @Test
  void demonymFormsAreDerivedFromTheMasculine() {
    assertEquals(List.of("Canadien", "Canadiens", "Canadienne", "Canadiennes"),
        io.newsfacts.lexicon.Demonyms.forms("Canadien"));
    assertEquals(List.of("Français", "Français", "Française", "Françaises"),
        io.newsfacts.lexicon.Demonyms.forms("Français"));
    assertEquals(List.of("Breton", "Bretons", "Bretonne", "Bretonnes"),
        io.newsfacts.lexicon.Demonyms.forms("Breton"));
    assertEquals(List.of("Grec", "Grecs", "Grecque", "Grecques"),
        io.newsfacts.lexicon.Demonyms.forms("Grec, Grecs, Grecque, Grecques"));
  }

  // titles

  @Test
  void titleStaysInTheMentionButOutOfTheName() {
    Entity me = mention(extract("Cela ne se fait pas, a souligné [PER Me Boudreault]."),
        "Me Boudreault");
    assertEquals("Boudreault", me.canonical());
    assertEquals(EntityType.PERSON, me.type());
  }

  @Test
  void titleMakesAPersonOfAnUntaggedName() {
    Entity dr = mention(extract("Selon Dr Tremblay, rien ne change."), "Dr Tremblay");
    assertEquals("Tremblay", dr.canonical());
    assertEquals(EntityType.PERSON, dr.type());
  }

  @Test
  void spelledOutCivilitiesAreTitlesAndAloneAreNoNames() {
    List<Entity> found = extract("[PER Paul Girard] est étonné. « Et alors, [MISC Monsieur le] "
        + "président ? » a dit [PER Mr Girard] à [MISC Monsieur Girard] et à [MISC Mr] le ministre.");
    assertEquals("de Fontenay",
        mention(extract("Selon [PER Madame de Fontenay], non."), "Madame de Fontenay").canonical());
    assertEquals(List.of("Paul Girard", "Mr Girard", "Monsieur Girard"),
        found.stream().map(Entity::text).toList());
    for (Entity e : found) {
      assertEquals("Paul Girard", e.canonical(), e.toString());
      assertEquals(EntityType.PERSON, e.type(), e.toString());
    }
  }

  @Test
  void professionalAndReligiousTitlesWrittenOutAreTitles() {
    List<Entity> found = extract("[PER Monseigneur Michel Dubost] a parlé. Selon [PER Monseigneur Dubost], non. "
        + "Le [PER Docteur Girard] et le [PER Professeur Lenoir] l'ont dit.");
    assertEquals("Michel Dubost", mention(found, "Monseigneur Dubost").canonical());
    assertEquals("Girard", mention(found, "Docteur Girard").canonical());
    assertEquals("Lenoir", mention(found, "Professeur Lenoir").canonical());
  }

  // surnames and first names

  @Test
  void surnameAndTitledSurnameTakeTheFullName() {
    List<Entity> found = extract("[PER Jean-Sébastien Boudreault] est étonné. "
        + "[LOC Boudreault] a reçu des demandes. Cela ne se fait pas, a souligné [PER Me Boudreault].");
    assertEquals(3, found.size());
    for (Entity e : found) {
      assertEquals("Jean-Sébastien Boudreault", e.canonical(), e.toString());
      assertEquals(EntityType.PERSON, e.type(), e.toString());
    }
    assertEquals("Me Boudreault", found.get(2).text());
  }

  @Test
  void initialsOfTheFirstNamesTakeTheFullName() {
    List<Entity> found = extract("[PER J.-V. Durand] : un titre. Le sénateur [PER Jean-Vincent Durand] "
        + "a parlé, puis [PER F. Martin] et [PER Jean Martin] ont répondu à [PER Paul Martin].");
    assertEquals("Jean-Vincent Durand", mention(found, "J.-V. Durand").canonical());
    assertEquals("F. Martin", mention(found, "F. Martin").canonical()); // no F... Martin named
    assertEquals("Jean Martin", mention(found, "Jean Martin").canonical());
  }

  @Test
  void firstNameAloneTakesTheOnlyFullNameItStarts() {
    List<Entity> found = extract("[PER Pierre Moscovici] est ministre. « [PER Pierre] ne "
        + "fait que ce que [PER François] décide », dit un proche de [PER François Hollande] "
        + "et de [PER François Fillon].");
    assertEquals("Pierre Moscovici", mention(found, "Pierre").canonical());
    assertEquals("François", mention(found, "François").canonical()); // two François: unsure
  }

  // acronyms

  @Test
  void acronymDefinedInTheTextNamesTheFullNameEverywhere() {
    List<Entity> found = extract("Le ministère québécois de l'[ORG Immigration] (MIDI) confirme. "
        + "Le [MISC MIDI] ne remarque rien. Selon le MIDI, rien ne change.");
    List<Entity> midi = found.stream().filter(e -> e.text().equals("MIDI")).toList();
    assertEquals(3, midi.size());
    for (Entity e : found) {
      assertEquals("ministère québécois de l'Immigration", e.canonical(), e.toString());
      assertEquals(EntityType.ORGANIZATION, e.type(), e.toString());
    }
  }

  @Test
  void partyInParenthesesAfterAPersonIsNotAnotherNameOfThePerson() {
    List<Entity> found = extract("« Il faut agir », demande [PER Girard] ([ORG PS]). Selon [PER Paul Girard], "
        + "les députés [ORG PS] hésitent.");
    for (Entity e : found) {
      boolean party = e.text().equals("PS");
      assertEquals(party ? "PS" : "Paul Girard", e.canonical(), e.toString());
      assertEquals(party ? EntityType.ORGANIZATION : EntityType.PERSON, e.type(), e.toString());
    }
    assertEquals(4, found.size(), found.toString());
  }

  @Test
  void acronymNamesTheWholeNameNotThePlaceEndingIt() {
    List<Entity> found = extract("La cour d'appel de [LOC Rouen] (CAR) siège. La CAR a jugé.");
    assertEquals("cour d'appel de Rouen", mention(found, "CAR").canonical());
    assertEquals("Rouen", mention(found, "Rouen").canonical());
  }

  @Test
  void acronymSpelledByTheWordsBeforeIt() {
    List<Entity> found = extract("Il vante ses Zones de sécurité prioritaire (ZSP). "
        + "Les ZSP ne suffisent pas.");
    assertEquals(3, found.size(), found.toString());
    for (Entity e : found) {
      assertEquals("Zones de sécurité prioritaire", e.canonical());
    }
  }

  @Test
  void shortMinistryNameJoinsTheFullOne() {
    List<Entity> found = extract("Le ministère fédéral a reçu des visites. Le site du ministère "
        + "fédéral de l'[ORG Immigration] est en panne. Le [LOC Ministère] a confirmé.");
    assertEquals(3, found.size(), found.toString());
    for (Entity e : found) {
      assertEquals("ministère fédéral de l'Immigration", e.canonical());
    }
  }

  @Test
  void taggedBareHeadStaysWhenNoLongerNameExists() {
    assertEquals(Map.of("Parlement", EntityType.ORGANIZATION),
        entities("Hier, le [ORG Parlement] a voté."));
  }

  @Test
  void surnameThatIsAlsoADemonymStaysAPerson() {
    List<Entity> found = extract("[PER Louis Gallois] a dit non. [PER Gallois] a voté.");
    assertEquals("Louis Gallois", mention(found, "Gallois").canonical());
    assertEquals(EntityType.PERSON, mention(found, "Gallois").type());
  }

  // roles

  @Test
  void roleBeforeTheName() {
    List<Entity> found = extract("Il parle, a dit le porte-parole du [MISC MIDI], "
        + "[PER Jonathan Lavallée]. [PER Lavallée] a confirmé.");
    assertEquals("porte-parole du MIDI", mention(found, "Jonathan Lavallée").role());
    assertEquals("porte-parole du MIDI", mention(found, "Lavallée").role());
  }

  @Test
  void roleWithAdjectivesBeforeTheName() {
    assertEquals("candidate démocrate", mention(
        extract("Il a battu la candidate démocrate [PER Hillary Clinton]."), "Hillary Clinton").role());
  }

  @Test
  void roleInAppositionAfterTheName() {
    assertEquals("président du groupe", mention(
        extract("Dix députés dont [PER Jean-Louis Borloo], le président du groupe, ont voté."),
        "Jean-Louis Borloo").role());
  }

  @Test
  void noRoleWithoutARoleNoun() {
    assertNull(mention(extract("Il a dit à [PER Michel Kilo] qui a voté."), "Michel Kilo").role());
  }

  @Test
  void everyMentionOfOneEntityHasOneTypeAndOneCanonicalName() {
    List<Entity> found = extract("[PER Donald Trump] a gagné. L'effet [MISC Trump] est là. "
        + "[LOC Trump] parle.");
    assertTrue(found.stream().allMatch(e -> e.canonical().equals("Donald Trump")
        && e.type() == EntityType.PERSON), found.toString());
    assertEquals(1, found.stream().map(Entity::canonical).collect(Collectors.toSet()).size());
  }
}
