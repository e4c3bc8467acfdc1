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
}
