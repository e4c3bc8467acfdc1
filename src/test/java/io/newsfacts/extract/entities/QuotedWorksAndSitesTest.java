package io.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Titles of works between quotation marks after the noun of a work ({@link QuotedWorks}) and news
 * sites named by their address ({@link SiteNames}), on mentions placed by hand.
 */
class QuotedWorksAndSitesTest {
  private static Candidate mention(String text, String name) {
    int from = text.indexOf(name);
    return new Candidate(from, from, from + name.length(), EntityType.ORGANIZATION,
        Candidate.Origin.CRF, null);
  }

  private static List<String> titles(String text) {
    return QuotedWorks.titles(text).stream().map(t -> text.substring(t[0], t[1])).toList();
  }

  @Test
  void aQuotedTitleAfterTheNounOfAWorkIsOneName() {
    assertEquals(List.of("Marine est au courant de tout"),
        titles("Dans un livre sorti mercredi, \"Marine est au courant de tout\" (Flammarion), il raconte."));
    assertEquals(List.of("A une passante"),
        titles("Un élève lut à haute voix le poème \"A une passante\" de Charles Baudelaire."));
    assertEquals(List.of("Les grosses têtes"),
        titles("Présente dans l'émission « Les grosses têtes » sur RTL, elle a parlé."));
    assertEquals(List.of("Identité nationale et multiculturalisme - Deux notions antagonistes ?"),
        titles("Elle a publié l'ouvrage \"Identité nationale et multiculturalisme - Deux notions antagonistes ?\" en 2016."));
  }

  @Test
  void aQuotedTitleAfterIntituleIsOneName() {
    assertEquals(List.of("Changement climatique, genre et santé"),
        titles("Les études de l'OMS, celle intitulée \"Changement climatique, genre et santé\" (2011), le montrent."));
  }

  @Test
  void quotedWordsThatAreNoTitleStayOut() {
    // a lower-case quotation, grammatical words between the noun and the mark, a quoted sentence
    assertEquals(List.of(), titles("Il a apporté sur son blog \"tout son soutien\" au candidat."));
    assertEquals(List.of(), titles("Il a embauché une série de \"gardes du corps\" pour l'été."));
    assertEquals(List.of(), titles("Le rapport \"Nous avons échoué. Il faut tout revoir\" a surpris."));
    // a capitalised noun opening the sentence is no cue: "Roman" is a first name
    assertEquals(List.of(), titles("Roman \"Le Grand\" Dupont est arrivé."));
  }

  @Test
  void theMentionsInsideATitleGiveWayToIt() {
    String text = "Ils jouent le fameux film \"Walk on the Wild Side\" ce soir.";
    List<Candidate> out = QuotedWorks.withTitles(text, List.of(mention(text, "Walk"), mention(text, "Wild Side")));
    assertEquals(List.of("Walk on the Wild Side"), out.stream().map(c -> c.name(text)).toList());
    assertEquals(EntityType.MISC, out.get(0).type());
  }

  @Test
  void aSiteNameGoesOnOverItsDomain() {
    String text = "Il l'a dit au Point.fr. Selon Europe1.fr, non; il écrit sur Jose-Bove.eu aussi.";
    List<Candidate> out = SiteNames.whole(text,
        List.of(mention(text, "Point"), mention(text, "Europe1"), mention(text, "Jose-Bove")));
    assertEquals(List.of("Point.fr", "Europe1.fr", "Jose-Bove.eu"), out.stream().map(c -> c.name(text)).toList());
  }

  @Test
  void aNameBeforeASentenceDotOrALongerAddressStaysAsItIs() {
    String text = "Il vit en France. Frances est là. Voir Le Monde.fr.fr/truc et Paris.francais.";
    List<Candidate> out = SiteNames.whole(text, List.of(mention(text, "France"), mention(text, "Paris")));
    assertEquals(List.of("France", "Paris"), out.stream().map(c -> c.name(text)).toList());
  }
}
