package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.HandText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which set-off words are quotes (issue 14, quote detection on unseen news), one kind of error a
 * test, on hand-written French sentences without the models.
 */
class QuoteDetectionTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // ---- an incise inside the marks -----------------------------------------------------------

  @Test
  void anInciseInsideTheMarksIsCutOutAndNamesTheSpeaker() {
    List<Quote> qs = quotes("Le conseiller se défend.\n\n«Il y a des gens qui disent que je tweete trop, s'étonne "
        + "[PER Gilles Boyer]. Ce n'est pas vrai, le candidat a beaucoup d'humour.»");
    assertEquals(List.of("Il y a des gens qui disent que je tweete trop",
        "Ce n'est pas vrai, le candidat a beaucoup d'humour."), texts(qs));
    assertEquals(List.of("Gilles Boyer", "Gilles Boyer"), speakers(qs));
  }

  @Test
  void aNamedSubjectWithAnAppositionGoesOnAfterThePeriod() {
    List<Quote> qs = quotes("«Le but c'est de capter les personnes intéressées, explique [PER Gautier Guignard], "
        + "un collaborateur du candidat. Elles sont ensuite intégrées à notre base de données.»");
    assertEquals(List.of("Le but c'est de capter les personnes intéressées",
        "Elles sont ensuite intégrées à notre base de données."), texts(qs));
    assertEquals(List.of("Gautier Guignard", "Gautier Guignard"), speakers(qs));
  }

  @Test
  void aPronounInciseGoesOnAfterItsComma() {
    List<Quote> qs = quotes("[PER Paul Martin] est arrivé à midi. «Nous resterons ici, a-t-il dit, jusqu'au bout "
        + "de la nuit s'il le faut.»");
    assertEquals(List.of("Nous resterons ici", "jusqu'au bout de la nuit s'il le faut."), texts(qs));
    assertEquals(List.of("Paul Martin", "Paul Martin"), speakers(qs));
  }

  @Test
  void anInvertedPronounInciseIsCutOutEvenWithAnUnlistedVerb() {
    List<Quote> qs = quotes("La candidate socialiste veut gagner. «J'ai un bilan qui est celui de mon prédécesseur, "
        + "assume-t-elle. Mais j'ai envie d'écrire une nouvelle page pour notre ville.»");
    assertEquals(List.of("J'ai un bilan qui est celui de mon prédécesseur",
        "Mais j'ai envie d'écrire une nouvelle page pour notre ville."), texts(qs));
  }

  @Test
  void anInvertedQuestionInsideTheMarksIsNoIncise() {
    List<Quote> qs = quotes("Le militant raconte. «J'ai vu un homme qui l'accompagne, cet homme, était-il policier "
        + "ou non ? Je ne le sais pas.»");
    assertEquals(List.of("J'ai vu un homme qui l'accompagne, cet homme, était-il policier ou non ? Je ne le sais pas."),
        texts(qs));
  }

  // ---- phrases a reporting verb hands to someone ------------------------------------------------

  @Test
  void aPhraseReportedByAVerbEarlierInItsSentenceIsAQuote() {
    List<Quote> qs = quotes("Sur le fond, le Premier ministre a insisté sur le fait que cette loi allait "
        + "«redonner un coup de jeune à notre économie».");
    assertEquals(List.of("redonner un coup de jeune à notre économie"), texts(qs));
  }

  @Test
  void aPhraseReportedByAnInciseIsAQuoteEvenWithoutASpeaker() {
    List<Quote> qs = quotes("[PER Marie Durand] et [PER Anne Morel] sont venues. L'ancien député veut «développer "
        + "un front républicain offensif», a-t-il expliqué.");
    Quote q = only(qs);
    assertEquals("développer un front républicain offensif", q.text());
    assertNull(q.speaker(), "no man to say it: no speaker rather than a wrong one");
  }

  @Test
  void aPhraseAfterANegatedVerbIsNotReported() {
    assertEquals(List.of(), quotes("Le ministre n'a jamais dit «une réforme de la fonction publique»."));
  }

  @Test
  void theSameNounPhraseWithoutAReportingVerbIsATerm() {
    assertEquals(List.of(), quotes("Le texte prévoit «une réforme de la fonction publique» dès janvier."));
  }

  @Test
  void aReportedPhraseDoesNotTakeASpeakerItsSentenceDoesNotName() {
    List<Quote> qs = quotes("«Nous gagnerons cette élection», a déclaré [PER Paul Martin]. La réforme du statut "
        + "donnera lieu, pour beaucoup de maires, à «des arrangements un peu limites» alors que l'on annonçait "
        + "«une réforme de la fonction publique».");
    assertEquals("Paul Martin", qs.get(0).speaker());
    for (Quote q : qs.subList(1, qs.size())) {
      assertNull(q.speaker(), () -> "carried over to " + q.text());
    }
  }

  @Test
  void aReportedPhraseKeepsTheSpeakerItsSentenceNames() {
    List<Quote> qs = quotes("«Nous gagnerons cette élection», a déclaré [PER Paul Martin]. Il en a profité pour "
        + "critiquer «son refus du débat direct avec les journalistes».");
    assertEquals(List.of("Paul Martin", "Paul Martin"), speakers(qs));
  }

  // ---- titles, names and slogans ------------------------------------------------------------

  @Test
  void theTitleOfAWorkIsNotAQuote() {
    assertEquals(List.of(), quotes("Voilà deux jours que la chanson de [PER Julien Clerc] «elle voulait qu'on "
        + "l'appelle Venise» me trotte dans la tête. Le film se fonde sur l'ouvrage «The True Story Of A "
        + "Terrorist, A Train, And Three Heroes» publié en 2016."));
  }

  @Test
  void wordsFollowedByWhoMadeTheWorkAreItsTitle() {
    assertEquals(List.of(), quotes("Au programme, une évocation historique et artistique «Un 22 octobre 1941 : "
        + "ils rêvaient de liberté» écrite et mise en scène par [PER Paul Martin]. Le public a aimé "
        + "«On ne choisit pas sa famille» réalisé par [PER Anne Roche]."));
    List<Quote> qs = quotes("«Nous ne choisirons pas notre famille», a écrit [PER Paul Martin] sur son blog.");
    assertEquals(List.of("Nous ne choisirons pas notre famille"), texts(qs), "an incise after a comma is no credit");
  }

  @Test
  void aNameGivenToAnAccountOrACampaignIsNotAQuote() {
    assertEquals(List.of(), quotes("Elle raconte tout sur un compte créé pour l'occasion et intitulé «Je bois des "
        + "cafés je me fais avorter». Le parti lance le slogan «On ne lâchera rien sur les salaires»."));
  }

  @Test
  void wordsAfterATitleWordThatAnInciseGivesToSomeoneAreAQuote() {
    List<Quote> qs = quotes("Il a créé une association «à mi-chemin du laboratoire d'idées et du parti politique», "
        + "explique [ORG L'Obs] jeudi.");
    assertEquals(List.of("à mi-chemin du laboratoire d'idées et du parti politique"), texts(qs));
  }

  @Test
  void aVerbInsideTheMarksWhoseSubjectNamesNoOneIsNoIncise() {
    List<Quote> qs = quotes("Le critique [PER Paul Martin] écrit : «un suicide qui, pour chacun en URSS, annonce les grands "
        + "massacres.»");
    assertEquals(List.of("un suicide qui, pour chacun en URSS, annonce les grands massacres."), texts(qs));
  }

  @Test
  void fixedPhrasesWithTheNounFaitAreNoClause() {
    assertEquals(List.of(), quotes("Le maire a été mis «devant le fait accompli» et 32 % se disent «tout à fait» "
        + "d'accord."));
  }

  @Test
  void aSlogansWordsReportedBySomeoneAreStillAQuote() {
    List<Quote> qs = quotes("«On ne lâchera rien sur les salaires», a martelé [PER Sophie Binet].");
    assertEquals("Sophie Binet", only(qs).speaker());
  }

  // ---- short clauses standing alone, headings -------------------------------------------------

  @Test
  void aShortClauseThatIsASentenceOfItsOwnIsAQuote() {
    List<Quote> qs = quotes("Le choix est bon, explique sur BFMTV le patron des députés [PER Christian Jacob]. "
        + "«On est tous solidaires». La réunion a duré une heure.");
    assertEquals(List.of("On est tous solidaires"), texts(qs));
  }

  @Test
  void capitalisedWordsThatADeterminerIntroducesAreAName() {
    assertEquals(List.of(), quotes("Ces ONG sont membres de la «Plateforme Paradis fiscaux et judiciaires» "
        + "depuis sa création."));
    assertEquals(List.of(), quotes("Il l'a dit dans le cadre du «Train Europe 1 des municipales de mars» hier."));
  }

  @Test
  void aPhraseWithOneCapitalAfterADeterminerIsNoName() {
    List<Quote> qs = quotes("Il veut remplacer le chef du gouvernement par un «Premier ministre et un gouvernement "
        + "de gauche», a expliqué [PER Paul Martin].");
    assertEquals(List.of("Premier ministre et un gouvernement de gauche"), texts(qs));
  }

  @Test
  void aClauseAfterADeterminerIsStillAQuote() {
    List<Quote> qs = quotes("Il veut une «Europe qui protège mieux ses citoyens», a promis [PER Paul Martin].");
    assertEquals(List.of("Europe qui protège mieux ses citoyens"), texts(qs));
  }

  @Test
  void aShortClauseInsideASentenceWithoutACueIsNot() {
    assertEquals(List.of(), quotes("Dans le quartier, «on est tous solidaires» depuis lundi."));
  }

  @Test
  void aSubHeadingThatABodyQuoteHoldsWholeIsNoQuoteOfItsOwn() {
    List<Quote> qs = quotes("«Nous gagnerons cette élection», a déclaré [PER Paul Martin].\n\n"
        + "Eviter la passation ? «Ce n'est pas impensable»\n\n"
        + "Le chef du protocole, [PER Jean Dupuis], a été contacté. Celui-ci assure : «Ce n'est pas impensable. "
        + "Le président peut ne pas assister à l'installation de son successeur.»");
    assertEquals(List.of("Nous gagnerons cette élection",
        "Ce n'est pas impensable. Le président peut ne pas assister à l'installation de son successeur."), texts(qs));
  }

  @Test
  void aTitleQuoteThatTheBodyQuotesInFullIsNoQuoteOfItsOwn() {
    List<Quote> qs = quotes("Polémique: «On se trompe de combat», assure la droite\n\n"
        + "«Mais je pense que là, on se trompe de combat. Il n'a aucun rôle», souligne [PER Roger Karoutchi].");
    assertEquals(List.of("Mais je pense que là, on se trompe de combat. Il n'a aucun rôle"), texts(qs));
    assertEquals(List.of("Roger Karoutchi"), speakers(qs));
  }

  @Test
  void aLeadQuotingAFewWordsTheBodyQuotesInFullIsOneQuote() {
    List<Quote> qs = quotes("[PER Emmanuel Macron] a souhaité «un prompt rétablissement à la militante» blessée. "
        + "La militante est toujours hospitalisée.\n\n«Je lui souhaite un prompt rétablissement à la militante et "
        + "de la sagesse», a ajouté le président.");
    assertEquals(List.of("Je lui souhaite un prompt rétablissement à la militante et de la sagesse"), texts(qs));
    assertEquals(List.of("Emmanuel Macron"), speakers(qs));
  }

  @Test
  void theSameWordsGivenToTwoSpeakersStayTwoQuotes() {
    List<Quote> qs = quotes("[PER Xavier Bertrand] estime que «quand nos soldats sont au front on n'ouvre pas de "
        + "front politique».\n\n[PER Paul Martin] a répondu : «Je soutiens cette opération et quand nos soldats "
        + "sont au front on n'ouvre pas de front politique.»");
    assertEquals(2, qs.size());
    assertEquals(List.of("Xavier Bertrand", "Paul Martin"), speakers(qs));
  }

  @Test
  void aSubHeadingShorteningTheBodyQuoteTakesItsSpeaker() {
    List<Quote> qs = quotes("La réunion s'est tenue lundi.\n\n«Il faut toujours écouter»\n\n"
        + "«Quand une partie de la population demande à discuter, il faut toujours les écouter», a estimé "
        + "[PER Jacqueline Gourault].");
    assertEquals("Il faut toujours écouter", qs.get(0).text());
    assertEquals("Jacqueline Gourault", qs.get(0).speaker());
    assertEquals("repeated-quote", qs.get(0).speakerEvidence());
  }

  @Test
  void aPhraseSubHeadingThatABodyQuoteRepeatsIsTheBodyQuote() {
    List<Quote> qs = quotes("La ministre était à Lyon lundi.\n\n\"Bloquée par des choix très peu courageux\"\n\n"
        + "«Aux responsabilités que j'ai occupées, j'ai été bloquée par des choix très peu courageux», déplorait "
        + "[PER Agnès Buzyn] en octobre.");
    assertEquals(List.of("Aux responsabilités que j'ai occupées, j'ai été bloquée par des choix très peu courageux"),
        texts(qs));
    assertEquals(List.of("Agnès Buzyn"), speakers(qs));
  }

  @Test
  void aPhraseSubHeadingThatNoQuoteRepeatsIsATitle() {
    List<Quote> qs = quotes("La ministre était à Lyon lundi.\n\n«Une réforme de la fonction publique»\n\n"
        + "«Nous ne céderons rien sur les salaires», a déclaré [PER Agnès Buzyn] en octobre.");
    assertEquals(List.of("Nous ne céderons rien sur les salaires"), texts(qs));
  }

  @Test
  void aShortClauseAfterAHeadingsColonIsAQuote() {
    List<Quote> qs = quotes("Le Premier ministre était l'invité de la radio jeudi.\n\n"
        + "# L'auto-promo : «moi, j'ai une méthode»\n\n"
        + "«J'ai une méthode», a martelé [PER Jean-Marc Ayrault].");
    assertEquals(List.of("moi, j'ai une méthode", "J'ai une méthode"), texts(qs));
    assertEquals(List.of("Jean-Marc Ayrault", "Jean-Marc Ayrault"), speakers(qs));
  }

  @Test
  void aSlogansWordsAfterAColonAreATitle() {
    assertEquals(List.of(), quotes("Les manifestants ont repris le slogan : «on ne lâche rien»."));
  }

  @Test
  void wordsAReportingVerbGivesAfterATitleWordAndAColonAreAQuote() {
    List<Quote> qs = quotes("Le Premier ministre déclarait au cours de cette conférence : «La négociation "
        + "compétitivité-emploi, mal engagée, n'est plus à l'ordre du jour».");
    assertEquals(List.of("La négociation compétitivité-emploi, mal engagée, n'est plus à l'ordre du jour"), texts(qs));
  }

  @Test
  void aWorkNamedWithItsYearOrAfterDansIsATitle() {
    assertEquals(List.of(), quotes("Dans «Comment le capitalisme nous infantilise» (2007), il affirme que la société "
        + "a changé. Il poursuit son œuvre dans «W. ou le souvenir d'enfance» et ailleurs. Charlemagne, dénommé "
        + "par les historiens «L'empereur à la barbe fleurie», était en réalité imberbe."));
  }

  @Test
  void aPassageQuotedWithItsSourceAndYearIsAQuote() {
    List<Quote> qs = quotes("On peut lire sous sa plume : «Dans tout peuple premier, la femme était une "
        + "prêtresse. Alors Judas fonda sa religion.» (Kurlbaum-Siebert, 1933, p. 56). Il l'a dit "
        + "dans «un entretien où il affirme qu'il ne se représentera pas».");
    assertEquals(2, qs.size(), () -> "quotes " + texts(qs));
  }

  // ---- polls ----------------------------------------------------------------------------------

  @Test
  void aPollsPropositionsAndAnswersAreNotQuotes() {
    assertEquals(List.of(), quotes("Dans le détail, 54 % de la population estime que «les personnes qui ont du "
        + "pouvoir sont pour une grande partie d'entre elles corrompues», selon un sondage publié jeudi. "
        + "Pour 40 % des personnes interrogées, seule «une petite partie d'entre elles» est corrompue. "
        + "Le maire arrivait en tête pour quatre qualités, comme «comprend le mieux les problèmes des gens "
        + "comme vous» (31 %) et «est le plus capable de rassembler les Français» (38 %)."));
  }

  @Test
  void wordsAfterAShareOfPeopleAsSubjectAreAPollsAnswer() {
    assertEquals(List.of(), quotes("Au total, 81 % des Français souhaitent «accéder à du wifi gratuit dans les "
        + "espaces publics», et 67 % désirent l'installation de «bornes de recharge pour les véhicules "
        + "électriques». Ils ne sont que 36 % à estimer qu'il «comprend les gens et peut les rassembler»."));
    List<Quote> qs = quotes("Le député, qui a remporté 5 % des voix en 2002, a estimé que «la situation de cette "
        + "année n'est pas du tout la même».");
    assertEquals(List.of("la situation de cette année n'est pas du tout la même"), texts(qs));
  }

  @Test
  void aPollsQuestionIsNotAQuote() {
    assertEquals(List.of(), quotes("Dans le détail, à la question «souhaitez-vous que le président soit candidat à "
        + "la prochaine élection ?», 65 % des participants à cette étude ont répondu non."));
    List<Quote> qs = quotes("Dans le détail, à la question «souhaitez-vous que le président soit candidat à "
        + "la prochaine élection ?», le ministre a répondu non.");
    assertEquals(1, qs.size(), () -> "without a share, the question is someone's: " + texts(qs));
  }

  @Test
  void aReportsOwnWordsInASentenceWithAPercentageAreAQuote() {
    List<Quote> qs = quotes("Le baromètre montre des disparités entre les régions. Globalement, «l'Ile-de-France "
        + "est la région qui a le moins de bons conducteurs», soit 36 % contre 49 % au niveau national.");
    assertEquals(List.of("l'Ile-de-France est la région qui a le moins de bons conducteurs"), texts(qs));
  }

  @Test
  void wordsAnInciseGivesToSomeoneInASentenceAboutAPollAreAQuote() {
    List<Quote> qs = quotes("«Les gens ne croient plus que les élus puissent changer leur vie», explique "
        + "[PER Jérôme Fourquet], qui a dirigé ce sondage où 54 % se disent déçus.");
    assertEquals(List.of("Jérôme Fourquet"), speakers(qs));
  }

  // ---- incises whose verb the lists do not know -------------------------------------------------

  @Test
  void aPhraseBeforeAnInvertedAuxiliaryAndParticipleIsAQuote() {
    List<Quote> qs = quotes("«Niveau rédactionnel de chambre de commerce, pensée politique d'un dogmatisme "
        + "libéral aussi désuet que lunaire», a étrillé à distance le chef de file de la France insoumise. "
        + "C'est «terrible d'en arriver à faire écrire une lettre à un candidat», a de son côté réagi "
        + "[PER Marine Le Pen] dimanche.");
    assertEquals(List.of("Niveau rédactionnel de chambre de commerce, pensée politique d'un dogmatisme libéral "
        + "aussi désuet que lunaire", "terrible d'en arriver à faire écrire une lettre à un candidat"), texts(qs));
  }

  @Test
  void aPhraseBeforeAnInvertedSecondPersonIsAQuote() {
    List<Quote> qs = quotes("Votre programme est ambitieux. «Partir du réel pour apporter des réponses neuves», "
        + "écrivez-vous sur votre site.");
    assertEquals(List.of("Partir du réel pour apporter des réponses neuves"), texts(qs));
  }

  @Test
  void aPhraseBeforeAVerbWithoutAnInvertedSubjectIsNot() {
    assertEquals(List.of(), quotes("Le texte prévoit «une réforme de la fonction publique territoriale», a-t-on "
        .replace(", a-t-on ", " et a permis de ") + "réduire les dépenses."));
  }

  // ---- quotation marks ----------------------------------------------------------------------

  @Test
  void aStraightQuoteSpacedInTheFrenchWayOpensAQuote() {
    List<Quote> qs = quotes("Des forces déployées, selon [PER Bernard Cazeneuve], \" pour la sécurité des riverains "
        + "de la rocade\" et du centre-ville.");
    assertEquals(List.of("pour la sécurité des riverains de la rocade"), texts(qs));
    assertEquals(List.of("Bernard Cazeneuve"), speakers(qs));
  }

  // ---- seventh pass: incises, glosses, naming words, long phrases (branch quotes7) ----------------

  @Test
  void anInciseWithAnyReportingVerbBeforeARoleThatClosesItsClauseIsCutOut() {
    List<Quote> qs = quotes("Pour [PER Pervenche Berès], députée européenne, ce texte n'a rien de laxiste. «Il n'y a "
        + "aucune banalisation de la récidive, soutient la députée. Dans la situation actuelle, cela ne change rien.»");
    assertEquals(List.of("Il n'y a aucune banalisation de la récidive",
        "Dans la situation actuelle, cela ne change rien."), texts(qs));
  }

  @Test
  void aReportingVerbInsideTheMarksWhoseObjectNamesNoOneIsNoIncise() {
    List<Quote> qs = quotes("Le maire insiste. «Nous avons toujours voulu ce texte, soutient les grands projets "
        + "de la ville. Il faut avancer.»");
    assertEquals(List.of("Nous avons toujours voulu ce texte, soutient les grands projets de la ville. Il faut avancer."),
        texts(qs));
  }

  @Test
  void theQuoteGoesOnAfterAnIncisesCommaThatOpensAClause() {
    List<Quote> qs = quotes("«Toute menace doit être prise au sérieux, affirme [PER Jean Dupont], mais il y a une "
        + "réalité, c'est que la peur est une arme. Il faut être vigilant.»");
    assertEquals(List.of("Toute menace doit être prise au sérieux",
        "mais il y a une réalité, c'est que la peur est une arme. Il faut être vigilant."), texts(qs));
    assertEquals(List.of("Jean Dupont", "Jean Dupont"), speakers(qs));
  }

  @Test
  void anInvertedPronounEndingTheMarksWithoutACommaIsCutOff() {
    List<Quote> qs = quotes("Le sénateur [PER Jean Placé] est passé à l'offensive. «C'est important de montrer que "
        + "les centrales sont des passoires a-t-il déclaré».");
    assertEquals(List.of("C'est important de montrer que les centrales sont des passoires"), texts(qs));
    // a question inverts its subject too
    assertEquals(List.of("L'école a très peu de contrôle sur le recrutement. Et donc comment contrôlera-t-on ?"),
        texts(quotes("Le ministre [PER Luc Ferry] a enchaîné : «L'école a très peu de contrôle sur le recrutement. "
            + "Et donc comment contrôlera-t-on ?»")));
    // a short quote ending in a verb is no incise: «Je ne sais pas ce qu'il dit»
    assertEquals(List.of("Je ne sais pas ce qu'il dit"),
        texts(quotes("Le sénateur [PER Jean Placé] hausse les épaules : «Je ne sais pas ce qu'il dit».")));
  }

  @Test
  void aGlossInBracketsAfterANameIsNoQuote() {
    assertEquals(List.of(), quotes("Le film Promised Land (ndlr : «La terre que l'on nous a promise») "
        + "sortira en France le 17 avril."));
    assertEquals(List.of(), quotes("Ils tournent FrackNation («Nation de la fracture hydraulique») en janvier."));
    // a clause right after a name is that person's words
    assertEquals(List.of("la vie est trop courte et Proust est trop long"), texts(quotes("Il faut déconsidérer le "
        + "diagnostic d'Anatole France («la vie est trop courte et Proust est trop long») à la faveur d'un constat.")));
    // a remark in brackets after a common noun is someone's words
    assertEquals(1, quotes("Il n'était pas avare de formules habiles («On ne sort de l'ambiguïté qu'à son "
        + "détriment»).").size());
  }

  @Test
  void wordsANamingVerbOrALegalTitleNamesAreATitle() {
    assertEquals(List.of(), quotes("Nous avions proposé d'intituler le colloque : «Elie Wiesel : la culture est "
        + "plus forte que la barbarie»."));
    assertEquals(List.of(), quotes("Voilà un an que la loi relative «au droit de vote des résidents étrangers non "
        + "ressortissants de l'Union aux élections municipales» a été adoptée."));
    // without the naming word, a reporting verb hands the same words on
    assertEquals(1, quotes("Nous avions proposé au colloque : «Elie Wiesel : la culture est plus forte que la "
        + "barbarie».").size());
  }

  @Test
  void aLongPhraseOpeningInLowerCaseIsAQuoteWithoutAReportingVerb() {
    assertEquals(List.of("explorer les moyens de promouvoir la coopération en matière de sécurité dans la région"),
        texts(quotes("Les six partenaires s'étaient engagés à «explorer les moyens de promouvoir la coopération en "
            + "matière de sécurité dans la région».")));
    // shorter, it may be a term; capitalised, a title
    assertEquals(List.of(), quotes("Les six partenaires s'étaient engagés à «explorer la coopération en Asie»."));
    assertEquals(List.of(), quotes("Ils ont lu cet été «Les coûts de la filière électronucléaire dans les comptes "
        + "des exploitants publics» avec intérêt."));
  }

  @Test
  void aPhraseInTheClauseAFarReportingVerbOpensWithQueIsAQuote() {
    assertEquals(List.of("quelque part dans la lointaine province du Yunnan"),
        texts(quotes("Un chercheur d'Amnesty a pu confirmer jeudi 20 juillet au téléphone que l'épouse du "
            + "prix Nobel de la paix, décédé il y a une semaine, est bien «quelque part dans la lointaine province "
            + "du Yunnan».")));
    // a short phrase there is a scare quote
    assertEquals(List.of(), quotes("Le programme propose somme toute qu'au lieu d'être écrasés par un système "
        + "inégalitaire mondialisé, les Français soient écrasés par un système «bien de chez nous»."));
  }

  // ---- helpers ------------------------------------------------------------------------------

  // ---- names given anew, sub-headings opened by arrows -----------------------------------------

  @Test
  void wordsANamingParticipleWithThePrefixOfRepetitionGivesAreANameNotAQuote() {
    assertEquals(List.of(), texts(quotes("Le festival, rebaptisé «On est tous là ce soir» l'an dernier, "
        + "revient en juillet.")));
    assertEquals(List.of(), texts(quotes("Les deux écoles, rebaptisées «Nous sommes la ville de demain» après "
        + "la fusion, ouvrent en septembre.")));
  }

  @Test
  void aPrefixThatIsNoRepetitionOfANamingWordNamesNothing() {
    assertEquals(List.of("On est tous là ce soir"), texts(quotes("Le maire, resté «On est tous là ce soir» "
        + "jusqu'au bout, a parlé.")));
  }

  @Test
  void aShortClauseOnASubHeadingOpenedByArrowsStandsAlone() {
    assertEquals(List.of("On est tous solidaires"),
        texts(quotes("Titre de l'article\n\n> «On est tous solidaires»\nLe maire de la ville a parlé hier.")));
    assertEquals(List.of("On est tous solidaires"),
        texts(quotes("Titre de l'article\n\n>> «On est tous solidaires»\nLe maire de la ville a parlé hier.")));
  }

  @Test
  void anArrowInsideALineOpensNoSubHeading() {
    assertEquals(List.of(), texts(quotes("Titre de l'article\n\nLe score -> «On est tous solidaires» "
        + "a été affiché.")));
  }

  private static List<Quote> quotes(String marked) {
    AnnotatedText doc = HandText.of(marked);
    List<Quote> qs = EXTRACTOR.extract(doc, QuoteExtractorTest.entities(doc)).stream()
        .filter(q -> q.kind() == io.newsfacts.model.QuoteKind.DIRECT).toList();
    for (Quote q : qs) {
      assertEquals(q.text(), doc.text().substring(q.start(), q.end()), "offsets of " + q);
    }
    return qs;
  }

  private static List<String> texts(List<Quote> qs) {
    return qs.stream().map(Quote::text).toList();
  }

  private static List<String> speakers(List<Quote> qs) {
    return qs.stream().map(Quote::speaker).toList();
  }

  private static String speakerOf(List<Quote> qs, String prefix) {
    return qs.stream().filter(q -> q.text().startsWith(prefix)).findFirst().orElseThrow().speaker();
  }

  private static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
    return qs.get(0);
  }
}
