package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.assertSpeaker;
import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsfacts.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions that stand for a person ("l'intéressé", "ce dernier", "le jeune homme", a role phrase
 * of the paragraph) and media as speakers ("précise le site", "Elle précise" after "rapporte Sud
 * Ouest"), on hand-written French without the models.
 */
class SpeakerAnaphorTest {
  @Test
  void theInterestedPartyIsThePersonTheArticleIsAboutNotTheOneWhoSpokeOfHim() {
    List<Quote> qs = quotes("Le nom a été déposé en 2013 par [PER Paul Marchand]. Le parti veut poursuivre [PER Paul "
        + "Marchand] pour utilisation frauduleuse de son emblème. «Nous avons l'antériorité du dépôt», a assuré le "
        + "député [PER Gilbert Collard].\n\nUne version contestée par [PER Paul Marchand]. «Le parti a fait, une "
        + "fois de plus, une erreur de débutant», a répondu l'intéressé à la radio.");
    assertEquals(2, qs.size());
    assertSpeaker(qs.get(0), "Gilbert Collard", "reporting-verb");
    assertSpeaker(qs.get(1), "Paul Marchand", "coreference");
  }

  @Test
  void theInterestedPartyAgreesInGender() {
    List<Quote> qs = quotes("[PER Anne Hidalgo] est candidate. Son adjoint [PER Emmanuel Grégoire] la défend : "
        + "[PER Anne Hidalgo] est exposée, dit-il.\n\n«Quand vous êtes une femme, c'est puissance dix !», confie "
        + "l'intéressée au Figaro.");
    assertSpeaker(qs.get(qs.size() - 1), "Anne Hidalgo", "coreference");
  }

  @Test
  void theLatterIsTheLastPersonNamedOrTheSpeakerARoleNamedSince() {
    List<Quote> qs = quotes("Le ministre a salué [PER Marc Dupont], puis il a reçu [PER Jean Durand] à Paris. «La "
        + "réforme des retraites attendra l'automne prochain», a déclaré ce dernier.");
    assertSpeaker(qs.get(qs.size() - 1), "Jean Durand", "coreference");
    List<Quote> role = quotes("«Le programme est dangereux», explique [PER Pierre Gattaz], qui a reçu l'appui de "
        + "[PER Manuel Valls]. «Il n'est pas responsable», poursuit le président du syndicat patronal. «Ce n'est "
        + "pas un programme d'avenir», ajoute ce dernier.");
    assertEquals("Pierre Gattaz", role.get(role.size() - 1).speaker());
  }

  @Test
  void theLatterWithNoOneToStandForGivesNoSpeaker() {
    List<Quote> qs = quotes("L'Autorité a sanctionné l'entreprise. «L'entreprise a souhaité recourir à une procédure "
        + "de transaction», a précisé cette dernière.");
    assertNull(qs.get(0).speaker());
  }

  @Test
  void aDescriptionOfAPersonIsTheSpeakerJustBeforeOrThePersonTheTextIsAbout() {
    List<Quote> qs = quotes("[PER Frédéric Martin] accoste l'humoriste : «Je suis un fils de Mohammedia, j'y ai "
        + "vécu douze ans», s'amuse [PER Frédéric Martin]. «Je suis rentré à Paris en 1990», poursuit le jeune "
        + "homme.");
    assertSpeaker(qs.get(qs.size() - 1), "Frédéric Martin", "coreference");
    List<Quote> topic = quotes("[PER Arnaud Cléré], militant sans mandat, a été suspendu. [PER Arnaud Cléré] "
        + "explique avoir été contacté par un délégué local.\n\nLa consigne de [PER Jean-François Copé] est claire."
        + "\n\n«Je savais à quoi je m'exposais en faisant liste commune», souligne le trentenaire.");
    assertEquals("Arnaud Cléré", topic.get(topic.size() - 1).speaker());
  }

  @Test
  void aDescriptionOfSomeoneTheArticleIntroducedUnnamedStaysAsWritten() {
    List<Quote> qs = quotes("Un adolescent a parlé au président [PER François Hollande] de son aïeul. «Tu sais que "
        + "l'on a utilisé le même gaz encore récemment ?», a demandé le président. «Oui, pendant la Deuxième "
        + "Guerre mondiale ?», a répondu l'adolescent.");
    assertEquals("l'adolescent", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aDescriptionWithAComplementIsAnotherNoun() {
    AnaphoricDescriptions.Anaphor none = anaphor("l'homme d'affaires");
    assertNull(none);
    assertEquals("topic", anaphor("le principal intéressé").kind());
    assertEquals('f', anaphor("la jeune femme").gender());
  }

  @Test
  void aRolePhraseIsNotTheTopicOfQuantA() {
    List<Quote> qs = quotes("[PER Pierre Lemaire] était l'invité de la radio mercredi. Il a parlé de l'armée.\n\n"
        + "Quant à [PER Jérôme Cahuzac], qui pense se représenter, le ministre de la Défense estime que même s'il "
        + "«garde un bon souvenir de leur travail ensemble», «il nous a fait beaucoup souffrir pendant des mois».");
    assertEquals("Pierre Lemaire", qs.get(qs.size() - 1).speaker());
  }

  @Test
  void aRolePhraseOfTheParagraphPrefersAPersonWhoseGenderAgreesToANameOfUnknownGender() {
    List<Quote> qs = quotes("[PER Pierre Lemaire] a réagi aux menaces d'Al-Qaïda au Maghreb islamique ([PER Aqmi]) "
        + "qui appelle à frapper : «Toute menace doit être prise au sérieux par nos armées», affirme le ministre "
        + "de la Défense.");
    assertSpeaker(qs.get(0), "Pierre Lemaire", "coreference");
  }

  @Test
  void aDemonstrativeDescriptionIsThePersonWhoJustSpoke() {
    List<Quote> qs = quotes("«La victoire s'explique par une campagne de terrain», analyse [PER Alexandre Fontana]. «Nous "
        + "avons frappé à toutes les portes de la circonscription», poursuit cet ami d'enfance reconverti en "
        + "directeur de campagne.");
    assertSpeaker(qs.get(1), "Alexandre Fontana", "coreference");
    // a source noun stays the article's words
    List<Quote> doc = quotes("«La victoire s'explique par une campagne de terrain», analyse [PER Alexandre Fontana]. «Les "
        + "électeurs ont voté pour le renouvellement politique», souligne cette étude.");
    assertEquals("cette étude", doc.get(1).speaker());
  }

  @Test
  void aMediumNounIsTheMediumNamedBefore() {
    List<Quote> qs = quotes("Le classement est publié par le site kebab-frites.com. «Le classement est établi à "
        + "partir des avis laissés par les internautes», explique le site.");
    assertSpeaker(qs.get(0), "kebab-frites.com", "coreference");
    List<Quote> daily = quotes("L'information a été révélée par [ORG Ouest-France]. «Le maire a quitté la "
        + "réunion avant la fin du conseil municipal», précise le quotidien régional.");
    assertSpeaker(daily.get(0), "Ouest-France", "coreference");
  }

  @Test
  void aMediumNounWithNoMediumBeforeStaysAsWritten() {
    List<Quote> qs = quotes("Le conseil s'est réuni hier soir. «Le maire a quitté la réunion avant la fin du "
        + "conseil», précise le quotidien.");
    assertEquals("le quotidien", qs.get(0).speaker());
  }

  @Test
  void aPronounAfterAMediumStandsForThePersonItQuotes() {
    List<Quote> qs = quotes("[PER Fanny Audard], une élue de Gaillan, a démissionné après «des désaccords et des "
        + "faits éprouvants et malveillants», rapporte [ORG Sud Ouest], qui s'est procuré sa lettre.\n\nElle "
        + "précise notamment : «Je ne supporte plus les comportements misogynes dans les conseils».");
    assertEquals("Sud Ouest", qs.get(0).speaker());
    assertSpeaker(qs.get(1), "Fanny Audard", "pronoun");
  }

  private static AnaphoricDescriptions.Anaphor anaphor(String phrase) {
    QuotedText quoted = new QuotedText(phrase, io.newsfacts.text.Quotations.of(phrase));
    People people = new People(phrase, List.of(), new RoleNouns(), java.util.Map.of());
    MentionPositions positions = new MentionPositions(phrase, people, new RoleNouns());
    Antecedents antecedents = new Antecedents(quoted, people, new RoleNouns(),
        new RoleHolders(phrase, people, positions), positions);
    return new AnaphoricDescriptions(quoted, people, antecedents).anaphor(Word.scan(phrase, 0, phrase.length()));
  }
}
