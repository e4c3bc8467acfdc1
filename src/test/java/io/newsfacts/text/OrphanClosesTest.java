package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words a lone straight mark closes after a quote of its paragraph closed too early. */
class OrphanClosesTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void theWordsRunFromTheFirstSentenceAfterTheEarlierQuote() {
    assertEquals(List.of("cela sera une vraie bataille", "J'en ai tellement bavé, que les médecins le déconseillent"),
        quoted("Titre\nKim expliquait qu'avoir d'autres enfants \"cela sera une vraie bataille\". J'en ai tellement "
            + "bavé, que les médecins le déconseillent\", confiait-elle."));
  }

  @Test
  void anElisionMarkGoesOnWithTheEarlierQuote() {
    assertEquals(List.of("Il n'y aura pas de croissance sans investissements",
        "Nous disons oui aux économies, non au gel des investissements"),
        quoted("Titre\n\"Il n'y aura pas de croissance sans investissements\", préviennent-ils, (...) Nous disons oui "
            + "aux économies, non au gel des investissements\"."));
  }

  @Test
  void aLoneMarkWithNoQuoteBeforeItOnItsParagraphClosesNothing() {
    assertEquals(List.of(), quoted("Titre\nIl est parti. Nous ne savons rien de plus\", a dit le maire.\n"));
    assertEquals(List.of("Oui"), quoted("Titre\n\"Oui\"\nIl est parti. Nous ne savons rien de plus\", a dit le maire."));
  }

  @Test
  void aMarkAfterADigitOrOnTheTitleLineClosesNothing() {
    assertEquals(List.of("un écran"), quoted("Titre\nIl vend \"un écran\". Il mesure bien 15\" de large."));
    assertEquals(List.of("Oui"), quoted("\"Oui\". Il est parti ce matin sans rien dire\", dit-il\nTexte."));
  }

  @Test
  void aMarkAfterACapitalisedWordInsideASentenceEndsATitle() {
    assertEquals(List.of("Versace: American Crime Story"), quoted("Titre\nLe tournage de \"Versace: American Crime "
        + "Story\" débutera en avril. Ce sera la troisième saison d'American Crime Story\", acclamée par tous."));
    assertEquals(List.of("Non", "Rien de plus. Aucun"), quoted("Titre\n\"Non\". Rien de plus. Aucun\", a-t-il dit."));
  }

  @Test
  void theLoneMarkClosesAStraightQuote() {
    Marked m = QuoteMarks.find("Titre\n\"Non\". Il ne viendra pas demain\", dit-il.").get(1);
    assertEquals(QuoteMarks.Style.STRAIGHT, m.style());
  }
}
