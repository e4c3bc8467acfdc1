package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way of finding a speaker beyond the reporting clause, and the evidence it leaves, on hand-written French. */
class SpeakerEvidenceTest {
  @Test
  void aReportingVerbSaysSo() {
    Quote q = only(quotes("«Nous ne lâcherons rien sur les salaires», a martelé [PER Sophie Binet]."));
    assertSpeaker(q, "Sophie Binet", "reporting-verb");
  }

  @Test
  void aPresentOfAnReVerbIsNotReadAsAnInfinitive() {
    Quote q = only(quotes("«Nous ne lâcherons rien sur les salaires», déclare [PER Sophie Binet]."));
    assertSpeaker(q, "Sophie Binet", "reporting-verb");
    q = only(quotes("«Nous ne lâcherons rien sur les salaires», assure le ministre, [PER Paul Martin]."));
    assertSpeaker(q, "Paul Martin", "reporting-verb");
  }

  @Test
  void anInvertedPronounSaysSo() {
    Quote q = only(quotes("[PER Natacha Bouchart] est la maire de Calais depuis 2008. "
        + "«Le gouvernement n'a pas écouté mes propositions», regrette-t-elle."));
    assertSpeaker(q, "Natacha Bouchart", "pronoun");
  }

  @Test
  void aRoleNeverGivenWithTheNameGoesToThePersonOfThePreviousParagraph() {
    Quote q = only(quotes("Invité de la radio ce lundi, [PER Alexis Corbière] a dénoncé la politique du gouvernement.\n"
        + "«Le macronisme fait de la sale besogne, il se place sur un terrain de droite dure», a estimé le député "
        + "de la France insoumise."));
    assertSpeaker(q, "Alexis Corbière", "coreference");
    assertEquals("député de la France insoumise", q.speakerRole());
  }

  @Test
  void theArticleMainPersonWinsOverAPassingOneForAnUnintroducedRole() {
    Quote q = only(quotes("[PER Alexis Corbière] était l'invité de la radio. [PER Alexis Corbière] a parlé "
        + "longtemps de la loi.\nIl a cité [PER Marcel Dupont] en passant.\n"
        + "«Le macronisme fait de la sale besogne, il se place sur un terrain de droite dure», a estimé le député."));
    assertEquals("Alexis Corbière", q.speaker());
  }

  @Test
  void aRoleThatNarrowsAnIntroducedRoleGoesToItsHolder() {
    List<Quote> qs = quotes("Le président de la République, [PER François Hollande], viendra en septembre.\n"
        + "Leur président, [PER Frédéric Van Gansbeke], s'est exprimé sur la radio.\n"
        + "«Nous allons bloquer toutes les routes de la ville dès lundi», a prévenu le président du collectif "
        + "des commerçants.");
    assertSpeaker(only(qs), "Frédéric Van Gansbeke", "coreference");
  }

  @Test
  void aQuoteWithoutCueTakesThePersonWhoOpenedTheSentenceBefore() {
    List<Quote> qs = quotes("«Le projet est enterré pour de bon», a lâché [PER Paul Martin].\n"
        + "Leur présidente, [PER Anne Morel], s'est exprimée sur la radio locale.\n"
        + "«Nous allons bloquer toutes les routes de la ville dès lundi matin, et nous ne céderons pas.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Anne Morel", "paragraph");
  }

  @Test
  void aQuoteStandingAloneTakesTheSubjectOfTheNextSentence() {
    List<Quote> qs = quotes("POLITIQUE - «Il n'est pas possible d'apporter une preuve formelle de son existence.» "
        + "Sur la radio, [PER Didier Hassoux], un des auteurs du livre sur lequel s'est appuyé [PER François Fillon], "
        + "explique que rien ne le prouve.");
    assertSpeaker(qs.get(0), "Didier Hassoux", "next-sentence");
  }

  @Test
  void theNextSentenceMustReportWords() {
    List<Quote> qs = quotes("«Le projet est enterré pour de bon», a lâché [PER Paul Martin].\n"
        + "«Nous allons bloquer toutes les routes de la ville dès lundi matin.» [PER Anne Morel] est arrivée hier.");
    assertSpeaker(qs.get(1), "Paul Martin", "previous-quote");
  }

  @Test
  void aLabelWithoutVerbDoesNotTakeTheNextQuote() {
    List<Quote> qs = quotes("«Le projet est enterré pour de bon», a lâché [PER Paul Martin].\n"
        + "> [PER Marie], 55 ans, mère au foyer, sur la dissolution\n"
        + "«Je ne crois pas à une dissolution, ce n'est pas ainsi qu'on échappe à la pression.»");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Paul Martin", "previous-quote");
  }

  @Test
  void aHeadingQuoteWithTheSameWordsAsTheBodyIsTheBodyQuote() {
    List<Quote> qs = quotes("«Le gouvernement est impuissant face à la jungle»\n"
        + "[PER Natacha Bouchart] est la maire de Calais.\n"
        + "«Le gouvernement est impuissant face à la jungle», a déploré [PER Natacha Bouchart].");
    assertSpeaker(only(qs), "Natacha Bouchart", "reporting-verb");
    assertNotEquals(0, qs.get(0).start()); // the body's words, not the heading's
  }

  @Test
  void anUnnamedSourceKeepsTheArticlesPhraseEvenWhenSomeoneHoldsTheRole() {
    Quote q = only(quotes("Le député [PER Paul Martin] a voté la loi.\n"
        + "«Ce texte ne passera jamais au Sénat, tout le monde le sait», a confié un député UMP."));
    assertSpeaker(q, "un député UMP", "reporting-verb");
  }

  @Test
  void oneRoleIsOneSpeakerWhereverTheSentenceStarts() {
    List<Quote> qs = quotes("Le Premier ministre a parlé. «Nous ne céderons rien aux passeurs», a déclaré Le Premier "
        + "ministre.\n«Nous ne reculerons pas devant les passeurs», a répété le Premier ministre.");
    assertEquals(List.of("le Premier ministre", "le Premier ministre"), qs.stream().map(Quote::speaker).toList());
  }

  @Test
  void aComplementBeforeTheColonIsNotTheSpeaker() {
    Quote q = only(quotes("La cérémonie s'est tenue sous l'égide de [PER Nelson Mandela] : «Nous sommes tous des "
        + "enfants de cette terre et nous le resterons»."));
    assertEquals(null, q.speaker());
  }

  @Test
  void gradeLinesAreNotAnInterview() {
    List<Quote> qs = quotes("Les notes du débat.\n\n[PER Benoît Hamon] : 6 / 10. Il a su rester calme face aux "
        + "attaques.\n\n[PER Manuel Valls] : 4 / 10. Il a paru fatigué toute la soirée.\n\n"
        + "[PER Arnaud Montebourg] : 7 sur 10, le plus offensif des candidats ce soir.");
    assertEquals(List.of(), qs);
  }

  @Test
  void anyVerbInvertedRightAfterTheQuoteIsAnIncise() {
    // "attaquer" is no reporting verb of the list: the inversion after the quote says it reports
    Quote q = only(quotes("[PER Sonia Krimi] est députée de la Manche depuis 2017.\n"
        + "«Je ne comprends pas pourquoi il n'a pas été renvoyé le 2 mai», a attaqué [PER Sonia Krimi] samedi."));
    assertSpeaker(q, "Sonia Krimi", "incise");
    q = only(quotes("«Je ne comprends pas pourquoi il n'a pas été renvoyé le 2 mai», a attaqué l'élue de la Manche."));
    assertEquals("l'élue de la Manche", q.speaker());
    q = only(quotes("La chancelière [PER Angela Merkel] recevait le président.\n"
        + "«J'ai travaillé avec plaisir avec lui pendant cinq ans», avait-elle rappelé plus tôt."));
    assertSpeaker(q, "Angela Merkel", "pronoun");
  }

  @Test
  void anInciseWhoseSubjectNamesNoOneGivesNoSpeaker() {
    Quote q = only(quotes("«Nous ne lâcherons rien sur les salaires des enseignants», a suivi le débat en silence."));
    assertEquals(null, q.speaker());
    q = only(quotes("«Nous ne lâcherons rien sur les salaires des enseignants», est arrivé le président du syndicat."));
    assertEquals(null, q.speaker());
  }

  @Test
  void aPronounInciseWithNoOneToStandForGivesNoSpeakerRatherThanTheParagraphSubject() {
    Quote q = only(quotes("La ministre [PER Anne Morel] est venue à Calais.\n"
        + "«Le camp doit être démantelé sans attendre le printemps», a-t-il dit."));
    assertEquals(null, q.speaker());
  }

  @Test
  void aNameThatOnlyQualifiesANounHoldsNoRoleAndIsNoAntecedent() {
    // "le gouvernement Hollande": Hollande is not "l'élu parisien" of the next sentence
    Quote q = only(quotes("Le gouvernement [PER Hollande] a laissé pourrir la situation à Calais depuis des mois. "
        + "«Le camp doit être démantelé sans attendre le printemps», a ajouté l'élu parisien."));
    assertEquals("l'élu parisien", q.speaker());
    q = only(quotes("La ministre [PER Anne Morel] est venue. L'affaire [PER Paul Martin] a tout changé. "
        + "«Le camp doit être démantelé sans attendre le printemps», a-t-il dit."));
    assertEquals(null, q.speaker());
    // "le socialiste X" describes X: X stays the antecedent
    q = only(quotes("La ministre [PER Anne Morel] est venue. Elle a rencontré le socialiste [PER Paul Martin]. "
        + "«Le camp doit être démantelé sans attendre le printemps», a-t-il dit."));
    assertSpeaker(q, "Paul Martin", "pronoun");
    q = only(quotes("Sa présidente, l'ex-ministre [PER Anne Morel], a écrit à Matignon. Le président [PER Paul Martin] "
        + "l'a reçue. «Le débat doit rester indépendant du gouvernement», a-t-elle souligné."));
    assertSpeaker(q, "Anne Morel", "pronoun");
    // "ce matin X": a time, not a noun X qualifies
    q = only(quotes("La ministre [PER Anne Morel] est venue. Elle a rencontré ce matin [PER Paul Martin]. "
        + "«Le camp doit être démantelé sans attendre le printemps», a-t-il dit."));
    assertSpeaker(q, "Paul Martin", "pronoun");
  }

  @Test
  void aPresentParticipleTakesNoSubjectFromTheObjectBeforeIt() {
    Quote q = only(quotes("Le président turc a dénoncé le comportement des Pays-Bas rappelant "
        + "«le nazisme est de retour en Europe»."));
    assertEquals(null, q.speaker());
  }

  @Test
  void aPronounStandsForASubjectNotForAPrepositionsComplement() {
    Quote q = only(quotes("Le maire de Lyon, [PER Gérard Collomb], s'est dit prêt à se sacrifier. Un mariage avec "
        + "[PER Arnaud Montebourg] ? Non. «Je n'en fais pas du tout un problème personnel», a-t-il déclaré."));
    assertSpeaker(q, "Gérard Collomb", "pronoun");
  }

  @Test
  void thePassiveAgentOfWordsSaysThem() {
    Quote q = only(quotes("Cela confirme les mots forts prononcés par le jeune [PER Timoci Naulusala] lors du sommet "
        + "en novembre : «Les discours et les discussions ne régleront pas le problème.»"));
    assertSpeaker(q, "Timoci Naulusala", "colon");
    q = only(quotes("Des élections caractérisées par [PER Thomas Legrand] comme «une période d'illusion collective "
        + "qui entretient le mythe de l'homme providentiel» complètent le cadre."));
    assertSpeaker(q, "Thomas Legrand", "reporting-verb");
    // the one who asks is no speaker: only a participle then "par" then a person
    q = only(quotes("Il a rencontré [PER Paul Martin] par hasard à la gare en novembre : «Les discours et les "
        + "discussions ne régleront pas le problème.»"));
    assertEquals(null, q.speaker());
  }

  @Test
  void commeLeDisaitXIntroducesTheQuote() {
    Quote q = only(quotes("Nous sommes tous concernés, car comme le disait la rabbine [PER Delphine Horvilleur], "
        + "«l'antisémitisme est le révélateur d'une faille nationale»."));
    assertSpeaker(q, "Delphine Horvilleur", "reporting-verb");
    // an aside in the middle of the clause is not what introduces the quote
    q = only(quotes("[PER Edouard Philippe], comme le rappelait le quotidien il y a quelques mois, laissait tomber "
        + "une sentence : «Son cheminement personnel le conduira jusqu'au cœur des ténèbres.»"));
    assertEquals("Edouard Philippe", q.speaker());
  }

  @Test
  void aVerbAfterACommaIsInvertedOnlyWhenASpeakerFollowsIt() {
    // "un peu plus tôt" follows the verb: the subject is the name before it, not "un peu"
    Quote q = only(quotes("Le secrétaire d'Etat aux Sports, [PER Thierry Braillard], avait dénoncé un peu plus tôt sur "
        + "BFMTV «des propos injustifiés et inacceptables qui blessent les joueurs»."));
    assertSpeaker(q, "Thierry Braillard", "reporting-verb");
  }

  @Test
  void aReportingVerbOpeningTheQuotesClauseWithQueOutranksThePreviousSpeaker() {
    List<Quote> qs = quotes("«Nous avons trop souffert de cette situation», explique [PER Natacha Bouchart]. "
        + "De son côté, la radio explique que malgré le démantèlement du camp en octobre, «quelques centaines de "
        + "migrants vivent encore sur place sans aucun dispositif».");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "la radio", "reporting-verb");
  }

  @Test
  void theVerbOfAQueClauseIsReadOverATimeOrWhomTheWordsWereSaidTo() {
    // a time, a medium, an adverb between the verb and "que"; the quote deep inside the clause
    for (String between : List.of("samedi", "à l'[ORG AFP]", "lundi sur [ORG France Inter]", "également")) {
      List<Quote> qs = quotes("[PER Jean Dupont] a indiqué " + between + " que cette visite "
          + "devait permettre de «rappeler l'importance de la laïcité et de la lutte contre l'antisémitisme».");
      assertSpeaker(qs.get(qs.size() - 1), "Jean Dupont", "reporting-verb");
    }
  }

  @Test
  void aQuoteInsideASentenceWithNoReportingVerbIsItsSubjects() {
    List<Quote> qs = quotes("Le conseil a voté mardi.\n\n[PER Manuel Valls] a également mis en garde contre l'abstention "
        + "qui «est un fléau, car c'est aussi laisser les extrêmes avancer leurs mauvaises solutions».");
    assertSpeaker(qs.get(qs.size() - 1), "Manuel Valls", "clause-subject");
    // someone else named between the subject and the quote: the words may be theirs
    List<Quote> other = quotes("Le conseil a voté mardi.\n\n[PER Jean Dupont] considère [PER Paul Martin] comme «un "
        + "homme nouveau qui saura rassembler la droite et le centre».");
    assertNotEquals("clause-subject", other.get(other.size() - 1).speakerEvidence());
  }
}
