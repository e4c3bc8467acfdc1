package io.newsfacts.extract.entities;

import io.newsfacts.lexicon.FrenchRoles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisation names read from their French structure ({@link OrganisationNames}) that run over a
 * whole name of the gazetteers into a coordination or a place: "la Banque mondiale et du FMI",
 * "la présidente du Front national et candidate", "la liste du Parti socialiste et de Place
 * publique", "la flambée du Front national en France". A name the gazetteers know in full ends
 * where they end it: what follows "et", "ou" or "en" is another name or no name at all. A longer
 * name of the gazetteers starting at the same word keeps its own words ("Parti socialiste
 * européen"). So does "de" and words in lower case only: the complement of a noun or a verb of
 * the sentence ("l'examen à l'Assemblée nationale de la proposition de loi", "le vote au Sénat du
 * projet de loi"), not a part of the name ("Assemblée nationale du Québec").
 * Nor does a structure name run over "et" and a second role of the person it describes ("chercheur
 * à l'Université de New York et coauteur de l'étude", "président de la commission des Lois et
 * député du Finistère") or a second name in capitals ("président du groupe UDI à l'Assemblée et
 * NKM"): {@link #beforeSecondRole}.
 */
final class Coordination {
  /** What joins a second name, or a place, to a name: "et", "ou", "en", a comma. */
  private static final Pattern JOINED = Pattern.compile("^\\s*(?:,|(?:et|ou|en)\\s)");
  /** A complement in lower case: "de la proposition de loi", "du projet de loi". */
  private static final Pattern COMPLEMENT = Pattern.compile("\\s+(?:d['\u2019]|(?:de|du|des)\\s)");

  /** "et" or "ou" and the word after it: "et coauteur", "et NKM". */
  private static final Pattern AND_WORD = Pattern.compile("\\s(?:et|ou)\\s+([\\p{L}'\u2019-]+)");
  /** What follows a role noun of an apposition: "coauteur de l'étude", "député du Finistère". */
  private static final Pattern ROLE_COMPLEMENT =
      Pattern.compile("\\s+(?:d['\u2019]|(?:de|du|des|à|au|aux)\\s)");

  /**
   * The one-word role nouns of models/common/role-nouns.txt, folded, those the quote extractor
   * alone reads too ("auteur", "cofondateur"): a role in an apposition is anyone's.
   */
  private static final Set<String> ROLES = FrenchRoles.nouns().stream()
      .filter(FrenchRoles.RoleNoun::oneWord).map(n -> EntityLexicon.fold(n.noun()))
      .collect(Collectors.toUnmodifiableSet());

  private Coordination() {}

  /** A role noun, singular or plural, maybe with the prefix "co" ("coauteur", "co-fondateur"). */
  static boolean apposedRole(String word) {
    String f = EntityLexicon.fold(word);
    if (f.startsWith("co") && f.length() > 4) {
      String rest = f.substring(f.charAt(2) == '-' ? 3 : 2);
      if (apposedRole(rest)) {
        return true;
      }
    }
    return ROLES.contains(f)
        || (f.endsWith("s") || f.endsWith("x")) && ROLES.contains(f.substring(0, f.length() - 1));
  }

  /**
   * {@code all}, each structure name cut before "et" or "ou" and a role noun in lower case with its
   * complement ("et coauteur de l'étude", "et conseiller de Marine Le Pen": the person's second
   * role), or an acronym in capitals ("et NKM": a second name). The role's complement tells it
   * from a last word of the name that is a role noun too ("Centre national des indépendants et
   * paysans").
   */
  static List<Candidate> beforeSecondRole(String text, List<Candidate> all) {
    List<Candidate> out = new ArrayList<>(all.size());
    Matcher m = AND_WORD.matcher(text);
    for (Candidate c : all) {
      int cut = -1;
      if (c.origin() == Candidate.Origin.STRUCTURE) {
        m.region(c.nameStart(), c.end());
        while (cut < 0 && m.find()) {
          String w = m.group(1);
          boolean role = Character.isLowerCase(w.charAt(0)) && apposedRole(w)
              && ROLE_COMPLEMENT.matcher(text).region(m.end(1), text.length()).lookingAt();
          boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
          if (role || acronym) {
            cut = m.start();
          }
        }
      }
      if (cut < 0) {
        out.add(c);
      } else if (cut > c.nameStart()) {
        out.add(new Candidate(c.start(), c.nameStart(), cut, c.type(), c.origin(), c.key()));
      }
    }
    return out;
  }

  /** {@code all} without the structure names that run past a gazetteer name into a coordination. */
  static List<Candidate> cut(String text, List<Candidate> all) {
    Map<Integer, Integer> known = new HashMap<>(); // start -> furthest end of a gazetteer name
    for (Candidate c : all) {
      if (c.origin() == Candidate.Origin.GAZETTEER) {
        known.merge(c.start(), c.end(), Math::max);
      }
    }
    if (known.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Integer end = c.origin() == Candidate.Origin.STRUCTURE ? known.get(c.start()) : null;
      String over = end != null && end < c.end() ? text.substring(end, c.end()) : null;
      boolean runsOver = over != null && (JOINED.matcher(over).find()
          || COMPLEMENT.matcher(over).find() && over.chars().noneMatch(Character::isUpperCase));
      if (!runsOver) {
        out.add(c);
      }
    }
    return out;
  }
}
