package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type the items of a list share: a name joined by "et" or "ou" to a name whose type is sure,
 * or between two such names in a list of commas, is of their type ("d'EELV, de Nouvelle Donne,
 * du Front de gauche" are parties; "entre le PSG et Chelsea" are clubs; "l'Alsace et la
 * Lorraine" are regions). A name is sure of its type when a gazetteer of models/entities knows
 * it (an organisation), or when it is a country or a place that is no common word nor person's
 * name and the tagger calls it a place.
 *
 * <p>Only the types a list can give without a doubt are voted: an organisation for a name the
 * tagger calls a thing or a place, a place for a name the lexicons know as a place. A person
 * beside an organisation is common ("Nicolas Sarkozy et l'UMP") and gets no vote.
 */
final class ListNeighbours {
  /** The words between two items joined by "et" or "ou": ", et la", " ou de ", " et du ". */
  private static final Pattern JOINED = Pattern.compile(
      "\\s*,?\\s*(?:et|ou)\\s+(?:(?:le|la|les|du|des|de|l['\u2019]|d['\u2019])\\s*)*");
  /** The words between two items of a list of commas: ", ", ", de ", ", du ", ", l'". */
  private static final Pattern COMMA = Pattern.compile(
      "\\s*,\\s*(?:(?:le|la|les|du|des|de|l['\u2019]|d['\u2019])\\s*)*");
  private final NameLexicons names;

  ListNeighbours(NameLexicons names) {
    this.names = names;
  }

  /**
   * The type that the list around mention {@code i} gives it, or null: the sure type of its
   * neighbour joined by "et" or "ou", or of both its neighbours in a list of commas.
   *
   * @param ms the article's mentions, sorted by start
   */
  EntityType type(String text, List<Candidate> ms, int i) {
    Candidate c = ms.get(i);
    EntityType before = i > 0 ? sure(text, ms.get(i - 1)) : null;
    EntityType after = i + 1 < ms.size() ? sure(text, ms.get(i + 1)) : null;
    boolean joinedBefore = before != null && between(text, ms.get(i - 1).end(), c.start(), JOINED);
    boolean joinedAfter = after != null && between(text, c.end(), ms.get(i + 1).start(), JOINED);
    EntityType shared = joinedBefore ? before : joinedAfter ? after : null;
    if (shared == null && before != null && before == after
        && between(text, ms.get(i - 1).end(), c.start(), COMMA)
        && between(text, c.end(), ms.get(i + 1).start(), COMMA)) {
      shared = before;
    }
    if (shared == null || shared == c.type()) {
      return null;
    }
    String name = c.name(text);
    if (shared == EntityType.ORGANIZATION && c.type() != EntityType.PERSON) {
      return shared; // "de Nouvelle Donne", "le PSG et Chelsea"
    }
    return shared == EntityType.LOCATION && names.place(name) ? shared : null;
  }

  /** The type of a mention known for sure, or null. */
  private EntityType sure(String text, Candidate c) {
    if (c.origin() == Candidate.Origin.GAZETTEER && c.type() == EntityType.ORGANIZATION) {
      return EntityType.ORGANIZATION;
    }
    String name = c.name(text);
    return c.type() == EntityType.LOCATION && names.surePlace(name)
        ? EntityType.LOCATION : null;
  }

  private static boolean between(String text, int from, int to, Pattern separator) {
    return from <= to && separator.matcher(text.substring(from, to)).matches();
  }
}
