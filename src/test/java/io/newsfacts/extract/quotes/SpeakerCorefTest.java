package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coreference for speakers: which person a role phrase ("le député PS", "l'élu parisien", "le chef
 * de l'Etat") or a pronoun ("a-t-il dit") stands for, on hand-written French without the models.
 */
class SpeakerCorefTest {
  @Test
  void aRolePhraseAfterANamedSpeakerIsThatSpeakerBeforeAHolderNamedLater() {
    List<Quote> qs = quotes("«Ce serait bien que la France soutienne les Pays-Bas», a affirmé [PER Henri Guaino]. "
        + "«La France n'aurait pas dû accepter cette réunion», a ajouté le candidat à la présidentielle.\n\n"
        + "Même son de cloche du côté du candidat de la droite à la présidentielle, [PER François Fillon].");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Henri Guaino", "coreference");
  }

  @Test
  void aRolePhraseWithAnotherQualifierIsNotTheHolderOfTheRole() {
    List<Quote> qs = quotes("«Ce décret, c'est votre défaite», a lancé le député UMP [PER Jérôme Chartier].\n\n"
        + "[PER Eduardo Rihan-Cypel] est remonté contre ses collègues de l'UMP.\n\n"
        + "«Ils sont en manque du débat qu'ils ont produit», explique le député PS à BFMTV.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Eduardo Rihan-Cypel", "coreference");
  }

  @Test
  void aRolePhraseWithAnElidedArticleTakesTheGenderOfItsWords() {
    List<Quote> qs = quotes("[PER Martine Aubry] a reçu [PER Emmanuel Macron] à Lille. [PER Martine Aubry] a parlé "
        + "de l'emploi.\n\nVendredi, l'ancien banquier avait déjà déploré que «l'alcoolisme et le tabagisme se sont "
        + "installés dans le bassin minier».");
    assertSpeaker(qs.get(qs.size() - 1), "Emmanuel Macron", "coreference");
  }

  @Test
  void aDescriptionFarFromAnyNameIsThePersonTheArticleIsAbout() {
    String filler = "Les élèves de ces écoles manquent de tout et les classes restent chargées. ".repeat(25);
    List<Quote> qs = quotes("[PER Emmanuel Macron] était à Lille samedi. [PER Emmanuel Macron] a salué [PER Martine "
        + "Aubry]. Le soir, [PER Emmanuel Macron] a tenu un meeting.\n\n" + filler + "\n\nVendredi, l'ancien "
        + "banquier avait déjà déploré que «l'alcoolisme et le tabagisme se sont installés dans le bassin minier».");
    assertSpeaker(qs.get(qs.size() - 1), "Emmanuel Macron", "coreference");
    // with no one the article names most, the description stays as written
    List<Quote> none = quotes("[PER Emmanuel Macron] était à Lille samedi avec [PER Pierre Mauroy].\n\n" + filler
        + "\n\nVendredi, l'ancien banquier avait déjà déploré que «l'alcoolisme et le tabagisme se sont installés "
        + "dans le bassin minier».");
    assertEquals("l'ancien banquier", none.get(none.size() - 1).speaker());
  }

  @Test
  void theRoleOfSomeoneWhoseVerbHasTheNameAsObjectIsNotTheNamesRole() {
    List<Quote> qs = quotes("La salle a ri à la blague d'un dirigeant associatif chargé d'introduire [PER Emmanuel "
        + "Macron].\n\n«Jamais nous ne devons accepter l'enfermement», a lancé [PER Emmanuel Macron].");
    assertNull(qs.get(0).speakerRole(), () -> "role of " + qs.get(0));
  }

  @Test
  void anAppositionWithoutCommaEndsBeforeTheVerbsClitic() {
    List<Quote> qs = quotes("Sur RMC, [PER Marine Le Pen], présidente du Front national s’est présentée comme la voix "
        + "de l’opposition. «Je suis le leader de l’opposition au système», a-t-elle expliqué.");
    assertEquals("présidente du Front national", qs.get(0).speakerRole(), () -> "role of " + qs.get(0));
  }

  @Test
  void theHolderOfAnOfficeOfANamedPlaceMustBeShownWithThatPlace() {
    // the mayor of a town the article never ties to anyone is no one it names, not the last person
    // of unknown role
    List<Quote> qs = quotes("[PER Laurent Wauquiez] veut affronter [PER Jean-François Copé]. Selon [ORG Le Monde], "
        + "[PER Eric Ciotti] soutient [PER Laurent Wauquiez] depuis longtemps.\n\nDans le camp de [PER Jean-François "
        + "Copé], on ne prend pas au sérieux ce rival. Le maire de [LOC Meaux] assure que «ce n'est pas un danger».");
    assertEquals("le maire de Meaux", qs.get(qs.size() - 1).speaker());
    // a person shown with the place may hold its office
    List<Quote> tied = quotes("[PER Jean-François Copé] était à [LOC Meaux] samedi pour inaugurer une école.\n\n"
        + "Le maire de [LOC Meaux] assure que «ce n'est pas un danger».");
    assertSpeaker(tied.get(tied.size() - 1), "Jean-François Copé", "coreference");
  }

  @Test
  void aPeriphrasisOfABodyStandsForTheOnePersonTheArticleGivesARoleInIt() {
    // "le numéro deux du Front national" is not "vice-président", yet the article ties only
    // Philippot to that party; the person of unknown role named just before is from another one
    List<Quote> qs = quotes("[PER Florian Philippot], vice-président du [ORG Front national], sera tête de liste. "
        + "[PER Jean Dupont], du [ORG PS], a critiqué cette annonce.\n\n«Je trouve curieuse cette façon de faire "
        + "campagne», a estimé le numéro deux du [ORG Front national].");
    assertSpeaker(qs.get(qs.size() - 1), "Florian Philippot", "coreference");
    // two people of that party: the phrase stays as written rather than a guess
    List<Quote> two = quotes("[PER Florian Philippot], vice-président du [ORG Front national], sera tête de liste. "
        + "[PER Louis Aliot], vice-président du [ORG Front national], le soutient.\n\n«Je trouve curieuse cette "
        + "façon de faire campagne», a estimé le numéro deux du [ORG Front national].");
    assertNotEquals("Florian Philippot", two.get(two.size() - 1).speaker());
  }

  @Test
  void aBodyNamedByItsInitialsIsTheBodyOfTheRole() {
    List<Quote> qs = quotes("Sur RMC, [PER Marine Le Pen], présidente du Front national, s'est présentée comme la voix "
        + "de l'opposition. [PER Steeve Briois], secrétaire général du [ORG FN], conduirait la liste. [PER Jean Dupont] "
        + "a raillé cette liste. [PER Jean Dupont] a parlé longtemps.\n\n«Nous serons les premiers», a assuré la chef "
        + "de file du [ORG FN].");
    assertSpeaker(qs.get(qs.size() - 1), "Marine Le Pen", "coreference");
    assertTrue(RoleHolders.names("présidente de l'Union pour un mouvement populaire", "UMP"));
    assertTrue(RoleHolders.names("porte-parole du Parti socialiste", "PS"));
    assertFalse(RoleHolders.names("procureur de Strasbourg", "PS"));
  }

  @Test
  void anOfficeIsNotTheSoldierTheArticleGivesARank() {
    List<Quote> qs = quotes("Le sergent [PER Paul Martin] a été décoré lundi. [PER Paul Martin] a servi au [LOC Mali]. "
        + "[PER Paul Martin] a été blessé en 2014.\n\n«Ces soldats sont l'honneur de la France», a déclaré le chef "
        + "de l'Etat lors de la cérémonie.");
    assertEquals("le chef de l'Etat", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aPeriphrasisForAnOfficeStandsForItsHolder() {
    List<Quote> qs = quotes("Le ministre de l'Intérieur, [PER Bernard Cazeneuve], est à Calais. L'Etat créera 5.000 "
        + "places, qui s'ajouteront aux «10.000 places en CADA créées depuis le début du quinquennat», poursuit le "
        + "locataire de Beauvau.");
    assertSpeaker(qs.get(0), "Bernard Cazeneuve", "coreference");
  }

  @Test
  void aRolePhraseCompletedByANameStandsForThePersonNamedBeforeNotForThatName() {
    List<Quote> qs = quotes("[PER Daniel Cohn-Bendit] était ce mercredi l'invité de BFMTV. Interrogé sur ce sommet, "
        + "l'ancien eurodéputé écologiste et actuel soutien de [PER Emmanuel Macron] a estimé que les pays devraient "
        + "«trouver une solution à la crise politique».");
    assertSpeaker(qs.get(0), "Daniel Cohn-Bendit", "coreference");
  }

  @Test
  void aCurrentRoleIsNotTheFormerHolderOfIt() {
    List<Quote> qs = quotes("L'ancien chef de l'Etat [PER Nicolas Sarkozy] avait fermé le camp en 2002.\n\n"
        + "«Ce n'est pas la politique de la France et ce ne sera jamais la politique de la France», a assuré le chef "
        + "de l'Etat.");
    assertNotEquals("Nicolas Sarkozy", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void aGenericRoleNounStandsForThePreviousSpeakerWhateverHisRole() {
    List<Quote> qs = quotes("«Il est hors de question d'accepter cela», a déploré le député Les Républicains "
        + "[PER Pierre Lellouche].\n[PER Fillon] cible [PER Hollande]\n«Il est incompréhensible que le gouvernement "
        + "ait autorisé ce meeting», a ajouté l'élu parisien.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Pierre Lellouche", "coreference");
  }

  @Test
  void aRoleThatOpensAClauseAfterANameIsNoAppositionOfThatName() {
    List<Quote> qs = quotes("[PER Manuel Valls] a mis en garde la gauche contre le sectarisme.\n\n"
        + "Interrogé sur ce projet de [PER François Hollande], le Premier ministre a commenté : «C'est le choix du "
        + "président de la République».");
    assertSpeaker(qs.get(0), "Manuel Valls", "coreference");
  }

  @Test
  void aPronounStandsForTheSubjectNotForTheComplementOfANoun() {
    List<Quote> qs = quotes("Le candidat socialiste [PER Benoît Hamon] a tenu un discours similaire à celui de "
        + "[PER Jean-Marc Ayrault] : «J'appartiens à cette tradition de liberté», a-t-il dit.");
    assertSpeaker(qs.get(0), "Benoît Hamon", "pronoun");
  }

  @Test
  void aPronounStandsForTheSubjectOfTheSentenceBeforeNotForItsObject() {
    List<Quote> qs = quotes("[PER Guy Bedos] a soutenu [PER Emmanuel Macron] pendant la campagne. «Je vote pour lui, "
        + "sans hésiter», a-t-il dit.");
    assertSpeaker(qs.get(0), "Guy Bedos", "pronoun");
    // gender rules first: "il" is not Marine Le Pen
    List<Quote> women = quotes("[PER Marine Le Pen] a critiqué [PER Emmanuel Macron] pendant le débat. «C'est une "
        + "honte pour le pays», a-t-il dit.");
    assertSpeaker(women.get(0), "Emmanuel Macron", "pronoun");
  }

  @Test
  void aPronounSkipsANameInsideAFrameWhoseSubjectIsAPronoun() {
    List<Quote> qs = quotes("«Cela a été une solution de facilité», a affirmé [PER François Hollande]. S'en prenant "
        + "sans le citer à [PER Nicolas Sarkozy], il a mis en cause ceux qui ont signé ces accords.\n\n"
        + "«On ne démantèle pas un camp sans solutions», a-t-il aussi critiqué.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "François Hollande", "pronoun");
  }

  @Test
  void aNameThatIsOnlyARoleNounStandsForTheHolderOfTheRole() {
    List<Quote> qs = quotes("Sur l'Afrique, le [PER Roi] du Maroc a réitéré son analyse. Il a pointé la responsabilité "
        + "du colonialisme : «les problèmes qui affligent les pays africains viennent de loin».\n\n"
        + "Le roi [PER Mohammed VI] a ensuite parlé de l'islam.");
    assertEquals("Mohammed VI", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void roleWordsAgreeOnHeadTimeAndQualifier() {
    assertTrue(RoleWords.compatible(RoleWords.of("député"), RoleWords.of("député UMP")));
    assertFalse(RoleWords.compatible(RoleWords.of("député PS"), RoleWords.of("député UMP")));
    assertFalse(RoleWords.compatible(RoleWords.of("ministre de l'Intérieur"), RoleWords.of("ministre des Affaires étrangères")));
    assertTrue(RoleWords.compatible(RoleWords.of("président de la République"), RoleWords.of("président français")));
    assertFalse(RoleWords.compatible(RoleWords.of("chef de l'Etat"), RoleWords.of("ancien chef de l'Etat")));
    assertTrue(RoleWords.compatible(RoleWords.of("élu parisien"), RoleWords.of("député Les Républicains")));
    assertTrue(RoleWords.compatible(RoleWords.of("Premier ministre"), RoleWords.of("Premier ministre")));
    assertFalse(RoleWords.compatible(RoleWords.of("maire"), RoleWords.of("député")));
    // a former office goes with any present one: people change offices
    assertTrue(RoleWords.compatible(RoleWords.of("ancien président de l'Assemblée nationale"),
        RoleWords.of("secrétaire général de LR")));
    assertFalse(RoleWords.compatible(RoleWords.of("président de l'Assemblée nationale"),
        RoleWords.of("secrétaire général de LR")));
  }

  @Test
  void aFormerOfficeIsThePersonOfAnotherPresentRole() {
    List<Quote> qs = quotes("Le secrétaire général de LR, [PER Bernard Accoyer], a parlé dimanche. L'ancien président "
        + "de l'Assemblée nationale considère que les partis «sont confrontés à une crise aiguë et durable».");
    assertEquals("Bernard Accoyer", qs.get(qs.size() - 1).speaker(), () -> "speakers " + qs);
  }

  @Test
  void anOfficeNamedWithTheAcronymOrTheFullNameIsOneOffice() {
    io.newsfacts.model.AnnotatedText doc = io.newsfacts.testing.HandText.of("Le secrétaire général de LR, [PER Bernard Accoyer], a parlé "
        + "dimanche. Le secrétaire général des [ORG Républicains] reconnaît que «tout est possible dans les mois "
        + "qui viennent».");
    List<io.newsfacts.model.Entity> entities = new java.util.ArrayList<>(QuoteExtractorTest.entities(doc));
    int lr = doc.text().indexOf("LR");
    entities.add(new io.newsfacts.model.Entity("LR", io.newsfacts.model.EntityType.ORGANIZATION, "Républicains",
        lr, lr + 2, null)); // the acronym the entity stage linked to the full name
    List<Quote> qs = new QuoteExtractor().extract(doc, entities);
    assertEquals("Bernard Accoyer", qs.get(qs.size() - 1).speaker(), () -> "speakers " + qs);
    entities.remove(entities.size() - 1); // not linked: two offices
    assertNotEquals("Bernard Accoyer", new QuoteExtractor().extract(doc, entities).get(0).speaker());
  }


  @Test
  void aNationalityStandsForThePersonGivenItOrThePersonOfTheParagraph() {
    String story = "Et de deux pour [PER Cristiano Ronaldo]. [PER Cristiano Ronaldo] a gagné à Zurich, face au "
        + "Français [PER Franck Ribéry] et à l'Argentin [PER Lionel Messi]. ";
    List<Quote> qs = quotes(story + "«Il n'y a pas de mot pour décrire ce que je ressens», a déclaré le Portugais "
        + "de 28 ans.");
    assertEquals("Cristiano Ronaldo", qs.get(0).speaker());
    qs = quotes(story + "«Il n'y a pas de mot pour décrire ce que je ressens», a déclaré l'Argentin.");
    assertEquals("Lionel Messi", qs.get(0).speaker());
    // no one of the paragraph stands out: the phrase stays
    qs = quotes("[PER Paul Martin] et [PER Jean Roche] ont parlé. «Il n'y a pas de mot pour décrire ce que je "
        + "ressens», a déclaré le Portugais.");
    assertEquals("le Portugais", qs.get(0).speaker());
  }

  @Test
  void aNationalityRightAfterAQuoteIsTheOneWhoJustSpoke() {
    // named once only, yet the quote just before is theirs and no one else is named between
    String before = "[PER Romain Bardet] a été mis hors course dans Paris-Nice.\n\n«Nous avons commis une erreur, j'en "
        + "suis profondément désolé», a déclaré [PER Romain Bardet] en début de soirée.\n";
    List<Quote> qs = quotes(before + "«Rien ne justifie l'aide prolongée de la voiture», a estimé l'Auvergnat.");
    assertEquals("Romain Bardet", qs.get(1).speaker());
    // another person named between: no guess
    qs = quotes(before + "[PER Paul Martin] et [PER Jean Roche] ont protesté. «Rien ne justifie l'aide prolongée de la "
        + "voiture», a estimé l'Auvergnat.");
    assertEquals("l'Auvergnat", qs.get(1).speaker());
  }

  @Test
  void aPronounAfterARolePhraseWithItsComplementIsThatRolesHolder() {
    // "président" alone would name the last president of the text, Poutine
    List<Quote> qs = quotes("[PER François Bayrou], président du MoDem, a parlé dimanche. [PER François Bayrou] a "
        + "siégé vingt ans à l'Assemblée. Député des Pyrénées-Atlantiques, il avait été battu en 2012.\n"
        + "Le «poids» de la Russie jugé «extrêmement inquiétant»\n"
        + "Le président du MoDem a accusé des candidats de faire allégeance au président [PER Vladimir Poutine]. "
        + "Sur Radio J, il a déploré «un phénomène sans précédent dans la vie politique française».");
    assertSpeaker(qs.get(qs.size() - 1), "François Bayrou", "pronoun");
  }

  @Test
  void aNameAfterTheSpeakerOfAnInciseIsSpokenOfNotThePronounsAntecedent() {
    List<Quote> qs = quotes("«À gauche aussi, certains proclament leur attachement à la Russie», a ajouté "
        + "[PER François Bayrou], sans citer nommément [PER Jean-Luc Mélenchon]. Il a dénoncé «la connivence, "
        + "la proximité, les liens de très grande intimité» entre ces candidats et la Russie.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "François Bayrou", "pronoun");
  }

  @Test
  void aPronounIsNotCarriedToAPlatformTakenForASpeaker() {
    List<Quote> qs = quotes("[PER Bruno Le Roux] a jugé sur son compte Twitter, «totalement anormal que la majorité "
        + "ne soit pas rassemblée», visant [PER Bernard Barral]. Il a lancé: «C'est une faute politique de ne pas se "
        + "rassembler au premier tour».");
    assertNotEquals("Twitter", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void theAgentOfAVerblessSentenceIsWhoThePronounAfterItStandsFor() {
    List<Quote> qs = quotes("«Nous voyons un marché plutôt stable», a déclaré le PDG de PSA [PER Carlos Tavares]. "
        + "Une prévision partagée par [PER Matthias Müller], le patron de Volkswagen. «Je pense que le marché "
        + "européen devrait être au même niveau», a-t-il indiqué.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Matthias Müller", "pronoun");
  }

  @Test
  void theAgentOfASentenceWithAVerbIsStillSpokenOf() {
    List<Quote> qs = quotes("«Nous voyons un marché plutôt stable», a déclaré le PDG de PSA [PER Carlos Tavares]. "
        + "Il a été reçu par [PER Matthias Müller] à Wolfsburg. «Je pense que le marché européen devrait être "
        + "au même niveau», a-t-il indiqué.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(1), "Carlos Tavares", "pronoun");
  }

  @Test
  void anOfficeWrittenWithACapitalIsStillARolePhrase() {
    // "la Présidente du Front National": the whole phrase is the subject, not the party after it
    List<Quote> qs = quotes("[PER Marine Le Pen] a présenté son programme à Lyon.\n\nIl en va de même pour le droit "
        + "d'asile, que la Présidente du [ORG Front National] souhaiterait limiter aux «cas qui le justifient "
        + "réellement et rien de plus».");
    assertSpeaker(qs.get(qs.size() - 1), "Marine Le Pen", "coreference");
  }
}
