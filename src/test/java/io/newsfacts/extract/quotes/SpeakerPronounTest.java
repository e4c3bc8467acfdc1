package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which person "il"/"elle" stands for (Antecedents), on hand-written French without the models. */
class SpeakerPronounTest {
  @Test
  void theSubjectOfAnAppositionAfterANounsComplementIsNoListItem() {
    List<Quote> qs = quotes("«Une grogne monte dans le pays», a relevé [PER Bruno Cautrès], chercheur au Cevipof.\n"
        + "Ex-conseiller social de [PER Nicolas Sarkozy], [PER Raymond Soubie], ne croit pas à de fortes tensions. "
        + "«Les syndicats ne rejoindront pas la manifestation du 12 septembre», a-t-il commenté fin août.");
    assertSpeaker(qs.get(qs.size() - 1), "Raymond Soubie", "pronoun");
  }

  @Test
  void aNameInsideASubordinateClauseOpeningTheSentenceIsNotItsSubject() {
    List<Quote> qs = quotes("Alors qu'en interne, l'idée de remplacer [PER Benjamin Griveaux] par [PER Edouard Philippe] "
        + "est évoquée, [PER Stanislas Guerini] écarte cette possibilité. «C'est le candidat de La République en "
        + "marche», affirme-t-il.");
    assertSpeaker(qs.get(qs.size() - 1), "Stanislas Guerini", "pronoun");
  }

  @Test
  void theObjectOfAClauseWhoseSubjectIsTheSamePronounIsNotItsAntecedent() {
    List<Quote> qs = quotes("[PER Nicolas Sarkozy] consulte à tour de bras.\nIl y a une dizaine de jours, il reçoit "
        + "[PER Alain Juppé]. Il lui dit : «Si je n'y vais pas en 2017, je te soutiendrai dans la primaire».");
    assertSpeaker(qs.get(qs.size() - 1), "Nicolas Sarkozy", "pronoun");
  }

  @Test
  void aNameInsideASectionHeadingIsNoAntecedent() {
    List<Quote> qs = quotes("Titre\nC'est [PER Jean-Marc Ayrault] qui a pris la défense du ministre : «Je lui ai demandé "
        + "ce qu'il savait», a-t-il affirmé.\nPas de suspension pour [PER Pierre Moscovici]\nLe Premier ministre a "
        + "écarté l'idée d'une suspension de [PER Pierre Moscovici]. «Faudrait-il encore que [PER Pierre Moscovici] ait "
        + "fait des fautes», a-t-il dit.");
    assertSpeaker(qs.get(qs.size() - 1), "Jean-Marc Ayrault", "pronoun");
  }

  @Test
  void aNameOpeningASectionHeadingStaysAnAntecedent() {
    List<Quote> qs = quotes("Titre\nLes habitants témoignent.\n[PER Marie Dupont], 45 ans\nInfirmière depuis vingt ans, "
        + "elle a vu l'hôpital changer. «On ne tient plus», dit-elle.");
    assertSpeaker(qs.get(qs.size() - 1), "Marie Dupont", "pronoun");
  }
}
