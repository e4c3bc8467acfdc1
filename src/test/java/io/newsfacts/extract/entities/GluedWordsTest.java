package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Words the tagger glues to a name that are no part of it, on sentences tagged as CoreNLP's French
 * models tag them (each word written "word/POS/NER", one sentence a line, "\u00b6" a line break
 * inside one): a nationality and the adjective, verb or place after it, initials that end a
 * sentence the tokenizer did not cut, a line break or a link inside a name; and the prosecution
 * office named with its court's seat.
 */
class GluedWordsTest {
  private static final EntityExtractor EXTRACTOR = new EntityExtractor();

  /** Canonical name -> type of each entity of the tagged sentences, in order of first mention. */
  static Map<String, EntityType> entities(String... sentences) {
    Map<String, EntityType> found = new LinkedHashMap<>();
    for (Entity e : extracted(sentences)) {
      found.putIfAbsent(e.canonical(), e.type());
    }
    return found;
  }

  /** Every mention the extractor finds in the tagged sentences. */
  static List<Entity> extracted(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    for (String line : sentences) {
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      String gap = " ";
      for (String item : line.split(" ")) {
        if (item.equals("\u00b6")) {
          gap = "\n"; // a line break the tokenizer kept inside the sentence
          continue;
        }
        int a = item.lastIndexOf('/', item.lastIndexOf('/') - 1);
        int b = item.lastIndexOf('/');
        String word = item.substring(0, a);
        if (text.length() > start) {
          text.append(gap);
        }
        gap = " ";
        tokens.add(new Token(word, text.length(), text.length() + word.length(),
            item.substring(a + 1, b), item.substring(b + 1)));
        text.append(word);
        if (word.endsWith("'")) {
          gap = ""; // "l'agriculture": an elided article is written against its word
        }
      }
      out.add(new Sentence(start, text.length(), tokens));
      text.append('\n');
    }
    return EXTRACTOR.extract(new AnnotatedText(text.toString(), out));
  }

  @Test
  void nationalityEndsBeforeTheLowerCaseWordsAfterIt() {
    assertEquals(Map.of("Français", EntityType.MISC), entities(
        "Il/PRON/O a/AUX/O convoqué/VERB/O des/ADP/O Français/NOUN/LOC moyens/ADJ/O sur/ADP/O "
            + "le/DET/O plateau/NOUN/O ./PUNCT/O"));
    assertEquals(Map.of("Français", EntityType.MISC), entities(
        "Le/DET/O cœur/NOUN/O des/ADP/O Français/NOUN/MISC balance/NOUN/MISC ./PUNCT/O"));
    assertEquals(Map.of("Européens", EntityType.MISC), entities(
        "La/DET/O volonté/NOUN/O des/ADP/O Européens/NOUN/MISC sur/ADP/MISC l'/DET/MISC "
            + "enquête/NOUN/MISC est/AUX/O claire/ADJ/O ./PUNCT/O"));
  }

  @Test
  void placeAfterANationalityIsANameOfItsOwn() {
    Map<String, EntityType> found = entities("Les/DET/O Autrichiens/NOUN/LOC de/ADP/LOC "
        + "Salzburg/PROPN/LOC ont/AUX/O perdu/VERB/O ./PUNCT/O");
    assertEquals(EntityType.MISC, found.get("Autrichiens"), found.toString());
    assertEquals(List.of("Autrichiens", "Salzburg"), List.copyOf(found.keySet()));
  }

  @Test
  void aNameEndsBeforeCommonNounsJoinedByEt() {
    assertEquals(List.of("Parlement"), List.copyOf(entities("Sans/ADP/O implication/NOUN/O du/ADP/O "
        + "Parlement/PROPN/ORG et/CCONJ/ORG des/DET/ORG citoyens/NOUN/ORG ./PUNCT/O").keySet()));
    // a body's name that coordinates its own common nouns stays whole
    assertEquals(List.of("Observatoire national de la délinquance et des réponses pénales"), List.copyOf(entities(
        "L'/DET/O Observatoire/PROPN/ORG national/ADJ/ORG de/ADP/ORG la/DET/ORG délinquance/NOUN/ORG et/CCONJ/ORG "
            + "des/DET/ORG réponses/NOUN/ORG pénales/ADJ/ORG publie/VERB/O ./PUNCT/O").keySet()));
  }

  @Test
  void aPeopleNamedWithItsPlaceStaysWhole() {
    assertEquals(List.of("Coréens du Sud"), List.copyOf(entities("Les/DET/O Coréens/NOUN/MISC "
        + "du/ADP/MISC Sud/PROPN/MISC ont/AUX/O voté/VERB/O ./PUNCT/O").keySet()));
  }

  @Test
  void initialsEndingASentenceAreNoName() {
    assertEquals(Map.of(), entities("C'/PRON/O est/AUX/O le/DET/O jour/NOUN/O J./PROPN/MISC "
        + "Ça/PRON/MISC a/AUX/O été/AUX/O dur/ADJ/O ./PUNCT/O"));
    assertEquals(Map.of(), entities("C'/PRON/O est/AUX/O le/DET/O jour/NOUN/O J./PROPN/MISC "
        + "Tour/NOUN/MISC d'/ADP/O horizon/NOUN/O des/ADP/O règles/NOUN/O ./PUNCT/O"));
    assertEquals(Map.of(), entities("Il/PRON/O a/AUX/O présenté/VERB/O des/DET/O excuses/NOUN/O "
        + "à/ADP/O Y./PROPN/PER E./PROPN/PER a/AUX/O pleuré/VERB/O ./PUNCT/O"));
    assertEquals(Map.of(), entities("J-J/PROPN/MISC B/PROPN/MISC :/PUNCT/O Pourquoi/ADV/O ?/PUNCT/O"));
  }

  @Test
  void initialsBeforeASurnameStay() {
    assertEquals(List.of("F. Hollande"), List.copyOf(entities("C'/PRON/O est/AUX/O ce/PRON/O "
        + "que/PRON/O fait/VERB/O F./PROPN/PER Hollande/PROPN/PER ./PUNCT/O").keySet()));
    assertEquals(List.of("J.-M. Le Pen"), List.copyOf(entities("Selon/ADP/O "
        + "J.-M./PROPN/PER Le/PROPN/PER Pen/PROPN/PER ./PUNCT/O").keySet()));
  }

  @Test
  void noNameRunsOverALineBreakOrALink() {
    Map<String, EntityType> found = entities("Il/PRON/O vient/VERB/O de/ADP/O le/DET/O "
        + "centre/NOUN/O \u00b6 Bruno/PROPN/PER Le/PROPN/PER Maire/PROPN/PER a/AUX/O parlé/VERB/O ./PUNCT/O");
    assertEquals(Map.of("Bruno Le Maire", EntityType.PERSON), found);
    found = entities("Il/PRON/O a/AUX/O écrit/VERB/O à/ADP/O Paris/PROPN/ORG Match/PROPN/ORG "
        + "https://t.co/nHQ/PROPN/ORG ./PUNCT/O");
    assertEquals(List.of("Paris Match"), List.copyOf(found.keySet()));
  }

  @Test
  void prosecutionOfficeIsNamedWithItsSeat() {
    Map<String, EntityType> found = entities("Le/DET/O parquet/NOUN/O de/ADP/O Brest/PROPN/LOC "
        + "a/AUX/O ouvert/VERB/O une/DET/O enquête/NOUN/O ./PUNCT/O");
    assertEquals(EntityType.ORGANIZATION, found.get("parquet de Brest"), found.toString());
    assertEquals(EntityType.LOCATION, found.get("Brest"), found.toString());
  }

  @Test
  void particleInsideASurnameOpensNoSecondPerson() {
    assertEquals(List.of("Ziyed Ben Belgacem"), List.copyOf(entities("Ils/PRON/O ont/AUX/O "
        + "armé/VERB/O Ziyed/PROPN/PER Ben/PROPN/PER Belgacem/PROPN/PER ,/PUNCT/O l'/DET/O "
        + "assaillant/NOUN/O ./PUNCT/O").keySet()));
  }

  @Test
  void purposeWithTwoNounsEndsAtItsVerbInTheSingular() {
    Map<String, EntityType> found = entities("Par/ADP/O ailleurs/ADV/O ,/PUNCT/O l'/DET/O Organisation/NOUN/ORG "
            + "des/ADP/ORG Nations/PROPN/ORG unies/ADJ/ORG pour/ADP/ORG l'/DET/ORG "
            + "alimentation/NOUN/ORG et/CCONJ/O l'/DET/O agriculture/NOUN/O indique/VERB/O "
            + "que/SCONJ/O les/DET/O sources/NOUN/O changent/VERB/O ./PUNCT/O");
    assertEquals(EntityType.ORGANIZATION,
        found.get("Organisation des Nations unies pour l'alimentation et l'agriculture"), found.toString());
    assertFalse(found.containsKey("Organisation des Nations unies pour l'alimentation"), found.toString());
    assertEquals(List.of("Ligue contre le cancer"), List.copyOf(entities("Enfin/ADV/O ,/PUNCT/O "
        + "la/DET/O Ligue/PROPN/ORG contre/ADP/O le/DET/O cancer/NOUN/O et/CCONJ/O les/DET/O "
        + "associations/NOUN/O ont/AUX/O dénoncé/VERB/O la/DET/O loi/NOUN/O ./PUNCT/O").keySet()));
  }

  @Test
  void nationalityAfterANameInEnglishIsNoPartOfIt() {
    assertEquals(List.of("Food Ethics Council"), List.copyOf(entities("D'/ADP/O après/ADP/O "
        + "le/DET/O Food/PROPN/ORG Ethics/PROPN/ORG Council/PROPN/ORG britannique/PROPN/ORG "
        + ",/PUNCT/O l'/DET/O agriculture/NOUN/O pollue/VERB/O ./PUNCT/O").keySet()));
    assertEquals(List.of("Parti communiste français"), List.copyOf(entities("Il/PRON/O "
        + "quitte/VERB/O le/DET/O Parti/PROPN/ORG communiste/ADJ/ORG français/ADJ/ORG "
        + "./PUNCT/O").keySet()));
  }

  @Test
  void initialsOfAPersonNamedInFullAreThatPerson() {
    List<Entity> found = extracted(
        "Nathalie/PROPN/PER Kosciusko-Morizet/PROPN/PER est/AUX/O candidate/NOUN/O ./PUNCT/O",
        "NKM/PROPN/O ironise/VERB/O ./PUNCT/O");
    assertEquals(List.of("Nathalie Kosciusko-Morizet", "NKM"), found.stream().map(Entity::text).toList());
    assertEquals(List.of("Nathalie Kosciusko-Morizet", "Nathalie Kosciusko-Morizet"),
        found.stream().map(Entity::canonical).toList());
    // two letters are a party's as often: "PS" is no Pierre Steinmetz
    assertFalse(extracted("Pierre/PROPN/PER Steinmetz/PROPN/PER a/AUX/O voté/VERB/O ./PUNCT/O",
        "Le/DET/O PS/PROPN/O a/AUX/O voté/VERB/O ./PUNCT/O").stream()
        .anyMatch(e -> e.text().equals("PS") && e.canonical().equals("Pierre Steinmetz")));
  }

  @Test
  void knownNameEndsBeforeAComplementTheTaggerTookIn() {
    assertEquals(List.of("Front national"), List.copyOf(entities("Des/DET/O sympathisants/NOUN/O "
        + "du/ADP/O Front/NOUN/ORG national/ADJ/ORG pour/ADP/ORG l'/DET/ORG électorat/NOUN/ORG "
        + "juif/ADJ/ORG votent/VERB/O ./PUNCT/O").keySet()));
  }

  @Test
  void anEventHeadTakesItsComplementInLowerCase() {
    Map<String, EntityType> found = entities(
        "Hollande/PROPN/PER inaugure/VERB/O le/DET/O Salon/PROPN/LOC de/ADP/O l'/DET/O "
            + "agriculture/NOUN/O samedi/NOUN/O ./PUNCT/O",
        "Il/PRON/O a/AUX/O vu/VERB/O la/DET/O finale/NOUN/O de/ADP/O la/DET/O Coupe/PROPN/MISC "
            + "du/ADP/O monde/NOUN/O ./PUNCT/O",
        "J'/PRON/O étais/AUX/O au/ADP/O Salon/PROPN/MISC du/ADP/O jeu/NOUN/O vidéo/ADJ/O ./PUNCT/O");
    assertEquals(EntityType.MISC, found.get("Salon de l'agriculture"), found.toString());
    assertEquals(EntityType.MISC, found.get("Salon du jeu vidéo"), found.toString());
    assertEquals(EntityType.MISC, found.get("Coupe du monde"), found.toString());
  }

  @Test
  void anEventHeadDoesNotTakeAPrepositionOrOpenASentence() {
    Map<String, EntityType> found = entities(
        "Il/PRON/O est/AUX/O fidèle/ADJ/O à/ADP/O la/DET/O Constitution/PROPN/MISC de/ADP/O "
            + "toujours/ADV/O ./PUNCT/O");
    assertEquals(List.of("Constitution"), List.copyOf(found.keySet()));
    assertFalse(entities("Marche/PROPN/MISC de/ADP/O nuit/NOUN/O dans/ADP/O Paris/PROPN/LOC "
        + "./PUNCT/O").containsKey("Marche de nuit"));
  }
}
