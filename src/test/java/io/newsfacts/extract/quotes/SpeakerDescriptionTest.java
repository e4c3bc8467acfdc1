package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions as speakers ("a déclaré le ministre", "assure l'animatrice", "l'ancien ministre lui a
 * répondu") resolved to the person the article ties to them, or kept as written when the evidence is
 * weak, on hand-written French without the models.
 */
class SpeakerDescriptionTest {
  @Test
  void theComplementOfAPrepositionIsNotTheOneARolePhraseStandsFor() {
    List<Quote> qs = quotes("[PER Paul Durand] s'est rendu à Carmaux pour rendre hommage à [PER Jean Martin]. "
        + "«Je conduirai le changement», a promis le chef de l'Etat dans un discours.");
    assertSpeaker(qs.get(0), "Paul Durand", "coreference");
    List<Quote> face = quotes("[PER Henri Morel] était face à [PER Louis Petit] sur la radio. «Il ne peut être question "
        + "d'abandonner ce droit», a précisé le député.");
    assertSpeaker(face.get(0), "Henri Morel", "coreference");
  }

  @Test
  void theAgentOfAPassiveAndTheHolderOfAViewStayCandidates() {
    List<Quote> qs = quotes("Le rapport avait été remis en cause par [PER Paul Durand] lui-même. Le président de la "
        + "République avait affirmé que ce document «n'est pas la position du gouvernement».");
    assertSpeaker(qs.get(0), "Paul Durand", "coreference");
  }

  @Test
  void aRolePhraseThatAnswersTheOneWhoJustSpokeIsSomeoneElse() {
    // "lui" is the one spoken to: the previous speaker is not the description's person
    List<Quote> qs = quotes("[PER Vincent Morel] et [PER Manuel Petit] se sont affrontés sur l'accueil des migrants. "
        + "Le député européen avait même conclu : «Les Français sont plus généreux que leurs dirigeants.»\n\n"
        + "[PER Manuel Petit] lui a donc répondu : «J'en ai assez qu'on mette en cause la France.» L'ancien ministre "
        + "de l'Education nationale lui a alors fait observer que «quand on critique des discours, on ne critique pas "
        + "la France».");
    assertEquals("Manuel Petit", qs.get(1).speaker());
    assertEquals("Vincent Morel", qs.get(2).speaker(), () -> "speaker of " + qs.get(2));
    // without "lui", the one who just spoke goes on
    List<Quote> on = quotes("[PER Vincent Morel] et [PER Manuel Petit] se sont affrontés sur l'accueil des migrants.\n\n"
        + "[PER Manuel Petit] a répondu : «J'en ai assez qu'on mette en cause la France.» L'ancien ministre a alors "
        + "ajouté que «quand on critique des discours, on ne critique pas la France».");
    assertEquals("Manuel Petit", on.get(1).speaker(), () -> "speaker of " + on.get(1));
  }

  @Test
  void ofSeveralPeopleOfUnknownRoleTheSubjectOfTheSentenceHoldsTheRole() {
    List<Quote> qs = quotes("Lundi, [PER Paul Durand] a reçu [PER Jean Martin] et [PER Louis Petit] à Matignon. «Nous "
        + "avançons sur tous les sujets de la réforme», a assuré le Premier ministre.");
    assertSpeaker(qs.get(0), "Paul Durand", "coreference");
  }

  @Test
  void ofTwoSubjectsOfOneSentenceNeitherIsTakenOnItsOwn() {
    // "X et Y ont trouvé des points d'accord. ... a confirmé le député": either may be the deputy
    List<Quote> qs = quotes("Lors du débat, [PER Paul Durand] et [PER Jean Martin] ont trouvé des points d'accord. "
        + "Interrogé sur sa position, le député a confirmé qu'il ne «toucherai à rien sur la loi».");
    assertEquals("le député", qs.get(0).speaker(), () -> "speaker of " + qs.get(0));
  }

  @Test
  void theGenderOfTheDescriptionPicksOneOfSeveralPeople() {
    List<Quote> qs = quotes("[PER Paul Durand] a invité [PER Marie Lefort] dans son émission. «Je ne regrette rien», "
        + "assure l'animatrice.");
    assertSpeaker(qs.get(0), "Marie Lefort", "coreference");
    List<Quote> male = quotes("[PER Paul Durand] a invité [PER Marie Lefort] dans son émission. «Je ne regrette rien», "
        + "assure l'animateur.");
    assertSpeaker(male.get(0), "Paul Durand", "coreference");
  }

  @Test
  void aFeminineRoleIsTheRoleTheArticleGaveInTheMasculineOrTheFeminine() {
    assertTrue(RoleWords.compatible(RoleWords.of("présidente du Front national"), RoleWords.of("président du Front national")));
    assertTrue(RoleWords.sameHead(RoleWords.of("l'animatrice"), RoleWords.of("animateur de France 2")));
    assertFalse(RoleWords.sameHead(RoleWords.of("le ministre"), RoleWords.of("maire de Pau")));
    assertEquals("historien", RoleWords.masculine("historienne"));
    assertEquals("député", RoleWords.masculine("députée"));
  }

  @Test
  void aSpeakerWhoJustSpokeIsNotTheDescriptionWhenSomeoneElseOpenedASentenceSince() {
    List<Quote> qs = quotes("«Il faut changer notre riposte», a dit [PER Nicolas Dupuis] mardi.\n\n"
        + "[PER Manuel Petit] a rappelé qu'ils ne sortiront pas du cadre de la loi. «Jamais je ne considérerai l'Etat "
        + "de droit comme un obstacle», déclarait ainsi le président la semaine dernière.");
    assertSpeaker(qs.get(qs.size() - 1), "Manuel Petit", "coreference");
    // a name in a subordinate clause or a heading is no such subject
    List<Quote> sub = quotes("«On ne démantèle pas un camp sans solution», a critiqué [PER François Morel], alors que "
        + "[PER Nicolas Dupuis] était ministre.\n\n«Ce n'est pas la politique de la France», a assuré le chef de "
        + "l'Etat.");
    assertSpeaker(sub.get(sub.size() - 1), "François Morel", "coreference");
  }

  @Test
  void theOfficeOfAPlaceRightAfterAQuoteDescribesTheOneWhoJustSpoke() {
    // elegant variation: nothing between the two quotes names anyone else, so the mayor of a town
    // the article never ties to anyone is the one who just spoke
    List<Quote> qs = quotes("[PER Paul Durand] a affirmé lundi sur la radio : «Oui, je connaissais cette société.» "
        + "«Elle travaillait pour le parti», a-t-il poursuivi. Quant au silence de l'ancien président ? «Il avait "
        + "d'autres préoccupations», a éludé le maire de [LOC Saint-Quentin].");
    assertSpeaker(qs.get(2), "Paul Durand", "coreference");
    // someone else named between the quotes: the mayor may be that one or a third, so the phrase stays
    List<Quote> other = quotes("[PER Paul Durand] a affirmé lundi sur la radio : «Oui, je connaissais cette société.» "
        + "[PER Jean Martin] et [PER Louis Petit] le contestent. «Il avait d'autres préoccupations», a éludé le maire "
        + "de [LOC Saint-Quentin].");
    assertEquals("le maire de Saint-Quentin", other.get(other.size() - 1).speaker());
  }

  @Test
  void aTraitRightAfterAQuoteDescribesTheOneWhoJustSpokeWhateverTheirRole() {
    // "le sondeur" is also "directeur d'études chez BVA": a trait contradicts no office
    List<Quote> qs = quotes("«La cause de la chute est le chômage», souligne [PER Eric Bonnet], directeur d'études chez "
        + "BVA. Quitte à revenir sur son engagement. «Il est nécessaire qu'il prépare l'opinion», note encore le "
        + "sondeur.");
    assertSpeaker(qs.get(1), "Eric Bonnet", "coreference");
    List<Quote> party = quotes("[PER Gérard Collomb], maire de Lyon, a demandé «un souffle fort, parce que la défaite a été extrêmement sévère». «Il faut "
        + "vraiment repartir de l'avant», a estimé le socialiste.");
    assertSpeaker(party.get(party.size() - 1), "Gérard Collomb", "coreference");
    // someone else named between: the trait may be theirs, no guess
    List<Quote> other = quotes("«La cause de la chute est le chômage», souligne [PER Eric Bonnet]. [PER Jean Martin] "
        + "le conteste. «Il est nécessaire qu'il prépare l'opinion», note encore le sondeur.");
    assertNotEquals("Eric Bonnet", other.get(1).speaker());
    // a gender that does not agree
    List<Quote> she = quotes("«La cause de la chute est le chômage», souligne [PER Claire Bonnet]. «Il est nécessaire "
        + "qu'il prépare l'opinion», note encore le sondeur.");
    assertNotEquals("Claire Bonnet", she.get(1).speaker());
  }

  @Test
  void aTitleBeforeANameFurtherOnIntroducesTheOffice() {
    // "le Président Macron" later in the article: "le président de la République" is Macron
    List<Quote> qs = quotes("Le patrimoine a besoin de moyens. «Le patrimoine porte notre histoire», a déclaré le "
        + "président de la République.\n\nLa mission confiée à [PER Stéphane Bern] par le Président [PER Macron] en "
        + "témoigne.");
    assertSpeaker(qs.get(0), "Macron", "coreference");
    // not for the office of a named place: "la députée X" later may be any deputy
    List<Quote> seat = quotes("Le parti a des règles. «Il n'y aura pas de primaires à Paris», a assuré la députée des "
        + "[LOC Yvelines].\n\nLa commission, sous la houlette de la députée [PER Marie Durand], a dévoilé ses choix.");
    assertNotEquals("Marie Durand", seat.get(0).speaker());
  }
}
