package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pronoun of a reporting incise ("», a-t-il affirmé, souhaitant que ...") stands for someone
 * named before it, never for a person the rest of its sentence names after it ("le premier geste
 * d'X"). Hand-written French, without the models.
 */
class SpeakerInvertedPronounTest {
  @Test
  void aPersonNamedAfterTheInvertedPronounIsNotItsAntecedent() {
    List<Quote> qs = quotes("«Le français est la seule langue de notre pays», a estimé [PER Paul Durand], considérant "
        + "que l'Etat soutenait «depuis très longtemps l'enseignement de la langue corse à l'école».\n"
        + "«Si on y accédait, ça ouvrirait la porte à l'indépendance», a-t-il poursuivi.\n"
        + "Enfin, l'ancien candidat à la primaire a considéré que des rapprochements de prisonniers devraient être "
        + "étudiés au cas par cas. En revanche, il s'est opposé à l'idée d'amnistier certains d'entre eux. «L'idée de "
        + "l'amnistie, elle m'insupporte», a-t-il affirmé, souhaitant que le premier geste d'[PER Marc Petit] sur "
        + "l'île soit de «rendre hommage au préfet», assassiné il y a vingt ans.");
    assertEquals(5, qs.size());
    for (Quote q : qs) {
      assertEquals("Paul Durand", q.speaker(), () -> "speaker of " + q);
    }
  }

  @Test
  void aPersonNamedBeforeTheInvertedPronounStillIs() {
    List<Quote> qs = quotes("«Nous construirons mille logements», a promis [PER Paul Durand] lundi. "
        + "[PER Marc Petit] a répondu dans la soirée. «Ce plan ne tient pas debout», a-t-il jugé, "
        + "rappelant que «les caisses de la ville sont vides».");
    assertEquals(3, qs.size());
    assertEquals("Marc Petit", qs.get(1).speaker());
    assertEquals("Marc Petit", qs.get(2).speaker());
  }
}
