package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Control characters are shown, never sent to a terminal (issue 17). */
class VisibleTest {
  @Test
  void controlCharactersAreShownInCaretOrCodePointNotation() {
    assertEquals("a^[[2Jb^Jc^?d<U+009B>e<U+202E>f\tg", Visible.of("a\u001b[2Jb\nc\u007fd\u009be\u202ef\tg"));
    String clean = "Élysée «citation» — 12 %";
    assertSame(clean, Visible.of(clean), "clean text is not copied");
  }

  @Test
  void aScreenKeepsLinesAndTurnsMarksIntoHighlighting() {
    StringWriter out = new StringWriter();
    PrintWriter screen = Visible.screen(new PrintWriter(out), true);
    screen.print("le " + Visible.MARK_START + "budget" + Visible.MARK_END + " \u001b]0;x\u0007\nfin");
    screen.flush();
    assertEquals("le \u001b[1;4mbudget\u001b[0m ^[]0;x^G\nfin", out.toString());
  }
}
