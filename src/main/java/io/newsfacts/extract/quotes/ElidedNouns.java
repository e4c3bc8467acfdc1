package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * "«...», fustige un élu LaREM. «...», résume un autre auprès de BFMTV.com": "un autre" whose
 * noun the writer left out is another of the kind of the speaker just before, "un autre élu
 * LaREM", not a phrase that says no one. The noun comes from the previous speaker when that was
 * an unnamed one of the same gender ("un internaute", "un proche de l'ancien Président"); never
 * from a name, nor from a speaker too far back.
 */
final class ElidedNouns {
  /** Characters between the previous speaker's phrase and "un autre" that still tie them. */
  private static final int REACH = 600;

  private ElidedNouns() {}

  /**
   * The speaker's phrase for words {@code ws} at offset {@code start} when they are "un autre" or
   * "une autre" with no noun after ("un autre", "un autre auprès de l'AFP"), completed with the
   * noun of {@code previous} ("un élu LaREM": "un autre élu LaREM"); null otherwise.
   */
  static String completed(List<Word> ws, int start, Speaker previous) {
    if (ws.size() < 2 || !ws.get(0).is("un", "une") || !ws.get(1).is("autre")
        || ws.size() > 2 && !FrenchWords.PREPOSITIONS.contains(ws.get(2).lower())) {
      return null; // "un autre député": its own noun; "un autre point de vue": no one
    }
    if (previous == null || previous.at() >= start || start - previous.at() > REACH) {
      return null;
    }
    List<Word> before = Word.scan(previous.name(), 0, previous.name().length());
    if (before.size() < 2 || !before.get(0).lower().equals(ws.get(0).lower()) || before.get(1).is("autre")) {
      return null; // not an unnamed one of the same gender ("un sarkozyste", never "une autre" after "un élu")
    }
    int end = before.size();
    for (int i = 2; i + 1 < before.size(); i++) {
      if (Word.firstGroupParticiple(before.get(i).lower()) && before.get(i + 1).is("par")) {
        end = i; // "un sarkozyste cité par le quotidien": the words say where, not who
        break;
      }
    }
    Word last = before.get(end - 1);
    return ws.get(0).text() + " autre " + previous.name().substring(before.get(1).start(), last.end());
  }
}
