package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words of models/entities that type a name from its own words or from the word before it, for
 * {@link TypeEvidence}: the English head word that ends an organisation's name ("Food Ethics
 * Council"), the words of a sports club's name ("Olympique de Marseille", "Manchester United"),
 * the nouns that name things after people ("les éditions Albin Michel") and the foreign article a
 * title keeps after its cue noun ("l'hebdomadaire die Zeit"). Each list is read once per JVM.
 */
final class NameWords {
  /** models/entities/english-org-heads.txt, folded. */
  private static final Set<String> ENGLISH_HEADS = folded("entities/english-org-heads.txt");
  /** models/entities/foreign-articles.txt, folded. */
  private static final Set<String> FOREIGN_ARTICLES = folded("entities/foreign-articles.txt");
  /** Words opening and words ending a club's name (models/entities/club-words.txt), folded. */
  private static final Set<String> CLUB_FIRST = new HashSet<>();
  private static final Set<String> CLUB_LAST = new HashSet<>();
  /** models/entities/eponym-cues.txt: folded noun -> the type of the name after it. */
  private static final Map<String, EntityType> EPONYM_CUES = new HashMap<>();

  static {
    for (String line : Lexicon.lines("entities/club-words.txt")) {
      String[] f = line.trim().split("\\s+");
      for (int k = 1; k < f.length; k++) {
        (f[k].equals("+first") ? CLUB_FIRST : CLUB_LAST).add(EntityLexicon.fold(f[0]));
      }
    }
    for (String line : Lexicon.lines("entities/eponym-cues.txt")) {
      String[] f = line.trim().split("\\s+");
      EPONYM_CUES.put(EntityLexicon.fold(f[0]), EntityType.valueOf(f[1]));
    }
  }

  private NameWords() {}

  private static Set<String> folded(String file) {
    Set<String> out = new HashSet<>();
    for (String line : Lexicon.lines(file)) {
      out.add(EntityLexicon.fold(line.trim()));
    }
    return Set.copyOf(out);
  }

  /** Whether a folded word ends an organisation's name written in English: "council", "watch". */
  static boolean englishHead(String folded) {
    return ENGLISH_HEADS.contains(folded);
  }

  /**
   * Whether a name of three words or more opens with an English head word before "of" or "for":
   * "Library of Congress", "Bank of England", "Institute for Fiscal Studies".
   */
  static boolean englishHeadOf(String[] parts, String[] folded) {
    return parts.length >= 3 && folded.length == parts.length
        && Character.isUpperCase(parts[0].charAt(0)) && ENGLISH_HEADS.contains(folded[0])
        && ("of".equals(parts[1]) || "for".equals(parts[1]))
        && Character.isUpperCase(parts[2].charAt(0));
  }

  /** Whether a lower-case word is an article of another language: "die", "the". */
  static boolean foreignArticle(String lower) {
    return FOREIGN_ARTICLES.contains(lower);
  }

  /** The type a folded noun gives the name after it even if it is a person's, or null. */
  static EntityType eponymCue(String folded) {
    return EPONYM_CUES.get(folded);
  }

  /**
   * Whether a name of two words or more is a sports club's: opened or ended by a club word
   * written with its capital ("AS Monaco", "Manchester United"), or "Stade" before an
   * inhabitants' adjective ("Stade rennais"; not "Stade de France").
   *
   * @param parts the name's words; {@code folded} the same, folded
   * @param demonyms the folded nationalities and inhabitants' names
   */
  static boolean club(String[] parts, String[] folded, Set<String> demonyms) {
    if (folded.length < 2 || folded.length != parts.length) {
      return false;
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    return Character.isUpperCase(first.charAt(0)) && CLUB_FIRST.contains(folded[0])
        || Character.isUpperCase(last.charAt(0)) && CLUB_LAST.contains(folded[folded.length - 1])
        || "stade".equals(folded[0]) && folded.length == 2 && demonyms.contains(folded[1]);
  }
}
