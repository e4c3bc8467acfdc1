package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.regex.Pattern;

/**
 * A possible entity mention before overlaps are resolved and mentions are linked.
 *
 * @param start start of the mention in the article text (a title such as "Me" included)
 * @param nameStart start of the name itself (after the title)
 * @param end end of the mention and of the name (exclusive)
 * @param key entities sharing a non-null key are one entity (a gazetteer line, an acronym)
 */
record Candidate(int start, int nameStart, int end, EntityType type, Origin origin, String key) {
  /** Every kind of space, the no-break ones French typography puts between a first name and a surname too. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  /** Where a candidate comes from, in the order overlaps are settled (first wins). */
  enum Origin {
    /** a name from the gazetteers in models/entities */
    GAZETTEER,
    /** an organisation name extended over its French structure */
    STRUCTURE,
    /** a name made with the common noun before it: "rue X", "place X", "affaire X" */
    NAMED_BY_NOUN,
    /** the place at the end of an organisation's name ("cour d'appel de Rouen") */
    TAIL,
    /** an acronym defined in the text, or a later use of it */
    ACRONYM,
    /** a capitalised word after a title (M., Mme, Me, Dr) */
    TITLE,
    /** a run of the CRF tagger, repaired */
    CRF,
    /** a first name of the lexicon and the capitalised words after it, untagged by the CRF
     * ("Stéphanie Geisler, Alexis Kraland, Céline Mislin" in a list of signatories) */
    FIRST_NAME,
    /** a bare organisation head the tagger marked ("l'Assemblée"): joins the longer name of the
     * same article if there is one, else stays a name of its own */
    HEAD,
    /** a capitalised nationality or inhabitant word */
    DEMONYM,
    /** a bare organisation head ("le Ministère", "ministère fédéral"): kept only if it names a
     * longer organisation of the same article */
    WEAK
  }

  Candidate {
    if (start < 0 || nameStart < start || end <= nameStart) {
      throw new IllegalArgumentException(
          "bad candidate span " + start + "/" + nameStart + "/" + end);
    }
  }

  Candidate withType(EntityType t) {
    return new Candidate(start, nameStart, end, t, origin, key);
  }

  Candidate withKey(String k) {
    return new Candidate(start, nameStart, end, type, origin, k);
  }

  boolean contains(Candidate o) {
    return start <= o.start && o.end <= end;
  }

  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }

  /** The name, whitespace collapsed: the mention without its title. */
  String name(String text) {
    return SPACES.matcher(text.substring(nameStart, end)).replaceAll(" ");
  }
}
