package io.newsfacts.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.extract.dates.RuleStarts.Start;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The start words read from small patterns: what {@link StartIndex} is built from. Each start is
 * written "W:le" (the word "le"), "S:i" (a word beginning with "i"), "D:" (a word beginning with a
 * digit), "A:" (any digit), with "->[...]" the words that must follow it.
 */
class RuleStartsTest {
  private static final String L = "(?<![\\p{L}\\p{N}])";
  private static final String R = "(?![\\p{L}\\p{N}])";
  private static final String S = "[\\s\\u00a0]+";

  private static String starts(String regex) {
    return RuleStarts.of(regex).stream().map(RuleStartsTest::show).collect(Collectors.toCollection(TreeSet::new))
        .toString();
  }

  private static String show(Start s) {
    String one = s.kind().name().charAt(0) + ":" + s.word();
    return s.next() == null ? one
        : one + "->" + s.next().stream().map(RuleStartsTest::show).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aDeterminerIsALeadBeforeTheWordsThatMayFollowIt() {
    assertEquals("[W:le->[W:lundi, W:mardi], W:lundi, W:mardi]",
        starts(L + "(?<t>(?:le" + S + ")?(?:lundi|mardi))" + R));
  }

  @Test
  void aDeterminerGluedByOptionalSpacesAlsoStartsOneLongerWord() {
    assertEquals("[W:la->[W:semaine], W:lasemaine, W:semaine]",
        starts(L + "(?<t>(?:la[\\s\\u00a0]*)?semaine)" + R));
  }

  @Test
  void aWordListInQuotesIsReadLetterByLetter() {
    assertEquals("[W:aujourd->[W:hui], W:hier]",
        starts(L + "(?<t>" + TimeWords.alternatives(List.of("hier", "aujourd'hui")) + ")" + R));
  }

  @Test
  void numbersAreDigitStartsWithTheirNextWordWhenOneMustFollow() {
    assertEquals("[D:]", starts(L + "(?<t>\\d+)" + R));
    assertEquals("[D:->[W:an, W:ans]]", starts(L + "(?<t>\\d+" + S + "ans?)" + R));
    // a look-ahead that ends the pattern is text that must follow
    assertEquals("[D:->[W:et]]", starts(L + "(?<t>\\d+)(?=" + S + "et" + R + ")"));
  }

  @Test
  void aPatternWithoutTheWordLookBehindStartsAtAnyDigit() {
    assertEquals("[A:]", starts("(?<![\\d./-])(?<t>\\d\\d/\\d\\d)"));
  }

  @Test
  void aLoopOfLettersIsAStemFollowedByWhatComesAfterTheWord() {
    assertEquals("[D:->[W:siècle], S:i->[W:siècle], S:v->[W:siècle]]",
        starts(L + "(?<t>(?:[IV]+|\\d{1,2})e" + S + "siècle)" + R));
  }

  @Test
  void aMatchThatMayEndInsideAWordIsAStem() {
    assertEquals("[S:mi]", starts(L + "(?<t>mi)"));
  }

  @Test
  void patternsTheLookupCannotServeAreRefusedWithTheirReason() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> starts(L + "[\\s]*mai" + R))
        .getMessage().contains("begin with a sign"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> starts("mai" + R))
        .getMessage().contains("inside a word"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> starts(L + "\\p{L}+" + R))
        .getMessage().contains("any letter"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> starts(L + "\\bmai"))
        .getMessage().contains("unknown escape"));
  }
}
