package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.Demonyms;
import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms of one demonym are one group: "les Françaises et les Français", "un Français ou une
 * Française" (models/entities/demonyms.txt gives every form its masculine singular; the gold sets
 * list the feminine as an alias of the masculine each time both are written). The group is named
 * by its masculine form. Split from {@link EntityLinker}.
 */
final class DemonymForms {
  private DemonymForms() {}

  /** Pairs of mentions to join: the first mention of each demonym with every other form of it. */
  static List<int[]> pairs(List<Candidate> ms, String[] names, NameLexicons lexicons) {
    List<int[]> out = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < ms.size(); i++) {
      // "la Suisse" is a country, "les Suisses" its people
      String base = lexicons.place(names[i]) ? null : base(ms.get(i), names[i]);
      if (base == null) {
        continue;
      }
      Integer f = first.putIfAbsent(base, i);
      if (f != null) {
        out.add(new int[] {f, i});
      }
    }
    return out;
  }

  /** Whether two names are forms of one demonym. */
  static boolean same(String a, String b) {
    String ba = a.contains(" ") ? null : Demonyms.base(a);
    return ba != null && !b.contains(" ") && ba.equals(Demonyms.base(b));
  }

  /**
   * Whether {@code a} names a demonym's group better than {@code b}: the masculine ("Français",
   * "Américains") before the feminine, then the form written more often.
   */
  static boolean likelier(String a, String b, int countA, int countB) {
    boolean ma = masculine(a);
    boolean mb = masculine(b);
    if (ma != mb) {
      return ma;
    }
    return countA > countB;
  }

  private static boolean masculine(String name) {
    String base = Demonyms.base(name);
    String f = EntityLexicon.fold(name);
    return f.equals(base) || f.equals(base + "s") || f.equals(base + "x");
  }

  private static String base(Candidate c, String name) {
    if (c.type() != EntityType.MISC || c.origin() == Candidate.Origin.WEAK || name.contains(" ")
        || !Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    return Demonyms.base(name);
  }
}
