package io.newsfacts.extract.quotes;

import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The appositions of an article's person mentions ("Walter Bruyères-Ostells, historien à Sciences
 * Po", "l'international espagnol Sergio Ramos") as lower-case words, and the person a description
 * of the text ("l'historien", "l'international") stands for by them. Split from {@link People}.
 */
final class Descriptions {
  /** Words of an apposition read at most. */
  private static final int APPOSITION_WORDS = 12;

  private final People people;
  /** Each person mention's appositions as lower-case words. */
  private final List<Description> descriptions = new ArrayList<>();

  private record Description(String person, List<String> words, int at) {}

  Descriptions(String text, People people, List<Entity> mentions) {
    this.people = people;
    for (Entity e : mentions) {
      if (e.type() == EntityType.PERSON) {
        int reach = RoleAppositions.ROLE_REACH;
        addDescription(people.canonical(e), Word.scan(text, Math.max(0, e.start() - reach), e.start()), true, e.start());
        addDescription(people.canonical(e), Word.scan(text, e.end(), Math.min(text.length(), e.end() + reach)), false,
            e.start());
      }
    }
  }

  /**
   * The person whose apposition ("Walter Bruyères-Ostells, historien à Sciences Po", "l'international
   * espagnol Sergio Ramos") holds the noun {@code head} of a description ("l'historien",
   * "l'international"): of those, the one sharing most of {@code words}, then the nearest before
   * {@code at}, else the first after. Null if no apposition holds it.
   */
  String described(String head, List<String> words, int at) {
    String best = null;
    int bestScore = -1;
    for (Description d : descriptions) {
      if (!head.equals(headOf(d.words()))) {
        continue; // "X, porte-parole du gouvernement" does not describe X as "le gouvernement"
      }
      int shared = (int) words.stream().filter(d.words()::contains).count();
      // before the quote beats after it; then the nearer before, the first after
      int score = shared * 2 + (d.at() < at ? 1 : 0);
      if (score > bestScore || score == bestScore && d.at() < at) {
        best = d.person();
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether an apposition of {@code person} is headed by another noun of a trade than {@code head}
   * ("X, boulanger de la ville" is not "le facteur"): the article described them as one of another
   * trade. An office they hold says nothing against a trade ("X, représentant du territoire
   * kurde" may be "le diplomate").
   */
  boolean describedOtherwise(String person, String head) {
    for (Description d : descriptions) {
      String other = headOf(d.words());
      if (d.person().equals(person) && other != null && !other.equals(head) && HumanNouns.is(other)
          && !RoleWords.isRoleNoun(other)) {
        return true;
      }
    }
    return false;
  }

  /** The first word of an apposition that is neither a determiner nor an adjective before a role. */
  private static String headOf(List<String> words) {
    for (String w : words) {
      if (!FrenchWords.DETERMINERS.contains(w) && !FrenchWords.ROLE_ADJECTIVES.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * The apposition of a mention: the words after "X, " up to the next comma, stop or relative
   * (none if a verb comes first: "Interrogé sur X, le joueur a répondu" opens a clause, its subject
   * describes someone else), or the determiner phrase right before the name ("l'international
   * espagnol X"), lower case.
   */
  private void addDescription(String person, List<Word> ws, boolean before, int at) {
    List<String> words = new ArrayList<>();
    if (before) {
      int i = ws.size() - 1;
      if (i >= 0 && ws.get(i).is(",")) {
        i--; // "le défenseur central du Barça, X"
      }
      if (i >= 0 && FrenchWords.PREPOSITIONS.contains(ws.get(i).lower())) {
        return; // "les propos de X": X completes the noun, the noun does not describe X
      }
      int floor = i - APPOSITION_WORDS;
      for (; i >= 0 && i > floor; i--) {
        Word w = ws.get(i);
        if (!w.isWord() || people.at(w.start()) != null || FrenchWords.AUXILIARIES.contains(w.lower())
            || FrenchWords.FINITE_VERBS.contains(w.lower()) || w.is(RoleAppositions.VERB_CLITICS)) {
          break; // "le président s'inquiète de voir X" does not describe X
        }
        words.add(0, w.lower());
        if (FrenchWords.DETERMINERS.contains(w.lower())) {
          break;
        }
      }
      if (words.isEmpty() || !FrenchWords.DETERMINERS.contains(words.get(0))) {
        return; // no determiner: "a dit X" is no description of X
      }
    } else {
      if (ws.isEmpty() || !ws.get(0).is(",")) {
        return;
      }
      for (int i = 1; i < ws.size() && i <= APPOSITION_WORDS; i++) {
        Word w = ws.get(i);
        if (FrenchWords.isFinite(w.lower())) {
          return; // "Interrogé sur les choix de X, l'attaquant a répondu": the next clause's subject, not X
        }
        if (!w.isWord() || w.is("qui", "que", "dont")) {
          break;
        }
        words.add(w.lower());
      }
    }
    if (!words.isEmpty()) {
      descriptions.add(new Description(person, words, at));
    }
  }
}
