package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uses of a person's initials the tagger left untagged: "NKM ironise", "> DSK de retour",
 * "a demandé à NKM" are Nathalie Kosciusko-Morizet and Dominique Strauss-Kahn when the article
 * names them in full. Three to five capitals alone, spelled by the initials of one person of the
 * article only ({@link EntityLinker#initials}); two letters are too often a party's ("PS", "LR").
 * {@link EntityLinker} links each use to the person.
 */
final class PersonInitials {
  private static final int FEWEST = 3;
  private static final int MOST = 5;

  private PersonInitials() {}

  /** {@code mentions} and a person mention for every untagged use of a person's initials. */
  static List<Candidate> withUses(String text, List<List<Word>> sentences, List<Candidate> mentions) {
    Map<String, String> fullOf = new HashMap<>(); // initials -> the one full name spelling them, or ""
    for (Candidate c : mentions) {
      String name = c.name(text);
      if (c.type() != EntityType.PERSON || c.origin() == Candidate.Origin.GAZETTEER
          || name.indexOf(' ') < 0) {
        continue;
      }
      String initials = EntityLinker.initials(name);
      if (initials.length() >= FEWEST) {
        fullOf.merge(initials, EntityLexicon.fold(name),
            (a, b) -> a.equals(b) ? a : "");
      }
    }
    fullOf.values().removeIf(String::isEmpty); // two people share them: no one's
    if (fullOf.isEmpty()) {
      return mentions;
    }
    boolean[] covered = new boolean[text.length() + 1];
    for (Candidate c : mentions) {
      for (int k = c.start(); k < c.end(); k++) {
        covered[k] = true;
      }
    }
    List<Candidate> out = new ArrayList<>(mentions);
    for (List<Word> ws : sentences) {
      for (Word w : ws) {
        String t = w.text();
        if (t.length() >= FEWEST && t.length() <= MOST && fullOf.containsKey(t)
            && t.chars().allMatch(Character::isUpperCase) && !covered[w.start()]) {
          out.add(new Candidate(w.start(), w.start(), w.end(), EntityType.PERSON,
              Candidate.Origin.ACRONYM, null));
        }
      }
    }
    return out;
  }
}
