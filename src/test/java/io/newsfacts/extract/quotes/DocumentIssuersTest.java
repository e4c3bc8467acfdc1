package io.newsfacts.extract.quotes;

import static io.newsfacts.extract.quotes.HandQuotes.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.model.Quote;
import io.newsfacts.model.QuoteKind;
import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A written text the reporting words make speak ("», précise le communiqué") stands for its
 * issuer when the article names them ({@link DocumentIssuers}). Hand-written French, without the
 * models.
 */
class DocumentIssuersTest {
  private static List<Quote> direct(String marked) {
    return quotes(marked).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  @Test
  void aTextCompletedByItsIssuerIsTheIssuers() {
    List<Quote> qs = direct("Le gouvernement veut lutter contre l'abstention. «Le devoir de voter est au coeur de "
        + "notre démocratie», indique ainsi un communiqué de [ORG Matignon].");
    assertEquals(1, qs.size());
    assertEquals("Matignon", qs.get(0).speaker());
  }

  @Test
  void aTextPublishedBySomeoneIsTheirs() {
    List<Quote> qs = direct("La pétition circule depuis lundi. «Cette injonction est en total décalage avec les "
        + "attentes des Français», indique le texte publié par le [ORG Parti socialiste] sur la plateforme.");
    assertEquals(1, qs.size());
    assertEquals("Parti socialiste", qs.get(0).speaker());
  }

  @Test
  void aDefiniteTextIsTheOneWhoBroughtItInBefore() {
    List<Quote> qs = direct("La mesure a été validée, a annoncé mercredi la [ORG Cour de cassation] dans un "
        + "communiqué. La chambre sociale avait été saisie par un salarié.\n«Le droit de l'Union autorise des "
        + "mesures au seul bénéfice des femmes dans le but de remédier aux inégalités», souligne le communiqué.");
    assertEquals(1, qs.size());
    assertEquals("Cour de cassation", qs.get(0).speaker());
  }

  @Test
  void anotherDefiniteMentionOnTheWayIsReadOver() {
    List<Quote> qs = direct("L'homme a été inculpé, a annoncé la [ORG police du Queensland] dans un communiqué. "
        + "Le communiqué ne dit rien de ses victimes.\n«Il avait déjà été inculpé pour un certain nombre de "
        + "délits», ajoute le texte.");
    assertEquals(1, qs.size());
    assertEquals("police du Queensland", qs.get(0).speaker());
  }

  @Test
  void aTextBroughtInWithNoIssuerKeepsItsOwnWords() {
    List<Quote> qs = direct("Une note anonyme circule dans les couloirs depuis lundi. «Les moyens manquent partout "
        + "et les équipes sont épuisées», souligne la note.");
    assertEquals(1, qs.size());
    assertEquals("la note", qs.get(0).speaker());
  }

  @Test
  void aTextWhoseReformIsSomeonesNamesNoIssuer() {
    List<Quote> qs = direct("Les syndicats ont lu la réforme de [PER Marie Lenoir] dans un texte anonyme. «Les "
        + "moyens manquent partout et les équipes sont épuisées», souligne le texte.");
    assertEquals(1, qs.size());
    assertEquals("le texte", qs.get(0).speaker());
  }

  @Test
  void whoSpokeInTheTextComesBeforeWhoPublishedIt() {
    List<Quote> qs = direct("«J'apprends avec une grande tristesse sa disparition», a déclaré [PER François Hollande], "
        + "dans un communiqué publié mercredi par le [ORG Palais]. «C'était une grande figure dont la vie aura été "
        + "consacrée à la dignité humaine», affirme le communiqué.");
    assertEquals(2, qs.size());
    assertEquals("François Hollande", qs.get(1).speaker());
  }

  @Test
  void anIssuerLeftAsTheArticlesWordsIsNoBetterThanTheText() {
    List<Quote> qs = direct("«Ce montant est une victoire», s'est félicitée l'organisation dans un communiqué dimanche. "
        + "La collecte a baissé.\n«Le manque de connaissances ne concerne pas que les jeunes mais toute la "
        + "population», souligne le communiqué.");
    assertEquals(2, qs.size());
    assertEquals("le communiqué", qs.get(1).speaker());
  }

  /** The feminine nouns of models/quotes/document-nouns.txt, for their articles. */
  private static final Set<String> FEMININE = Set.of("lettre", "note", "charte", "motion", "pétition", "tribune",
      "missive");

  @Test
  void everyDocumentNounStandsForItsIssuer() {
    List<String> failed = new ArrayList<>();
    for (String noun : Lexicon.lines("quotes/document-nouns.txt")) {
      boolean f = FEMININE.contains(noun);
      String marked = "Le [ORG Parti socialiste] a réagi dans " + (f ? "une " : "un ") + noun + " mardi.\n«Nous "
          + "partirons demain matin pour Lyon avec les militants», précise " + (f ? "la " : "le ") + noun + ".";
      List<Quote> qs = direct(marked);
      if (qs.size() != 1 || !"Parti socialiste".equals(qs.get(0).speaker())) {
        failed.add(marked + " -> " + qs);
      }
    }
    assertEquals(List.of(), failed);
    // a report speaks for itself: no issuer is looked for
    assertEquals("le rapport", direct("Le [ORG Parti socialiste] a réagi dans un rapport mardi.\n«Nous partirons "
        + "demain matin pour Lyon avec les militants», précise le rapport.").get(0).speaker());
  }
}
