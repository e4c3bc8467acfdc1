package io.newsfacts.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsfacts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sentences the named-entity CRF reads: those with a capital letter somewhere a name may
 * stand. A sentence whose only capital is its first word, when that word is a closed-class word
 * of French grammar (models/entities/grammatical-words.txt: "Il", "Les", "Mais", "Cette"), holds
 * no name the CRF could find: on 400 benchmark articles it tagged nothing in 1,375 of the 1,378
 * such sentences and a run of common words ("La guerre" MISC) in the other three. They are 11 % of
 * the words, and the CRF is more than half of CoreNLP's tagging time.
 */
final class NameSentences {
  private final Set<String> grammatical = new HashSet<>();

  NameSentences() {
    this(Lexicon.lines("entities/grammatical-words.txt"));
  }

  /** @param lines the grammatical words, one a line, tags after a space ("ce +pointing") */
  NameSentences(List<String> lines) {
    for (String line : lines) {
      int space = line.indexOf(' ');
      grammatical.add((space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT));
    }
  }

  /** Whether a sentence of these words may hold a name. */
  boolean mayHoldName(List<CoreLabel> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).word();
      if (hasCapital(word)
          && (i > 0 || !grammatical.contains(word.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCapital(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
