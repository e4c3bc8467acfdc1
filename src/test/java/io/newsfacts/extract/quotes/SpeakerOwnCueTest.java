package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sentence's own cue wins over the carry-over: a reporting verb whose subject is someone the
 * rules could not resolve ("notre ancien président disait que «", "le
 * Maestro qui dit : «", "», prévient sur BFMTV Guillaume Tabard" with the name untagged) leaves the
 * quote to no one rather than to the previous or the paragraph's speaker; a handle
 * signing an embedded tweet ("«...» @GTabard #remaniement") names its speaker. Hand-written French,
 * without the models.
 */
class SpeakerOwnCueTest {
  @Test
  void aPossessiveRoleSubjectOfTheQuotesVerbEndsTheCarryOver() {
    List<Quote> qs = quotes("«C'est une loi juste», a déclaré [PER Paul Durand] lundi. Dans une tribune publiée en 2013, "
        + "notre ancien président disait que «la France ne peut se confondre avec les héritiers du fascisme».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Paul Durand", "reporting-verb");
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void peopleAsSubjectOfTheQuotesVerbEndCarryOver() {
    List<Quote> qs = quotes("«Nous voterons contre», a annoncé [PER Marie Lenoir] mardi. Pourtant, les citoyens "
        + "souhaitent être représentés par «des gens qui leur ressemblent».");
    assertEquals(2, qs.size());
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aThingAsSubjectOfTheQuotesVerbKeepsTheCarryOver() {
    List<Quote> qs = quotes("«Réduire les factures est un objectif atteignable», jugent [PER Paul Durand] et [PER Marie Lenoir]. "
        + "La soutenabilité exige pour sa part de «ne pas sacrifier ce projet collectif».");
    assertEquals(2, qs.size());
    assertEquals(qs.get(0).speaker(), qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRelativeAfterADescriptionEndsTheCarryOver() {
    List<Quote> qs = quotes("«Schubert est le compositeur le plus proche de mon cœur», a confié [PER Franz Schubert] au public. "
        + "La symphonie est dite inachevée, mais l'appellation agace le Maestro qui dit : «L'œuvre est parfaite.»");
    assertEquals(2, qs.size());
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRoleThePreviousSpeakerHoldsKeepsTheCarryOver() {
    List<Quote> qs = quotes("«Nous fermerons ce camp», a promis [PER Paul Durand], le maire de la ville. "
        + "Dans la soirée, le maire assure que «rien n'est encore décidé pour les familles».");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anAnaphorSubjectKeepsTheCarryOver() {
    List<Quote> qs = quotes("«Nous fermerons ce camp», a promis [PER Paul Durand] lundi. "
        + "Dans la soirée, ce dernier assure que «rien n'est encore décidé pour les familles».");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aHandleAfterAnEmbeddedTweetNamesThePersonWhoseSurnameItHolds() {
    List<Quote> qs = quotes("Son jeune âge est un atout, selon [PER Angela Merkel] et [PER Paul Durand].\n\n"
        + "«Ce remaniement joue sur des personnalités qui ne pèsent pas fort» @GTabard #GrandAngle @BFMTV\n\n"
        + "— Grand Angle BFMTV (@jbboursier) 10 Février 2016\n\nL'éditorialiste [PER Guillaume Tabard] l'avait écrit.");
    assertEquals(1, qs.size());
    assertSpeaker(qs.get(0), "Guillaume Tabard", "tweet-handle");
  }

  @Test
  void aHandleNamingNoOneOfTheArticleIsTheSpeaker() {
    List<Quote> qs = quotes("Apprécié par la chancelière, [PER Angela Merkel], il pourrait réchauffer la relation.\n\n"
        + "«Si Ayrault est le plus gros poisson disponible, cela témoigne de faiblesses» @BouchetPetersen #remaniement\n\n"
        + "— Grand Angle BFMTV (@jbboursier) 10 Février 2016");
    assertEquals(1, qs.size());
    assertSpeaker(qs.get(0), "@BouchetPetersen", "tweet-handle");
  }

  @Test
  void aHandleInsideTheSentenceIsNoSignature() {
    List<Quote> qs = quotes("«Nous voterons contre», a annoncé [PER Marie Lenoir] sur le compte @lenoir_m hier soir.");
    assertSpeaker(qs.get(0), "Marie Lenoir", "reporting-verb");
  }

  @Test
  void aNameGlossingAComplementInParenthesesIsNoAntecedent() {
    List<Quote> qs = quotes("Un message adressé par un président ([PER Jacques Chirac]) à son ministre ([PER Nicolas Sarkozy]) "
        + "disait tout. Officiellement, le chef du gouvernement ne voit pas où est le problème. "
        + "«On fait mine de s'étonner», a-t-il expliqué.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aNameGlossingTheSubjectInParenthesesStaysAnAntecedent() {
    List<Quote> qs = quotes("Le ministre de l'Intérieur ([PER Paul Durand]) a reçu les syndicats. "
        + "«Nous fermerons ce camp», a-t-il expliqué.");
    assertEquals("Paul Durand", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aPersonMadeToSayTheWordsSpeaksThem() {
    List<Quote> qs = quotes("«Nous voulons un million d'emplois», a déclaré [PER Pierre Gattaz] mardi. "
        + "Ce qui a fait dire au patron de [ORG FO] [PER Jean-Claude Mailly] que [PER François Hollande] avait "
        + "«donné les clés du camion au patronat».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Jean-Claude Mailly", "reporting-verb");
  }

  @Test
  void anEmphaticPronounSubjectIsAPronoun() {
    List<Quote> qs = quotes("Dans un portrait que lui consacre le [ORG Journal du dimanche], [PER Paul Durand] manie la "
        + "contradiction. «J'écris de la poésie», souligne l'hebdomadaire. Lui-même assure «ne pas aimer se mettre en avant».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Durand", "pronoun");
  }

  @Test
  void aGerundWithoutCommaReportsTheWordsOfItsClausesSubject() {
    List<Quote> qs = quotes("«La priorité est le soutien des candidats», a ajouté [PER François Fillon].\n\n"
        + "[PER Thierry Mariani] fait preuve lui aussi d'une certaine mesure. Il défend [PER Jean-François Copé] "
        + "en affirmant que «sur les comptes du parti, tout a été public».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Thierry Mariani", "pronoun");
  }

  @Test
  void anInvertedSubjectTheTaggerMissedEndsTheCarryOver() {
    List<Quote> qs = quotes("«Ce n'est pas une surprise», a déclaré [PER Paul Durand] lundi.\n\n[PER Paul Durand] ne s'entend pas "
        + "avec son successeur. «Ce n'est pas une personnalité qui pèserait dans l'opinion», prévient toutefois sur "
        + "[ORG BFMTV] Guillaume Tabard, éditorialiste politique.");
    assertEquals(2, qs.size());
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anInvertedSubjectNamingThePreviousSpeakerKeepsTheCarryOver() {
    List<Quote> qs = quotes("«Ce n'est pas une surprise», a déclaré [PER Paul Durand] lundi. "
        + "«Nous verrons bien», a-t-il ajouté.");
    assertSpeaker(qs.get(1), "Paul Durand", "pronoun");
  }
}
