package io.newsfacts.extract.quotes;

import java.util.List;

/**
 * A name apposed to the role of a complement is spoken of, not the subject of its sentence: "Une
 * conférence de presse du président du groupe, X, est prévue" does not make X the one who speaks
 * next, as "Le porte-parole du ministre, X, a parlé" would.
 */
final class ApposedComplements {
  /** Prepositions that make the role after them a complement ("du président", "au ministre"). */
  private static final String[] COMPLEMENT_OPENERS = {"de", "du", "des", "d'", "à", "au", "aux"};

  private final VerbGroups verbs;
  private final RoleNouns roleNouns;

  ApposedComplements(VerbGroups verbs, RoleNouns roleNouns) {
    this.verbs = verbs;
    this.roleNouns = roleNouns;
  }

  /**
   * Whether the words {@code ws} before a name are a noun phrase and a comma whose first role noun
   * is the complement of a preposition: "Une conférence de presse du président du groupe, X":
   * the name is apposed to the role, a complement of the subject, not the subject ("Le
   * porte-parole du ministre, X," is apposed to the subject's own role). {@code closed}: a comma
   * follows the name, which lets a prepositional frame be such a phrase too.
   */
  boolean apposedToRole(List<Word> ws, boolean closed) {
    // a frame ("Après la mise en examen de l'ancien directeur, X, les juges") when a comma closes
    // the apposition, else the subject after it: "Lors de sa visite au président, X a déclaré"
    if (ws.size() < 3 || !ws.get(ws.size() - 1).is(",")) {
      return false;
    }
    String first = ws.get(0).lower();
    boolean opens = FrenchWords.DETERMINERS.contains(first)
        || closed && (FrenchWords.PREPOSITIONS.contains(first) || ws.get(0).is("après", "avant", "lors"));
    boolean verb = false;
    for (int k = 0; k < ws.size() && !verb; k++) {
      verb = verbs.isVerbAt(ws, k) || FrenchWords.FINITE_VERBS.contains(ws.get(k).lower()); // "la mise en examen" is none
    }
    if (!opens || verb) {
      return false; // (a clause before the comma, "S'il assure ... de député européen, X", is no noun phrase)
    }
    for (int r = 1; r < ws.size() - 1; r++) {
      if (roleNouns.startsAt(ws, r) > 0) {
        int b = r - 1;
        while (b > 0 && !ws.get(b).is(COMPLEMENT_OPENERS) && (FrenchWords.DETERMINERS.contains(ws.get(b).lower())
            || FrenchWords.ROLE_ADJECTIVES.contains(ws.get(b).lower()))) {
          b--;
        }
        return ws.get(b).is(COMPLEMENT_OPENERS);
      }
    }
    return false;
  }
}
