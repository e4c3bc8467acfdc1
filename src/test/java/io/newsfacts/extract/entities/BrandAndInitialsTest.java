package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Companies and houses named after a cue noun, people named by their initials, and editorial
 * notes, on hand-tagged French sentences without the CoreNLP models: the tags are the tagger's
 * (wrong) ones, the assertions what a reader finds.
 */
class BrandAndInitialsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // a house of fashion, luxury or publishing

  @Test
  void aHouseBeforeANameMakesACompany() {
    assertEquals(Map.of("Arnys", EntityType.ORGANIZATION),
        entities("Il a racheté la maison [PER Arnys] en 2012."));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les maisons [PER Zorvak] et [ORG Blimo] ont défilé.").get("Zorvak"));
  }

  @Test
  void aHouseTypesOnlyTheNameRightAfterIt() {
    assertEquals(Map.of("Arles", EntityType.LOCATION),
        entities("Le siège de la maison d'édition à [LOC Arles] a fermé."));
    assertEquals(Map.of("Nîmes", EntityType.LOCATION),
        entities("Il a grandi à [LOC Nîmes], la maison de sa mère."));
    assertEquals(EntityType.LOCATION,
        entities("La foule a envahi la [LOC Maison carrée] hier.").get("Maison carrée"));
  }

  // an English first name before a common word is no person after a company noun

  @Test
  void anEnglishFirstNameDoesNotHideTheCompanyNoun() {
    assertEquals(Map.of("Terra Cycle", EntityType.ORGANIZATION),
        entities("L'entreprise [LOC Terra Cycle] recycle les mégots."));
    assertEquals(Map.of("Urban Store", EntityType.ORGANIZATION),
        entities("L'enseigne [PER Urban Store] a ouvert une boutique."));
  }

  @Test
  void aPersonsFullNameAfterARoleStaysAPerson() {
    assertEquals(Map.of("Brendon Urie", EntityType.PERSON),
        entities("Le chanteur [PER Brendon Urie] a confirmé."));
    assertEquals(Map.of("Pierre Zorvak", EntityType.PERSON),
        entities("Le patron du groupe, [PER Pierre Zorvak], a confirmé."));
  }

  // initials name the one person of the article whose name they spell

  @Test
  void initialsAreThePersonTheySpell() {
    List<Entity> found = EXTRACTOR.extract(TaggedText.of(
        "[PER Nathalie Kosciusko-Morizet] est candidate. Selon [ORG NKM], la ville change."));
    assertEquals(2, found.size());
    for (Entity e : found) {
      assertEquals(EntityType.PERSON, e.type());
      assertEquals("Nathalie Kosciusko-Morizet", e.canonical());
    }
    assertEquals(Map.of("Valéry Giscard d'Estaing", EntityType.PERSON),
        entities("[PER Valéry Giscard d'Estaing] a parlé. Mais [MISC VGE] a confirmé."));
  }

  @Test
  void initialsSharedByTwoPeopleOrTooShortStayApart() {
    Map<String, EntityType> two = entities("[PER Marc Lavoine] et [PER Marie Le Pen] ont parlé."
        + " Mais [ORG MLP] a confirmé.");
    assertEquals(EntityType.PERSON, two.get("Marc Lavoine"));
    assertEquals(EntityType.PERSON, two.get("Marie Le Pen"));
    Map<String, EntityType> shortOne = entities("[PER Pierre Sarre] a parlé. Le [ORG PS] a voté.");
    assertEquals(EntityType.ORGANIZATION, shortOne.get("PS"));
    assertEquals("JLM", EntityLinker.initials("Jean-Luc Mélenchon"));
  }

  // an editorial note is no body

  @Test
  void anEditorialNoteIsNoEntity() {
    assertFalse(entities("Il faut étendre la loi (sur le port du voile, [ORG NDLR]) aux entreprises.")
        .containsKey("NDLR"));
    assertFalse(entities("Son [ORG QI] est élevé.").containsKey("QI"));
  }

  // a party under its former name

  @Test
  void aPartysFormerNameIsTheParty() {
    assertEquals(Map.of("Debout la République", EntityType.ORGANIZATION),
        entities("Le candidat de [MISC Debout la République] a parlé."));
  }
  // a publisher where a book comes out, a body that someone directs

  @Test
  void whereABookComesOutIsAPublisher() {
    assertEquals(Map.of("Fayard", EntityType.ORGANIZATION),
        entities("Son roman paraîtra chez [PER Fayard] en mars."));
    assertEquals(Map.of("Zorvak", EntityType.ORGANIZATION),
        entities("Il a signé un essai chez [PER Zorvak] l'an dernier."));
    assertEquals(Map.of("Marie Zorvak", EntityType.PERSON),
        entities("Il a dîné chez [PER Marie Zorvak] hier."));
  }

  @Test
  void whatSomeoneDirectsIsABody() {
    Map<String, EntityType> found =
        entities("La directrice de [LOC Chanel], [PER Leena Nair], a confirmé.");
    assertEquals(EntityType.ORGANIZATION, found.get("Chanel"));
    assertEquals(EntityType.PERSON, found.get("Leena Nair"));
    assertEquals(Map.of("Zorvak", EntityType.PERSON),
        entities("Le directeur de campagne de [PER Zorvak] a confirmé."));
    assertEquals(EntityType.LOCATION,
        entities("Les dirigeants de l'[LOC Europe] ont cédé.").get("Europe"));
  }

  // a name and its verb between quotation marks are a quoted clause, not a title

  @Test
  void aQuotedClauseIsNoTitle() {
    Map<String, EntityType> found =
        entities("« [PER Zorvak] a le bon profil », a estimé le ministre.");
    assertFalse(found.containsKey("Zorvak a le bon profil"));
    assertEquals(Set.of("Zorvak libéré"),
        entities("Il présente sa liste « [LOC Zorvak] libéré » mardi.").keySet());
    assertEquals(Set.of("Zorvak"), entities("« [PER Zorvak] reconnait » tout.").keySet());
    assertEquals(EntityType.ORGANIZATION,
        entities("Le collectif « [ORG Osez le féminisme] » manifeste.").get("Osez le féminisme"));
  }
  // an office of a body: the body is the name

  @Test
  void anOfficeOfABodyIsTheBody() {
    assertEquals(Map.of("UMP", EntityType.ORGANIZATION),
        entities("Il est candidat à la présidence de l'[ORG UMP] depuis juin."));
    assertEquals(Map.of("présidence de la République", EntityType.ORGANIZATION),
        entities("Un communiqué de la présidence de la République a suivi."));
    assertEquals(Map.of("présidence de la République française", EntityType.ORGANIZATION),
        entities("Un communiqué de la présidence de la République française a suivi."));
  }
  // a name whose period the tokenizer took for an abbreviation's runs over the sentence's end

  @Test
  void aNameEndsAtTheSentencesPeriod() {
    String text = "Elle a acheté sa robe chez H&M. Le magasin était bondé.";
    int start = text.indexOf("H&M");
    Candidate glued = new Candidate(start, start, text.indexOf(" était"), EntityType.ORGANIZATION,
        Candidate.Origin.CRF, null);
    assertEquals("H&M", LegalForms.cutAtMissedSentenceEnds(text, List.of(glued)).get(0).name(text));
    String caps = "Il vend chez ASOS. La marque grandit.";
    int at = caps.indexOf("ASOS");
    Candidate other = new Candidate(at, at, caps.indexOf(" marque"), EntityType.ORGANIZATION,
        Candidate.Origin.CRF, null);
    assertEquals("ASOS", LegalForms.cutAtMissedSentenceEnds(caps, List.of(other)).get(0).name(caps));
    String initials = "Il a cité J. R. R. Tolkien et U.S. Steel hier.";
    for (String name : List.of("J. R. R. Tolkien", "U.S. Steel")) {
      int from = initials.indexOf(name);
      Candidate c = new Candidate(from, from, from + name.length(), EntityType.PERSON,
          Candidate.Origin.CRF, null);
      assertEquals(name, LegalForms.cutAtMissedSentenceEnds(initials, List.of(c)).get(0).name(initials));
    }
  }
  // a capital by convention or a place glued to a person's full name

  @Test
  void aPlaceOrAConventionalCapitalGluedToAPersonIsCutOff() {
    assertEquals(Map.of("Rama Yade", EntityType.PERSON),
        entities("[PER Rama Yade] propose. L'ancienne secrétaire d'[PER Etat Rama Yade] continue."));
    assertEquals(Map.of("Paris", EntityType.LOCATION, "Ian Brossat", EntityType.PERSON),
        entities("L'adjoint à la mairie de [PER Paris Ian Brossat] a répondu. [PER Ian Brossat] insiste."));
    assertFalse(entities("Il écrit : « [PER Cher Manuel Valls], partez. » [PER Manuel Valls] se tait.")
        .containsKey("Cher"));
  }
}
