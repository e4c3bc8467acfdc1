package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incises whose verb has the one spoken to before it ("», me dit X", "», lui a répliqué X") and
 * incises of any verb with an inverted il/elle ("», leur avait-il asséné"), on hand-written French
 * without the models.
 */
class SpeakerObjectPronounTest {
  @Test
  void theOneSpokenToBeforeTheVerbLeavesItsSubjectAfterIt() {
    assertSpeaker(only(quotes("[PER Nicolas Sarkozy] prépare son retour. «Ce n'est pas la phrase d'un homme qui "
        + "s'est retiré de la vie politique», me dit un sarkozyste.")), "un sarkozyste", "reporting-verb");
    assertSpeaker(only(quotes("«Vous devriez réviser votre géographie», lui a répliqué la ministre de la Culture, "
        + "[PER Aurélie Filippetti].")), "Aurélie Filippetti", "reporting-verb");
    assertSpeaker(only(quotes("«Une option crédible, mais politiquement impensable», nous l'a résumé un proche "
        + "du président.")), "un proche du président", "reporting-verb");
  }

  @Test
  void nousAndVousBeforeAVerbOfTheirOwnPersonAreItsSubject() {
    assertEquals(1, VerbGroups.afterObjectPronoun(words("nous a dit"), 0));
    assertEquals(2, VerbGroups.afterObjectPronoun(words("nous l'a confié"), 0));
    assertEquals(0, VerbGroups.afterObjectPronoun(words("nous avons dit"), 0));
    assertEquals(0, VerbGroups.afterObjectPronoun(words("vous dites"), 0));
    assertEquals(0, VerbGroups.afterObjectPronoun(words("le député"), 0));
  }

  @Test
  void anInvertedPronounAfterAnyVerbSpeaksForThePersonBefore() {
    assertSpeaker(only(quotes("[PER Robert Ménard] a reçu des réfugiés syriens à la mairie. «Vous n'êtes pas les "
        + "bienvenus dans notre ville», leur avait-il asséné.")), "Robert Ménard", "pronoun");
    assertSpeaker(only(quotes("«Je ne sais pas, on verra bien dans quelques semaines», esquive-t-elle.")), null, null);
  }

  private static List<Word> words(String text) {
    return Word.scan(text, 0, text.length());
  }
}
