package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of the reporting clause, not the nearest name: a name inside a relative clause
 * ("Celui qu'X a nommé ... affirme que «") or inside a complement ("a lancé au maire X :") does not
 * say the words. Hand-written French, without the models.
 */
class ClauseSubjectsTest {
  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }

  @Test
  void aNameInsideTheRelativeOfADemonstrativeSubjectIsNotTheSpeaker() {
    Quote q = last(HandQuotes.quotes("« Le patrimoine fait vivre les régions », assure [PER Stéphane Bern]. "
        + "Celui qu'[PER Emmanuel Macron] a nommé chargé de mission affirme que « les villages renaissent ».")); 
    assertEquals("Stéphane Bern", q.speaker(), () -> "speaker of " + q);
    Quote her = last(HandQuotes.quotes("[PER Maud Fontenoy] a présenté son plan lundi. Celle que [PER Nicolas Sarkozy] "
        + "avait soutenue explique : « Ce gaz n'est pas plus dangereux qu'un autre. »"));
    assertEquals("Maud Fontenoy", her.speaker(), () -> "speaker of " + her);
  }

  @Test
  void aDemonstrativeWithNoOneToStandForLeavesNoSpeaker() {
    Quote q = last(HandQuotes.quotes("Le débat a duré trois heures. Celui dont [PER Jean Dupont] est le "
        + "suppléant affirme que « rien n'est joué ».")); 
    assertNotEquals("Jean Dupont", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theVerbOfTheRelativeKeepsItsOwnSubject() {
    Quote q = HandQuotes.quotes("Celui que [PER Emmanuel Macron] a accusé de « mentir aux Français depuis des mois sur le chômage » a répondu lundi.")
        .get(0);
    assertEquals("Emmanuel Macron", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aNameInAComplementAfterTheVerbIsNotItsInvertedSubject() {
    Quote q = HandQuotes.quotes("[PER Paul Durand] se dit « ni de droite ni de gauche » a lancé au maire "
        + "[PER Jean Dupont] lors de la cérémonie.").get(0);
    assertNotEquals("Jean Dupont", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aColonAfterARelativeThatReportsItsOwnQuoteIntroducesTheMainClause() {
    List<Quote> all = HandQuotes.quotes("[PER Jean-Luc Mélenchon] tenait meeting à Lille. Il a répondu au président du "
        + "MEDEF, [PER Pierre Gattaz], qui avait assuré que voter pour lui « serait la ruine du pays tout entier » : "
        + "« Le MEDEF ne représente rien du tout dans ce pays ! »");
    Quote q = last(all);
    assertEquals("Jean-Luc Mélenchon", q.speaker(), () -> "speaker of " + q);
    // the relative closed by a comma before its own verb: the colon is the relative's antecedent's
    Quote own = last(HandQuotes.quotes("[PER Pierre Gattaz], qui avait assuré que voter pour lui « serait la ruine du "
        + "pays tout entier », a ajouté : « Le MEDEF ne représente rien du tout dans ce pays ! »"));
    assertEquals("Pierre Gattaz", own.speaker(), () -> "speaker of " + own);
  }

  @Test
  void aSentenceTakingUpTheWordsAfterAQuoteAloneNamesItsSpeaker() {
    Quote q = HandQuotes.quotes("La plainte a été déposée. « Nous avons porté plainte contre l'hebdomadaire pour "
        + "diffamation. » Par ces mots, [PER Jérôme Lavilleux], le directeur de cabinet du maire, a confirmé la "
        + "plainte.").get(0);
    assertEquals("Jérôme Lavilleux", q.speaker(), () -> "speaker of " + q);
    Quote ainsi = HandQuotes.quotes("Le compositeur a grandi à Paris. « La musique est une langue que l'on parle "
        + "avant de la comprendre. » Ainsi parle [PER Michaël Levinas], qui fut l'élève de Messiaen.").get(0);
    assertEquals("Michaël Levinas", ainsi.speaker(), () -> "speaker of " + ainsi);
    Quote dated = HandQuotes.quotes("Le conflit dure depuis deux semaines. « Le gouvernement a entendu les demandes "
        + "des Guyanais. » C'est ce qu'a assuré ce samedi [PER Matthias Fekl], ministre de l'Intérieur.").get(0);
    assertEquals("Matthias Fekl", dated.speaker(), () -> "speaker of " + dated);
  }

  @Test
  void wordsTakenUpWithoutTheirAuthorLeaveNoSpeaker() {
    Quote q = HandQuotes.quotes("Le débat a été vif. « La droite n'a jamais été aussi divisée sur ce sujet. » Des "
        + "propos dont se sont emparés les adversaires de [PER Nicolas Sarkozy] dès mardi soir.").get(0);
    assertNotEquals("Nicolas Sarkozy", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aCleftAfterAQuoteAloneNamesItsSpeakerWhereverTheStopStands() {
    Quote q = HandQuotes.quotes("« Sa méthode fut celle du dialogue et du compromis. Il nous inspire encore "
        + "aujourd'hui ». C'est en ces termes que [PER François Hollande] a salué la mémoire de l'ancien "
        + "Premier ministre.").get(0);
    assertEquals("François Hollande", q.speaker(), () -> "speaker of " + q);
    Quote inside = HandQuotes.quotes("« La Méditerranée est la mer où l'intelligence garde le secret de la lumière. » C'est "
        + "ainsi que le grand écrivain [PER Albert Camus] écrivait sur la Méditerranée.").get(0);
    assertEquals("Albert Camus", inside.speaker(), () -> "speaker of " + inside);
  }

  @Test
  void theColonSpeakerIsThePersonNotTheOrganisationOfItsRelative() {
    Quote q = last(HandQuotes.quotes("La manifestation a réuni mille personnes. [PER Paul Durand], qui dirige "
        + "l'association [ORG France Terre d'Asile] depuis dix ans : « Nous ne pouvons plus accueillir personne. »"));
    assertEquals("Paul Durand", q.speaker(), () -> "speaker of " + q);
    Quote comma = last(HandQuotes.quotes("La manifestation a réuni mille personnes. [PER Paul Durand], qui dirige "
        + "l'association [ORG France Terre d'Asile], s'inquiète : « Nous ne pouvons plus accueillir personne. »"));
    assertEquals("Paul Durand", comma.speaker(), () -> "speaker of " + comma);
  }

  @Test
  void aPersonSpokenToOrOfBeforeTheColonIsNotTheSpeaker() {
    Quote q = last(HandQuotes.quotes("[PER Nicolas Sarkozy] a parlé lundi de la droite. Mardi, [PER Laurent Wauquiez] "
        + "s'en est pris vivement à [PER Nicolas Sarkozy] : « La droite doit cesser de s'excuser d'exister. »"));
    assertEquals("Laurent Wauquiez", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void theObjectOfAVerbAfterACommaIsNotItsInvertedSubject() {
    Quote q = last(HandQuotes.quotes("Douze personnes ont été arrêtées. Le ministre de l'Intérieur, [PER Marco Minniti], "
        + "a salué ces arrestations dans un communiqué, évoquant « un résultat important dans la prévention du "
        + "terrorisme »."));
    assertNotEquals("ces arrestations", q.speaker(), () -> "speaker of " + q);
    Quote participle = HandQuotes.quotes("« Il va y avoir une hausse importante des dépenses », anticipe le patron du "
        + "groupe, parlant des premiers effets sur les résultats.").get(0);
    assertNotEquals("des premiers effets", participle.speaker(), () -> "speaker of " + participle);
  }

  @Test
  void aPersonNamedInTheObjectOfTheColonClauseIsNotItsSpeaker() {
    List<Quote> qs = HandQuotes.quotes("[PER Emmanuel Macron] était à Paris. Après avoir été interrogé sur les "
        + "hésitations des électeurs, il a commencé par s'adresser aux personnes ayant choisi [PER François Fillon] "
        + "au premier tour : « Je respecte les électeurs qui voulaient plus de réformes économiques. »");
    assertNotEquals("François Fillon", last(qs).speaker(), () -> "speaker of " + last(qs));
    Quote when = last(HandQuotes.quotes("Quand un lecteur du journal lui a demandé s'il avait un héritier, "
        + "[PER François Hollande] a livré cette réponse en forme de pirouette : « J'en ai même plusieurs. »"));
    assertNotEquals("un lecteur du journal", when.speaker(), () -> "speaker of " + when);
  }

  @Test
  void aNameInARelativeBeforeTheVerbIsNotItsSubject() {
    Quote q = last(HandQuotes.quotes("Le Maroc a condamné la tentative de putsch. Le Premier ministre "
        + "[PER Abdelilah Benkirane] dont le parti a les mêmes références que l'[ORG AKP] turc a écrit une lettre à "
        + "[PER Recep Erdogan] : « Le peuple turc a donné l'exemple dans la solidarité et le courage. »"));
    assertEquals("Abdelilah Benkirane", q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aNounPhraseAVerbActsOnBeforeTheColonIsNotTheSpeaker() {
    Quote object = last(HandQuotes.quotes("Le maire a reçu les familles. [PER Marine Le Pen] salue le travail de "
        + "[PER Louis Aliot] : « Il a fait un travail remarquable pour la ville. »"));
    assertEquals("Marine Le Pen", object.speaker(), () -> "speaker of " + object);
    Quote infinitive = last(HandQuotes.quotes("La lettre a été publiée jeudi. Et [PER Manuel Valls] d'éreinter le "
        + "programme du candidat PS : « Je ne crois pas que l'avenir de la France passe par une sortie du nucléaire. »"));
    assertEquals("Manuel Valls", infinitive.speaker(), () -> "speaker of " + infinitive);
    Quote pair = last(HandQuotes.quotes("On peut se poser la question. Dimanche, [PER François Hollande] a eu cette "
        + "confidence pour justifier le traitement différent entre [PER Batho] et [PER Montebourg] : « La ministre "
        + "limogée n'a pas respecté le budget. »"));
    assertEquals("François Hollande", pair.speaker(), () -> "speaker of " + pair);
  }

  @Test
  void anInvertedSubjectOrTheAuthorCitedBeforeTheColonSpeaks() {
    Quote inverted = last(HandQuotes.quotes("Le débat continue. Comme l'a dit [PER Jean Jaurès] : « Le courage, "
        + "c'est de chercher la vérité et de la dire. »"));
    assertEquals("Jean Jaurès", inverted.speaker(), () -> "speaker of " + inverted);
    Quote relative = last(HandQuotes.quotes("Les ministres ont offert un décalage de version que souligne "
        + "[PER Guillaume Tabard] : « Le porte-parole parle d'une autorisation donnée au collaborateur. »"));
    assertEquals("Guillaume Tabard", relative.speaker(), () -> "speaker of " + relative);
    Quote cited = last(HandQuotes.quotes("[PER Jennifer McCartney] aborde un vrai sujet. Et de citer "
        + "[PER Albert Einstein] : « Si un bureau en désordre est le signe d'un esprit désordonné, alors de quoi un "
        + "bureau vide est-il le signe ? »"));
    assertEquals("Albert Einstein", cited.speaker(), () -> "speaker of " + cited);
  }

  @Test
  void aPlaceCompletingTheRoleBeforeARelativeIsNotItsSubject() {
    Quote q = last(HandQuotes.quotes("« Les dictats de Paris ne sont pas la solution », a lancé [PER Christian Troadec], "
        + "maire de [LOC Carhaix] qui regrette « le mépris de la part du gouvernement à l'égard des Bretons »."));
    assertEquals("Christian Troadec", q.speaker(), () -> "speaker of " + q);
  }
}
