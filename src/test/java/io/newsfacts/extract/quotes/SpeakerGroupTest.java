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

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }
}
