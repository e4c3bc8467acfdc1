package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ways of finding a speaker that read the sentence or the article around the reporting words
 * (the clause a colon closes, pronouns for roles, roles named later, names inside relative
 * clauses, quotes inside a subject), on hand-written French without the models.
 */
class SpeakerContextTest {
  @Test
  void theSubjectOfAnyVerbBeforeAColonSpeaksAfterTheFramesThatOpenTheSentence() {
    Quote q = only(quotes("Le 18 mars dernier, sur la place de la République, [PER Jean-Luc Mélenchon] a magnifié "
        + "les identifications des électeurs : «Nos voix montent vers cette femme que voici, la République.»"));
    // the person opening the clause after its frames: the colon's own rule reads it
    assertSpeaker(q, "Jean-Luc Mélenchon", "colon");
  }

  @Test
  void aPersonOpeningTheClauseAfterACircumstanceSpeaksBeforeAColonWhateverTheVerb() {
    // "fait part" is in no list and, without the models, no tagger marks it: the person opening the
    // clause after its circumstance is its subject
    List<Quote> qs = quotes("«Il faut faire attention à la hausse du gazole», a mis en garde [PER Patrick Vignal].\n\n"
        + "Dans les colonnes du [ORG Figaro], le député du Doubs [PER Frédéric Barbier] fait part de ses retours sur le "
        + "terrain : «On me pose deux questions : jusqu'où ça montera, et combien de temps ça va durer.»");
    assertSpeaker(qs.get(1), "Frédéric Barbier", "colon");
  }

  @Test
  void aPersonAfterALongParticipleCircumstanceSpeaksBeforeAColon() {
    List<Quote> qs = quotes("«Si vous lisez ces articles, vous vous dites : quel acharnement !», a ajouté [PER Nathalie Martin].\n\n"
        + "Interrogé en marge de la visite de [PER Anne Hidalgo] à l'école qu'il a fondée, [PER Xavier Niel], lui, préfère "
        + "temporiser : «Les candidats sont en campagne, il y a un peu d'énervement.»");
    assertSpeaker(qs.get(1), "Xavier Niel", "colon");
  }

  @Test
  void aQuoteOpeningItsParagraphIsThePersonsWhoseActTheNextSentenceTells() {
    List<Quote> qs = quotes("Le débat sur la taxe reprend.\n\n«Je n'ai pas changé d'avis sur cette taxe, elle est utile.» "
        + "[PER Nathalie Martin], porteuse de la taxe sous le précédent gouvernement, a toujours affiché son soutien au projet.");
    assertSpeaker(qs.get(0), "Nathalie Martin", "next-sentence");
  }

  @Test
  void aQuoteOpeningItsParagraphIsNotThePersonAnEventOfTheNextSentenceConcerns() {
    List<Quote> qs = quotes("Le débat sur la taxe reprend.\n\n«Je n'ai pas changé d'avis sur cette taxe, elle est utile.» "
        + "[PER Nathalie Martin] a été élue à la tête de la commission mardi.");
    assertNotEquals("Nathalie Martin", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void thePersonAVerbsPrepositionGovernsAtTheEndOfTheColonClauseIsNotTheSpeaker() {
    assertSpeaker(only(quotes("[PER Florian Philippot] a estimé ce lundi matin au micro de [PER Jean-Jacques Bourdin] : "
        + "«Quand on y va en s'entourant de tout le showbiz, ça montre un état d'esprit.»")), "Florian Philippot", "colon");
    assertSpeaker(only(quotes("[PER Bénédicte Peyrol], responsable du groupe à la commission des finances, a développé "
        + "auprès du site du quotidien : «Plus le véhicule est une grosse cylindrée, plus cette grille est favorable.»")),
        "Bénédicte Peyrol", "colon");
    // with no verb the phrase is the words' own: "Réponse de X :"
    assertSpeaker(only(quotes("Réponse de [PER Joachim Martin] : «Dois-je vous rappeler que vous n'êtes personne dans ce "
        + "débat ?»")), "Joachim Martin", "colon");
  }

  @Test
  void aPersonInsideTheCircumstanceBeforeTheColonIsNotItsSubject() {
    List<Quote> qs = quotes("«Il faut faire attention à la hausse du gazole», a mis en garde [PER Patrick Vignal].\n\n"
        + "Dans une lettre à [PER Frédéric Barbier], les élus font part de leurs retours sur le terrain : «On me pose deux "
        + "questions : jusqu'où ça montera, et combien de temps ça va durer.»");
    assertNotEquals("Frédéric Barbier", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
    List<Quote> after = quotes("«Si j'ai bien compris, il faudra une autorisation avant chaque propos», a écrit [PER Paul Durand].\n\n"
        + "Avant d'effacer ce message à la mi-journée, le compagnon de [PER Cécile Duflot] avait précisé : «Juste pour info, "
        + "je n'ai rien supprimé de mon compte.»");
    assertNotEquals("Cécile Duflot", after.get(1).speaker(), () -> "speaker of " + after.get(1));
  }

  @Test
  void aRoleWithItsNameAsSubjectBeforeAColonGivesTheName() {
    Quote q = only(quotes("D'ailleurs, le ministre français des Affaires étrangères [PER Jean-Marc Ayrault] a été "
        + "d'une rare clarté diplomatique : «Nous voulons que l'Etat de droit fonctionne pleinement en Turquie.»"));
    assertSpeaker(q, "Jean-Marc Ayrault", "colon");
  }

  @Test
  void anOrganisationAsSubjectBeforeAColonSpeaks() {
    Quote q = only(quotes("Le [ORG Parlement] a présenté alors les termes du débat de manière dichotomique : «il y a "
        + "toujours deux façons de considérer la question migratoire.»"));
    assertSpeaker(q, "Parlement", "clause-subject");
  }

  @Test
  void aSubjectThatNamesNoSpeakerBeforeAColonGivesNone() {
    assertNoSpeaker(quotes("La question était simple ce jour-là : «Voulons-nous vraiment ouvrir nos frontières à tous "
        + "demain ?»"));
  }

  @Test
  void aPronounWithNoPersonOfItsGenderStandsForARoleTheArticleNamesLater() {
    List<Quote> qs = quotes("Mais la chancelière recevait M. [PER François Hollande] à Berlin. «J'ai travaillé "
        + "avec plaisir avec lui pendant cinq ans», avait-elle déclaré lundi.\n\n"
        + "Plus tard, la chancelière [PER Angela Merkel] a rejoint le dîner.");
    assertSpeaker(qs.get(0), "Angela Merkel", "pronoun");
  }

  @Test
  void aPronounForARoleNobodyHoldsGivesNone() {
    List<Quote> qs = quotes("Mais la chancelière recevait M. [PER François Hollande] à Berlin. «J'ai travaillé "
        + "avec plaisir avec lui pendant cinq ans», avait-elle déclaré lundi.");
    assertNull(qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aDefiniteRoleGoesToThePersonTheArticleGivesItLater() {
    List<Quote> qs = quotes("«Les chiffres de l'immigration sont stables depuis dix ans», a estimé le chercheur.\n\n"
        + "Le chercheur [PER Paul Martin] a publié ses travaux en mars.");
    assertSpeaker(qs.get(0), "Paul Martin", "coreference");
  }

  @Test
  void aPronounKeepsThePreviousSpeakerOverANameInsideARelativeClause() {
    List<Quote> qs = quotes("«Marine Le Pen peut gagner cette élection», s'inquiète [PER Christian Estrosi]. "
        + "Le maire de Nice, qui avait adressé un reproche à [PER Nicolas Sarkozy] avant de le rallier, affiche ses doutes. "
        + "«Je regrette que mon camp finisse par banaliser ce parti», explique-t-il.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Christian Estrosi", "pronoun");
  }

  @Test
  void aVerbRightAfterTheQuoteWithoutACommaNeedsASpeakerAfterIt() {
    // the quote is part of the verb's subject: "un contrôle d'identité" says nothing
    assertNoSpeaker(quotes("Au total, 80 % des personnes correspondant au profil «nous sommes des jeunes comme les "
        + "autres» déclarent avoir subi un contrôle d'identité."));
  }

  @Test
  void thePassiveAgentMayStandFarFromTheColon() {
    Quote q = only(quotes("Cela confirme les mots prononcés par le jeune Fidjien [PER Timoci Naulusala] lors du sommet "
        + "de Bonn ( COP 23 ) en novembre dernier : «Mesdames et messieurs, les discours ne régleront pas le problème.»"));
    assertSpeaker(q, "Timoci Naulusala", "colon");
  }

  @Test
  void aQuoteAfterAHeadingDoesNotContinueTheSpeakerBefore() {
    String before = "«Quelle vision simpliste du problème de ces écoles !», a réagi le recteur [PER Bernard Rentier].\n";
    List<Quote> qs = quotes(before + "Un questionnaire pour lancer la campagne\n"
        + "Parmi les questions soumises aux électeurs : «Vous sentez-vous en sécurité dans votre ville ?»");
    assertEquals(2, qs.size());
    assertNull(qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
    List<Quote> same = quotes(before + "Le recteur a longuement parlé des écoles de la région.\n"
        + "Parmi les questions soumises aux électeurs : «Vous sentez-vous en sécurité dans votre ville ?»");
    assertSpeaker(same.get(1), "Bernard Rentier", "previous-quote");
  }

  @Test
  void aPronounSubjectBeforeAColonIsResolvedByGender() {
    List<Quote> qs = quotes("Ces propos sont «stupides et grossiers», écrit [PER Laurence Rossignol] dans un communiqué. "
        + "Mais elle a tenu à aller plus loin : «Je comprends qu'elle soit mécontente, mais elle porte fièrement ce nom.»");
    assertSpeaker(qs.get(qs.size() - 1), "Laurence Rossignol", "pronoun");
  }

  @Test
  void aRoleIsNotResolvedToThePersonTheQuoteSpeaksOf() {
    List<Quote> qs = quotes("[PER Nicolas Sarkozy] a nommé une ministre. [PER Nicolas Sarkozy], qui a justifié ce choix, "
        + "est critiqué.\n«[PER Sarkozy] est un communautariste, il est favorable à la discrimination positive», a dénoncé "
        + "l'eurodéputé.");
    // no one else the article names holds the role: the phrase stays, never Sarkozy
    assertSpeaker(qs.get(0), "l'eurodéputé", "reporting-verb");
  }

  @Test
  void aRoleThatANameCompletesIsNotThatPersonsRole() {
    // the entity stage may give "le renoncement de" as the role of the name it precedes
    AnnotatedText doc = HandText.of("Candidat surprise après le renoncement de [PER François Hollande], le député a "
        + "présenté son projet.\n«Nous devons acter une pause dans l'élargissement de l'Union», a estimé le candidat.");
    List<Entity> entities = new ArrayList<>();
    for (Entity e : QuoteExtractorTest.entities(doc)) {
      entities.add(new Entity(e.text(), e.type(), e.canonical(), e.start(), e.end(),
          "Candidat surprise après le renoncement de"));
    }
    List<Quote> qs = new QuoteExtractor().extract(doc, entities);
    assertEquals(1, qs.size());
    assertNotEquals("François Hollande", qs.get(0).speaker());
  }

  @Test
  void aQuoteWithoutCueTakesThePersonOpeningTheSentenceAfterItsFrames() {
    List<Quote> qs = quotes("Cette force, qu'elle a toujours mise au service des autres, [PER Bornia Tarall] l'a puisée "
        + "dans son parcours. «C'est très étonnant car nous étions toujours en France, mais face à une société "
        + "multiculturelle.»");
    assertSpeaker(only(qs), "Bornia Tarall", "paragraph");
  }

  @Test
  void aDescriptionGoesToThePersonTheArticleDescribesSoByApposition() {
    List<Quote> qs = quotes("[PER Walter Bruyères-Ostells], historien à Sciences Po, a étudié les mercenaires.\n"
        + "«Ces hommes ne se battent pas pour une idée mais pour une solde», note l'historien.");
    assertSpeaker(only(qs), "Walter Bruyères-Ostells", "coreference");
    qs = quotes("L'international espagnol [PER Sergio Ramos] est arrivé lundi.\n"
        + "«Nous allons gagner ce match sans aucun doute», a lancé l'international.");
    assertSpeaker(only(qs), "Sergio Ramos", "coreference");
  }

  @Test
  void aNounANameCompletesDescribesNobody() {
    List<Quote> qs = quotes("Le gouvernement a réagi aux propos de [PER Paul Martin] ce lundi.\n"
        + "«Nous ne laisserons pas faire une chose pareille», a répliqué le gouvernement.");
    assertSpeaker(only(qs), "le gouvernement", "reporting-verb");
  }

  @Test
  void aNameInAComplementAfterTheFramesOpensNoSentence() {
    List<Quote> qs = quotes("Lors de l'inauguration du campus, installé dans la [PER Halle Freyssinet] à Paris, le chef "
        + "de l'État a invité les entrepreneurs. «Réussir ce n'est pas seulement gagner de l'argent, c'est aussi aider.»");
    assertNotEquals("Halle Freyssinet", only(qs).speaker());
  }

  @Test
  void anUnnamedSourceNamedInTheNextSentenceIsThatPerson() {
    List<Quote> qs = quotes("Le camp est surpeuplé.\n«Les conditions de vie sont très mauvaises, je suis malade», "
        + "explique un migrant à la radio. [PER Mohammed] est arrivé il y a dix jours. «Si je dois rester ici, je "
        + "préférerais retourner chez moi», continue ce migrant.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Mohammed", "coreference");
    assertSpeaker(qs.get(1), "Mohammed", "coreference");
  }

  @Test
  void anUnnamedSourceKeepsThePhraseWhenTheNextSentenceNamesSomeoneKnown() {
    List<Quote> qs = quotes("[PER Paul Martin] visite le camp.\n«Les conditions de vie sont très mauvaises, je suis "
        + "malade», explique un migrant à la radio. [PER Paul Martin] a promis des douches.");
    assertEquals("un migrant", only(qs).speaker());
  }

  /** No quote (words nobody says are no quote without a cue), or none with a speaker. */
  @Test
  void aNameCompletingTheSubjectIsNoSpeaker() {
    // "soutien de X": X completes the subject; the chunker's subject would be X alone
    assertNoSpeaker(quotes("Interrogé sur ce sommet, l'ancien député écologiste et actuel soutien de [PER François "
        + "Bayrou] a estimé que les pays devraient «trouver une solution à la crise politique»."));
  }

  @Test
  void aNounPhraseThatNamesNoOneIsNoSpeakerEvenAsSubject() {
    assertNoSpeaker(quotes("L'État doit loger les sans-abri. La loi précise que «toute personne sans abri a accès, "
        + "à tout moment, à un dispositif d'hébergement d'urgence», ce qui est loin d'être la réalité."));
    assertNoSpeaker(quotes("La solution passe par une mobilisation générale résumée par le roi par cette phrase : "
        + "«tous doivent dresser un front commun contre le fanatisme»"));
  }

  @Test
  void theObjectOfAVerbAfterARoleIsNotTheRolesHolder() {
    Quote q = only(quotes("Interrogé ce lundi par le journal, le président de la région s'inquiète ouvertement de "
        + "voir [PER François Fillon] «faire une course à l'échalote sur le terrain du FN»."));
    assertNotEquals("François Fillon", q.speaker());
  }

  @Test
  void respondentsAgreeingWithAnOpinionDidNotSayIt() {
    assertNoSpeaker(quotes("Si, en 2001, seulement 38 % des Français étaient d'accord avec l'opinion selon laquelle "
        + "«un couple homosexuel devrait pouvoir adopter des enfants», ils sont 68 % aujourd'hui."));
    assertNoSpeaker(quotes("L'héritage de Mai 68 est accepté. En 2018, 68% des Français considèrent que «mai 68 a été "
        + "un progrès pour la société française.» Pour 68 % des Français, «consommer mieux c'est consommer moins». "
        + "Beaucoup reconnaissent «ne pas s'en porter plus mal.»"));
  }

  @Test
  void aPronounDoesNotStandForAPersonOfAListOrOfTheAudience() {
    List<Quote> qs = quotes("«Nous ne lâcherons rien», a déclaré [PER Christian Jacob] à la tribune. Devant "
        + "[PER Gérald Darmanin], [PER Xavier Bertrand] et [PER Valérie Pécresse], assis au premier rang, l'orateur a "
        + "poursuivi. «La France est un pays chrétien dans sa culture», a-t-il affirmé. «C'est un pays ouvert.»");
    for (Quote q : qs) {
      assertEquals("Christian Jacob", q.speaker(), () -> "speaker of " + q);
    }
    qs = quotes("«La France restera la France», a ajouté [PER Nicolas Sarkozy]. Une quarantaine de parlementaires, "
        + "dont le chiraquien [PER François Baroin], qui vient d'officialiser son soutien, [PER Eric Woerth], le "
        + "numéro trois du parti, [PER Eric Ciotti], [PER Christian Jacob] ou [PER Rachida "
        + "Dati], assistaient au discours. «Cela gêne "
        + "le peuple», a-t-il affirmé.");
    assertSpeaker(qs.get(1), "Nicolas Sarkozy", "pronoun");
  }

  @Test
  void aPronounDoesNotStandForTheComplementOfAnOpeningParticiple() {
    // the tagger took the school for a person; the participle clause holds no subject anyway
    assertNoSpeaker(quotes("Passé par [PER Sciences-Po] et l'ENA, il fustige la «masturbation intellectuelle» et lance "
        + "des formules (par exemple : «Quand on met de la merde dans un ventilateur, tout le monde est éclaboussé.»)."));
  }

  private static void assertNoSpeaker(List<Quote> qs) {
    for (Quote q : qs) {
      assertNull(q.speaker(), () -> "speaker of " + q);
    }
  }

  @Test
  void aSubordinateClauseOpeningTheSentenceLeavesTheMainSubjectToSpeak() {
    List<Quote> qs = quotes("Le patrimoine des candidats\n\nS'il assure épargner beaucoup grâce à son salaire, "
        + "[PER Jean-Luc Mélenchon] précise qu'il mène une vie modeste. « Ma banque est toujours la même caisse de "
        + "crédit. Je n'ai pas d'actions. »");
    assertEquals("Jean-Luc Mélenchon", qs.get(qs.size() - 1).speaker(), () -> "speaker of " + qs);
    List<Quote> when = quotes("Le débat\n\nQuand on lui demande son avis sur la réforme, [PER Marie Dupont] "
        + "explique qu'elle attend le texte. « Nous verrons bien ce que le gouvernement proposera. »");
    assertEquals("Marie Dupont", when.get(when.size() - 1).speaker(), () -> "speaker of " + when);
  }
}
