package io.newsfacts.extract.quotes;

import java.util.List;

/** Shares of the people a survey asked ("68 % des Français"), who said nothing themselves. Split from {@link SpeakerResolver}. */
final class SurveyShares {
  private SurveyShares() {}

  /**
   * Whether the noun phrase {@code ws} (at text offset {@code start}) is a share of the people a
   * survey asked ("68 % des Français considèrent que «", "Pour 68 % des Français, «"): the words
   * are the statement they agreed with, not their speech; no one said them.
   */
  static boolean is(QuotedText quoted, List<Word> ws, int start) {
    for (Word w : ws) {
      if (w.text().endsWith("%") || w.is("pour-cent") || w.is("cent") && ws.indexOf(w) > 0 && ws.get(ws.indexOf(w) - 1).is("pour")) {
        return true;
      }
    }
    List<Word> before = quoted.words(Math.max(0, start - 12), start);
    int last = before.size() - 1;
    return last >= 0 && (before.get(last).text().endsWith("%") || before.get(last).is("pour-cent")
        || last >= 1 && before.get(last).is("cent") && before.get(last - 1).is("pour"));
  }
}
