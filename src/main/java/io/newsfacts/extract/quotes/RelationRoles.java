package io.newsfacts.extract.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Role phrases completed by a person ("l'ancienne porte-parole de X", "le conseiller de X", "l'avocat
 * de X"): a relation to X held by someone else, whom the article may have named with that role or
 * just before; X never speaks through them.
 */
final class RelationRoles {
  private RelationRoles() {}

  /**
   * Whether the noun phrase {@code ws}, whose person mention is word {@code person}, is a definite
   * role phrase completed by that person: a definite article, a role noun as head ({@code head}),
   * the person after it ("l'ancienne porte-parole de François Fillon"; not "la garde rapprochée de
   * X", whose head is no role).
   */
  static boolean holder(List<Word> ws, int head, int person, RoleNouns roleNouns) {
    return head >= 0 && head < person && FrenchWords.DEFINITE.contains(ws.get(0).lower())
        && roleNouns.startsAt(ws, head) > 0;
  }

  /**
   * Whether the previous speaker spoke in the paragraph of offset {@code at} or in the one just
   * before it: "«...», insiste X.\n\n«...», assure l'ancien Premier ministre de Y" re-describes X,
   * but across a heading or a paragraph of its own ("Même son de cloche du côté de Z.") the words
   * are someone else's.
   */
  static boolean adjacent(String text, Speaker previous, int at) {
    if (previous == null || previous.at() >= at) {
      return false;
    }
    String[] lines = text.substring(previous.at(), at).split("\n", -1);
    for (int i = 1; i < lines.length - 1; i++) {
      if (!lines[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The names of both sets. */
  static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
