package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a speaker carried over or a subject pronoun may not take: words whose own sentence names
 * another person after a reporting verb, and names that are complements of a sentence whose
 * subject is the pronoun itself ("Il a annoncé une mission confiée à Y et Z"). Hand-written French.
 */
class SpeakerCarryOverTest {
  @Test
  void aPersonNamedAfterTheQuotesVerbIsNotOverriddenByTheParagraph() {
    List<Quote> qs = quotes("[PER Paul Durand] a présenté lundi son plan pour le logement social. "
        + "«Ce plan répond très clairement aux attentes des familles» avait déjà glissé dans la matinée "
        + "[PER Marie Lenoir], porte-parole du parti, sur une radio.");
    assertEquals(1, qs.size());
    assertNotEquals("Paul Durand", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aPersonNamedAfterTheQuotesVerbIsNotOverriddenByThePreviousSpeaker() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis [PER Paul Durand] lundi. "
        + "«Les familles attendent depuis trop longtemps» rappelait encore ce matin [PER Marie Lenoir] sur une radio.");
    assertEquals(2, qs.size());
    assertNotEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPersonNamedAfterAVerbWithItsOwnSubjectIsSpokenOf() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis le maire [PER Paul Durand] lundi dans un entretien. "
        + "Même si «rien n'est jamais joué avant le dernier vote», il se déclare candidat à la succession de [PER Marie Lenoir].");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void namesListedAsComplementsOfThePronounsSentenceAreNotItsAntecedent() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis [PER Paul Durand] lundi.\n"
        + "Il a aussi annoncé une mission confiée au président et au rapporteur de la commission, "
        + "[PER Anne Roux] (PS) et [PER Marc Petit] (LR), pour réfléchir au financement des travaux. "
        + "Les résultats seront publiés en juin. «La transparence vaudra aussi pour les communes», a-t-il jugé.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Durand", "pronoun");
  }

  @Test
  void aNameActingInThePronounsSentenceStillIs() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis [PER Paul Durand] lundi.\n"
        + "Il a aussi réuni les élus de la commission, puis [PER Marc Petit] (LR) a présenté son rapport sur le financement. "
        + "«La transparence vaudra aussi pour les communes», a-t-il jugé.");
    assertEquals(2, qs.size());
    assertEquals("Marc Petit", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }
}
