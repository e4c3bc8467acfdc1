package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import io.newsfacts.testing.HandText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each quote pattern on hand-written French sentences, without the models. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  // ---- what the quote is --------------------------------------------------------------------

  @Test
  void guillemetsWithoutInnerSpacesAndAReportingClauseAfter() {
    List<Quote> qs = quotes("«On peut donc en conclure qu’on a observé un achalandage plus élevé», a indiqué "
        + "le porte-parole du MIDI, [PER Jonathan Lavallée].");
    assertEquals(1, qs.size());
    assertQuote(qs.get(0), "On peut donc en conclure qu’on a observé un achalandage plus élevé",
        "Jonathan Lavallée", "porte-parole du MIDI");
    assertEquals(QuoteKind.DIRECT, qs.get(0).kind());
  }

  @Test
  void noBreakSpacesInsideGuillemetsAreNotPartOfTheQuote() {
    List<Quote> qs = quotes("«\u00a0Nous ne lâcherons rien sur les salaires\u202f», a martelé [PER Sophie Binet].");
    assertQuote(only(qs), "Nous ne lâcherons rien sur les salaires", "Sophie Binet", null);
  }

  @Test
  void curlyAndStraightQuotes() {
    List<Quote> qs = quotes("“Le projet est enterré pour de bon”, a lâché [PER Paul Martin]. "
        + "\"Nous reviendrons avec une autre proposition\", a ajouté [PER Anne Morel].");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "Le projet est enterré pour de bon", "Paul Martin", null);
    assertQuote(qs.get(1), "Nous reviendrons avec une autre proposition", "Anne Morel", null);
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    List<Quote> qs = quotes("« Il m'a dit “je pars demain” et il est parti le soir même », raconte [PER Luc Petit].");
    assertQuote(only(qs), "Il m'a dit “je pars demain” et il est parti le soir même", "Luc Petit", null);
  }

  @Test
  void quoteOverSeveralParagraphsKeepsOneSpeaker() {
    List<Quote> qs = quotes("[PER Claire Dubois] raconte : « Nous sommes arrivés à l'aube, il faisait froid.\n\n"
        + "« Personne ne nous attendait à la gare et nous avons marché deux heures. »\n\n"
        + "Le trajet a duré trois jours.");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "Nous sommes arrivés à l'aube, il faisait froid.", "Claire Dubois", null);
    assertQuote(qs.get(1), "Personne ne nous attendait à la gare et nous avons marché deux heures.",
        "Claire Dubois", null);
  }

  @Test
  void headlineQuoteTakesTheNameBeforeTheColon() {
    List<Quote> qs = quotes("[PER Marine Le Pen] : « Je suis prête à gouverner ce pays »\n\nLa candidate a tenu meeting.");
    assertQuote(only(qs), "Je suis prête à gouverner ce pays", "Marine Le Pen", null);
  }

  @Test
  void termsTitlesAndScareQuotesAreNotQuotes() {
    List<Quote> qs = quotes("Le ministère a lui aussi ressenti un «effet Trump», la semaine dernière. "
        + "[PER Jean-François Copé] annonce des « primaires ouvertes » pour l'UMP. "
        + "\"L'homme le plus recherché de France\"\n\n"
        + "[PER Yvan Colonna], devenu \"l'homme le plus recherché de France\", a été arrêté. "
        + "La place porte l'inscription \"un homme, une place\".");
    assertEquals(List.of(), qs);
  }

  @Test
  void aShortPhraseHandedToASpeakerIsAQuote() {
    List<Quote> qs = quotes("[PER Alain Tourret] a été applaudi lorsqu'il a stigmatisé « un projet de loi dogmatique ».");
    assertQuote(only(qs), "un projet de loi dogmatique", "Alain Tourret", null);
  }

  // ---- interviews ---------------------------------------------------------------------------

  @Test
  void dialogueDashesGiveAnswersToTheIntervieweeAndSkipQuestions() {
    List<Quote> qs = quotes("Entretien avec [PER Marie Dupont], syndicaliste.\n\n"
        + "— Que pensez-vous de la réforme ?\n"
        + "— Elle est injuste et elle a été mal préparée.\n"
        + "— Et ensuite ?\n"
        + "– Nous allons manifester tous les jours, prévient-elle.");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "Elle est injuste et elle a été mal préparée.", "Marie Dupont", "syndicaliste");
    assertQuote(qs.get(1), "Nous allons manifester tous les jours", "Marie Dupont", "syndicaliste");
  }

  @Test
  void questionAndAnswerLines() {
    List<Quote> qs = quotes("[PER Michel Barnier] a répondu à nos questions. [PER Barnier] est ministre.\n\n"
        + "Q : Pourquoi défendre la PAC ?\n"
        + "R : Parce que c'est de l'investissement et pas de l'assistance.");
    assertQuote(only(qs), "Parce que c'est de l'investissement et pas de l'assistance.", "Michel Barnier", null);
  }

  @Test
  void nameLabelLinesInAnInterview() {
    List<Quote> qs = quotes("[PER Anne Hidalgo] : Nous allons fermer les voies sur berge.\n"
        + "[PER Rachida Dati] : Vous allez surtout bloquer toute la ville.\n");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "Nous allons fermer les voies sur berge.", "Anne Hidalgo", null);
    assertQuote(qs.get(1), "Vous allez surtout bloquer toute la ville.", "Rachida Dati", null);
  }

  // ---- speakers after the quote -------------------------------------------------------------

  @Test
  void invertedPronounResolvesToTheLastPersonOfItsGender() {
    List<Quote> qs = quotes("On demande à [PER Jean-François Copé] si [PER Nathalie Kosciusko-Morizet] sera "
        + "candidate. « Ce n'est pas à moi d'en décider, je respecte les militants », répond-il.");
    assertQuote(only(qs), "Ce n'est pas à moi d'en décider, je respecte les militants", "Jean-François Copé", null);
  }

  @Test
  void titleAndSurnameGiveTheFullName() {
    List<Quote> qs = quotes("Le président de l'association, [PER Jean-Sébastien Boudreault], n'est guère étonné. "
        + "«Entre se réveiller le lendemain et venir vivre au Canada, ça ne se fait pas comme ça!», a souligné "
        + "Me [PER Boudreault].");
    Quote q = only(qs);
    assertEquals("Jean-Sébastien Boudreault", q.speaker());
    assertEquals("président de l'association", q.speakerRole());
  }

  @Test
  void subjectAfterAnAdverbialOrAPrepositionalPhrase() {
    List<Quote> qs = quotes("« Ce sont deux militantes disciplinées de la gauche », écrit dans un communiqué "
        + "[PER Sébastien Chenu], secrétaire national. « Pierre ne fait qu'appliquer ce que François décide », "
        + "expliquait dimanche soir un des proches du patron de Bercy.");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "Ce sont deux militantes disciplinées de la gauche", "Sébastien Chenu", "secrétaire national");
    assertEquals("un des proches du patron de Bercy", qs.get(1).speaker());
  }

  @Test
  void unnamedSourceKeepsTheArticleWordsAndSameSourceContinuesIt() {
    List<Quote> qs = quotes("« C'est cette opposition modérée qu'on essaie de conforter », a précisé une source "
        + "diplomatique française. [PER François Hollande] souhaite adresser un « message de soutien et "
        + "d'engagement à tous les niveaux », a-t-on insisté de même source.");
    assertEquals(2, qs.size());
    assertEquals("une source diplomatique française", qs.get(0).speaker());
    assertEquals("une source diplomatique française", qs.get(1).speaker());
  }

  @Test
  void organisationAsSpeaker() {
    List<Quote> qs = quotes("« Nous ne voterons pas ce budget en l'état », a indiqué le [ORG Medef] mardi.");
    assertEquals("Medef", only(qs).speaker());
  }

  @Test
  void definiteRoleResolvesToThePersonIntroducedWithIt() {
    List<Quote> qs = quotes("[PER Laurent Marcangeli] a battu le maire DVG sortant, [PER Simon Renucci]. "
        + "Le maire sortant, déjà battu en 2012 par [PER Laurent Marcangeli], a dénoncé dans la soirée "
        + "\"des irrégularités dans ces élections\".");
    assertQuote(only(qs), "des irrégularités dans ces élections", "Simon Renucci", "maire DVG sortant");
  }

  @Test
  void roleNeverIntroducedFallsBackOnThePersonOfTheParagraph() {
    List<Quote> qs = quotes("Le pompier du gouvernement, [PER Manuel Valls], intervient. « Ce qu'il se passe est "
        + "inacceptable », dit le ministre de l'Intérieur sur BFMTV.");
    assertQuote(only(qs), "Ce qu'il se passe est inacceptable", "Manuel Valls", "ministre de l'Intérieur");
  }

  @Test
  void shortFullClauseWithAReportingVerbIsAQuote() {
    List<Quote> qs = quotes("« Rien n'est joué », estime de son côté la candidate [PER Véronique Sarselli], "
        + "qui dénonce un « bilan calamiteux ».");
    assertQuote(only(qs), "Rien n'est joué", "Véronique Sarselli", "candidate");
  }

  @Test
  void abbreviatedTitleAndRoleNotReadAcrossParagraphs() {
    List<Quote> qs = quotes("Le maire sortant jette l'éponge\n\nLe maire de Lyon, [PER Grégory Doucet], part. "
        + "«Je suis fatigué et je veux passer la main», a annoncé M. [PER Doucet] lundi soir.");
    assertQuote(only(qs), "Je suis fatigué et je veux passer la main", "Grégory Doucet", "maire de Lyon");
  }

  @Test
  void quoteClosingItsOwnSentenceLeavesTheNextSentenceToIndirectSpeech() {
    List<Quote> qs = quotes("« On a tourné six films ensemble. » Son épouse, [PER Nathalie Péchalat], a confié "
        + "qu'il était « très touché ».");
    assertEquals(2, qs.size());
    assertEquals(QuoteKind.INDIRECT, qs.get(1).kind());
    assertQuote(qs.get(1), "il était « très touché »", "Nathalie Péchalat", null);
  }

  // ---- speakers before the quote ------------------------------------------------------------

  @Test
  void colonAfterAReportingVerbAndAPronoun() {
    List<Quote> qs = quotes("[PER Michel Barnier] jongle avec ces casquettes. Aujourd'hui, il confirme : « Je ne "
        + "me résous pas à ce qu'on livre l'agriculture au marché. »");
    assertQuote(only(qs), "Je ne me résous pas à ce qu'on livre l'agriculture au marché.", "Michel Barnier", null);
  }

  @Test
  void colonAfterANounPhraseWhosePersonIsOnlyAComplement() {
    String marked = "Ce portrait émane de la garde rapprochée de [PER Pierre Moscovici] : « Il a la peau "
        + "dure, c'est un alligator qui peut mordre ».";
    assertEquals("la garde rapprochée de Pierre Moscovici", only(quotes(tagged(HandText.of(marked), "émane"))).speaker());
    // without the tagger's verb, the words before are a run of nouns: "qui" still ends the phrase
    List<Quote> qs = quotes("C'est un portrait qui émane de la garde rapprochée de [PER Pierre Moscovici] : « Il a "
        + "la peau dure, c'est un alligator qui peut mordre ».");
    assertEquals("la garde rapprochée de Pierre Moscovici", only(qs).speaker());
  }

  @Test
  void reportingVerbJustBeforeTheQuote() {
    List<Quote> qs = quotes("La sénatrice écologiste [PER Esther Benbassa] parle de « dérives auquel donne lieu un "
        + "contrôle d'identité injustifié ».");
    assertQuote(only(qs), "dérives auquel donne lieu un contrôle d'identité injustifié", "Esther Benbassa",
        "sénatrice écologiste");
  }

  @Test
  void pourFrameAndSelon() {
    List<Quote> qs = quotes("Pour [PER Jean-François Copé], il faut que le parti ait réglé « 80-90% des "
        + "investitures d'ici le 30 juin ». Selon [PER Rachida Dati], « la primaire est déjà jouée ».");
    assertEquals(2, qs.size());
    assertEquals("Jean-François Copé", qs.get(0).speaker());
    assertEquals("Rachida Dati", qs.get(1).speaker());
  }

  @Test
  void invertedClauseEarlierInTheSentence() {
    List<Quote> qs = quotes("Cette décision devra être entérinée par le bureau, a souligné une source à l'UMP, "
        + "mais « maintenant tout le monde est d'accord ».");
    List<Quote> direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    assertEquals("une source à l'UMP", only(direct).speaker());
  }

  @Test
  void floatingQuoteContinuesThePreviousSpeaker() {
    List<Quote> qs = quotes("« On a réussi à limiter la hausse des prix », a indiqué [PER Rachel Picard]. "
        + "La SNCF promet des \"petits prix\".\n\"Sur TGV, on investit sur le confort\", avec de nouvelles rames.");
    assertEquals(2, qs.size());
    assertQuote(qs.get(1), "Sur TGV, on investit sur le confort", "Rachel Picard", null);
  }

  @Test
  void clauseWithoutAnySpeakerIsKeptWithoutOne() {
    List<Quote> qs = quotes("Sur le mur, on pouvait lire « nous ne partirons pas d'ici ».");
    assertNull(only(qs).speaker());
  }

  // ---- indirect speech ----------------------------------------------------------------------

  @Test
  void reportingVerbWithQue() {
    List<Quote> qs = quotes("[LOC Ottawa] a confirmé que le site avait reçu plus de 200 000 visites mardi. "
        + "Le président de l'association, [PER Jean Roy], est surpris. Il confirme que certains avocats ont "
        + "déjà reçu des demandes.");
    assertEquals(2, qs.size());
    assertEquals(QuoteKind.INDIRECT, qs.get(0).kind());
    assertQuote(qs.get(0), "le site avait reçu plus de 200 000 visites mardi", "Ottawa", null);
    assertQuote(qs.get(1), "certains avocats ont déjà reçu des demandes", "Jean Roy", "président de l'association");
  }

  @Test
  void paraphraseClosedByAReportingClause() {
    List<Quote> qs = quotes("Le porte-parole du ministère, [PER Jonathan Lavallée], a été prudent. Il est trop tôt "
        + "pour le dire, explique le porte-parole.");
    Quote q = only(qs);
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertQuote(q, "Il est trop tôt pour le dire", "Jonathan Lavallée", "porte-parole du ministère");
  }

  @Test
  void selonFrameIsIndirectSpeech() {
    List<Quote> qs = quotes("Selon [PER Gérald Darmanin], la mesure entrera en vigueur dès janvier. "
        + "Le texte sera voté demain, selon une source parlementaire.");
    assertEquals(2, qs.size());
    assertQuote(qs.get(0), "la mesure entrera en vigueur dès janvier", "Gérald Darmanin", null);
    assertQuote(qs.get(1), "Le texte sera voté demain", "une source parlementaire", null);
  }

  @Test
  void noIndirectSpeechWithoutAReportingVerb() {
    assertEquals(List.of(), quotes("Il n'est guère étonné que des Américains se rendent sur les portails. "
        + "On peut ainsi s'attendre à ce que la marque soit visible."));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static List<Quote> quotes(String marked) {
    return quotes(HandText.of(marked));
  }

  private static List<Quote> quotes(AnnotatedText doc) {
    List<Quote> qs = EXTRACTOR.extract(doc, entities(doc));
    for (Quote q : qs) {
      assertEquals(q.text(), doc.text().substring(q.start(), q.end()), "offsets of " + q);
    }
    return qs;
  }

  /** {@code doc} with the tokens spelled {@code verb} tagged VERB, as the part-of-speech tagger would. */
  private static AnnotatedText tagged(AnnotatedText doc, String verb) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (Token t : s.tokens()) {
        tokens.add(t.word().equals(verb) ? new Token(t.word(), t.start(), t.end(), "VERB", t.ner()) : t);
      }
      sentences.add(new Sentence(s.start(), s.end(), tokens));
    }
    return new AnnotatedText(doc.text(), sentences);
  }

  /** One entity per run of equally tagged tokens, named by its own text (as a surname alone would be). */
  static List<Entity> entities(AnnotatedText doc) {
    List<Entity> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> ts = s.tokens();
      for (int i = 0; i < ts.size(); i++) {
        String tag = ts.get(i).ner();
        if (tag.equals("O")) {
          continue;
        }
        int j = i;
        while (j + 1 < ts.size() && ts.get(j + 1).ner().equals(tag)) {
          j++;
        }
        String text = doc.text().substring(ts.get(i).start(), ts.get(j).end());
        EntityType type = switch (tag) {
          case "PER" -> EntityType.PERSON;
          case "ORG" -> EntityType.ORGANIZATION;
          case "LOC" -> EntityType.LOCATION;
          default -> EntityType.MISC;
        };
        out.add(new Entity(text, type, text, ts.get(i).start(), ts.get(j).end(), null));
        i = j;
      }
    }
    return out;
  }

  private static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), () -> "expected one quote, got " + qs);
    return qs.get(0);
  }

  private static void assertQuote(Quote q, String text, String speaker, String role) {
    assertEquals(text, q.text());
    assertEquals(speaker, q.speaker(), () -> "speaker of " + q);
    if (role != null) {
      assertEquals(role, q.speakerRole(), () -> "role of " + q);
    }
    assertTrue(q.start() < q.end());
  }
}
