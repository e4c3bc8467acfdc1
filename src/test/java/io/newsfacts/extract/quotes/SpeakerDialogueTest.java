package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Turns of an exchange: a question put to someone ends the asker's turn (the words after it answer
 * it), a question one asks oneself or a rhetorical one does not; words the writer reports saying
 * ("Je lui ai répondu : «...»") are no one's of the article; a repeat of a quote that drops its
 * accents or joins its words in a hashtag takes the speaker of the words repeated. Hand-written
 * French, without the models.
 */
class SpeakerDialogueTest {
  @Test
  void aQuestionPutToSomeoneEndsTheAskersTurn() {
    List<Quote> qs = quotes("Le journaliste [PER Paul Durand] demande au maire : «Allez-vous fermer le camp avant l'hiver ?»\n"
        + "«Nous fermerons ce camp avant la fin du mois, c'est une promesse faite aux riverains.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(0).speaker());
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void anInvertedQuestionVerbEndsTheTurnToo() {
    List<Quote> qs = quotes("«Et cette jeune fille, elle affabule ?», interroge [PER Marie Lenoir] sur le plateau. "
        + "«J'ai la même version des faits, et je vais rester poli.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Marie Lenoir", "reporting-verb");
    assertEquals(null, qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aQuestionOneAsksOneselfKeepsTheTurn() {
    List<Quote> qs = quotes("[PER Paul Durand] s'interroge : «Pourquoi fermer ce camp avant l'hiver ?»\n"
        + "«Les familles n'ont nulle part où aller, et la mairie le sait très bien.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRhetoricalQuestionKeepsTheTurn() {
    List<Quote> qs = quotes("«Pourquoi fermer ce camp avant l'hiver ?», lance [PER Paul Durand] devant la mairie. "
        + "«Les familles n'ont nulle part où aller, et la mairie le sait très bien.»");
    assertEquals(2, qs.size());
    assertEquals("Paul Durand", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void theWritersOwnWordsAreTheAuthors() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a déclaré [PER Paul Durand] ce jour-là. "
        + "Je lui ai répondu : «Les familles n'ont nulle part où aller cet hiver.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Paul Durand", "reporting-verb");
    assertSpeaker(qs.get(1), "l'auteur", "narrator"); // the annotators' word for the writer (eval/GUIDELINES)
  }

  @Test
  void anInvertedFirstPersonReportsTheWritersWordsToo() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a déclaré [PER Paul Durand] ce jour-là. "
        + "Aussi lui ai-je répondu : «Les familles n'ont nulle part où aller cet hiver.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "l'auteur", "narrator");
  }

  @Test
  void aTweetRepeatingQuotedWordsWithAHashtagTakesTheirSpeaker() {
    List<Quote> qs = quotes("«Je ne comprends pas pourquoi Alexandre Benalla n'a pas été viré. Ça ressemble au vieux monde», "
        + "a attaqué [PER Sonia Krimi] samedi.\n[PER Marie Lenoir] a partagé la séquence sur Twitter.\n"
        + "«Je ne comprends pas pourquoi #AlexandreBenalla n'a pas été viré. Ca ressemble au vieux monde»\n");
    assertEquals(2, qs.size());
    assertEquals("Sonia Krimi", qs.get(0).speaker());
    assertSpeaker(qs.get(1), "Sonia Krimi", "repeated-quote");
  }

  @Test
  void aReplyInAnExchangeOfTwoGoesBackToTheOtherSide() {
    List<Quote> qs = quotes("«Vous nous coupez la parole sur des sujets essentiels», lance [PER Paul Durand] à [PER Marie Lenoir].\n"
        + "[PER Marie Lenoir] lui rétorque alors que le format a été accepté par tous les candidats. "
        + "«Il y a eu des discussions avant cette émission, c'est la position que vous avez prise.»\n"
        + "«Mais justement, on n'en veut pas ! On n'est pas des commentateurs.»");
    assertEquals(3, qs.size());
    assertEquals("Marie Lenoir", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
    assertSpeaker(qs.get(2), "Paul Durand", "dialogue-turn");
  }

  @Test
  void wordsOpeningWithoutAReplyKeepTheirSpeaker() {
    List<Quote> qs = quotes("«Vous nous coupez la parole sur des sujets essentiels», lance [PER Paul Durand] à [PER Marie Lenoir].\n"
        + "[PER Marie Lenoir] lui rétorque alors que le format a été accepté par tous les candidats. "
        + "«Il y a eu des discussions avant cette émission, c'est la position que vous avez prise.»\n"
        + "«Mais nous avons tous accepté ce format, vous le savez très bien.»");
    assertEquals(3, qs.size());
    assertEquals("Marie Lenoir", qs.get(2).speaker(), () -> "speaker of " + qs.get(2));
  }

  @Test
  void aReplyWordWithNoOneAddressedKeepsTheSpeaker() {
    List<Quote> qs = quotes("«Nous fermerons ce camp avant la fin du mois», a promis [PER Paul Durand] lundi.\n"
        + "[PER Marie Lenoir] a visité le camp mardi. Elle a rencontré les familles. "
        + "«Il y a eu des discussions avec la préfecture, c'est la position que nous avons prise.»\n"
        + "«Non, personne ne sera laissé dehors cet hiver.»");
    assertEquals(3, qs.size());
    assertNotEquals("Paul Durand", qs.get(2).speaker(), () -> "speaker of " + qs.get(2));
  }

  @Test
  void aQuestionTheWriterPutsIsAnsweredByTheOneAsked() {
    List<Quote> qs = quotes("[PER Marie Lenoir] a tenu à nous recevoir chez elle. «Je ne sors plus beaucoup de la maison», dit-elle. "
        + "Je lui demande de me parler de ses enfants : «Quand ils étaient petits, on allait dans les bois le dimanche.»");
    assertEquals(2, qs.size());
    assertEquals("Marie Lenoir", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aWriterInASubordinateClauseLeavesTheSpeakerNamedAfter() {
    List<Quote> qs = quotes("[PER Paul Durand] était sur France Inter jeudi. Le lendemain, sur l'antenne où j'avais été "
        + "invitée la veille, [PER Paul Durand] a exprimé "
        + "son «sentiment de s'être un peu fait avoir par l'invitée du matin».");
    assertEquals("Paul Durand", HandQuotes.only(qs).speaker());
  }
}
