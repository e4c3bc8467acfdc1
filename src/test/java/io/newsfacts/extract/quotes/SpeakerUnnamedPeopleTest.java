package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People the article does not name ("mon fils", "les enfants", "un jeune homme"), the writer of a
 * first-person article, topic frames ("Quant à X, qui ..., «"), initials ("NKM") and the source an
 * impersonal "on" speaks for, on hand-written French.
 */
class SpeakerUnnamedPeopleTest {
  @Test
  void aPersonNounSubjectIsTheSpeakerAsTheArticleWritesIt() {
    Quote q = only(quotes("[PER Anne Hidalgo] était là. Les enfants ont crié : «On veut encore des vacances à la mer !»"));
    assertSpeaker(q, "les enfants", "colon");
    q = only(quotes("[PER Paul Martin] parle souvent de voitures. Les conducteurs vous diront dans un sourire, "
        + "«j'en ai pour cinq minutes, je vais acheter le pain»."));
    assertSpeaker(q, "les conducteurs", "reporting-verb");
    q = only(quotes("C'est mon fils qui dit «Tu es vraiment très belle maman» quand elle arrive."));
    assertSpeaker(q, "mon fils", "reporting-verb");
    q = only(quotes("Les aides-soignants répètent que «le plateau revenait souvent plein le soir»."));
    assertSpeaker(q, "les aides-soignants", "reporting-verb");
  }

  @Test
  void aDefiniteThingAsSubjectStaysNoSpeaker() {
    Quote q = only(quotes("La loi précise que «tout contrevenant sera puni d'une amende de 100 euros»."));
    assertNull(q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theWordsOfAnUnnamedPersonAreNotCarriedToTheNextParagraph() {
    List<Quote> qs = quotes("Mon fils a crié : «Attention à ta belle robe, elle traîne par terre !»\n"
        + "Oui, ça valait le coup de tout organiser et de dire cent fois «puisque c'est comme ça on annule tout».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "mon fils", "colon");
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aPhraseOfAPersonNounAfterTheQuoteOwnsIt() {
    Quote q = only(quotes("«Ce serait quand même plus facile si elles disaient non de temps en temps.» Cette phrase "
        + "d'un jeune homme en psychanalyse résume bien le problème."));
    assertSpeaker(q, "un jeune homme", "next-sentence");
  }

  @Test
  void theWriterReportingWithJeIsTheAuthor() {
    Quote q = only(quotes("Je suis allée le voir hier. Je lui ai répondu : «Tu ne comprends rien à ce que je fais ici.»"));
    assertSpeaker(q, "l'auteure", "narrator");
    q = only(quotes("J'ai connu le bonheur que notre culture apporte, que je résume par «Boire du vin, écouter "
        + "Offenbach et râler»."));
    assertSpeaker(q, "l'auteur", "narrator");
    // a "je" further back does not report the words: someone else says them
    Quote other = only(quotes("J'ai remarqué qu'ils précisent toujours «attention», comme pour dire «Voici Jeanine, "
        + "attention, elle a un gros rhume»."));
    assertFalse(String.valueOf(other.speaker()).startsWith("l'auteur"), () -> "speaker of " + other);
  }

  @Test
  void aTopicFrameWithARelativeGivesTheQuoteToItsPerson() {
    List<Quote> qs = quotes("«La commission ne peut plus rester un monstre froid», a admis [PER José Bové]. Quant à "
        + "[PER Daniel Cohn-Bendit], qui ne se représente pas mais donne un coup de main, «il y a l'espace politique "
        + "pour nous dans cette élection».");
    assertSpeaker(qs.get(1), "Daniel Cohn-Bendit", "source-frame");
    // the relative ended and a clause of its own followed: not the frame's person
    List<Quote> later = quotes("Quant à [PER Jérôme Cahuzac], qui réfléchit, le ministre estime que, même s'il «garde "
        + "un bon souvenir» de leur travail, «il nous a fait beaucoup souffrir, je renoncerais».");
    assertFalse("Jérôme Cahuzac".equals(later.get(later.size() - 1).speaker()), () -> "speaker of " + later);
  }

  @Test
  void initialsAfterTheVerbStandForThePersonTheyAbbreviate() {
    List<Quote> qs = quotes("[PER Nathalie Kosciusko-Morizet] était interrogée. Mais, [PER Nicolas Sarkozy] «était "
        + "président de la République et je ne l'ai jamais vu se passionner pour ces questions», a plaidé NKM sur "
        + "[ORG RTL].");
    assertSpeaker(only(qs), "Nathalie Kosciusko-Morizet", "reporting-verb");
  }

  @Test
  void anImpersonalOnSpeaksForTheSourceBeforeNeverForTheMediumItSpokeTo() {
    List<Quote> qs = quotes("[PER Emmanuel Macron] a parlé. À [LOC Matignon], l'entourage du chef du gouvernement "
        + "assure que tout va bien. «Il est normal qu'au début, le président occupe l'espace», explique-t-on à "
        + "[ORG BFMTV].");
    assertSpeaker(only(qs), "l'entourage du chef du gouvernement", "coreference");
    Quote party = only(quotes("«Le bilan de leur campagne est catastrophique, c'est la campagne qu'il ne fallait pas "
        + "faire», s'alarme-t-on au sein du [ORG PS]."));
    assertTrue(party.speaker() != null && party.speaker().contains("PS"), () -> "speaker of " + party);
  }

  @Test
  void aListOfSignatoriesIsTheGroupTheArticleCounted() {
    List<Quote> qs = quotes("Dix-sept anciennes ministres lancent un appel contre le sexisme. «Nous partageons la volonté "
        + "que le sexisme n'ait pas sa place dans notre société», écrivent [PER Roselyne Bachelot], [PER Cécile Duflot], "
        + "[PER Rama Yade] et [PER Corinne Lepage].");
    assertSpeaker(only(qs), "dix-sept anciennes ministres", "reporting-verb");
    // no count of them before: none rather than the first signatory alone
    Quote q = only(quotes("«Nous partageons la volonté que le sexisme n'ait pas sa place dans notre société», écrivent "
        + "[PER Roselyne Bachelot], [PER Cécile Duflot], [PER Rama Yade] et [PER Corinne Lepage]."));
    assertNull(q.speaker(), () -> "speaker of " + q);
  }
}
