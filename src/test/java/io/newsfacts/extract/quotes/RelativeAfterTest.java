package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the words right after a quote say of it: a relative clause ("» : voilà ce qu'a déclaré X")
 * and a participle ("», soulignant l'importance de X"), on hand-written French without the models.
 */
class RelativeAfterTest {
  private static final String BEFORE = "Le maire [PER Jean Dupont] a ouvert la séance. ";
  private static final String WORDS = "«Viens voter pour moi et je te promets une place à la ville»";

  @Test
  void aReportingVerbInTheRelativeClauseGivesItsSubject() {
    assertSpeaker(last(quotes(BEFORE + WORDS + " : voilà ce qu'a déclaré le candidat [PER Paul Martin] aux habitants.")),
        "Paul Martin", "reporting-verb");
    assertSpeaker(last(quotes(BEFORE + WORDS + ", c'est ce que le candidat [PER Paul Martin] a affirmé.")),
        "Paul Martin", "reporting-verb");
  }

  @Test
  void anyOtherVerbLeavesTheWordsWithoutSpeakerRatherThanCarried() {
    assertSpeaker(last(quotes(BEFORE + WORDS + " : voilà ce qu'a entendu un habitant des quartiers Nord.")), null, null);
    assertSpeaker(last(quotes(BEFORE + WORDS + ", c'est ce qu'ont lu les habitants sur les tracts.")), null, null);
    assertSpeaker(last(quotes(BEFORE + WORDS + ", c'est ce que dit le texte.")), null, null);
  }

  @Test
  void aParticipleAfterTheQuoteHasTheSpeakerForSubjectNotTheWordsAfterIt() {
    assertSpeaker(last(quotes("Le ministre [PER Guillaume Garot] a parlé aux salariés. Cependant, a-t-il admis, «je ne "
        + "dis pas que le combat sera gagné, je dis que nous allons le livrer», soulignant l'importance du "
        + "savoir-faire du personnel.")), "Guillaume Garot", "pronoun");
  }

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }
}
