package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    // an adverb of manner in -ment stands there too
    q = only(quotes("«Nous ne céderons rien sur les retraites», a sèchement rétorqué [PER Sophie Binet]."));
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
    // the author's father, not the woman named in the sentence before
    assertEquals("mon père", qs.get(0).speaker());
  }

  @Test
  void aSpeechNounCompletedByAPersonGivesThemTheWords() {
    Quote q = only(quotes("Les appels presque pathétiques à la négociation venus du secrétaire d'Etat [PER Rex Tillerson] "
        + "«il faut discuter de tout, même de la forme de la table» ne semblent pas avoir eu d'impact."));
    assertSpeaker(q, "Rex Tillerson", "source-frame");
    q = only(quotes("À gauche, le leitmotiv de la campagne de [PER Benoît Hamon] est «ne créons pas de l'emploi mais "
        + "partageons-le»."));
    assertSpeaker(q, "Benoît Hamon", "source-frame");
    q = only(quotes("Les déclarations répétées du [ORG Quai d'Orsay] «nous ne laisserons pas faire une telle chose» "
        + "n'ont rien changé."));
    assertSpeaker(q, "Quai d'Orsay", "source-frame");
    // the words that go on from the noun as its verb are someone else's description of it
    List<Quote> described = quotes("Concrètement, le discours du [ORG FN] sur l'immigration, «les empêche de voter pour "
        + "ce parti aujourd'hui», et cela depuis des années.");
    assertTrue(described.stream().noneMatch(d -> "FN".equals(d.speaker())), () -> described.toString());
    // words addressed to a person are not theirs
    List<Quote> qs = quotes("Le message de l'association à [PER Paul Martin] «nous ne partirons pas d'ici sans "
        + "solution» est resté sans réponse.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aCleftSentenceAfterTheQuoteNamesWhoSaidIt() {
    Quote q = only(quotes("«La Méditerranée est le lieu où l'intelligence, sœur de la dure lumière, garde le secret.» C'est ainsi "
        + "que le grand écrivain [PER Albert Camus] a défini la Méditerranée dans son livre."));
    assertSpeaker(q, "Albert Camus", "next-sentence");
    // a cleft about something else names no one
    List<Quote> qs = quotes("«La Méditerranée est le lieu où l'intelligence, sœur de la dure lumière, garde le secret.» C'est à "
        + "Alger que [PER Albert Camus] a grandi.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void ainsiQueLeDisentIsAnIncise() {
    Quote q = only(quotes("Chacun savait qui était, ainsi que le disent les [ORG Américains], «le type le plus malin "
        + "de la pièce, sans aucun doute»."));
    assertSpeaker(q, "Américains", "reporting-verb");
  }

  @Test
  void anOpenLetterQuotesItsAddresseeAsVous() {
    List<Quote> qs = quotes("Monsieur [PER Emmanuel Macron],\n\nJ'ai lu votre lettre avec attention. Quelques lignes plus "
        + "loin vous interdisez tout débat : «nous ne reviendrons pas sur les mesures que nous avons prises», écrivez-vous. "
        + "Hier encore, vous avez froidement répondu : «il faut les renvoyer chez eux».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Emmanuel Macron", "reporting-verb");
    assertSpeaker(qs.get(1), "Emmanuel Macron", "reporting-verb");
    Quote q = only(quotes("[PER Cher Docteur],\n\nQuand mon père vous a parlé de mon engagement, vous avez répondu : «il faut "
        + "les renvoyer chez eux»."));
    assertSpeaker(q, "Docteur", "reporting-verb");
  }

  @Test
  void withoutASalutationVousIsNoSpeaker() {
    List<Quote> qs = quotes("Le ministre a reçu les maires.\n\nVous avez répondu : «il faut les renvoyer chez eux».");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void anUnnamedSourceKeepsItsPhraseLessTheMediumItSpokeTo() {
    Quote q = only(quotes("«Le ministre turc peut tenir son meeting en toute liberté», a expliqué une source "
        + "diplomatique à l'[ORG AFP]."));
    assertSpeaker(q, "une source diplomatique", "reporting-verb");
    q = only(quotes("«Ils ne s'aiment pas et ne se sont jamais aimés», a tranché un fidèle du ministre auprès du "
        + "[ORG Monde]."));
    assertSpeaker(q, "un fidèle du ministre", "reporting-verb");
    // a party is no medium: the source keeps it
    q = only(quotes("«Le ministre turc peut tenir son meeting en toute liberté», a expliqué une source à l'[ORG UMP]."));
    assertSpeaker(q, "une source à l'UMP", "reporting-verb");
  }

  @Test
  void commeLaEcritXQueIsAnIncise() {
    Quote q = only(quotes("L'inquiétude, comme l'a écrit mon père, que «nous, les rescapés, disparaissons maintenant les "
        + "uns après les autres»."));
    assertSpeaker(q, "mon père", "reporting-verb");
  }

  @Test
  void aPersonGivenAReportingInfinitiveBeforeAColonSpeaks() {
    Quote q = only(quotes("Notre société est l'héritière d'une idéologie qui permettait à [PER Pythagore] d'écrire le "
        + "plus tranquillement du monde : «Il y a un principe bon qui a créé l'ordre et un principe mauvais.»"));
    assertSpeaker(q, "Pythagore", "colon");
  }

  @Test
  void aStatementKeepsItsPhraseWhenItsNounIsAlsoAVerbForm() {
    // "communiqué", "note" are forms of reporting verbs, nouns after a determiner
    Quote q = only(quotes("«Ces mesures visent à garantir la sécurité des personnes hébergées», précise un communiqué "
        + "de ses services."));
    assertSpeaker(q, "un communiqué de ses services", "reporting-verb");
    q = only(quotes("«Ces mesures visent à garantir la sécurité des personnes hébergées», explique une note de la "
        + "préfecture."));
    assertSpeaker(q, "une note de la préfecture", "reporting-verb");
  }

  @Test
  void aNounForWordsSaidBeforeAColonGivesThemToItsAuthor() {
    Quote q = only(quotes("Le ministre a rappelé le mot de [PER Georges Clemenceau] : « La guerre est une chose "
        + "trop grave pour être confiée à des militaires. »"));
    assertSpeaker(q, "Georges Clemenceau", "colon");
    // the author named in an apposition after the noun's complement
    q = only(quotes("Méditez cette phrase d'un grand écrivain d'autrefois, [PER Jean-Paul Sartre], dans Les mains "
        + "sales : « Comme tu tiens à ta pureté mon petit gars ! »"));
    assertSpeaker(q, "Jean-Paul Sartre", "colon");
    // an apposition that is not the author's name: no one
    q = only(quotes("Méditez cette phrase d'un grand écrivain, hier soir, à [LOC Paris] : « Comme tu tiens à ta "
        + "pureté mon petit gars ! »"));
    assertEquals(null, q.speaker());
  }


  @Test
  void aDemonstrativeSourceOrAPronounFrameIsTheSourceNamedJustBefore() {
    List<Quote> qs = quotes("Vers minuit, des individus ont attaqué les gendarmes, a indiqué une source proche de "
        + "l'enquête. Selon elle, les assaillants ont utilisé «des mortiers très puissants, avec des effets de "
        + "souffle importants». Les gendarmes ont riposté et «le calme est revenu à une heure du matin», a ajouté "
        + "cette source.");
    assertEquals(List.of("une source proche de l'enquête", "une source proche de l'enquête"),
        qs.stream().filter(q -> q.kind() == io.newsfacts.model.QuoteKind.DIRECT).map(Quote::speaker).toList());
    // a pronoun of the other gender is not that source
    qs = quotes("Vers minuit, des individus ont attaqué les gendarmes, a indiqué une source proche de l'enquête. "
        + "Selon lui, les assaillants ont utilisé «des mortiers très puissants, avec des effets de souffle».");
    assertNotEquals("une source proche de l'enquête", qs.stream()
        .filter(q -> q.kind() == io.newsfacts.model.QuoteKind.DIRECT).findFirst().orElseThrow().speaker());
  }


  @Test
  void aVerbGoverningAReportingInfinitiveReportsTheWords() {
    assertSpeaker(only(quotes("[PER Paul Martin] a voulu rappeler que «la France ne cédera jamais devant les "
        + "menaces des terroristes».")), "Paul Martin", "reporting-verb");
    assertSpeaker(only(quotes("«La France ne cédera jamais devant les menaces des terroristes», a tenu à préciser "
        + "[PER Paul Martin].")), "Paul Martin", "reporting-verb");
    // "vouloir savoir" asks: the one who wants to know does not say the words
    List<Quote> qs = quotes("A un journaliste qui voulait savoir si c'était «la vraie vie de tous les jours», "
        + "[PER Paul Martin] a souri.");
    assertTrue(qs.isEmpty() || !"un journaliste".equals(qs.get(0).speaker()));
  }


  @Test
  void aDemonstrativeSpeechNounAfterAQuoteAloneNamesItsAuthor() {
    List<Quote> qs = quotes("«Les hommes ne savent plus quoi faire de leur désir aujourd'hui». Cette phrase de "
        + "[PER Paul Martin] m'a frappé.");
    assertSpeaker(only(qs), "Paul Martin", "next-sentence");
    qs = quotes("«Les hommes ne savent plus quoi faire de leur désir aujourd'hui». Cette phrase a frappé [PER Paul "
        + "Martin].");
    assertNotEquals("Paul Martin", only(qs).speaker());
  }


  @Test
  void aDescriptionInASourceFrameStandsForTheSpeakerJustNamed() {
    List<Quote> qs = quotes("Ces déclarations agacent [PER Chantal Perrichon], présidente de la Ligue contre la "
        + "violence routière. « Il se permet de parler de joker », condamne-t-elle. Selon la spécialiste, « la "
        + "majorité des accidents mortels ont lieu sur ces routes départementales ».");
    assertEquals("Chantal Perrichon", qs.get(qs.size() - 1).speaker(), () -> "speaker of " + qs);
  }

  @Test
  void aNameTypedMiscThatMakesTheWholeSubjectOfAReportingVerbIsItsSource() {
    // a pollster or a publication the entity step typed MISC still speaks as an organisation does
    Quote q = only(quotes("Pour un tiers des sondés, il est au centre. [MISC YouGov] relève aussi qu'il «cultive "
        + "l'ambiguïté politique puisqu'il est perçu de droite par les sympathisants de la gauche»."));
    assertSpeaker(q, "YouGov", "reporting-verb");
    // nationalities are the people asked, not a source
    Quote asked = only(quotes("Le sondage est clair. Les [MISC Français] estiment que «la situation économique du pays "
        + "ne cesse de se dégrader depuis deux ans»."));
    assertNull(asked.speaker(), () -> "speaker of " + asked);
    // a MISC name inside a longer phrase (an event, a work) names no one
    Quote event = only(quotes("Le tournoi s'achève. La finale de l'[MISC Euro 2016] montre que «le football français "
        + "a retrouvé son rang parmi les grandes nations»."));
    assertNull(event.speaker(), () -> "speaker of " + event);
    // a heading before a colon is the topic, the subject after it speaks
    Quote heading = only(quotes("[MISC Affaire Benalla] : [PER Emmanuel Martin] moque «une tempête dans un verre "
        + "d'eau»"));
    assertSpeaker(heading, "Emmanuel Martin", "reporting-verb");
  }
}
