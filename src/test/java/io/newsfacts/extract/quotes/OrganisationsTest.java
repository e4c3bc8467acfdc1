package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation named anew by a noun of its kind ({@link Organisations}), on hand-written French. */
class OrganisationsTest {
  private static final String WORDS = "cette annonce révèle que le fabricant vise d'abord les plus jeunes consommateurs";

  @Test
  void aNounOfItsKindStandsForTheBodyNamedJustBefore() {
    List<Quote> qs = quotes("Le [ORG CNCT] a porté plainte mardi. «" + WORDS + "», poursuit l'association.");
    assertSpeaker(qs.get(qs.size() - 1), "CNCT", "coreference");
    List<Quote> union = quotes("Les cheminots de [ORG SUD-Rail] ont voté la grève. «" + WORDS + "», a ajouté le syndicat.");
    assertSpeaker(union.get(union.size() - 1), "SUD-Rail", "coreference");
    // a noun of any kind stands for a body whose name opens with another noun
    List<Quote> any = quotes("Le [ORG Syndicat national des buralistes] a protesté. «" + WORDS + "», a ajouté l'organisation.");
    assertSpeaker(any.get(any.size() - 1), "Syndicat national des buralistes", "coreference");
  }

  @Test
  void noBodyOfAnotherKindNorOneOfTwoNorTheState() {
    List<Quote> other = quotes("Le [ORG Syndicat national des buralistes] a protesté. «" + WORDS + "», a ajouté l'association.");
    assertEquals("l'association", other.get(other.size() - 1).speaker());
    List<Quote> two = quotes("Le [ORG CNCT] et l'[ORG UFC-Que Choisir] ont porté plainte. «" + WORDS + "», poursuit l'association.");
    assertEquals("l'association", two.get(two.size() - 1).speaker());
    List<Quote> state = quotes("Le [ORG ministère de la Santé] a été saisi. «" + WORDS + "», a ajouté l'organisation.");
    assertEquals("l'organisation", state.get(state.size() - 1).speaker());
    // a capitalised name no entity stands for lies between: the noun may be that body's
    List<Quote> missed = quotes("Le [ORG CNCT] a écrit aux membres du collectif Tabac Zéro. «" + WORDS + "», poursuit l'association.");
    assertEquals("l'association", missed.get(missed.size() - 1).speaker());
  }
}
