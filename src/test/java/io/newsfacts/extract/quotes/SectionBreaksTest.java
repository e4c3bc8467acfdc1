package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a section starts and a quote with no cue stops continuing the speaker before it
 * ({@link SectionBreaks}): a heading, a quote alone on its line as a sub-heading; and an article
 * that quoted one voice only, which goes on with it past headings. Hand-written French.
 */
class SectionBreaksTest {
  @Test
  void aShortQuoteAloneOnItsLineWithNoStopIsAHeading() {
    assertTrue(SectionBreaks.quoteLine("«Une mobilisation sociale est toujours imprévisible»"));
    assertTrue(SectionBreaks.quoteLine("\"Non au gel des prestations sociales\""));
    assertFalse(SectionBreaks.quoteLine("«Nous ne céderons pas.»")); // a sentence of its own: a quote
    assertFalse(SectionBreaks.quoteLine("«Non», «jamais»")); // two quotes
    assertFalse(SectionBreaks.quoteLine("Le redoublement va devenir exceptionnel"));
    assertFalse(SectionBreaks.quoteLine("«Nous ne céderons pas», a-t-il dit"));
  }

  @Test
  void anArticleQuotingOneVoiceGoesOnWithItPastAHeading() {
    List<Quote> qs = quotes("«Nous ouvrirons dix mille places en crèche», a annoncé lundi la ministre [PER Anne Durand].\n"
        + "Le redoublement va devenir exceptionnel\n"
        + "Chaque trimestre, les enfants auront toujours des bulletins, et «une évaluation de fin de cycle "
        + "viendra s'y ajouter tous les trois ans».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Anne Durand", "previous-quote");
  }

  @Test
  void aHeadingStillEndsTheTurnWhenTheArticleQuotedSeveralVoices() {
    List<Quote> qs = quotes("«Nous ouvrirons dix mille places en crèche», a annoncé lundi la ministre [PER Anne Durand]. "
        + "«C'est trop peu et trop tard», a répondu le député [PER Marc Petit].\n"
        + "Le redoublement va devenir exceptionnel\n"
        + "Chaque trimestre, les enfants auront toujours des bulletins, et «une évaluation de fin de cycle "
        + "viendra s'y ajouter tous les trois ans».");
    assertEquals(3, qs.size());
    assertNull(qs.get(2).speaker(), () -> "speaker of " + qs.get(2));
  }

  @Test
  void aQuoteStandingAsASubHeadingEndsTheTurn() {
    List<Quote> qs = quotes("«Nous ne reculerons pas», a affirmé dimanche le porte-parole [PER Paul Martin]. "
        + "«Le mouvement ne faiblit pas», a jugé le syndicaliste [PER Marc Petit].\n"
        + "«Une mobilisation sociale est toujours imprévisible»\n"
        + "Grande inconnue, l'ampleur de la mobilisation mardi contre le président, qui fait face à des "
        + "syndicats divisés. «Une mobilisation sociale est toujours imprévisible» mais elle semble affaiblie "
        + "par le manque d'alternative politique.");
    Quote last = qs.get(qs.size() - 1);
    assertTrue(last.text().startsWith("Une mobilisation") && last.start() > 200, () -> "last quote " + qs);
    assertNull(last.speaker(), () -> "speaker of " + last);
  }

  @Test
  void wordsOpeningTheirParagraphAfterAHeadingAreNotTheOneVoicesByDefault() {
    List<Quote> qs = quotes("«Nous ouvrirons dix mille places en crèche», a annoncé lundi la ministre [PER Anne Durand].\n"
        + "Faites du sport tôt dans la journée\n"
        + "«Quand vous rentrez chez vous le soir, vous trouvez toujours une bonne raison de ne pas courir.»\n"
        + "—Dr. Stewart");
    Quote words = qs.stream().filter(q -> q.text().startsWith("Quand vous")).findFirst().orElseThrow();
    assertNull(words.speaker(), () -> "speaker of " + words);
  }
}
