package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which named person an office or a clause stands for: "le Premier ministre" is not any minister,
 * one person holds several offices ("président du MoDem" and "maire de Pau"), "le parlementaire"
 * is the deputy, a daily is not the agency named before it, and the clause a colon closes speaks
 * through its subject, not its object ("X a critiqué Y :", "Et X de dénoncer ... :"); on
 * hand-written French without the models.
 */
class SpeakerOfficeTest {
  private static final String WORDS = "Nous ne céderons rien à ceux qui bloquent le pays depuis des semaines";

  @Test
  void thePrimeMinisterIsNotAnotherMinister() {
    Quote q = only(quotes("Le ministre de l'Intérieur [PER Manuel Valls] a reçu les syndicats mardi. [PER Jean-Marc "
        + "Ayrault] s'est rendu à Nantes.\n\n«" + WORDS + "», relève le Premier ministre."));
    assertSpeaker(q, "Jean-Marc Ayrault", "coreference");
    // and the other way round: the minister of the interior is not the Prime Minister
    Quote other = only(quotes("Le Premier ministre [PER Jean-Marc Ayrault] a reçu les syndicats mardi. [PER Manuel "
        + "Valls] s'est rendu à Nantes.\n\n«" + WORDS + "», relève le ministre de l'Intérieur."));
    assertSpeaker(other, "Manuel Valls", "coreference");
    // a former office is still any past one: a career holds many
    Quote former = only(quotes("L'ancien Premier ministre [PER Dominique Martin] était l'invité de la radio jeudi.\n\n«"
        + WORDS + "», reconnaît l'ancien ministre des Affaires étrangères."));
    assertSpeaker(former, "Dominique Martin", "coreference");
  }

  @Test
  void aPersonMayHoldASecondOfficeOfAPlaceTheArticleTiesThemTo() {
    Quote q = only(quotes("[PER François Bayrou], président du [ORG MoDem], a annoncé dimanche qu'il ne serait pas "
        + "candidat. Il veut rester maire de [LOC Pau].\n\nInterrogé sur les candidats, le maire de [LOC Pau] a "
        + "répondu : «" + WORDS + "»."));
    assertSpeaker(q, "François Bayrou", "coreference");
    // no tie between the person and the town, nor the sentence just before (RoleNeighbours): the phrase stays
    Quote untied = only(quotes("[PER François Bayrou], président du [ORG MoDem], a annoncé dimanche qu'il ne serait pas "
        + "candidat. Il a déjeuné à Paris.\n\nInterrogé sur les candidats, le maire de [LOC Pau] a répondu : «" + WORDS + "»."));
    assertEquals("le maire de Pau", untied.speaker(), () -> "speaker of " + untied);
    // the same office of another place is no second office
    Quote lyon = only(quotes("Le maire de [LOC Lyon] [PER Paul Durand] a parlé à [LOC Pau] dimanche.\n\nInterrogé "
        + "sur les candidats, le maire de [LOC Pau] a répondu : «" + WORDS + "»."));
    assertNotEquals("Paul Durand", lyon.speaker());
  }

  @Test
  void aWordForAKindOfOfficeStandsForItsHolder() {
    Quote q = only(quotes("Le député [PER Ugo Martin] s'est glissé dans la peau d'un autre. «" + WORDS + "», a lancé "
        + "le parlementaire, avant d'ironiser."));
    assertSpeaker(q, "Ugo Martin", "coreference");
    // a mayor is no member of parliament
    Quote mayor = only(quotes("Le maire [PER Ugo Martin] s'est glissé dans la peau d'un autre. «" + WORDS + "», a "
        + "lancé le parlementaire, avant d'ironiser."));
    assertNotEquals("Ugo Martin", mayor.speaker());
  }

  @Test
  void aDailyIsNotTheAgencyNamedBeforeIt() {
    Quote q = only(quotes("Le député a été entendu jeudi, a déclaré à l'[ORG AFP] le procureur, confirmant une "
        + "information du [ORG Télégramme].\nLe quotidien breton affirme que le député a été entendu au sujet des "
        + "«conditions d'acquisition et de location du local des Mutuelles de Bretagne»."));
    assertEquals("Télégramme", q.speaker(), () -> "speaker of " + q);
    // an agency alone before the noun: none rather than the agency
    List<Quote> agency = quotes("Le député a été entendu jeudi, a déclaré à l'[ORG AFP] le procureur.\nLe quotidien "
        + "affirme que le député a été entendu au sujet des «conditions d'acquisition et de location du local des "
        + "Mutuelles de Bretagne».");
    assertEquals("le quotidien", agency.get(agency.size() - 1).speaker(), () -> "speakers of " + agency);
  }

  @Test
  void theObjectOfTheClauseAColonClosesIsSpokenOf() {
    for (String clause : List.of("Dimanche, [PER François Hollande] a critiqué [PER Arnaud Montebourg]",
        "Dimanche, [PER François Hollande] a eu ce mot pour justifier le sort fait à [PER Delphine Batho] et "
            + "[PER Arnaud Montebourg]")) {
      Quote q = only(quotes("On peut se poser la question. " + clause + " : «" + WORDS + "»."));
      assertEquals("François Hollande", q.speaker(), () -> clause + ": " + q);
    }
    // the one a causative makes react speaks, and so does an inverted subject
    Quote react = only(quotes("Le ministre était à Lille mardi. Sa venue a fait réagir [PER Martine Aubry] : «" + WORDS
        + "»."));
    assertEquals("Martine Aubry", react.speaker(), () -> "speaker of " + react);
    Quote inverted = only(quotes("Le ministre était à Lille mardi. Comme le souligne la maire [PER Martine Aubry] : «"
        + WORDS + "»."));
    assertEquals("Martine Aubry", inverted.speaker(), () -> "speaker of " + inverted);
  }

  @Test
  void theNarrativeInfinitivesSubjectSpeaks() {
    Quote q = only(quotes("[PER Manuel Valls] sort de son silence.\n\nEt [PER Manuel Valls] d'éreinter le programme "
        + "du candidat [ORG PS] : «" + WORDS + "»."));
    assertSpeaker(q, "Manuel Valls", "colon");
    Quote unnamed = only(quotes("Le ministre a reçu les élus. Et un député normand de conclure auprès du journal : «"
        + WORDS + "»."));
    assertEquals("un député normand", unnamed.speaker(), () -> "speaker of " + unnamed);
  }

  @Test
  void aNameAfterAnApposedRoleHoldsTheRolePhraseBeforeIt() {
    Quote q = only(quotes("La commission se penchera jeudi sur l'élection du républicain [PER Donald Trump]. «" + WORDS
        + "», a déclaré en conférence de presse le président de cette commission, le sénateur républicain [PER Richard "
        + "Burr]."));
    assertEquals("Richard Burr", q.speaker(), () -> "speaker of " + q);
    // an apposition that is no role keeps its name out: "la veille de sa rencontre avec X"
    Quote notRole = only(quotes("La commission se penchera jeudi sur l'élection. «" + WORDS + "», a déclaré le "
        + "président de cette commission, la veille de sa rencontre avec [PER Richard Burr]."));
    assertNotEquals("Richard Burr", notRole.speaker());
  }

  @Test
  void aClauseAfterARelativesQuoteSpeaksThroughItsOwnSubject() {
    List<Quote> qs = quotes("Interrogée sur les propos de [PER Louis Aliot], qui avait estimé que «le parti doit "
        + "changer de nom», [PER Marine Le Pen] a répondu sèchement sur [ORG RTL] : «" + WORDS + "».");
    assertEquals("Marine Le Pen", qs.get(qs.size() - 1).speaker(), () -> "speakers of " + qs);
  }

  @Test
  void aSubjectAfterANameAndACommaDescribesNoOne() {
    // "Interrogé sur les choix de X, l'attaquant a répondu": the forward is not X
    Quote q = only(quotes("[PER Karim Benzema] a réagi mardi. Interrogé sur les choix de [PER Didier Deschamps], "
        + "l'attaquant a répondu : «" + WORDS + "»."));
    assertNotEquals("Didier Deschamps", q.speaker());
    // an apposition closed by a comma still describes the name before it
    Quote apposed = only(quotes("[PER Karim Martin], l'attaquant du club, est arrivé mardi. «" + WORDS + "», a "
        + "expliqué l'attaquant."));
    assertEquals("Karim Martin", apposed.speaker(), () -> "speaker of " + apposed);
  }

  @Test
  void aHeadingsSurnameIsThePersonOfTheArticleWithThatName() {
    List<Quote> qs = quotes("Royal : «" + WORDS + "»\n\nLa ministre de l'Ecologie [PER Ségolène Royal] était à "
        + "[LOC Rennes] mardi pour inaugurer un parc éolien.");
    assertEquals("Ségolène Royal", qs.get(0).speaker(), () -> "speakers of " + qs);
    // a word that is no one's surname stays no one's
    List<Quote> none = quotes("Royal : «" + WORDS + "»\n\nLa ministre de l'Ecologie [PER Ségolène Martin] était à "
        + "[LOC Rennes] mardi pour inaugurer un parc éolien.");
    assertNotEquals("Ségolène Martin", none.get(0).speaker());
  }

  @Test
  void theLeaderOfAnOfficesMembersHoldsThatOffice() {
    Quote q = only(quotes("Le chef de file des sénateurs [ORG EELV], [PER Jean-Vincent Placé], a parlé mardi sur "
        + "[ORG RTL].\n\n«" + WORDS + "», a estimé le sénateur de l'[LOC Essonne]."));
    assertSpeaker(q, "Jean-Vincent Placé", "coreference");
    // a leader of some other body's members is not, unless the sentence just before spoke of them
    // (RoleNeighbours)
    Quote other = only(quotes("Le chef de file des maires [ORG EELV], [PER Jean-Vincent Placé], a parlé mardi sur "
        + "[ORG RTL]. Il a ensuite quitté le studio.\n\n«" + WORDS + "», a estimé le sénateur de l'[LOC Essonne]."));
    assertNotEquals("Jean-Vincent Placé", other.speaker());
  }

  @Test
  void aRoleInTheInciseOfTheNextQuoteIsTheOneJustNamedEvenIfAnotherHoldsIt() {
    List<Quote> qs = quotes("[PER François Fillon], candidat de la droite à la présidentielle, a critiqué la décision. "
        + "« La France soutient mal ses alliés européens », a affirmé de son côté [PER Henri Guaino]. « La France "
        + "n'aurait pas dû accepter cette réunion », a ajouté le candidat à la présidentielle.");
    assertEquals("Henri Guaino", qs.get(qs.size() - 1).speaker(), () -> "speaker of " + qs);
    // not for a role opening the next sentence with no quote before it: someone else acts
    // (a role of the same head in another body: RoleNeighbours would otherwise take the subject just named)
    List<Quote> other = quotes("« Rien ne va plus », a déclaré [PER Jean-Vincent Placé], leader des écologistes. Dans un "
        + "entretien, le leader du [ORG Front de gauche] estime que « ni la majorité ni l'opposition ne le tiennent ».");
    assertNotEquals("Jean-Vincent Placé", other.get(other.size() - 1).speaker(), () -> "speaker of " + other);
  }
}
