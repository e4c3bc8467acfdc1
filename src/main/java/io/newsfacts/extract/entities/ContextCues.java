package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases around a name that say what it is (models/entities/context-cues.txt): "dans les colonnes
 * du X" and "sur l'antenne de X" make a paper or a channel, "chez le constructeur X" a company,
 * whatever the name looks like; "chez X" and "X a racheté" make a company of a name that is no
 * known person's name; "selon X", "X rapporte", "interrogé par X" make a source, a person or an
 * organisation. {@link TypeEvidence} weighs them.
 */
final class ContextCues {
  /**
   * How far a phrase goes, strongest first: it types any name, even a person's full name (a
   * publisher named after its founder: "paru chez Albin Michel"); it types any name but a
   * person's; it types a name that no lexicon knows; it only tells a source or an actor from a
   * thing or a place.
   */
  enum Strength { EPONYM, CUE, COMPANY, SOURCE }

  /** A phrase: its words before the name and after it, each a set of folded forms. */
  record Cue(List<Set<String>> before, List<Set<String>> after, EntityType type,
      Strength strength) {}

  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'");
  /** "NAME" in a phrase: one to {@link #LONGEST_NAME} capitalised words, a person's name or initials. */
  private static final Set<String> NAME = Set.of("\u0000name");
  private static final int LONGEST_NAME = 4;
  /** The phrases by their word next to the name (any of its forms): few are tried per name. */
  private final Map<String, List<Cue>> byWordBefore = new HashMap<>();
  private final Map<String, List<Cue>> byWordAfter = new HashMap<>();
  private final int size;

  ContextCues() {
    this(Lexicon.lines("entities/context-cues.txt"));
  }

  ContextCues(List<String> lines) {
    int n = 0;
    for (String line : lines) {
      Cue cue = parse(line);
      if (cue.before().isEmpty() == cue.after().isEmpty()) {
        throw new IllegalArgumentException("context-cues.txt: X must open or end the phrase: " + line);
      }
      boolean before = !cue.before().isEmpty();
      Set<String> next = before ? cue.before().get(cue.before().size() - 1) : cue.after().get(0);
      for (String form : next) {
        (before ? byWordBefore : byWordAfter).computeIfAbsent(form, k -> new ArrayList<>()).add(cue);
      }
      n++;
    }
    this.size = n;
  }

  /** How many phrases were read (for the test that every line is read). */
  int size() {
    return size;
  }

  private static Cue parse(String line) {
    String[] parts = line.split("\\|");
    if (parts.length != 3) {
      throw new IllegalArgumentException("context-cues.txt: phrase | TYPE | strength: " + line);
    }
    List<Set<String>> before = new ArrayList<>();
    List<Set<String>> after = new ArrayList<>();
    boolean seen = false;
    for (String word : parts[0].trim().split("\\s+")) {
      if (word.equals("X")) {
        seen = true;
        continue;
      }
      if (word.equals("NAME") && !seen) {
        before.add(NAME); // "traduit par Jean Dupont pour X"
        continue;
      }
      Set<String> forms = new HashSet<>();
      for (String form : word.split("/")) {
        forms.add(EntityLexicon.fold(form));
      }
      (seen ? after : before).add(forms);
    }
    if (!seen) {
      throw new IllegalArgumentException("context-cues.txt: no X in " + line);
    }
    return new Cue(before, after, EntityType.valueOf(parts[1].trim()),
        Strength.valueOf(parts[2].trim().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * The strongest phrase around the name whose first word has index {@code at} and whose word
   * after it has index {@code next}, or null. An article may stand between a phrase and the name
   * after it ("selon le Parisien").
   */
  Cue around(ArticleWords words, int at, int next) {
    Cue best = null;
    Word last = words.before(at);
    if (last != null) {
      best = stronger(best, before(words, at, last));
      if (ARTICLES.contains(last.folded())) {
        Word beforeArticle = words.before(at - 1);
        if (beforeArticle != null) {
          best = stronger(best, before(words, at - 1, beforeArticle));
        }
      }
    }
    Word first = words.after(next);
    if (first != null) {
      for (Cue cue : byWordAfter.getOrDefault(first.folded(), List.of())) {
        if (matchesAfter(words, next, cue.after())) {
          best = stronger(best, cue);
        }
      }
    }
    return best;
  }

  private Cue before(ArticleWords words, int at, Word last) {
    Cue best = null;
    for (Cue cue : byWordBefore.getOrDefault(last.folded(), List.of())) {
      if (matchesBefore(words, at, cue.before())) {
        best = stronger(best, cue);
      }
    }
    return best;
  }

  private static Cue stronger(Cue a, Cue b) {
    if (a == null) {
      return b;
    }
    return b != null && b.strength().ordinal() < a.strength().ordinal() ? b : a;
  }

  private static boolean matchesBefore(ArticleWords words, int at, List<Set<String>> phrase) {
    int i = at;
    for (int k = phrase.size() - 1; k >= 0; k--, i--) {
      if (phrase.get(k) == NAME) {
        int n = 0;
        for (; n < LONGEST_NAME && words.before(i) != null && words.before(i).capitalised(); n++) {
          i--;
        }
        if (n == 0) {
          return false;
        }
        i++; // the loop steps back once more
        continue;
      }
      Word w = words.before(i);
      if (w == null || !phrase.get(k).contains(w.folded())) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAfter(ArticleWords words, int next, List<Set<String>> phrase) {
    int i = next;
    for (Set<String> forms : phrase) {
      Word w = words.after(i++);
      if (w == null || !forms.contains(w.folded())) {
        return false;
      }
    }
    return true;
  }
}
