package io.newsfacts.nlp;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sentences the dependency parser reads: those that may report speech, holding a quotation
 * mark or a form of a reporting verb (models/quotes/reporting-verbs.txt). The parser costs about
 * as much as the tagger per sentence; the other sentences hold no quote and no speaker.
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

  /** Whether the sentence of these words may report speech ({@code text} is its surface). */
  boolean mayReportSpeech(String text, List<String> words) {
    for (int i = 0; i < text.length(); i++) {
      if (MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
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
