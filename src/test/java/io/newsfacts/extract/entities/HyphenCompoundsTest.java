package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mentions the tagger cut before a hyphen and a lower-case word ({@link HyphenPair#wholeCompounds}),
 * on mentions placed by hand where CoreNLP's tokenizer cuts the compound.
 */
class HyphenCompoundsTest {
  /** The mention [from, to) of {@code text}, as the tagger gave it. */
  private static Candidate mention(String text, String name) {
    int from = text.indexOf(name);
    return new Candidate(from, from, from + name.length(), EntityType.LOCATION,
        Candidate.Origin.CRF, null);
  }

  private static List<String> whole(String text, String name) {
    return HyphenPair.wholeCompounds(text, List.of(mention(text, name))).stream()
        .map(c -> c.name(text)).toList();
  }

  @Test
  void compoundNamesAreMadeWhole() {
    // CoreNLP's tokenizer cuts "Juan-les-Pins" and "Rendez-vous" at their hyphens
    assertEquals(List.of("Juan-les-Pins"), whole("Il passe l'été à Juan-les-Pins.", "Juan"));
    assertEquals(List.of("Grand Rendez-vous"),
        whole("Il l'a dit au micro du Grand Rendez-vous hier.", "Grand Rendez"));
    assertEquals(List.of("Bagnols-sur-Cèze"), whole("Il vit à Bagnols-sur-Cèze.", "Bagnols"));
  }

  @Test
  void aVerbBeforeTheSubjectOfAQuestionIsNoName() {
    assertEquals(List.of(), whole("A la question « Etes-vous satisfait ? », ils ont dit non.", "Etes"));
    assertEquals(List.of(), whole("Diriez-vous que c'est vrai ?", "Diriez"));
  }

  @Test
  void anAcronymBeforeAHyphenStaysAsItIs() {
    assertEquals(List.of("PS"), whole("La liste PS-écologistes a gagné.", "PS"));
  }
}
