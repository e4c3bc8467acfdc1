package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name form of a source the article describes: the previous speaker described anew by the
 * office of a place ("la députée des Yvelines"), as a second office or when everyone named since
 * is only spoken of; an unnamed source's phrase with the complement of its participle ("un expert
 * intervenu sur l'incident") or the name quoted after its noun ("la liste «Lyon citoyenne»"); on
 * hand-written French without the models.
 */
class SpeakerDescribedSourceTest {
  private static final String WORDS = "Nous ne céderons rien à ceux qui bloquent le pays depuis des semaines";

  private static Quote last(List<Quote> qs) {
    return qs.get(qs.size() - 1);
  }

  @Test
  void thePreviousSpeakerMayHoldAPlacesOfficeAsASecondOne() {
    Quote q = last(quotes("La porte-parole de [ORG LaREM], [PER Aurore Bergé], a assuré lundi qu'il «n'y aurait pas de "
        + "primaires à Paris». Plusieurs candidats ont réclamé une consultation citoyenne.\n\n«" + WORDS + "», a "
        + "assuré la députée des [LOC Yvelines] sur notre antenne."));
    assertSpeaker(q, "Aurore Bergé", "coreference");
    // not of another gender
    Quote other = last(quotes("Le porte-parole de [ORG LaREM], [PER Paul Durand], a assuré lundi qu'il «n'y aurait pas "
        + "de primaires à Paris». Plusieurs candidats ont réclamé une consultation citoyenne.\n\n«" + WORDS + "», a "
        + "assuré la députée des [LOC Yvelines] sur notre antenne."));
    assertNotEquals("Paul Durand", other.speaker(), () -> "speaker of " + other);
  }

  @Test
  void thePreviousSpeakerHoldsAPlacesOfficeWhenOthersNamedSinceAreOnlySpokenOf() {
    Quote q = last(quotes("«Il a dit ce qu'il croit juste», plaide [PER Jean-Luc Mélenchon] sur son blog. Il juge "
        + "justifiés les reproches adressés par [PER Pierre Martin] au gouvernement.\n\n«" + WORDS + "», critique le "
        + "député des [LOC Bouches-du-Rhône]."));
    assertSpeaker(q, "Jean-Luc Mélenchon", "coreference");
    // someone named since as a subject may be the one the office describes: no tie
    Quote subject = last(quotes("«Il a dit ce qu'il croit juste», plaide [PER Jean-Luc Mélenchon] sur son blog. [PER "
        + "Pierre Martin] lui a répondu mardi.\n\n«" + WORDS + "», critique le député des [LOC Bouches-du-Rhône]."));
    assertNotEquals("Jean-Luc Mélenchon", subject.speaker(), () -> "speaker of " + subject);
  }

  @Test
  void anUnnamedSourceKeepsTheComplementOfItsParticiple() {
    Quote q = last(quotes("«" + WORDS + "», explique au [ORG Monde] un expert intervenu sur l'incident à l'époque."));
    assertEquals("un expert intervenu sur l'incident", q.speaker(), () -> "speaker of " + q);
    Quote document = last(quotes("Elle ne doit pas «" + WORDS + "», d'après un document publié sur le site [ORG TMZ]."));
    assertEquals("un document publié sur le site TMZ", document.speaker(), () -> "speaker of " + document);
    // no participle: the phrase ends before the preposition
    Quote plain = last(quotes("«" + WORDS + "», explique un expert sur le plateau de la chaîne."));
    assertEquals("un expert", plain.speaker(), () -> "speaker of " + plain);
  }

  @Test
  void aNameQuotedAfterItsNounBelongsToThePhrase() {
    Quote q = quotes("«" + WORDS + "», poursuivent les responsables de la liste \"Lyon citoyenne et solidaire\", "
        + "annonçant leur maintien.").get(0);
    assertEquals("les responsables de la liste \"Lyon citoyenne et solidaire\"", q.speaker(), () -> "speaker of " + q);
  }
}
