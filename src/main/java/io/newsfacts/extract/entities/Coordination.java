package io.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
final class Coordination {
  /** What joins a second name, or a place, to a name: "et", "ou", "en", a comma. */
  private static final Pattern JOINED = Pattern.compile("^\\s*(?:,|(?:et|ou|en)\\s)");
  /** A complement in lower case: "de la proposition de loi", "du projet de loi". */
  private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(?:d['\u2019]|(?:de|du|des)\\s)");

  private Coordination() {}

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
