package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The role phrase an incise pronoun takes up when no person stands before it
 * ({@link DescribedSubjects}): the definite subject of the clause before, of the pronoun's gender,
 * resolved to the person the article gives that role, else kept as the phrase; any other subject
 * leaves the quote to no one. Hand-written French.
 */
class DescribedSubjectsTest {
  @Test
  void theRoleSubjectOfTheQuoteSentenceIsTheSpeaker() {
    Quote q = only(quotes("Le débat a repris mardi à Strasbourg. L'ancien député européen a réclamé «que l'Europe protège enfin ses agriculteurs et ses ouvriers», "
        + "a-t-il expliqué."));
    assertEquals("l'ancien député européen", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theRoleSubjectOfTheSentenceBeforeIsTheSpeaker() {
    Quote q = only(quotes("Le Premier ministre a écarté l'idée d'un nouvel impôt. «Ce n'est pas le moment», a-t-il dit."));
    assertEquals("le Premier ministre", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aFeminineRoleTakesElle() {
    Quote q = only(quotes("La ministre de la Culture a défendu la réforme devant les sénateurs. "
        + "«Nous irons jusqu'au bout», a-t-elle assuré."));
    assertEquals("la ministre de la Culture", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aRoleOfTheOtherGenderIsNoAntecedent() {
    Quote q = only(quotes("Le Premier ministre a écarté l'idée d'un nouvel impôt. «Ce n'est pas le moment», a-t-elle dit."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aSubjectThatIsNoRoleIsNoAntecedent() {
    Quote q = only(quotes("Le gouvernement a écarté l'idée d'un nouvel impôt. «Ce n'est pas le moment», a-t-il dit."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void anIndefiniteRoleIsNoAntecedent() {
    Quote q = only(quotes("Un député a écarté l'idée d'un nouvel impôt. «Ce n'est pas le moment», a-t-il dit."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aRoleThatIsTheObjectIsNoAntecedent() {
    Quote q = only(quotes("La foule a applaudi le ministre à son arrivée. «Ce n'est pas le moment», a-t-il dit."));
    assertEquals(null, q.speaker(), () -> "speaker of " + q);
  }
}
