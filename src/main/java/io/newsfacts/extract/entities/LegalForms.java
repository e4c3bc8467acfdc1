package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal forms and words that end a company's name (models/entities/legal-suffixes.txt): "SA",
 * "SARL", "& Cie", "Inc", "GmbH", "Group". A name ending with one is an organisation
 * ({@link TypeEvidence}); its abbreviation's period, when it also ends the sentence, is the
 * sentence's ("confirmée par Event & Cie." names "Event & Cie").
 */
final class LegalForms {
  /** models/entities/legal-suffixes.txt, read once: the extractor and its type evidence each hold a LegalForms. */
  private static final List<String> LINES = Lexicon.lines("entities/legal-suffixes.txt");

  /** Each ending, folded, with the space that parts it from the name before it. */
  private final List<String> endings = new ArrayList<>();

  LegalForms() {
    this(LINES);
  }

  LegalForms(List<String> lines) {
    for (String line : lines) {
      endings.add(" " + EntityLexicon.fold(line.trim()));
    }
  }

  /** How many endings were read (for the test that every line is read). */
  int size() {
    return endings.size();
  }

  /** Whether a name of two words or more ends with a legal form: "Morel & Cie", "Acme Inc.". */
  boolean ends(String name) {
    String f = EntityLexicon.fold(name);
    if (f.endsWith(".")) {
      f = f.substring(0, f.length() - 1);
    }
    for (String ending : endings) {
      if (f.endsWith(ending) && f.length() > ending.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates whose name ends with a legal form and a period that also ends the sentence
   * (then the end of the text, a line break, or a capital after a space) cut before that period.
   */
  List<Candidate> withoutSentencePeriods(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      int end = c.end();
      if (end - c.nameStart() > 2 && text.charAt(end - 1) == '.' && sentenceEnd(text, end)
          && ends(c.name(text))) {
        out.add(new Candidate(c.start(), c.nameStart(), end - 1, c.type(), c.origin(), c.key()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The candidates that run over the end of a sentence the tokenizer missed, after a name whose
   * period it took for an abbreviation's ("chez H&M. Le magasin", "chez ASOS. La marque"), cut
   * before that period: the word before it has an ampersand or is in capitals, with no other
   * period (not "U.S.", "J.-C."), and a capital follows the space.
   */
  static List<Candidate> cutAtMissedSentenceEnds(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      int cut = -1;
      for (int k = c.nameStart() + 1; k < c.end() - 2 && cut < 0; k++) {
        if (text.charAt(k) == '.' && text.charAt(k + 1) == ' '
            && Character.isUpperCase(text.charAt(k + 2)) && sentenceWord(text, c.nameStart(), k)) {
          cut = k;
        }
      }
      out.add(cut < 0 ? c : new Candidate(c.start(), c.nameStart(), cut, c.type(), c.origin(), c.key()));
    }
    return out;
  }

  /** Whether the word ending at {@code end} (from {@code from} at the earliest) is "H&M", "ASOS". */
  private static boolean sentenceWord(String text, int from, int end) {
    int start = end;
    while (start > from && text.charAt(start - 1) != ' ') {
      start--;
    }
    String word = text.substring(start, end);
    boolean letters = word.chars().filter(Character::isLetter).count() >= 2;
    return letters && word.indexOf('.') < 0
        && (word.indexOf('&') > 0 || word.equals(word.toUpperCase(java.util.Locale.ROOT)));
  }

  private static boolean sentenceEnd(String text, int at) {
    if (at == text.length() || text.charAt(at) == '\n') {
      return true;
    }
    int k = at;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
      k++;
    }
    return k == text.length() || text.charAt(k) == '\n'
        || k > at && Character.isUpperCase(text.charAt(k));
  }
}
