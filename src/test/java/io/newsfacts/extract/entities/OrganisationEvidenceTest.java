package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Organisations, media and companies on hand-tagged French sentences without the CoreNLP models:
 * the tags are the tagger's (wrong) ones, the assertions what a reader finds.
 */
class OrganisationEvidenceTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  private static Map<String, EntityType> entities(String marked) {
    return TaggedText.entities(EXTRACTOR, marked);
  }

  // a title's own article, with its capital inside a sentence, belongs to its name

  @Test
  void anArticleWithItsCapitalInsideASentenceIsPartOfTheName() {
    assertEquals(Map.of("L'Équipe", EntityType.ORGANIZATION),
        entities("Il l'a confié dans les colonnes de L'[ORG Équipe] jeudi."));
    assertEquals(Map.of("La Voix du Nord", EntityType.ORGANIZATION),
        entities("Selon La [ORG Voix du Nord], la grève continue."));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les salariés de L'[ORG Oréal] ont manifesté.").get("L'Oréal"));
  }

  @Test
  void anArticleThatOpensTheSentenceOrAQuotationStaysOut() {
    assertEquals(Map.of("Allemagne", EntityType.LOCATION),
        entities("L'[LOC Allemagne] a voté la loi."));
    assertEquals(Map.of("Allemagne", EntityType.LOCATION),
        entities("Il a dit : « La [LOC Allemagne] a voté la loi. »"));
    assertEquals(Map.of("Allemagne", EntityType.LOCATION),
        entities("Il vit en [LOC Allemagne] depuis dix ans."));
  }

  @Test
  void aNameKnownWithoutItsArticleStaysWithout() {
    assertFalse(entities("Il est l'auteur de L'[ORG Union européenne] et l'immigration.")
        .containsKey("L'Union européenne"));
  }

  @Test
  void aPersonKeepsHisNameWithoutTheArticle() {
    assertFalse(entities("Le texte cite La [PER Fontaine] sans le nommer.").containsKey("La Fontaine"));
  }

  // a portfolio after the noun of its holder is no organisation, listed or not

  @Test
  void aPortfolioAfterItsHolderIsNoEntity() {
    assertEquals(Map.of("Pierre Moscovici", EntityType.PERSON),
        entities("[PER Pierre Moscovici], commissaire européen aux [ORG Affaires économiques], a parlé."));
    assertEquals(Map.of(),
        entities("La ministre du [ORG Redressement productif] a confirmé."));
    assertEquals(Map.of(),
        entities("La secrétaire d'Etat chargée des [ORG Relations internationales] a confirmé."));
    assertEquals(Map.of("Kader Arif", EntityType.PERSON),
        entities("Le ministre chargé du [MISC Commerce extérieur] [PER Kader Arif] a affirmé."));
  }

  @Test
  void laterPortfoliosOfAListAfterTheirHolderAreNoEntities() {
    assertEquals(Map.of(), entities("La ministre de l'Écologie, du [ORG Développement durable]"
        + " et de l'[LOC Énergie] a confirmé."));
    assertEquals(Map.of("Myriam El Khomri", EntityType.PERSON), entities("[PER Myriam El Khomri],"
        + " ministre du Travail, de l'Emploi et du [MISC Dialogue] social, a confirmé."));
    // a list of bodies after a role is no list of portfolios
    assertTrue(entities("Le président de l'[ORG UMP], du [ORG Parti socialiste] et du"
        + " [ORG MoDem] a confirmé.").containsKey("Parti socialiste"));
    // nor a list whose first item has no holder before it
    assertTrue(entities("Il parle de l'[ORG Inserm], du [ORG Développement durable] et du"
        + " [ORG CNRS].").containsKey("Développement durable"));
  }

  @Test
  void aBodyOrAMinistryAfterARoleStays() {
    assertTrue(entities("Le secrétaire général du [ORG Parti socialiste] a confirmé.")
        .containsKey("Parti socialiste"));
    assertTrue(entities("Il a été ministre de l'[ORG Allemagne] de l'Est.").size() == 1);
    assertEquals(EntityType.ORGANIZATION,
        entities("Le ministre a répondu au [ORG Conseil constitutionnel] hier.").get("Conseil constitutionnel"));
  }

  @Test
  void everyPortfolioHolderIsRead() {
    long lines = Lexicon.lines("entities/portfolio-holders.txt").size();
    assertEquals(2 * lines, new CapitalContext(new EntityLexicon()).holders());
  }

  // a medium named where it is quoted

  @Test
  void whatRepeatsANewsIsAMedium() {
    assertEquals(EntityType.ORGANIZATION,
        entities("L'information, reprise par [LOC Zorvak], a circulé.").get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Il l'a confié à [MISC Zorvak Business] mardi.").get("Zorvak Business"));
    assertEquals(EntityType.LOCATION,
        entities("Il l'a confié à [LOC Marseille] mardi.").get("Marseille"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Un sondage réalisé par [PER Zorvak Blimo Consulting] le montre.").get("Zorvak Blimo Consulting"));
  }

  // nouns of companies and publishers before a name

  @Test
  void aPublisherOrACompanyNounTypesTheNameAfterIt() {
    assertEquals(EntityType.ORGANIZATION,
        entities("Son roman paraît aux éditions [PER Grasset] en mars.").get("Grasset"));
    assertEquals(EntityType.ORGANIZATION,
        entities("La banque [PER Zorvak] a perdu un milliard.").get("Zorvak"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Les lots de l'équipementier [MISC Zorvak Sport] sont partis.").get("Zorvak Sport"));
  }

  // a company's legal form ends its name

  @Test
  void aLegalFormMakesACompany() {
    assertEquals(Map.of("Morel & Cie", EntityType.ORGANIZATION, "Lambert Group", EntityType.ORGANIZATION),
        entities("Le fonds a cédé [MISC Morel & Cie] à [PER Lambert Group] hier."));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le cabinet conseille [MISC Bastide SARL] depuis 2015.").get("Bastide SARL"));
  }

  @Test
  void aLegalFormsPeriodThatEndsTheSentenceIsTheSentences() {
    // the tokenizer keeps an abbreviation's period in its word, the sentence's end with it
    LegalForms forms = new LegalForms();
    String ends = "La vente a été confirmée par Event & Cie.\nLe prix reste secret.";
    String inside = "La vente a été confirmée par Event & Cie. et par le fonds.";
    int start = ends.indexOf("Event");
    int end = ends.indexOf("Cie.") + 4;
    Candidate c = new Candidate(start, start, end, EntityType.ORGANIZATION, Candidate.Origin.CRF, null);
    assertEquals("Event & Cie",
        forms.withoutSentencePeriods(ends, List.of(c)).get(0).name(ends));
    assertEquals("Event & Cie.",
        forms.withoutSentencePeriods(inside, List.of(c)).get(0).name(inside));
    String other = ends.replace("Event & Cie.", "Events, Cie.");
    assertEquals("Events, Cie.",
        forms.withoutSentencePeriods(other, List.of(c)).get(0).name(other),
        "no legal form: the period stays");
  }

  @Test
  void everyLegalFormIsRead() {
    List<String> lines = Lexicon.lines("entities/legal-suffixes.txt");
    LegalForms forms = new LegalForms();
    assertEquals(lines.size(), forms.size());
    for (String line : lines) {
      assertTrue(forms.ends("Zorvak " + line), line);
    }
    assertFalse(forms.ends("SARL"));
  }

  @Test
  void theRepublicOfAProsecutorIsNoEntity() {
    assertEquals(Map.of(),
        entities("Le procureur de la [ORG République] a ouvert une enquête."));
  }

  // a company's branch in a country (NameLexicons.countryBranch)

  @Test
  void aCompanyAndACountryIsTheCompanysBranch() {
    assertEquals(EntityType.ORGANIZATION, entities("Jean-Pierre Letartre, président d'[LOC EY "
        + "France], a parlé.").get("EY France"));
    assertEquals(EntityType.ORGANIZATION,
        entities("Le rachat de [PER Mondadori France] est fait.").get("Mondadori France"));
    // a first name, a common word or a place before the country: no branch
    assertEquals(EntityType.PERSON, entities("Il a lu [PER Anatole France] hier.").get("Anatole France"));
    assertEquals(EntityType.LOCATION, entities("Ils chantent [LOC Douce France] hier.").get("Douce France"));
  }

  // English head words (english-org-heads.txt) opening a name before "of" or "for"

  @Test
  void anEnglishHeadBeforeOfMakesAnOrganisation() {
    assertEquals(EntityType.ORGANIZATION, entities("Les photos viennent de la [MISC Library of "
        + "Congress] à Washington.").get("Library of Congress"));
    assertEquals(EntityType.ORGANIZATION, entities("Elle dirige la [PER George Grantham Bain "
        + "Collection] depuis 2010.").get("George Grantham Bain Collection"));
    assertEquals(EntityType.MISC, entities("Il regarde [MISC Game of Thrones] le soir.")
        .get("Game of Thrones"));
  }

  // the last word of a site's name (facility-words.txt)

  @Test
  void aSquareOrAGardenIsAPlace() {
    assertEquals(EntityType.LOCATION,
        entities("Ils manifestent à [ORG Union Square] hier.").get("Union Square"));
  }
}
