package io.newsfacts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Interview lines are found at line starts only, exactly where the patterns' find() finds them. */
class QuoteMarksTest {
  private static final String[] PIECES = {"— Je ne sais pas", "– Oui", "R : Non", "Q. Pourquoi ?", "Question — Et",
      "Réponse : rien", "Jean Dupont : Nous verrons", "M. Martin. — Bien sûr", "« Oui »", "\"", " ", "\t",
      "\u00a0", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "texte", "—", ":", ".", "A", "é"};

  private static List<String> byFind(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(groups(m));
    }
    return out;
  }

  private static String groups(MatchResult m) {
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g <= m.groupCount(); g++) {
      sb.append(m.start(g)).append('-').append(m.end(g)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void lineMatchesEqualFindOnRandomTexts() {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      for (Pattern p : List.of(QuoteMarks.DASH_LINE, QuoteMarks.ANSWER_LINE, QuoteMarks.LABEL_LINE)) {
        List<String> fast = QuoteMarks.lineMatches(p, text, QuoteMarks.lineStarts(text)).stream().map(QuoteMarksTest::groups).toList();
        assertEquals(byFind(p, text), fast, text);
      }
    }
  }

  @Test
  void findsInterviewLines() {
    String text = "Intro.\n— Je ne sais pas, répond-il.\nUne ligne.\nJean Dupont : Nous irons.\n";
    List<QuoteMarks.Style> styles = QuoteMarks.find(text).stream().map(QuoteMarks.Marked::style).toList();
    assertEquals(List.of(QuoteMarks.Style.DASH, QuoteMarks.Style.LABEL), styles);
  }

  @Test
  void frenchSpacedInterviewLabelsAreAnswersNotSpeakerLabels() {
    String text = "Q : Pourquoi partir maintenant ?\nR : Parce que nous n'avons plus le choix.\n";
    List<QuoteMarks.Style> styles = QuoteMarks.find(text).stream().map(QuoteMarks.Marked::style).toList();
    assertEquals(List.of(QuoteMarks.Style.QUESTION, QuoteMarks.Style.ANSWER), styles);
  }

  @Test
  void theSignatureUnderAnEmbeddedPostIsNotADialogueLine() {
    String text = "Elle a répondu en ligne.\nNous tiendrons bon jusqu'au bout.\n"
        + "— Anne Morel (@annemorel) 3 mai 2015\n— Je ne sais pas encore, répond-il.\n";
    List<QuoteMarks.Style> styles = QuoteMarks.find(text).stream().map(QuoteMarks.Marked::style).toList();
    assertEquals(List.of(QuoteMarks.Style.DASH), styles);
    assertEquals(text.indexOf("Je ne sais"), QuoteMarks.find(text).get(0).start());
  }

  @Test
  void aStraightQuoteOpeningInsideAStraightQuoteIsNested() {
    String text = "Elle a répondu. \"Cette liste RBM [pour \"Rassemblement Bleu Marine\", NDLR] aura lieu avec tous "
        + "ses colistiers\", a affirmé la présidente. Puis \"un\" et \"deux\".\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("Cette liste RBM [pour \"Rassemblement Bleu Marine\", NDLR] aura lieu avec tous ses "
        + "colistiers", "un", "deux"), quoted);
  }

  @Test
  void aStraightQuoteLeftUnclosedEndsWhereTheNextOneOpens() {
    String text = "\"Le moment qui m'a fait basculer, c'est quand il a évoqué le 'grand remplacement' confie "
        + "Gérald Darmanin. \"On ne peut pas dire qu'on n'est pas d'accord\", ajoute-t-il.\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("Le moment qui m'a fait basculer, c'est quand il a évoqué le 'grand remplacement' confie "
        + "Gérald Darmanin.", "On ne peut pas dire qu'on n'est pas d'accord"), quoted);
    assertEquals(text.indexOf("\"On"), QuoteMarks.find(text).get(0).close(), "the first ends where the second opens");
  }

  @Test
  void aStraightQuoteClosedBeforeALetterStillCloses() {
    String text = "Il a dit \"non merci\"et il est parti, puis \"jamais\".\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("non merci", "jamais"), quoted);
  }

  @Test
  void aStraightQuoteGluedToThePeriodBeforeItOpensBeforeACapital() {
    String text = "Ça va faire mal, explique un proche.\"Matignon est à fond dessus, nous dirons où\". Il a dit \"fin.\"\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("Matignon est à fond dessus, nous dirons où", "fin."), quoted);
  }
  @Test
  void aParagraphOpenedByAStraightQuoteLeftUnclosedIsQuotedToItsEnd() {
    String text = "Titre\n> Jean Dupont : l'avis\n\"C'est une récompense méritée, c'est très bien.\n"
        + "En 2025, il pourrait présider, on est dans le \"et droite et gauche\".\n\"Un autre titre\"\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("C'est une récompense méritée, c'est très bien.", "et droite et gauche", "Un autre titre"),
        quoted);
  }

  @Test
  void anUnclosedParagraphGoesOnToTheParagraphThatClosesIt() {
    String text = "Titre\n\"Est-ce un élément qui peut jouer ? Je ne crois pas.\nEvidemment, cela change "
        + "l'ambiance, le \"climat\".\nMais on ne trouvera pas l'opinion traumatisée\". Il part.\n";
    List<QuoteMarks.Marked> marks = QuoteMarks.find(text);
    assertEquals(1, marks.size());
    List<String> pieces = marks.get(0).pieces().stream().map(p -> text.substring(p[0], p[1])).toList();
    assertEquals(List.of("Est-ce un élément qui peut jouer ? Je ne crois pas.",
        "Evidemment, cela change l'ambiance, le \"climat\".", "Mais on ne trouvera pas l'opinion traumatisée"),
        pieces);
    assertEquals(text.indexOf("\". Il") + 1, marks.get(0).close());
  }

  @Test
  void theTitleLineOpensNoUnclosedQuote() {
    String text = "\"Gilets jaunes: la colère\nIl a dit \"non\".\n";
    List<String> quoted = QuoteMarks.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    assertEquals(List.of("non"), quoted);
  }

  @Test
  void aStraightMarkClosedByACurlyOneClosesThere() {
    String text = "Titre\n\"Pas plus que le rejet de ceux qui viennent d'ailleurs”, ajoute-t-il.\n";
    List<QuoteMarks.Marked> marks = QuoteMarks.find(text);
    assertEquals(List.of("Pas plus que le rejet de ceux qui viennent d'ailleurs"),
        marks.stream().map(m -> text.substring(m.start(), m.end())).toList());
    assertEquals(text.indexOf('”') + 1, marks.get(0).close());
  }
}
