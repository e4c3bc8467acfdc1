package io.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Quote;
import io.newsfacts.testing.HandText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The speaker read from the dependency parse (the subject of the reporting verb governing the
 * quote), on hand-written French with a hand-written UD parse: no models.
 */
class SyntaxTest {
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  /** "X a expliqué ... que «...»", the verb too far from the quote for the word rules. */
  private static final String FAR = "[PER Laure Ortiz] a expliqué longuement lundi soir lors du colloque organisé à "
      + "Toulouse que « le droit pénal est désormais axé sur la dangerosité ».";
  private static final String FAR_PARSE = "nsubj>3/PROPN flat:name>0/PROPN aux>3 root>-1/VERB advmod>3 obl>3/NOUN "
      + "nmod>5/NOUN case>9 fixed>7 obl>3/NOUN acl>9/VERB case>12 obl>10/PROPN mark>20 punct>20 det>16 "
      + "nsubj:pass>20/NOUN amod>16 aux:pass>20 advmod>20 ccomp>3/VERB case>23 det>23 obl>20/NOUN punct>20 punct>3";

  @Test
  void theSubjectOfAFarReportingVerbComesBeforeTheWordRulesSentenceSubject() {
    AnnotatedText plain = HandText.of(FAR);
    Quote words = only(EXTRACTOR.extract(plain, QuoteExtractorTest.entities(plain)));
    // without a parse, the word rules take the subject of the sentence the quote stands in
    assertEquals("clause-subject", words.speakerEvidence());
    assertEquals("Laure Ortiz", words.speaker());
    Quote q = only(quotes(FAR, FAR_PARSE));
    assertEquals("Laure Ortiz", q.speaker());
    assertEquals("subject-of-verb", q.speakerEvidence());
  }

  @Test
  void aSubjectWithItsAppositionAndRelativeClauseGivesThePerson() {
    String text = "[PER Walter Bruyères-Ostells], historien à Sciences Po, qui a longtemps travaillé sur le sujet, "
        + "estime que « la guerre est finie pour de bon ».";
    // Walter(0) Bruyères-Ostells(1) ,(2) historien(3) à(4) Sciences(5) Po(6) ,(7) qui(8) a(9) longtemps(10)
    // travaillé(11) sur(12) le(13) sujet(14) ,(15) estime(16) que(17) «(18) la(19) guerre(20) est(21) finie(22)
    // pour(23) de(24) bon(25) »(26) .(27)
    String parse = "nsubj>16/PROPN flat:name>0/PROPN punct>3 appos>0/NOUN case>5 nmod>3/PROPN flat:name>5 punct>11 "
        + "nsubj>11/PRON aux>11 advmod>11 acl:relcl>0/VERB case>14 det>14 obl>11/NOUN punct>11 root>-1/VERB "
        + "mark>22 punct>22 det>20 nsubj>22/NOUN cop>22 ccomp>16/ADJ case>25 fixed>23 fixed>23 punct>22 punct>16";
    Quote q = only(quotes(text, parse));
    assertEquals("Walter Bruyères-Ostells", q.speaker());
  }

  @Test
  void aRelativeClauseOnAnAppositionGivesThePersonItDescribes() {
    String text = "Interrogée sur les propos de [PER Louis Aliot], son compagnon, qui a dit « qu'on ne peut accueillir "
        + "toute la misère du monde », [PER Marine Le Pen] déplace le débat.";
    // Interrogée(0) sur(1) les(2) propos(3) de(4) Louis(5) Aliot(6) ,(7) son(8) compagnon(9) ,(10) qui(11) a(12)
    // dit(13) «(14) qu'on(15) ne(16) peut(17) accueillir(18) toute(19) la(20) misère(21) du(22) monde(23) »(24)
    // ,(25) Marine(26) Le(27) Pen(28) déplace(29) le(30) débat(31) .(32)
    String parse = "advcl>29/VERB case>3 det>3 obl>0/NOUN case>5 nmod>3/PROPN flat:name>5 punct>9 det>9 "
        + "appos>5/NOUN punct>13 nsubj>13/PRON aux>13 acl:relcl>9/VERB punct>17 nsubj>17/PRON advmod>17 "
        + "ccomp>13/VERB xcomp>17/VERB det>21 det>21 obj>18/NOUN case>23 nmod>21/NOUN punct>17 punct>0 "
        + "nsubj>29/PROPN flat:name>26 flat:name>26 root>-1/VERB det>31 obj>29/NOUN punct>29";
    Quote q = only(quotes(text, parse));
    assertEquals("Louis Aliot", q.speaker());
    assertEquals("subject-of-verb", q.speakerEvidence());
  }

  @Test
  void aNegatedVerbReportsNoWords() {
    String text = "[PER Paul Martin] ne déclare jamais : « La guerre est finie pour de bon ».";
    // Paul(0) Martin(1) ne(2) déclare(3) jamais(4) :(5) «(6) La(7) guerre(8) est(9) finie(10) pour(11) de(12)
    // bon(13) »(14) .(15)
    String parse = "nsubj>3/PROPN flat:name>0 advmod>3 root>-1/VERB advmod>3 punct>3 punct>10 det>8 "
        + "nsubj>10/NOUN cop>10 ccomp>3/ADJ case>13 fixed>11 fixed>11 punct>10 punct>3";
    List<Quote> qs = quotes(text, parse);
    assertNotEquals("subject-of-verb", qs.isEmpty() ? null : qs.get(0).speakerEvidence());
  }

  @Test
  void aSubjectThatNamesNoSpeakerIsNotTaken() {
    String text = "Sinon, la fin de Schengen menace le commerce, « avec les conséquences économiques que chacun imagine ».";
    // Sinon(0) ,(1) la(2) fin(3) de(4) Schengen(5) menace(6) le(7) commerce(8) ,(9) «(10) avec(11) les(12)
    // conséquences(13) économiques(14) que(15) chacun(16) imagine(17) »(18) .(19)
    String parse = "advmod>6 punct>6 det>3 nsubj>6/NOUN case>5 nmod>3/PROPN root>-1/VERB det>8 obj>6/NOUN "
        + "punct>13 punct>13 case>13 det>13 obl>6/NOUN amod>13 obj>17 nsubj>17/PRON acl:relcl>13/VERB punct>13 "
        + "punct>6";
    for (Quote q : quotes(text, parse)) {
      assertNotEquals("subject-of-verb", q.speakerEvidence(), q.toString());
    }
  }

  private static List<Quote> quotes(String marked, String parse) {
    AnnotatedText doc = HandText.parsed(HandText.of(marked), 0, parse);
    return EXTRACTOR.extract(doc, QuoteExtractorTest.entities(doc));
  }

  private static Quote only(List<Quote> qs) {
    assertEquals(1, qs.size(), qs.toString());
    return qs.get(0);
  }
}
