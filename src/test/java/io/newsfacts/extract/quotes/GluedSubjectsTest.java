package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A subject right before the marks of a quote that opens with its reporting verb speaks the
 * quote ({@link GluedSubjects}); a subject before any other verb is what the quote speaks of.
 * Hand-written French, without the models.
 */
class GluedSubjectsTest {
  @Test
  void aNameBeforeAQuoteOpeningWithItsReportingVerbSpeaksIt() {
    List<Quote> qs = quotes("Le conseil a voté mardi. Le maire [PER Paul Durand] « regrette profondément que le "
        + "gouvernement n'ait pas consulté la ville ».");
    assertSpeaker(qs.get(0), "Paul Durand", "reporting-verb");
  }

  @Test
  void aPronounAfterAConjunctionSpeaksTheQuoteOfItsVerb() {
    List<Quote> qs = quotes("[PER Vincent Peillon] veut revenir sur la loi. Il n'y aura pas d'abrogation, car il "
        + "« souhaite notamment conserver le compte personnel d'activité et le droit à la déconnexion ».");
    assertEquals("Vincent Peillon", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aSubjectBeforeAnotherVerbIsWhatTheQuoteSpeaksOf() {
    List<Quote> qs = quotes("« La démocratie participative n'est pas dans sa culture », observe un député. "
        + "[PER Édouard Philippe] « en est conscient, c'est pour cela qu'il ne s'implique pas ».");
    assertNotEquals("Édouard Philippe", qs.get(qs.size() - 1).speaker());
    // a causative "faire" is what the subject is said to do
    Quote causative = quotes("[PER Marine Le Pen] cite Jaurès. Selon ses critiques, elle « fait parler les morts "
        + "depuis des années ».").get(0);
    assertNotEquals("Marine Le Pen", causative.speaker(), () -> "speaker of " + causative);
  }
}
