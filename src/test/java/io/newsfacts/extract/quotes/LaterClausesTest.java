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
 * Speakers named by the words after a quote ({@link LaterClauses}): a sentence claiming the words
 * of a quote standing alone, the main clause of a participle opening the sentence, a demonstrative
 * phrase naming the words; and a detached participle, which has no subject of its own. Hand-written
 * French, without the models.
 */
class LaterClausesTest {
  @Test
  void aSentenceSayingWhoAffirmedItGivesTheQuoteToTheInvertedSubject() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Les familles ne peuvent plus attendre un hiver de plus.» C'est ce qu'a affirmé [PER Marie Lenoir] jeudi à Lyon.");
    assertEquals(1, qs.size());
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aSentenceWithTheSubjectBeforeTheVerbGivesTheQuoteToIt() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Les familles ne peuvent plus attendre un hiver de plus.» C'est aussi ce que [PER Marie Lenoir] a expliqué devant les élus.");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aClaimForAnUnnamedSourceGivesTheQuoteToItsPhrase() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Les familles ne peuvent plus attendre un hiver de plus.» C'est ce qu'affirme un habitant du quartier.");
    assertSpeaker(qs.get(0), "un habitant du quartier", "next-sentence");
  }

  @Test
  void aClaimForSomeoneWhoNamesNoSpeakerLeavesTheQuoteWithoutOne() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Les familles ne peuvent plus attendre un hiver de plus.» C'est ce que tout le monde répète dans le quartier.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void wordsThatAreThoseOfSomeoneAreTheirs() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Nous ne reculerons pas devant la difficulté.» Ces mots sont ceux de [PER Marie Lenoir], prononcés devant les députés.");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void suchIsTheConvictionOfSomeoneGivesThemTheQuote() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "«Il faut tout reconstruire avant la fin de l'année.» Telle est la conviction de [PER Marie Lenoir], la maire de la commune.");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void anInvertedVerbInNoListKnownByItsFormGivesTheQuoteToTheNameAfterIt() {
    // "anticipe" is in no reporting verb list: the dictionary's verb forms say it is a verb, and
    // after the quote's comma an inverted verb is an incise
    assertSpeaker(quotes("«Il va y avoir une hausse importante des dépenses d'infrastructures», anticipe d'ores et "
        + "déjà [PER Eric Olsen], parlant des premiers effets sur les résultats.").get(0), "Eric Olsen", "reporting-verb");
    assertSpeaker(quotes("«Cette levée est prévisible car c'est une assemblée qui veut faire taire ses dissidents», "
        + "avait à l'époque réagi [PER Marine Le Pen] sur une radio.").get(0), "Marine Le Pen", "reporting-verb");
    assertSpeaker(quotes("«En ce qui concerne la hausse du gazole, je pense qu'il faut qu'on fasse attention», a ainsi "
        + "mis en garde le député de l'Hérault [PER Patrick Vignal].").get(0), "Patrick Vignal", "reporting-verb");
  }

  @Test
  void aVerbAfterTheQuoteOfARelativeClauseIsNotAnIncise() {
    List<Quote> qs = quotes("[PER Paul Durand] pilotera un groupe de réflexion sur la primaire. Ce groupe, qui rendra "
        + "ses conclusions «dans les deux à trois mois qui viennent au plus tard», comprendra également [PER Anne Levade].");
    assertNotEquals("Anne Levade", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aNounThatIsAlsoAVerbFormDoesNotMakeAnIncise() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. «Les familles ne peuvent plus "
        + "attendre un hiver de plus dans ces conditions», titre du livre de [PER Marie Lenoir] paru en mars.");
    assertNotEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aParticipleOpeningTheSentenceTakesTheSubjectOfTheMainClause() {
    List<Quote> qs = quotes("[PER Paul Durand] a visité le camp de la ville lundi matin. "
        + "Indiquant par ailleurs que l'on ne «peut jamais s'assurer de l'honnêteté des gens», [PER Marie Lenoir] a affirmé qu'elle resterait ferme.");
    assertSpeaker(qs.get(0), "Marie Lenoir", "clause-subject");
  }

  @Test
  void aDetachedParticipleDoesNotTakeTheObjectBeforeItsCommaAsItsSubject() {
    List<Quote> qs = quotes("Le président turc a dénoncé le comportement des Pays-Bas, affirmant que ce pays en «paiera le prix de cette humiliation devant le monde entier».");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aDetachedParticipleTakesTheNamedSubjectOfItsClause() {
    List<Quote> qs = quotes("[PER Marie Lenoir] a dénoncé le comportement des Pays-Bas, affirmant que ce pays en «paiera le prix de cette humiliation devant le monde entier».");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aDemonstrativePhraseWithAnAgentNamesTheSpeaker() {
    List<Quote> qs = quotes("«Il y avait plus de chômeurs dans les années 1990 qu'aujourd'hui» : cet argument utilisé par "
        + "[PER Marie Lenoir] lors du débat télévisé est à la fois vrai et faux.");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aQuoteEndingItsSentenceIsNotTheIncisedWordsOfTheNextSentence() {
    List<Quote> qs = quotes("«Nous ne pouvons plus accueillir personne dans ce camp.» Le ministre de l'Intérieur, "
        + "[PER Paul Durand], a longuement expliqué les raisons de la décision aux habitants.");
    assertNotEquals("les raisons de la décision", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void anInvertedSubjectAfterTheMediumTheDateAndACircumstanceSaysTheQuote() {
    List<Quote> qs = quotes("«On estime que le jeu de go, c'est du raisonnement pur et simple», expliquait au HuffPost en 2016, "
        + "lors de cette victoire historique, [PER Claude Touzet], chercheur au CNRS.");
    assertSpeaker(qs.get(0), "Claude Touzet", "reporting-verb");
  }

  @Test
  void aNameGovernedByAPrepositionAfterTheVerbIsNotItsSubject() {
    List<Quote> qs = quotes("«On estime que le jeu de go, c'est du raisonnement pur et simple», expliquait au HuffPost en 2016, "
        + "lors d'un entretien avec [PER Claude Touzet], un chercheur du laboratoire.");
    assertNotEquals("Claude Touzet", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void asSomeoneSaysWithAnAdverbBeforeTheNameGivesThemTheQuote() {
    List<Quote> qs = quotes("Il m'a fallu du temps pour le comprendre. Comme le dit si justement [PER Gandhi], "
        + "«vous ne devez pas perdre espoir en l'humanité tout entière».");
    assertEquals("Gandhi", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void asSomeoneSaidAsAnAsideOfAnotherSubjectKeepsTheSubject() {
    List<Quote> qs = quotes("[PER Paul Durand], comme le disait si bien [PER Marie Lenoir] il y a des mois, laissait tomber : "
        + "«vous ne devez pas perdre espoir en l'humanité tout entière».");
    assertNotEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aRelativeClauseClosedByAColonSpeaksForItsAntecedent() {
    List<Quote> qs = quotes("«Les emplois fictifs sont absolument scandaleux», insiste le conseiller municipal de [LOC Paris], "
        + "qui s'interroge cependant : «Pourquoi interdire qu'on emploie sa fille s'ils ont les diplômes nécessaires ?»");
    assertEquals(2, qs.size());
    assertEquals(qs.get(0).speaker(), qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
    assertNotEquals("Paris", qs.get(1).speaker());
  }

  @Test
  void aRelativeClauseOfANameClosedByAColonGivesTheName() {
    List<Quote> qs = quotes("La séance a repris avec [PER Marie Lenoir], qui s'interroge cependant : "
        + "«Pourquoi interdire qu'on emploie sa fille s'ils ont les diplômes nécessaires ?»");
    assertEquals("Marie Lenoir", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aDialogueLineDoesNotContinueThePreviousSpeaker() {
    List<Quote> qs = quotes("Comme le disait [PER Gandhi], «la vengeance ne répare jamais rien du tout».\n"
        + "Ma mère me demanda alors pourquoi je voulais savoir.\n"
        + "– «Pour me venger de ce qu'il m'a fait quand j'étais enfant, il y a si longtemps.»\n");
    assertEquals(2, qs.size());
    assertEquals("Gandhi", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRoleAfterTheCircumstancesOfAnInvertedVerbSaysTheQuote() {
    List<Quote> qs = quotes("«Nous avons perdu une bataille importante», reconnaît [PER Paul Durand]. "
        + "«La France doit accueillir ces réfugiés sans attendre», a lancé jeudi à Lyon, devant des militants, "
        + "la maire de la ville.");
    assertEquals(2, qs.size());
    assertEquals("la maire de la ville", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void theNextSentenceNamingWhoseComplimentItWasGivesTheQuote() {
    List<Quote> qs = quotes("«Le président a été touché par la grâce républicaine.» Pas sûr que le compliment lancé par "
        + "[PER Paul Durand] touche vraiment le président.");
    assertSpeaker(qs.get(0), "Paul Durand", "next-sentence");
  }

  @Test
  void aNameAfterParWithoutASpeechNounIsNotTheSpeaker() {
    List<Quote> qs = quotes("«Le président a été touché par la grâce républicaine.» Pas sûr que le ministre interrogé par "
        + "[PER Paul Durand] soit de cet avis.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }
}
