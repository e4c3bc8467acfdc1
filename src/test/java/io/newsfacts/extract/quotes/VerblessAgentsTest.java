package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The agent a verbless sentence brings in takes the turn from the previous speaker (VerblessAgents). */
class VerblessAgentsTest {
  @Test
  void theAgentOfAVerblessSentenceSpeaksTheNextQuote() {
    List<Quote> qs = quotes("Dans Le Figaro, [PER François Fillon] affirme que «la position du gouvernement est faible». "
        + "«Il envoie des messages contradictoires en permanence.»\n"
        + "Une analyse jugée «excellente» par [PER Alain Juppé], qui juge à son tour l'attitude du chef de l'Etat "
        + "«désolante». «La France a préféré finasser plutôt que de définir une position commune avec l'Allemagne.»");
    Quote last = qs.get(qs.size() - 1);
    assertNotEquals("François Fillon", last.speaker());
    assertSpeaker(last, "Alain Juppé", "paragraph");
  }

  @Test
  void aComplementAfterParInASentenceWithAVerbDoesNotTakeTheTurn() {
    List<Quote> qs = quotes("[PER François Fillon] affirme que «la position du gouvernement est faible». "
        + "Il a été reçu par [PER Alain Juppé] à Bordeaux. «Il envoie des messages contradictoires en permanence.»");
    assertNotEquals("Alain Juppé", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void theAgentOfAVerblessSentenceDoesNotSpeakInTheNextParagraph() {
    List<Quote> qs = quotes("Une annonce immédiatement corrigée par [PER Arnaud Montebourg], qui redoute une hausse.\n"
        + "Mercredi matin, l'alerte a été relancée dans 19 départements. "
        + "«Il faut que les gens aient conscience que les routes sont verglacées.»");
    assertNotEquals("Arnaud Montebourg", qs.get(qs.size() - 1).speaker());
  }
}
