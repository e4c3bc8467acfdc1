package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pronoun opening a clause of time right after a name takes up that name (SubordinatePronouns). */
class SubordinatePronounsTest {
  @Test
  void aPronounAfterANameAndQuandTakesUpThatName() {
    List<Quote> qs = quotes("«Je répondais à une question», explique [PER Roland Dumas].\n"
        + "Aux accusations soulevées par [PER Claude Bartolone] et par [PER Manuel Valls] quand il rappelle que "
        + "l'antisémitisme est «un délit et pas une petite plaisanterie», [PER Roland Dumas] oppose son parcours.");
    assertSpeaker(qs.get(qs.size() - 1), "Manuel Valls", "pronoun");
  }

  @Test
  void aPronounAfterANameAndLorsqueTakesUpThatName() {
    List<Quote> qs = quotes("«Nous irons jusqu'au bout», a dit [PER Jean Dupont].\n"
        + "Le texte a été défendu par [PER Marie Durand], lorsqu'elle a affirmé qu'il était «juste et nécessaire».");
    assertSpeaker(qs.get(qs.size() - 1), "Marie Durand", "pronoun");
  }

  @Test
  void aNameOfTheOtherGenderIsNotTakenUp() {
    List<Quote> qs = quotes("«Nous irons jusqu'au bout», a dit [PER Jean Dupont].\n"
        + "Le texte a été défendu devant [PER Marie Durand] quand il a affirmé qu'il était «juste et nécessaire».");
    assertNotEquals("Marie Durand", qs.get(qs.size() - 1).speaker());
  }
}
