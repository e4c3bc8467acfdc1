package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the text around a speaker's phrase tells of the one it names: the name apposed after words
 * of the role the clause reader left out, a body qualifying an unnamed speaker, the people the
 * clause speaks to, a role's article against a first name's usual gender; on hand-written French
 * without the models.
 */
class SpeakerRunOnTest {
  @Test
  void theArticleOfARoleBeatsTheUsualGenderOfTheFirstName() {
    // "George" is mostly a man's name; "la ministre George X" is a woman
    List<Quote> qs = quotes("[PER Pau-Langevin] : la loi est «inefficace»\n\nUn dispositif jugé «inefficace» par la "
        + "ministre chargée de la réussite éducative [PER George Pau-Langevin].\n«Je crois que la loi ne sert à rien», "
        + "rapporte la ministre dans un entretien.");
    assertSpeaker(qs.get(qs.size() - 1), "George Pau-Langevin", "coreference");
  }

  @Test
  void aRoleReadOverAVerbLeavesTheUsualGenderOfTheFirstName() {
    // "L'animatrice recevra X": a clause whose object is X, no feminine role of X's
    List<Quote> qs = quotes("Sur [ORG M6], [PER François Bayrou] s'amuse d'une ressemblance avec un acteur.\n«On m'a "
        + "dit que je lui ressemblais», confie le leader centriste à [PER Karine Le Marchand].\nL'animatrice recevra "
        + "[PER François Bayrou] et [PER Alain Juppé] dimanche.");
    assertSpeaker(qs.get(0), "François Bayrou", "coreference");
  }

  @Test
  void aNameApposedAfterTheRestOfTheRoleIsTheSpeaker() {
    Quote q = only(quotes("«Il faut que la France se saisisse de la question», déclare à l'[ORG AFP] l'ancien "
        + "ambassadeur d'[LOC Israël] en [LOC France], [PER Elie Barnavi]."));
    assertEquals("Elie Barnavi", q.speaker());
  }

  @Test
  void aBodyRightAfterAnUnnamedSpeakerQualifiesIt() {
    Quote q = only(quotes("«Il a laissé le bazar s'installer», tonne un autre député [ORG En Marche]."));
    assertEquals("un autre député En Marche", q.speaker());
  }

  @Test
  void thePeopleARolePhraseSpeaksToAreNotItsHolder() {
    List<Quote> qs = quotes("Le tribunal a estimé que [PER Teddy Pellerin] et [PER Mathieu Jacob] étaient coupables.\n"
        + "Un long procès\n«Ce genre de dirigeants ne doit pas la porter», a dit la procureure à l'adresse de [PER Teddy "
        + "Pellerin] et [PER Mathieu Jacob].");
    assertEquals("la procureure", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aComplementOfARoleBeforeTheColonIsNotTheSpeaker() {
    Quote q = only(quotes("Un sentiment partagé par [PER Rémi Lefebvre], professeur et grand spécialiste du [ORG PS]: "
        + "«Cela sonne le glas du PS dans sa forme actuelle.»"));
    assertEquals("Rémi Lefebvre", q.speaker());
  }
}
