package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What shows a person's gender (PersonGenders): a title or an agreement beats the first name's usual gender. */
class PersonGendersTest {
  @Test
  void aSingularSubjectPronounShowsItsGender() {
    assertEquals('m', PersonGenders.ofPronoun("il"));
    assertEquals('f', PersonGenders.ofPronoun("elle"));
    assertNull(PersonGenders.ofPronoun("ils"));
    assertNull(PersonGenders.ofPronoun("on"));
  }

  @Test
  void aLaterTitleBeatsTheFirstNamesUsualGender() {
    List<Quote> qs = quotes("[PER Yannick Morel] a dénoncé le projet. Invitée sur RTL, Mme [PER Yannick Morel] a réitéré ses "
        + "critiques contre [PER Paul Girard]. \"Ce texte est injuste\", a-t-elle déclaré.");
    assertSpeaker(qs.get(qs.size() - 1), "Yannick Morel", "pronoun");
  }

  @Test
  void aTitleOnASurnameAloneDoesNotOverruleTheFullName() {
    List<Quote> qs = quotes("[PER Daniel Vidal], le fils de la défunte, a pris la parole. Mme [PER Vidal] vivait seule. "
        + "[PER Daniel Vidal] remercie les voisins. \"Ma mère aimait ce quartier\", a-t-il dit.");
    assertSpeaker(qs.get(qs.size() - 1), "Daniel Vidal", "pronoun");
  }

  @Test
  void aParticipleAgreeingWithTheNameBeatsTheFirstNamesUsualGender() {
    List<Quote> qs = quotes("[PER Yannick Morel] est arrivée en tête du premier tour. [PER Paul Girard] a reconnu sa "
        + "défaite. \"Rien n'est joué\", a-t-elle prévenu.");
    assertSpeaker(qs.get(qs.size() - 1), "Yannick Morel", "pronoun");
  }
}
