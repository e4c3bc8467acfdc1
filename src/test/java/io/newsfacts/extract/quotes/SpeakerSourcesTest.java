package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the article says spoke, found in the reporting words themselves (verb groups with an
 * adverbial phrase or a causative "faire", participles, colons), on hand-written French without
 * the models.
 */
class SpeakerSourcesTest {
  @Test
  void anAdverbialPhraseBetweenTheAuxiliaryAndTheParticipleKeepsTheVerbGroup() {
    List<Quote> qs = quotes("«Le ministre turc peut tenir son meeting en toute liberté», a expliqué une source "
        + "diplomatique. «La préfecture est chargée de la sécurité de la manifestation», a de son côté déclaré "
        + "[PER Alain Carton], secrétaire général de la préfecture.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Alain Carton", "reporting-verb");
    Quote q = only(quotes("«Nous ne céderons rien sur les retraites», a pour sa part estimé [PER Sophie Binet]."));
    assertSpeaker(q, "Sophie Binet", "reporting-verb");
  }

  @Test
  void aCausativeFaireWithAReportingInfinitiveIsAReportingVerb() {
    List<Quote> qs = quotes("[PER Paul Martin] est arrivé à Tours samedi. «J'ai confiance dans mon pays et dans "
        + "ses habitants», a-t-il fait valoir devant les élus.");
    assertSpeaker(qs.get(0), "Paul Martin", "pronoun");
    Quote q = only(quotes("«La réunion de lundi est annulée pour tout le monde», a fait savoir [PER Sophie Binet]."));
    assertSpeaker(q, "Sophie Binet", "reporting-verb");
  }

  @Test
  void aReportingParticipleAfterACommaSpeaksForTheSubjectOfItsClause() {
    Quote q = only(quotes("A Paris, [PER Paul Martin] a invité jeudi les entrepreneurs à investir, notant que "
        + "«réussir, ce n'est pas seulement gagner de l'argent»."));
    assertSpeaker(q, "Paul Martin", "clause-subject");
    q = only(quotes("Le [ORG Parlement] a voté le texte mardi, en rappelant que «la question migratoire se pose "
        + "depuis toujours»."));
    assertSpeaker(q, "Parlement", "clause-subject");
  }

  @Test
  void aParticipleWithNoSpeakerForItsClauseGivesNone() {
    // the participle hangs on a clause whose subject names no one
    List<Quote> qs = quotes("La loi a été votée mardi, rappelant que «toute personne sans abri a droit à un "
        + "hébergement d'urgence».");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aCausativeFaireBeforeQueIsAReportingVerbGroup() {
    Quote q = only(quotes("[PER Paul Martin] a visité la gare mardi. Il a aussi fait remarquer que «une gare, c'est un "
        + "lieu où on croise toutes sortes de gens»."));
    assertSpeaker(q, "Paul Martin", "pronoun");
  }

  @Test
  void aColonEndingTheLineBeforeTheQuoteIntroducesIt() {
    Quote q = only(quotes("Le témoignage le plus fort de la journée vint du Grand Mufti de Bosnie, [PER Mustafa Ceric]:\n"
        + "«Je suis venu ici pour voir de mes propres yeux le mal que les humains peuvent faire.»"));
    assertSpeaker(q, "Mustafa Ceric", "colon");
    // a line that does not end with a colon introduces nothing
    List<Quote> qs = quotes("Le témoignage le plus fort de la journée vint du Grand Mufti de Bosnie, [PER Mustafa Ceric].\n"
        + "«Je suis venu ici pour voir de mes propres yeux le mal que les humains peuvent faire.»");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void theSignatoriesOfACollectiveTextSpeakAsTheArticleNamesThem() {
    Quote q = only(quotes("Nous, représentants de la société civile, affirmons avec force : «nous n'attendrons plus "
        + "jamais !»."));
    assertSpeaker(q, "représentants de la société civile", "colon");
  }

  @Test
  void anOrganisationOpeningTheClauseAColonClosesSpeaks() {
    List<Quote> qs = quotes("Le [ORG Medef] cite plusieurs exemples pour répondre à ces critiques : «sur les questions "
        + "d'immigration avec les États du Nord de la Méditerranée», «dans le domaine nucléaire avec le Royaume-Uni».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Medef", "colon");
    assertEquals("Medef", qs.get(1).speaker());
    // an organisation that a preposition follows is no subject
    Quote q = only(quotes("Le [ORG Medef] de Copé dans cette élection : «nous voulons coopérer avec les États du Nord "
        + "sur l'immigration»."));
    assertNull(q.speaker(), () -> "speaker of " + q);
  }

  @Test
  void aParticipleOpeningTheSentenceIsAFrameEvenWithItsCapital() {
    Quote q = only(quotes("Interrogée sur ce qui semble être un paradoxe, [PER Marguerite Barankitse] a rendu hommage à "
        + "ses hôtes : «Vous êtes des bâtisseurs d'espérance, vous les Arméniens.»"));
    assertSpeaker(q, "Marguerite Barankitse", "colon");
  }

  @Test
  void aParliamentIsASourceAsSubjectBeforeAColon() {
    Quote q = only(quotes("Le Parlement a présenté alors les termes du débat : «il y a toujours deux façons de "
        + "considérer la question migratoire»."));
    assertSpeaker(q, "le Parlement", "clause-subject");
  }

  @Test
  void aSubjectBeforeAColonEndsAtItsRelativeClause() {
    Quote q = only(quotes("En 2008, un ancien commandant des forces de paix qui avait servi au Congo avait prononcé cette "
        + "phrase : «dans les conflits modernes, il est plus dangereux d'être une femme que d'être un soldat»."));
    assertSpeaker(q, "un ancien commandant des forces de paix", "clause-subject");
  }

  @Test
  void aParticipleDoesNotResolveARoleSubject() {
    // the role of the clause is left to the reporting verbs: "le président turc" is no French president
    List<Quote> qs = quotes("Le président [PER François Hollande] était à Berlin. Le président turc a dénoncé le "
        + "comportement des Pays-Bas, affirmant que «ce pays en paiera le prix très cher».");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void theSubjectOfARelativeClauseBeforeAColonIsNoSpeaker() {
    List<Quote> qs = quotes("[PER Raphaël Ibanez] présentait sa liste. Il en a dit plus sur les convictions que son "
        + "équipe comptait porter :\n«Cette Europe, on souhaite la changer de fond en comble.»");
    assertSpeaker(qs.get(0), "Raphaël Ibanez", "pronoun");
  }

  @Test
  void aPrepositionOpeningTheSentenceIsNoParticipleFrame() {
    List<Quote> qs = quotes("Malgré tout ce qu'ils ont enduré, [PER Elie Wiesel] et [PER Simone Veil] ont gardé foi en "
        + "l'homme. L'inquiétude, comme l'a écrit mon père, que «nous, les rescapés, disparaissons maintenant les uns "
        + "après les autres».");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }
}
