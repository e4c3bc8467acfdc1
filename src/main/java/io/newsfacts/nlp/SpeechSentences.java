package io.newsfacts.nlp;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sentences the dependency parser reads: those that may report someone's quoted words,
 * holding both a quotation mark and a form of a reporting verb (models/quotes/reporting-verbs.txt).
 * The parser costs about twice the tagger per sentence (17 ms a sentence on this machine), and
 * the quote rules read the parse only for the reporting verb governing a quote: parsing every
 * sentence with a mark or a reporting verb (two sentences in three) made extraction 3x slower.
 */
final class SpeechSentences {
  private static final String MARKS = "«»“”\"";
  private final Set<String> verbForms = new HashSet<>();

  SpeechSentences() {
    this(Lexicon.pairs("quotes/reporting-verbs.txt"));
  }

  SpeechSentences(List<String[]> lemmaForms) {
    for (String[] pair : lemmaForms) {
      verbForms.add(pair[0]);
      for (String form : pair[1].split("\\s+")) {
        verbForms.add(form);
      }
    }
  }

  /** Whether the sentence of these words may report quoted words ({@code text} is its surface). */
  boolean mayReportSpeech(String text, List<String> words) {
    boolean marked = false;
    for (int i = 0; i < text.length() && !marked; i++) {
      marked = MARKS.indexOf(text.charAt(i)) >= 0;
    }
    if (!marked) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      int dash = lower.indexOf('-'); // "explique-t-il"
      if (verbForms.contains(dash > 0 ? lower.substring(0, dash) : lower)) {
        return true;
      }
    }
    return false;
  }
}
