package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Periphrases that name an office by its seat ("le locataire de Beauvau", "l'hôte de Matignon"),
 * models/quotes/seat-roles.txt, and the person the article gives that office. Split from {@link
 * SpeakerResolver}.
 */
final class SeatPeriphrases {
  private SeatPeriphrases() {}

  /** Periphrases for an office by its seat ("locataire de beauvau") and the role they stand for. */
  private static final List<String[]> SEATS = Lexicon.pairs("quotes/seat-roles.txt");

  /** Words of an office's name that tell no office apart. */
  private static final List<String> ARTICLES = List.of("de", "du", "des", "la", "le", "les", "l", "d");

  /**
   * The content words of the office a periphrasis of {@link #SEATS} names when words {@code ws}
   * from {@code head} on are one ("locataire de l'Élysée": "président", "république"), articles
   * left out; null when they are none.
   */
  static List<String> office(List<Word> ws, int head) {
    String phrase = Word.lowerPhrase(ws.subList(head, ws.size()));
    for (String[] seat : SEATS) {
      if (phrase.equals(seat[0]) || phrase.startsWith(seat[0] + " ")) {
        List<String> role = new ArrayList<>(RoleWords.of(seat[1].replace('\'', ' ')));
        role.removeAll(ARTICLES);
        return role;
      }
    }
    return null;
  }

  /**
   * "poursuit le locataire de Beauvau": a definite periphrasis of {@link #SEATS} stands for the
   * person the article gives the office it names ("le ministre de l'Intérieur, X"), before the
   * quote or, failing that, after it; null if the phrase is none or no one holds the office.
   */
  static Speaker holder(People people, List<Word> ws, int head, int start, int at) {
    if (!FrenchWords.DEFINITE.contains(ws.get(0).lower())) {
      return null;
    }
    List<String> role = office(ws, head);
    if (role == null) {
      return null;
    }
    String who = people.withRole(role, at);
    if (who == null) {
      who = people.withRoleAfter(role, at);
    }
    return who == null ? null : new Speaker(who, people.role(who), people.gender(who), start, SpeakerResolver.COREFERENCE);
  }
}
