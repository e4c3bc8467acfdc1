package io.newsfacts.extract.entities;

import io.newsfacts.model.EntityType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
      "\\s*,?\\s*(?:et|ou|ou encore|mais aussi|ainsi que)\\s+"
      + "(?:(?:le|la|les|du|des|de|l['\u2019]|d['\u2019])\\s*)*");
  /**
   * The words between two items of a longer list: a separator, maybe after the acronym of the
   * item before in brackets, maybe over an item the tagger missed ("l'Afep, le Groupement des
   * entreprises de services (GPS), Ethic, CCI France ou encore le Cercle de l'Industrie").
   */
  private static final String SEPARATOR = "\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,|,?\\s*(?:et|ou|ou encore"
      + "|mais aussi|ainsi que)\\s)\\s*(?:(?:le|la|les|du|des|de|l['\u2019]|d['\u2019])\\s*)*";
  private static final Pattern IN_LIST = Pattern.compile(SEPARATOR
      + "(?:\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+[\\p{L}'\u2019-]+){0,6}" + SEPARATOR + ")?");
  /** A preposition with no article right before a name: "de Zorvak", "d'Evry", "à Lunel". */
  private static final Pattern BARE_OF = Pattern.compile("(?:\\bde|\\bd['\u2019]|\\bà)\\s*$");
  /** At most this many items are walked on either side of a name in a list. */
  private static final int LONGEST_LIST = 12;
  /** The words between two items of a list of commas: ", ", ", de ", ", du ", ", l'". */
  private static final Pattern COMMA = Pattern.compile(
      "\\s*,\\s*(?:(?:le|la|les|du|des|de|l['\u2019]|d['\u2019])\\s*)*");
  /** A slash with no space around it between two names: "Ipsos/Sopra Steria", "LCP/Sud Radio". */
  private static final Pattern SLASH = Pattern.compile("/");
  /** The words between two bare items of a list: ", ", " et ", ", ou ". */
  private static final Pattern BARE_JOIN = Pattern.compile("\\s*(?:,|,?\\s*(?:et|ou))\\s*");
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
    if (shared == null) {
      shared = listType(text, ms, i);
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

  /**
   * Whether mention {@code i} is the partner of a known organisation written just before it with
   * a slash and no space: the companies of a poll, the channels of a show ("un sondage
   * Ipsos/Sopra Steria", "sur RMC/BFMTV", "sur LCP/Sud Radio") are organisations, even when the
   * tagger takes the second for a person's name. The name before the slash must be the
   * organisation: in "l'affaire Tapie/Crédit Lyonnais" the person comes first.
   *
   * @param ms the article's mentions, sorted by start
   */
  boolean slashPartner(String text, List<Candidate> ms, int i) {
    return i > 0 && sure(text, ms.get(i - 1)) == EntityType.ORGANIZATION
        && between(text, ms.get(i - 1).end(), ms.get(i).start(), SLASH);
  }

  /**
   * Whether mention {@code i}, one bare word that the tagger calls no person and that no lexicon
   * knows as a place, a brand or a common word, is an item of a list of bare names next to a
   * surname that the article gives a person with a first name, whatever the tagger calls it there: "son président charge Hollande,
   * Ayrault et Moscovici" (François Hollande), "un dilemme entre Cruz et Trump" (Donald Trump).
   * Bodies listed with people take their article ("Nicolas Sarkozy et l'UMP").
   *
   * @param ms the article's mentions, sorted by start
   * @param surnames the last words of the article's mentions of people with a first name
   */
  boolean listedWithSurnames(String text, List<Candidate> ms, int i, Set<String> surnames) {
    Candidate c = ms.get(i);
    String name = c.name(text);
    if (c.type() == EntityType.PERSON || c.origin() != Candidate.Origin.CRF
        || name.indexOf(' ') >= 0 || name.length() < 3 || name.equals(name.toUpperCase(Locale.ROOT))
        || names.place(name) || names.brand(name) || names.commonWord(name)) {
      return false;
    }
    boolean[] joined = new boolean[2]; // by a comma, or by "et" / "ou", to a side
    boolean named = false;
    boolean andOr = false;
    for (int side = 0; side < 2; side++) {
      int j = side == 0 ? i - 1 : i + 1;
      if (j < 0 || j >= ms.size()) {
        continue;
      }
      String between = side == 0 ? text.substring(Math.min(ms.get(j).end(), c.start()), c.start())
          : text.substring(c.end(), Math.max(c.end(), ms.get(j).start()));
      joined[side] = BARE_JOIN.matcher(between).matches();
      named |= joined[side] && surnames.contains(ms.get(j).name(text));
      andOr |= joined[side] && !between.strip().equals(","); // "Trump et Cruz"
    }
    // a comma alone on one side may end a clause: "la guerre de Troie, Shakespeare narre"
    return named && (andOr || joined[0] && joined[1]);
  }

  /**
   * The last words of the mentions of people that start with a first name: "Hollande" of
   * "François Hollande".
   */
  Set<String> surnames(String text, List<Candidate> ms) {
    Set<String> out = new HashSet<>();
    for (Candidate c : ms) {
      String[] parts = c.name(text).split(" ");
      if (c.type() == EntityType.PERSON && parts.length >= 2 && names.firstName(parts[0])) {
        out.add(parts[parts.length - 1]);
      }
    }
    return out;
  }

  /**
   * The type of the list the name is an item of when it has two other items at least, one of
   * them an organisation for sure (a gazetteer's), and none a place for sure or a person ("le
   * Medef, mais aussi l'Afep, Ethic, CCI France ou encore le Cercle de l'Industrie"), or null.
   */
  private EntityType listType(String text, List<Candidate> ms, int i) {
    Candidate c = ms.get(i);
    if (sure(text, c) != null || placeLike(text, c)
        || BARE_OF.matcher(text.substring(Math.max(0, c.start() - 4), c.start())).find()) {
      return null; // "de Zorvak, du PS, de la CGT": a town takes no article, a body does
    }
    boolean known = false;
    int items = 0;
    int others = 0;
    for (int step : new int[] {-1, 1}) {
      for (int j = i, n = 0; n < LONGEST_LIST; j += step, n++) {
        int k = j + step;
        if (k < 0 || k >= ms.size() || !between(text, step < 0 ? ms.get(k).end() : ms.get(j).end(),
            step < 0 ? ms.get(j).start() : ms.get(k).start(), IN_LIST)) {
          break;
        }
        EntityType sure = sure(text, ms.get(k));
        known |= sure == EntityType.ORGANIZATION;
        others += sure == EntityType.LOCATION || placeLike(text, ms.get(k))
            || ms.get(k).type() == EntityType.PERSON ? 1 : 0;
        items++;
      }
    }
    return known && items >= 2 && others == 0 ? EntityType.ORGANIZATION : null;
  }

  /**
   * Whether the tagger calls a mention a place and its first word is a known name or place
   * ("Bretagne", "Languedoc-Roussillon-Midi-Pyrénées"; not "Afep", "CCI France").
   */
  private boolean placeLike(String text, Candidate c) {
    return c.type() == EntityType.LOCATION && names.knownName(c.name(text).split("[- ]")[0]);
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
