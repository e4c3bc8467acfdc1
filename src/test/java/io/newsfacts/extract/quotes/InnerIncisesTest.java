package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The reporting incise inside the quote marks ({@link InnerIncises}): its subject is the speaker
 * rather than whoever the paragraph or the quote before gave, and only an incise that names
 * someone and that the quote goes on after counts. Hand-written French, without the models.
 */
class InnerIncisesTest {
  private static final String BEFORE = "[PER Paul Durand] a visité le chantier lundi. «Le chantier avance bien plus "
      + "vite que prévu par la mairie», a-t-il dit.\n";

  /** The quote of {@code paragraph} that speaks of spring, after a quote of Paul Durand's. */
  private static Quote second(String paragraph) {
    return quotes(BEFORE + paragraph).stream().filter(q -> q.text().contains("printemps")).findFirst().orElseThrow();
  }

  @Test
  void theSubjectOfAnInciseInsideTheMarksSaidTheWords() {
    assertSpeaker(second("«Les travaux reprendront au printemps pour les riverains, assure le seul député de [LOC Paris] "
        + "élu dès le premier tour. Changer les têtes, c'est fondamental.»"),
        "le seul député de Paris élu dès le premier tour", "reporting-verb");
    assertSpeaker(second("«Les travaux reprendront au printemps pour les riverains, confie la porte-parole de la mairie, "
        + "pour nous ce sera un soulagement.»"), "la porte-parole de la mairie", "reporting-verb");
  }

  @Test
  void anInciseOfSomeoneTheArticleDoesNotNameGivesTheirPhrase() {
    assertSpeaker(second("«Les agents, au printemps, filtraient le passage, a raconté une manifestante à [ORG Metronews]. "
        + "Seuls pouvaient entrer les sympathisants.»"), "une manifestante", "reporting-verb");
  }

  @Test
  void anInciseThatNamesNoOneIsNoCue() {
    Quote q = second("«Les travaux reprendront au printemps, dit le proverbe, pour nous ce sera un soulagement.»");
    assertNotEquals("le proverbe", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aDescriptionTheResolverCanOnlyGuessAHolderForIsNoCue() {
    Quote q = second("«Les riverains se plaignent depuis des mois de ces travaux, explique l'universitaire à [ORG France Bleu]. "
        + "Pour eux, rien ne change au printemps.»");
    assertNotEquals("reporting-verb", q.speakerEvidence(), () -> "evidence of " + q);
  }

  @Test
  void aVerbThatIsNotInvertedInsideTheMarksIsTheSpeakersOwn() {
    Quote q = second("«Les travaux reprendront au printemps, explique bien que [PER Claire Martin] est partie.»");
    assertNotEquals("Claire Martin", q.speaker(), () -> "speaker of " + q);
  }
}
