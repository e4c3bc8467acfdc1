package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several people speaking ("les quatre ministres", "ils estiment"), on hand-written French without the models. */
class SpeakerGroupTest {
  @Test
  void aPluralRolePhraseIsTheGroupNeverOneOfItsMembers() {
    assertSpeaker(last(quotes("[PER Cécile Duflot] et [PER Philippe Martin] ont écrit au Premier ministre. Selon les "
        + "quatre ministres, «la prospérité durable permettra de créer des emplois»")), "les quatre ministres",
        "source-frame");
  }

  @Test
  void ilsAfterAGroupIsTheGroup() {
    assertSpeaker(last(quotes("Selon les quatre ministres, «la prospérité durable permettra de créer des emplois». "
        + "Dans leur texte, ils estiment que «l'accès aux ressources sera cause de conflits»")), "les quatre ministres",
        "pronoun");
  }

  @Test
  void ilsAfterOnePersonIsNoOneRatherThanThatPerson() {
    assertSpeaker(last(quotes("«Je n'ai aucune amertume», a insisté [PER Georges Tron]. Dans leur texte, ils "
        + "estiment que «l'accès aux ressources sera cause de conflits et d'inégalités»")), null, null);
  }

  @Test
  void aPluralPronounTakesUpTheGroupOpeningTheSentenceBefore() {
    assertSpeaker(last(quotes("Les syndicats de cheminots ont quitté la table mardi soir. «Nous ne signerons pas ce "
        + "texte», ont-ils prévenu.")), "les syndicats de cheminots", "pronoun");
    assertSpeaker(last(quotes("Dix-sept anciennes ministres ont signé une tribune contre le harcèlement. «Nous ne nous "
        + "tairons plus», écrivent-elles.")), "dix-sept anciennes ministres", "pronoun");
    assertSpeaker(last(quotes("Un groupe de députés socialistes avait appelé à l'unité. Dans leur texte, ils estiment "
        + "que «l'accès aux ressources sera cause de conflits»")), "un groupe de députés socialistes", "pronoun");
    // the group that spoke just before, named after its quote
    assertSpeaker(last(quotes("«Le gouvernement a manœuvré en coulisses», regrettent ces organisations. «Ce coup de force "
        + "ralentit la lutte contre l'évasion fiscale», ajoutent-elles.")), "ces organisations", "pronoun");
  }

  @Test
  void aPluralPronounIsNoGroupThatCannotSpeakNorAnObject() {
    assertSpeaker(last(quotes("Les prix des carburants ont augmenté de dix pour cent en un mois. «Nous ne signerons pas "
        + "ce texte», ont-ils prévenu.")), null, null);
    assertSpeaker(last(quotes("[PER Paul Martin] a reçu les syndicats mardi soir. «Nous ne signerons pas ce texte», "
        + "ont-ils prévenu.")), null, null);
  }

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }
}
