package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Who a subject pronoun stands for when the people around are named by a given name only (the
 * friends of a first-person story): the usual gender of the given name blocks the pronoun of the
 * other gender; a person named in an earlier section, past a heading, is no antecedent. Hand-written
 * French.
 */
class SpeakerPronounGenderTest {
  @Test
  void aLoneMasculineGivenNameIsNoAntecedentOfElle() {
    Quote q = only(quotes("Puis [PER Guillaume] nous a rejoints dans la cour du lycée. Une fille s'assoit près de nous. "
        + "«Je suis folle de ce chanteur», dit-elle."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aLoneFeminineGivenNameIsOne() {
    Quote q = only(quotes("Puis [PER Morgane] nous a rejoints dans la cour du lycée. Nous prenons nos plateaux. "
        + "«Je suis folle de ce chanteur», dit-elle."));
    assertSpeaker(q, "Morgane", "pronoun");
  }

  @Test
  void theMasculineGivenNameOfThePreviousSpeakerDoesNotTakeElle() {
    var qs = quotes("«On se retrouve à midi», lance [PER Thomas] en partant. Une voix s'élève derrière nous. "
        + "«Je ne viendrai pas», répond-elle.");
    assertEquals(2, qs.size());
    assertEquals("Thomas", qs.get(0).speaker());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPersonOfAnEarlierSectionIsNoAntecedent() {
    Quote q = only(quotes("Le jour de la rentrée, [PER Nathalie Roux] nous a rejoints dans la cour du collège.\n"
        + "Le coup de foudre en seconde\n"
        + "Une fille aux cheveux blonds s'assoit à côté de moi à la cantine. «Je suis folle de ce chanteur», dit-elle."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aPersonOfTheSameSectionStillIs() {
    Quote q = only(quotes("Le jour de la rentrée, [PER Nathalie Roux] nous a rejoints dans la cour du collège. "
        + "Elle s'assoit à côté de moi à la cantine. «Je suis folle de ce chanteur», dit-elle."));
    assertSpeaker(q, "Nathalie Roux", "pronoun");
  }
}
