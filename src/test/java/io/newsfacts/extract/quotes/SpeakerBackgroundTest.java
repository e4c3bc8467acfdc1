package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences told as background (a pluperfect main verb) between a speaker's quotes: their subject
 * is recalled, not followed, so a later pronoun or a quote with no cue stays with the speaker.
 */
class SpeakerBackgroundTest {
  @Test
  void aPronounAfterABackgroundParagraphStandsForTheSpeakerTheStoryFollows() {
    List<Quote> qs = quotes("Le ministre [PER Paul Martin] a présenté son budget. «Nous tiendrons nos objectifs», "
        + "assure [PER Paul Martin].\nLe candidat [PER Jean Durand] avait promis une baisse des impôts au cours de "
        + "sa campagne.\nInterrogé sur le calendrier, il explique qu'il «ne croit pas à la politique du rabot».");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Martin", "pronoun");
  }

  @Test
  void aReflexivePluperfectIsBackgroundToo() {
    List<Quote> qs = quotes("«La réforme est juste», assure [PER Paul Martin]. [PER Jean Durand] s'était engagé "
        + "à la retirer en 2017. «Nous irons jusqu'au bout», a-t-il ajouté.");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Martin", "pronoun");
  }

  @Test
  void aSentenceThatQuotesIsNoBackground() {
    // "X avait estimé que «...»" reports words: the one it quotes may speak on
    List<Quote> qs = quotes("«La réforme est juste», assure [PER Paul Martin]. [PER Jean Durand] avait au contraire "
        + "expliqué que «tout le monde» était perdant. «C'est une erreur», a-t-il lancé.");
    assertEquals("Jean Durand", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aPronounOfAPluperfectMayStandForThePersonRecalled() {
    // "avait-il dit": the pronoun's own verb tells of the same past time as the recalled sentence
    List<Quote> qs = quotes("«La réforme est juste», assure [PER Paul Martin]. [PER Jean Durand] avait critiqué "
        + "le texte en 2017. «C'est une erreur», avait-il dit.");
    assertEquals("Jean Durand", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aPersonInThePresentIsNoBackground() {
    List<Quote> qs = quotes("«La réforme est juste», assure [PER Paul Martin]. [PER Jean Durand] critique le texte "
        + "depuis 2017. «C'est une erreur», a-t-il ajouté.");
    assertEquals("Jean Durand", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aRecalledPersonNamedMoreOftenThanTheSpeakerIsFollowed() {
    // the article is about the recalled person: the background may be the story
    List<Quote> qs = quotes("[PER Jean Durand] quitte la mairie. «C'est un départ», assure [PER Paul Martin]. "
        + "[PER Jean Durand] avait annoncé sa décision la veille à ses proches. «Je pars apaisé», a-t-il ajouté.");
    assertEquals("Jean Durand", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aPersonAGerundActsOnIsNoAntecedent() {
    List<Quote> qs = quotes("«Je n'ai jamais eu d'emploi fictif», renchérit [PER Paul Martin] en pointant [PER Jean "
        + "Durand]. «Je n'ai jamais dirigé aucune banque», ajoute-t-il.");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Martin", "pronoun");
  }

  @Test
  void aTopicFrameSetsWhomThePronounStandsFor() {
    List<Quote> qs = quotes("[PER Jean Durand] se serait déclaré «ulcéré» par les soupçons. Il rejette la faute sur "
        + "ses collaborateurs.\nQuant à l'ancien ministre [PER Paul Martin], il a indiqué «ne pas arriver à se faire à "
        + "l'idée».");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Martin", "pronoun");
  }

  @Test
  void aTopicFrameWhoseNounIsSomeoneElseGivesNoOne() {
    // not the complement, nor the one the text spoke of before the frame
    List<Quote> qs = quotes("[PER Jean Durand] se serait déclaré «ulcéré» par les soupçons.\nQuant à l'avocat de "
        + "[PER Paul Martin], il a indiqué «ne pas arriver à se faire à l'idée».");
    assertNull(qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aNameInARelativeClauseIsNoAntecedentWithNoSpeakerBefore() {
    List<Quote> qs = quotes("Des milliers de personnes ont manifesté dimanche. Arrêté dès le début, l'opposant, qui "
        + "compte défier [PER Jean Durand] en 2018, a passé la nuit en détention. «Viendra le moment où nous les "
        + "jugerons», avait-il écrit.");
    assertNull(qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aNameInARelativeClauseEndingTheSentenceMaySpeakNext() {
    List<Quote> qs = quotes("La ministre a réagi jeudi. Des propos qui ne suffisent pas à [PER Jean Durand] :\n«Ce "
        + "n'est pas un citoyen ordinaire», déclare-t-il.");
    assertEquals("Jean Durand", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aTopicFrameOnAThingLeavesThePronounToTheSpeaker() {
    List<Quote> qs = quotes("«Nous avons des informations», a assuré [PER Paul Martin].\nQuant aux mesures de "
        + "sécurité prévues, il a lancé : «Nous allons utiliser des blindés».");
    assertSpeaker(qs.get(qs.size() - 1), "Paul Martin", "pronoun");
  }

  @Test
  void aTopicFrameWithARoleAndItsBodyBeforeTheNameIsThatName() {
    List<Quote> qs = quotes("«Il dénigre la France», a réagi [PER Paul Martin]. Quant au trésorier du parti [PER Jean "
        + "Durand], il a accusé le ministre de «tirer dans le dos de la France».");
    assertSpeaker(qs.get(qs.size() - 1), "Jean Durand", "pronoun");
  }

  @Test
  void aNameInAnAsideBetweenDashesIntroducesNoSpeaker() {
    List<Quote> qs = quotes("«L'exécutif ne connaissait pas le contenu», a assuré mardi [PER Jean Durand]. «Ni moi, "
        + "ni la garde des Sceaux» [PER Claire Martin], a-t-il poursuivi. Il a "
        + "néanmoins admis avoir eu connaissance de la procédure - ce qu'a nié [PER Claire Martin] - à cette époque "
        + "car «de nouveaux éléments graves sont apparus» dans l'enquête.");
    assertNotEquals("Claire Martin", qs.get(qs.size() - 1).speaker());
  }
}
