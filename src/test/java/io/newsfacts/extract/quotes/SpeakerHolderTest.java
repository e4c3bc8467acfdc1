package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.only;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Who holds the words when the article names a description, a frame, a medium or an organisation
 * near them: the holder of a relation role ("l'ancienne porte-parole de X"), the holder of a "Pour
 * X," frame, not the medium spoken to, the organisation of a communiqué; on hand-written French
 * without the models.
 */
class SpeakerHolderTest {
  @Test
  void aRoleCompletedByAPersonIsHeldBySomeoneElseTheArticleTiesToIt() {
    Quote q = only(quotes("Une proposition accueillie tièdement par [PER Florence Morel]. «Organiser un débat devant "
        + "quelques centaines de personnes, c'est priver de débat les adhérents», selon l'ancienne porte-parole de "
        + "[PER François Petit], qui avait réclamé un débat."));
    assertSpeaker(q, "Florence Morel", "coreference");
    // no one else to hold it: the phrase, never the person it completes
    Quote alone = only(quotes("[PER Paul Durand] a été condamné mardi. «Nous allons faire appel de cette décision "
        + "injuste», a déclaré l'avocat de [PER Paul Durand]."));
    assertEquals("l'avocat de Paul Durand", alone.speaker(), () -> "speaker of " + alone);
  }

  @Test
  void aNameApposedAtTheEndOfASentenceIsNotItsSubject() {
    // "de sa concurrente socialiste, X." closes the sentence: X is spoken of; the candidate is the subject before
    Quote q = only(quotes("[PER Nathalie Morel] n'apprécie pas la couverture de sa campagne. La candidate l'a fait "
        + "savoir en qualifiant la journaliste de «tête de liste» de sa concurrente socialiste, [PER Anne Lefort].\n\n"
        + "«Evidemment, si vous lisez toute la journée ces articles, vous vous dites que c'est de l'acharnement», a "
        + "ajouté la candidate UMP sur LCP."));
    assertSpeaker(q, "Nathalie Morel", "coreference");
  }

  @Test
  void aViewFrameReadsOverAParenthesisAndNeverGivesTheClauseSubject() {
    Quote roger = only(quotes("Pour l'auteur de la résolution [PER Gilbert Roger] ([ORG PS]), la reconnaissance de "
        + "l'Etat palestinien est «le premier pas d'une relation d'égal à égal entre les deux peuples»."));
    assertSpeaker(roger, "Gilbert Roger", "source-frame");
    // "Pour le président de DLR, X s'est «...»": X is the one judged, not the judge
    Quote judged = only(quotes("Pour le président de [ORG DLR], [PER Paul Durand] s'est «trompé de combat et de "
        + "méthode sur toute la ligne»."));
    assertEquals("le président de DLR", judged.speaker(), () -> "speaker of " + judged);
    // an apposed holder between commas is still the frame's
    Quote apposed = only(quotes("Pour le président de [ORG DLR], [PER Paul Durand], le gouvernement s'est «trompé de "
        + "combat et de méthode sur toute la ligne»."));
    assertEquals("Paul Durand", apposed.speaker(), () -> "speaker of " + apposed);
  }

  @Test
  void aMediumSpokenToIsNotTheSpeaker() {
    Quote q = only(quotes("Bien que le texte soit court, le président du conseil, [PER Abdul Halim], a déclaré au "
        + "quotidien [ORG The Star] que le film avait été «autorisé avec une censure mineure par le comité»."));
    assertEquals("Abdul Halim", q.speaker(), () -> "speaker of " + q);
    Quote radio = only(quotes("Le maire, [PER Paul Durand], a confié à la radio [ORG Sud Radio] que la réforme serait "
        + "«un désastre pour tous les salariés du pays»."));
    assertEquals("Paul Durand", radio.speaker(), () -> "speaker of " + radio);
  }

  @Test
  void anOrganisationSpeaksThroughItsCommunique() {
    // "Dans un communiqué," is a frame: the noun "communiqué" is no verb of the clause
    Quote q = only(quotes("Dans un communiqué publié après le vote, le [ORG Parti socialiste] salue l'adoption du "
        + "texte, évoquant «une réforme majeure du quinquennat qui va permettre la réussite de tous»."));
    assertSpeaker(q, "Parti socialiste", "clause-subject");
    Quote circular = only(quotes("Une circulaire de [PER François Petit] stipule que «les cadeaux offerts aux membres "
        + "du gouvernement sont la manifestation de la volonté d'honorer la France»."));
    assertEquals("une circulaire de François Petit", circular.speaker(), () -> "speaker of " + circular);
    // a date before the verb is no speaker
    Quote dated = only(quotes("Une circulaire de [PER François Petit] datée du 18 mai 2007 stipule que «les cadeaux "
        + "offerts aux membres du gouvernement sont la manifestation de la volonté d'honorer la France»."));
    assertEquals(null, dated.speaker(), () -> "speaker of " + dated);
  }

  @Test
  void theTopicBeforeAColonIsNotTheSpeaker() {
    // "a toujours pensé à propos de X :": X is spoken of; the subject speaks
    Quote q = only(quotes("Ses ambitions n'inquiètent pas [PER Nicolas Durand]. L'ancien président a toujours pensé "
        + "au sujet de [PER Jean Petit] : «S'il est le meilleur d'entre nous, qu'il le prouve» !"));
    assertSpeaker(q, "Nicolas Durand", "coreference");
    Quote named = only(quotes("[PER Nicolas Durand] a toujours pensé au sujet de [PER Jean Petit] : «S'il est le "
        + "meilleur d'entre nous, qu'il le prouve» !"));
    assertEquals("Nicolas Durand", named.speaker(), () -> "speaker of " + named);
  }

  @Test
  void aRelationRoleDoesNotCarryThePreviousSpeaker() {
    java.util.List<Quote> qs = quotes("«C'est une alliance de circonstance», a dit [PER Florian Morel].\n\nDes personnes "
        + "creuses\n\nMême son de cloche du côté de La France insoumise. «Il y a peut-être des convergences "
        + "idéologiques», a déploré le porte-parole de [PER Jean Petit].");
    assertEquals("le porte-parole de Jean Petit", qs.get(1).speaker(), () -> "speaker of " + qs.get(1));
    // the same speaker described another way right after: theirs
    java.util.List<Quote> same = quotes("«Je ne suis candidat à rien du tout», insiste [PER François Morel].\n\n«Il y a "
        + "des tas de gens qui pourraient faire ça très bien», assure l'ancien Premier ministre de [PER Jean Petit].");
    assertSpeaker(same.get(1), "François Morel", "coreference");
  }

  @Test
  void aViewFrameWhoseRoleIsNotTheClauseSubjectIsThePersonJustNamed() {
    java.util.List<Quote> qs = quotes("«Il n'a pas compris la colère du peuple», a déclaré [PER Nicolas Durand] à la "
        + "presse.\n\nPour le président de [ORG DLR], [PER François Petit] s'est «laissé enfermer par la technocratie "
        + "et par l'oligarchie parisienne».");
    assertSpeaker(qs.get(1), "Nicolas Durand", "coreference");
    // "Pour ce faire," is no one's view
    Quote idiom = only(quotes("Pour ce faire, [PER Rama Petit] et les siens proposent d'imposer un service civique "
        + "«à partir de l'âge de la retraite jusqu'à la perte d'autonomie»."));
    assertEquals(false, "ce faire".equals(idiom.speaker()), () -> "speaker of " + idiom);
    // a description the tagger does not know (a misspelt role) still holds the view
    java.util.List<Quote> misspelt = quotes("«Il aimerait que les gens changent», a dit [PER Paul Durand].\n\nPour le députe "
        + "insoumis de [LOC Seine-Saint-Denis], au contraire, «le fait que nous soyons exigeants est une bonne chose».");
    assertEquals("le députe insoumis de Seine-Saint-Denis", misspelt.get(1).speaker(), () -> "speaker of " + misspelt.get(1));
  }

  @Test
  void aTimeWordBeforeTheSpeakerIsNoDate() {
    // "fustigeait ce matin un élu": the unnamed member speaks, not the one quoted before
    java.util.List<Quote> qs = quotes("«Nous voterons le texte», a assuré [PER Paul Durand]. «C'est idiot, c'est à "
        + "contre-temps, ces députés veulent seulement exister», fustigeait ce matin un élu LaREM.");
    assertEquals(false, "Paul Durand".equals(qs.get(1).speaker()), () -> "speaker of " + qs.get(1));
  }

  @Test
  void aRelationFarFromItsHolderIsThePersonTheArticleIsAbout() {
    java.util.List<Quote> qs = quotes("[PER Marion Petit] revient en politique. [PER Marion Petit] a ouvert une école à "
        + "Lyon. Selon [PER Marion Petit], «la droite doit s'unir».\n\nInterrogée par la radio, l'ancienne députée a "
        + "parlé de son école.\n\n«Ce que je trouve intéressant, c'est le conservatisme», a expliqué la porte-parole de "
        + "[PER Marine Durand].");
    assertSpeaker(qs.get(qs.size() - 1), "Marion Petit", "coreference");
  }

  @Test
  void aSideIsNoOtherSeat() {
    java.util.List<Quote> qs = quotes("«Il y a une volonté populaire très forte», assure la députée de la troisième "
        + "circonscription de Loire-Atlantique, [PER Anne Morel].\n\nMais le périmètre de cette consultation fait "
        + "débat. «Évidemment, c'est un problème», reconnaît la députée de la majorité.");
    assertSpeaker(qs.get(1), "Anne Morel", "coreference");
  }

  @Test
  void aSourceAfterDontBelongsToItsAntecedent() {
    Quote role = only(quotes("La ministre reprenait la position du Premier ministre dont l'entourage avait déjà fait "
        + "savoir qu'il n'était «pas question de remettre en cause le quotient familial»."));
    assertEquals("l'entourage du Premier ministre", role.speaker(), () -> "speaker of " + role);
    Quote named = only(quotes("Le texte est soutenu par [PER Paul Durand], dont l'entourage a assuré qu'il n'était «pas "
        + "question de remettre en cause le quotient familial»."));
    assertEquals("l'entourage de Paul Durand", named.speaker(), () -> "speaker of " + named);
    // no "dont": the phrase as written
    Quote plain = only(quotes("L'entourage a assuré qu'il n'était «pas question de remettre en cause le quotient "
        + "familial»."));
    assertEquals("l'entourage", plain.speaker(), () -> "speaker of " + plain);
  }

  @Test
  void theOneWhoCalledDoesNotAnswer() {
    Quote q = only(quotes("Pour son anniversaire, [PER Cyril Morel] avait déjà appelé l'ancien chef de l'Etat. L'objectif? "
        + "Faire du bruit. «C'est gentil. Ce n'est pas tous les jours que vous voulez me faire plaisir», avait alors "
        + "répondu le responsable politique."));
    assertEquals(false, "Cyril Morel".equals(q.speaker()), () -> "speaker of " + q);
    // asked by someone (a passive), the subject answers
    Quote asked = only(quotes("[PER Cyril Morel] a été interrogé par les journalistes. «C'est gentil, merci pour votre "
        + "question», a répondu le responsable politique."));
    assertSpeaker(asked, "Cyril Morel", "coreference");
  }

  @Test
  void aPersonHeardByAMediumBeforeAColonSpeaks() {
    Quote q = only(quotes("Assez pour faire tempêter le président du groupe au Sénat, [PER Jean Morel], cité jeudi par "
        + "[ORG Le Parisien] : «Ce ministre est un provocateur qui aurait déjà dû démissionner»."));
    assertEquals("Jean Morel", q.speaker(), () -> "speaker of " + q);
    // heard by a person: not this rule's (the person who asks is no medium)
    Quote person = only(quotes("Assez pour faire tempêter [PER Jean Morel], interpellé jeudi par [PER Paul Durand] : "
        + "«Ce ministre est un provocateur qui aurait déjà dû démissionner»."));
    assertEquals(false, "Jean Morel".equals(person.speaker()) && "colon".equals(person.speakerEvidence())
        && person.speakerRole() != null, () -> "speaker of " + person);
  }
}
